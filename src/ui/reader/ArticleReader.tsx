/**
 * The article reader: the text with every evidence sentence marked and every actor mention
 * clickable. The selected relation's sentences, or those of the selected actor's relations,
 * are highlighted, and the one the user asked for (or else the first) is scrolled into view.
 */
import { Fragment, memo, useCallback, useEffect, useMemo, useRef } from 'react';

import { type ArticleIndex, type ArticleSentence, mentionSegments } from '../../domain/article';
import type { Dataset } from '../../domain/dataset';
import { relationsOf } from '../../domain/relationsOf';
import type { Selection } from '../../domain/selection';
import { useExplorerDataset, useSelection } from '../view/ExplorerContext';
import { relationSentence } from '../view/describe';

export interface ArticleReaderProps {
  index: ArticleIndex;
  /**
   * The sentence to bring into view when it is among the highlighted ones. Each new target
   * ("Show in article") also takes keyboard focus, once.
   */
  scrollTarget?: { sentenceId: string } | null;
}

/**
 * Targets whose sentence has had focus. Kept across mounts: coming back to the article later
 * by its tab must leave focus on the tab, even though the same target is still passed.
 */
const focusedTargets = new WeakSet<object>();

/** The sentence ids to highlight for a selection. */
function highlightedSentences(
  dataset: Dataset,
  index: ArticleIndex,
  selection: Selection | null,
): Set<string> {
  if (!selection) return new Set();
  const relationIds =
    selection.kind === 'relation'
      ? [selection.id]
      : relationsOf(dataset, selection.id).map((relation) => relation.id);
  return new Set(relationIds.flatMap((id) => index.sentencesByRelation.get(id) ?? []));
}

/** The relation after the selected one among a sentence's relations (the first if none is). */
function nextRelation(relationIds: string[], selectedRelation: string | null): string | undefined {
  const current = selectedRelation ? relationIds.indexOf(selectedRelation) : -1;
  return relationIds[(current + 1) % relationIds.length];
}

/** The button after an evidence sentence: how many relations it reports; selects the next one. */
function EvidenceChip({
  sentence,
  selectedRelation,
  onSelect,
}: {
  sentence: ArticleSentence;
  selectedRelation: string | null;
  onSelect: (selection: Selection) => void;
}) {
  const { lookup } = useExplorerDataset();
  const relations = sentence.relationIds;
  const only = relations.length === 1 ? lookup.relation(relations[0] as string) : undefined;
  const label = only
    ? `Evidence for: ${relationSentence(only, lookup)}`
    : `Evidence for ${relations.length} relations; select the next one`;
  return (
    <button
      type="button"
      className="evidence-chip"
      aria-label={label}
      title={label}
      onClick={(event) => {
        event.stopPropagation();
        const next = nextRelation(relations, selectedRelation);
        if (next) onSelect({ kind: 'relation', id: next });
      }}
    >
      {relations.length}
    </button>
  );
}

const Sentence = memo(function Sentence({
  sentence,
  highlighted,
  selectedActor,
  selectedRelation,
  withChip,
  onSelect,
}: {
  sentence: ArticleSentence;
  highlighted: boolean;
  selectedActor: string | null;
  /** Only passed to evidence sentences, so a selection change re-renders just those. */
  selectedRelation: string | null;
  withChip: boolean;
  onSelect: (selection: Selection) => void;
}) {
  const { dataset } = useExplorerDataset();
  const segments = useMemo(
    () => mentionSegments(sentence.text, dataset.actors),
    [sentence.text, dataset.actors],
  );
  const content = segments.map((segment, position) =>
    segment.actorId ? (
      <button
        key={position}
        type="button"
        className={`mention${segment.actorId === selectedActor ? ' is-current' : ''}`}
        onClick={(event) => {
          event.stopPropagation();
          onSelect({ kind: 'actor', id: segment.actorId as string });
        }}
      >
        {segment.text}
      </button>
    ) : (
      segment.text
    ),
  );
  if (sentence.relationIds.length === 0) return <span className="sentence">{content}</span>;
  return (
    <span
      className={`sentence evidence${highlighted ? ' is-current' : ''}`}
      // Highlighted text, announced as such; focusable so "Show in article" can land on it.
      role={highlighted ? 'mark' : undefined}
      tabIndex={highlighted ? -1 : undefined}
      data-sentence={sentence.id}
      onClick={() => {
        const next = nextRelation(sentence.relationIds, selectedRelation);
        if (next) onSelect({ kind: 'relation', id: next });
      }}
    >
      {content}
      {withChip && (
        <EvidenceChip sentence={sentence} selectedRelation={selectedRelation} onSelect={onSelect} />
      )}
    </span>
  );
});

export function ArticleReader({ index, scrollTarget }: ArticleReaderProps) {
  const { dataset } = useExplorerDataset();
  const { selection, onSelect } = useSelection();
  const container = useRef<HTMLDivElement>(null);
  const highlighted = useMemo(
    () => highlightedSentences(dataset, index, selection),
    [dataset, index, selection],
  );
  // A selection made in the reader itself is already in view: scrolling would lose the place.
  const selectedHere = useRef(false);
  const selectHere = useCallback(
    (next: Selection) => {
      selectedHere.current = true;
      onSelect(next);
    },
    [onSelect],
  );

  useEffect(() => {
    if (selectedHere.current) {
      selectedHere.current = false;
      return;
    }
    const root = container.current;
    if (!root) return;
    const targeted = scrollTarget && highlighted.has(scrollTarget.sentenceId) ? scrollTarget : null;
    const wanted = targeted
      ? root.querySelector<HTMLElement>(`[data-sentence="${targeted.sentenceId}"]`)
      : root.querySelector<HTMLElement>('.sentence.is-current');
    const calm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // jsdom has no scrollIntoView; real browsers always do.
    wanted?.scrollIntoView?.({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
    // A keyboard or screen-reader user who asked for the sentence continues reading from it.
    if (wanted && targeted && !focusedTargets.has(targeted)) {
      focusedTargets.add(targeted);
      wanted.focus({ preventScroll: true });
    }
  }, [highlighted, scrollTarget]);

  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;
  const renderSentence = (sentence: ArticleSentence, withChip: boolean) => (
    <Sentence
      sentence={sentence}
      highlighted={highlighted.has(sentence.id)}
      selectedActor={selectedActor}
      selectedRelation={sentence.relationIds.length > 0 ? selectedRelation : null}
      withChip={withChip}
      onSelect={selectHere}
    />
  );

  if (dataset.article === undefined) {
    return (
      <div className="reader" ref={container}>
        <p className="empty-note">
          This dataset has no article text. Its relations carry their own evidence (quotes, source
          links or neither), shown in the details of each relation and in the table.
        </p>
      </div>
    );
  }
  return (
    <div className="reader" ref={container}>
      <p className="muted reader-help">
        Marked sentences are evidence for relations: select one to see it in the graph. Names are
        actors: select one to see its details.
      </p>
      {index.blocks.map((block, position) => {
        const sentences = block.sentences.map((sentence, order) => (
          <Fragment key={sentence.id}>
            {order > 0 && ' '}
            {renderSentence(sentence, block.kind === 'paragraph')}
          </Fragment>
        ));
        if (block.kind === 'paragraph') return <p key={position}>{sentences}</p>;
        // A heading's chips stand beside it, so they do not become part of its name.
        return (
          <div key={position} className="reader-heading-row">
            <h3 className="reader-heading">{sentences}</h3>
            {block.sentences
              .filter((sentence) => sentence.relationIds.length > 0)
              .map((sentence) => (
                <EvidenceChip
                  key={sentence.id}
                  sentence={sentence}
                  selectedRelation={selectedRelation}
                  onSelect={selectHere}
                />
              ))}
          </div>
        );
      })}
    </div>
  );
}
