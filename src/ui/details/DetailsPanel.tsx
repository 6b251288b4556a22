/**
 * Details of the selected actor or relation, with every claim backed by its evidence. Text from
 * the data sits in `<bdi>` wherever it shares a line with other words (a block of its own, a
 * title or a fact, needs none), so a label's right-to-left override turns only itself around;
 * long unbroken text (addresses, ids) wraps (see `.details` in app.css).
 */
import { Suspense, lazy } from 'react';

import type { Actor, Dataset, Evidence, Relation } from '../../domain/dataset';
import { edgeBundles } from '../../domain/edgeBundles';
import type { HiddenExplanation } from '../../domain/hiddenReason';
import { relationStatus, statusOf } from '../../domain/relationStatuses';
import { relationsOf } from '../../domain/relationsOf';
import { dateText } from '../../domain/timeRange';
import { useExplorerDataset, useSelection } from '../view/ExplorerContext';
import { countOf, relationFromActor, statusNote } from '../view/describe';
import { hiddenSentence, revealLabel } from '../view/hiddenText';
import { EventList, summarisedAttributes } from './EventList';
import { AttributeList, EvidenceItem, NO_EVIDENCE } from './Evidence';
import { RelationSentence } from './RelationSentence';
import { ActorButton, SelectButton } from './SelectButton';
import { SourceNote } from './SourceNote';

// The list of a bundle's members loads when one is first selected: the article has no bundle.
const BundleMembers = lazy(() =>
  import('./BundleMembers').then((module) => ({ default: module.BundleMembers })),
);

/** Selects a relation and shows the sentence of one of its quotes in the article. */
type OpenEvidence = (relationId: string, quote: string) => void;

export interface DetailsPanelProps {
  onOpenEvidence: OpenEvidence;
  /** Why the filters hide the selection from the graph; null when the graph shows it. */
  hidden: HiddenExplanation | null;
  /** Lifts exactly the filters that hide the selection. */
  onReveal: () => void;
}

/** Says why the selected element is not in the graph, and offers the change that shows it. */
function HiddenNote({
  hidden,
  subject,
  onReveal,
}: {
  hidden: HiddenExplanation | null;
  subject: 'actor' | 'relation';
  onReveal: () => void;
}) {
  const { lookup } = useExplorerDataset();
  if (!hidden) return null;
  return (
    <p className="hidden-note" role="note">
      {hiddenSentence(hidden.reasons, lookup, subject)}{' '}
      <button type="button" className="link-button" onClick={onReveal}>
        {revealLabel(hidden.reasons)}
      </button>
    </p>
  );
}

/** Opens a quote of the relation in the article; undefined when the dataset has no article. */
function openQuote(
  dataset: Dataset,
  relation: Relation,
  onOpenEvidence: OpenEvidence,
): ((quote: string) => void) | undefined {
  if (dataset.article === undefined) return undefined;
  return (quote) => onOpenEvidence(relation.id, quote);
}

/**
 * A relation's evidence, each quote able to open in the article and naming who reported it
 * ("Reported by TASS") where the article attributes its statement to a reporter.
 */
function RelationEvidence({
  relation,
  evidence,
  onOpenEvidence,
}: {
  relation: Relation;
  evidence: readonly Evidence[];
  onOpenEvidence: OpenEvidence;
}) {
  const { dataset } = useExplorerDataset();
  return evidence.map((item, index) => (
    <EvidenceItem
      key={index}
      evidence={item}
      onOpenQuote={openQuote(dataset, relation, onOpenEvidence)}
      reporter={item.reportedBy ? <ActorButton actorId={item.reportedBy} /> : undefined}
    />
  ));
}

/** "Russia accuses Ukraine" as a button that selects the relation. */
function RelationButton({ relation }: { relation: Relation }) {
  return (
    <SelectButton target={{ kind: 'relation', id: relation.id }}>
      <RelationSentence relation={relation} />
    </SelectButton>
  );
}

/** The statements an actor reported (a news agency, a state service), each with its quote. */
function ReportedBy({ actor, onOpenEvidence }: { actor: Actor; onOpenEvidence: OpenEvidence }) {
  const { dataset } = useExplorerDataset();
  const reports = dataset.relations.flatMap((relation) =>
    relation.evidence
      .filter((evidence) => evidence.reportedBy === actor.id)
      .map((evidence) => ({ relation, evidence })),
  );
  if (reports.length === 0) return null;
  return (
    <section className="relation-group" aria-labelledby="details-reports">
      <h3 id="details-reports" className="section-heading">
        Reports ({reports.length})
      </h3>
      <p className="muted">
        The {dataset.article === undefined ? 'data cites' : 'article cites'}{' '}
        <bdi>{actor.label}</bdi> as the source of these quotes.
      </p>
      <ul className="relation-list">
        {reports.map(({ relation, evidence }, index) => (
          <li key={`${relation.id} ${index}`} className="relation-item">
            <p className="relation-phrase">
              <RelationButton relation={relation} />
            </p>
            <EvidenceItem
              evidence={evidence}
              onOpenQuote={openQuote(dataset, relation, onOpenEvidence)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActorDetails({
  actor,
  onOpenEvidence,
  hidden,
  onReveal,
}: { actor: Actor } & DetailsPanelProps) {
  const { dataset, lookup } = useExplorerDataset();
  const relations = relationsOf(dataset, actor.id);
  const groups = dataset.vocabulary.types
    .map((type) => ({
      type,
      relations: relations.filter((relation) => relation.type === type.id),
    }))
    .filter((group) => group.relations.length > 0);

  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title" className="details-title">
        {actor.label}
      </h2>
      <p className="details-kind">{lookup.kind(actor.kind).label}</p>
      <HiddenNote hidden={hidden} subject="actor" onReveal={onReveal} />
      {actor.description && <p>{actor.description}</p>}
      <AttributeList attributes={actor.attributes} />
      {actor.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also named in the article: </span>
          <Names names={actor.aliases} />
        </p>
      )}
      {actor.searchAliases && actor.searchAliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Search also finds it by names the article does not use: </span>
          <Names names={actor.searchAliases} />
        </p>
      )}
      <h3 className="section-heading">{countOf(relations.length, 'relation')}</h3>
      {groups.map(({ type, relations: group }) => (
        <section key={type.id} className="relation-group" aria-label={type.label}>
          <h4 className="relation-group-title">{type.label}</h4>
          <ul className="relation-list">
            {group.map((relation) => {
              const { verb, otherId } = relationFromActor(relation, actor.id, lookup);
              return (
                <li key={relation.id} className="relation-item">
                  <p className="relation-phrase">
                    <SelectButton target={{ kind: 'relation', id: relation.id }}>
                      <bdi>{verb}</bdi>
                    </SelectButton>{' '}
                    <ActorButton actorId={otherId} />
                    {relation.when && (
                      <span className="muted">
                        , <bdi>{relation.when}</bdi>
                      </span>
                    )}
                    {statusOf(relation) !== 'reported' && (
                      <span className="status-note">{statusNote(relation)}</span>
                    )}
                    {relation.allegedBy && (
                      <span className="alleged">
                        {' '}
                        (claimed by <bdi>{lookup.actorLabel(relation.allegedBy)}</bdi>)
                      </span>
                    )}
                  </p>
                  <RelationEvidence
                    relation={relation}
                    evidence={relation.evidence.slice(0, 1)}
                    onOpenEvidence={onOpenEvidence}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <ReportedBy actor={actor} onOpenEvidence={onOpenEvidence} />
    </article>
  );
}

/** A relation's attributes, less those its event list sums up. */
function ownAttributes(relation: Relation, dataset: Dataset): Relation['attributes'] {
  if (!relation.events?.length) return relation.attributes;
  const summarised = summarisedAttributes(dataset.coding);
  return relation.attributes?.filter((attribute) => !summarised.has(attribute.name));
}

function RelationDetails({
  relation,
  onOpenEvidence,
  hidden,
  onReveal,
}: { relation: Relation } & DetailsPanelProps) {
  const { dataset, lookup } = useExplorerDataset();
  const type = lookup.type(relation.type);
  const date = dateText(relation);
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title" className="details-title">
        <RelationSentence relation={relation} />
      </h2>
      <HiddenNote hidden={hidden} subject="relation" onReveal={onReveal} />
      {edgeBundles(dataset).edgeOf.get(relation.id)?.bundled && (
        <Suspense fallback={null}>
          <BundleMembers relation={relation} />
        </Suspense>
      )}
      <dl className="facts">
        <dt>From</dt>
        <dd>
          <ActorButton actorId={relation.source} />
        </dd>
        <dt>Type</dt>
        <dd>
          <bdi>{type.label}</bdi>{' '}
          <span className="muted">
            (<bdi>{type.description}</bdi>)
          </span>
        </dd>
        {relation.label && (
          <>
            <dt>Label</dt>
            <dd>{relation.label}</dd>
          </>
        )}
        <dt>To</dt>
        <dd>
          <ActorButton actorId={relation.target} />
        </dd>
        <dt>Direction</dt>
        <dd>{relation.directed ? 'One way' : 'Mutual'}</dd>
        <dt>Reported as</dt>
        <dd>
          {relation.allegedBy ? (
            <>
              A claim by <bdi>{lookup.actorLabel(relation.allegedBy)}</bdi>
            </>
          ) : (
            `A fact the ${dataset.article === undefined ? 'data' : 'article'} reports`
          )}
        </dd>
        {(relation.when || date) && (
          <>
            <dt>When</dt>
            <dd>
              {relation.when && <bdi>{relation.when}</bdi>}
              {relation.when && date && ', '}
              {date}
            </dd>
          </>
        )}
        {relation.weight !== undefined && (
          <>
            <dt>Weight</dt>
            <dd>{relation.weight.toLocaleString('en')}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          {relationStatus(statusOf(relation)).label}{' '}
          <span className="muted">({relationStatus(statusOf(relation)).description})</span>
        </dd>
      </dl>
      {relation.description && <p>{relation.description}</p>}
      <AttributeList attributes={ownAttributes(relation, dataset)} />
      {relation.events && <EventList key={relation.id} relation={relation} />}
      <h3 className="section-heading">Evidence</h3>
      {relation.evidence.length === 0 && <p className="muted">{NO_EVIDENCE}</p>}
      <RelationEvidence
        relation={relation}
        evidence={relation.evidence}
        onOpenEvidence={onOpenEvidence}
      />
    </article>
  );
}

/** Names from the data, each isolated, one after the other: "Kremlin, Moscow". */
function Names({ names }: { names: readonly string[] }) {
  return names.map((name, index) => (
    <span key={index}>
      {index > 0 && ', '}
      <bdi>{name}</bdi>
    </span>
  ));
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { dataset, lookup } = useExplorerDataset();
  const { selection } = useSelection();
  const actor = selection?.kind === 'actor' ? lookup.actor(selection.id) : undefined;
  const relation = selection?.kind === 'relation' ? lookup.relation(selection.id) : undefined;
  if (actor) return <ActorDetails actor={actor} {...props} />;
  if (relation) return <RelationDetails relation={relation} {...props} />;
  return (
    <div className="details empty-details">
      <h2 className="details-title">Nothing selected</h2>
      <p>
        Select an actor or a relation in the graph, find an actor by name, or pick a row in the
        table.{' '}
        {dataset.article === undefined
          ? 'Every relation shows the evidence the data gives for it.'
          : 'Every relation shows the words of the article that report it.'}
      </p>
      <SourceNote source={dataset.source} />
    </div>
  );
}
