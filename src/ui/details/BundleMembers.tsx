/**
 * The relations drawn together with the selected one: a bundle of parallel relations is one
 * line on the canvas, and here each of them can be told apart and selected.
 */
import { useState } from 'react';

import type { Dataset, Relation } from '../../domain/dataset';
import { countEvents, edgeBundles } from '../../domain/edgeBundles';
import type { Selection } from '../../domain/selection';
import { Pager } from '../common/Pager';
import { type DatasetLookup, countOf } from '../view/describe';
import { RelationSentence } from './RelationSentence';

/** Members listed at a time: enough to scan, few enough to keep the selected one's facts in reach. */
export const MEMBERS_PER_PAGE = 10;
const EXCERPT_LENGTH = 90;

/** What tells a member apart from its siblings, which all read "Russia attacks Ukraine". */
function memberName(relation: Relation): string {
  if (relation.label) return relation.label;
  const quote = relation.evidence.find((evidence) => evidence.quote !== undefined)?.quote;
  if (quote !== undefined) {
    return quote.length > EXCERPT_LENGTH ? `${quote.slice(0, EXCERPT_LENGTH).trimEnd()}…` : quote;
  }
  const url = relation.evidence.find((evidence) => evidence.url !== undefined)?.url;
  return url ?? relation.id;
}

export function BundleMembers({
  dataset,
  lookup,
  relation,
  shownRelationIds,
  onSelect,
}: {
  dataset: Dataset;
  lookup: DatasetLookup;
  /** The selected relation. */
  relation: Relation;
  /** The relations the view shows; the list follows them as the canvas's count does. */
  shownRelationIds: ReadonlySet<string> | undefined;
  onSelect: (selection: Selection) => void;
}) {
  const edge = edgeBundles(dataset).edgeOf.get(relation.id);
  const all = edge?.bundled ? edge.members : [];
  const shown = shownRelationIds ? all.filter((member) => shownRelationIds.has(member.id)) : all;
  // When the filters hide the whole bundle, the list still says what it holds.
  const members = shown.length > 0 ? shown : all;
  const at = members.indexOf(relation);
  const selectedPage = at < 0 ? 0 : Math.floor(at / MEMBERS_PER_PAGE);
  // The page the user turned to, until the selection moves: then the selected member's page.
  const [turned, setTurned] = useState({ for: relation.id, page: selectedPage });
  if (!edge?.bundled) return null;

  const pages = Math.ceil(members.length / MEMBERS_PER_PAGE);
  const page = Math.min(turned.for === relation.id ? turned.page : selectedPage, pages - 1);
  const first = page * MEMBERS_PER_PAGE;
  const onPage = members.slice(first, first + MEMBERS_PER_PAGE);
  const count = members.reduce((sum, member) => sum + countEvents(member), 0);
  const hiddenCount = all.length - shown.length;
  const turnTo = (next: number) => setTurned({ for: relation.id, page: next });

  return (
    <section className="bundle" aria-labelledby="details-bundle">
      <h3 id="details-bundle" className="bundle-title">
        {countOf(members.length, 'relation')}:{' '}
        <RelationSentence relation={relation} lookup={lookup} />
      </h3>
      <p className="muted">
        Drawn as one line in the graph, labelled ×{count.toLocaleString('en')}
        {count !== members.length ? ', the number of their events' : ''}.
        {shown.length > 0 && hiddenCount > 0 && ` The filters hide ${hiddenCount} more.`}
        {shown.length === 0 && ' The filters hide all of them.'}
      </p>
      <ol className="bundle-members" start={first + 1}>
        {onPage.map((member) => {
          const when = member.date ?? member.when;
          const events = member.events?.length ?? 0;
          return (
            <li key={member.id} className="bundle-member">
              {when && (
                <span className="muted">
                  <bdi>{when}</bdi>:{' '}
                </span>
              )}
              <button
                type="button"
                className="link-button"
                aria-current={member === relation ? 'true' : undefined}
                onClick={() => onSelect({ kind: 'relation', id: member.id })}
              >
                <bdi>{memberName(member)}</bdi>
              </button>
              {events > 0 && <span className="muted"> ({countOf(events, 'event')})</span>}
            </li>
          );
        })}
      </ol>
      {pages > 1 && (
        <Pager
          className="pager"
          label="Pages of these relations"
          page={page}
          pages={pages}
          first={first}
          shown={onPage.length}
          total={members.length}
          onTurn={turnTo}
        />
      )}
    </section>
  );
}
