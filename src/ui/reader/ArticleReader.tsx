/**
 * The article reader: the text with every evidence sentence marked and every actor mention
 * clickable. The selected relation's sentences, or those of the selected actor's relations,
 * are highlighted and the first is scrolled into view.
 */
import { Fragment, memo, useEffect, useMemo, useRef } from 'react';

import { type ArticleIndex, type ArticleSentence, mentionSegments } from '../../domain/article';
import type { Dataset } from '../../domain/dataset';
import type { Selection } from '../../domain/selection';
import { type DatasetLookup, relationSentence } from '../view/describe';

export interface ArticleReaderProps {
  dataset: Dataset;
  index: ArticleIndex;
  lookup: DatasetLookup;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}

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
      : dataset.relations
          .filter(
            (relation) => relation.source === selection.id || relation.target === selection.id,
          )
          .map((relation) => relation.id);
  return new Set(relationIds.flatMap((id) => index.sentencesByRelation.get(id) ?? []));
}

const Sentence = memo(function Sentence({
  sentence,
  dataset,
  lookup,
  highlighted,
  selection,
  onSelect,
}: {
  sentence: ArticleSentence;
  dataset: Dataset;
  lookup: DatasetLookup;
  highlighted: boolean;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}) {
  const segments = useMemo(
    () => mentionSegments(sentence.text, dataset.actors),
    [sentence.text, dataset.actors],
  );
  const relations = sentence.relationIds;
  // Each click on a sentence that reports several relations moves to the next one.
  const selectNextRelation = () => {
    const current = selection?.kind === 'relation' ? relations.indexOf(selection.id) : -1;
    const next = relations[(current + 1) % relations.length];
    if (next) onSelect({ kind: 'relation', id: next });
  };
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
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
  if (relations.length === 0) return <span className="sentence">{content}</span>;
  const firstRelation = lookup.relation(relations[0] as string);
  const chipLabel =
    relations.length === 1 && firstRelation
      ? `Evidence for: ${relationSentence(firstRelation, lookup)}`
      : `Evidence for ${relations.length} relations; select the next one`;
  return (
    <span
      className={`sentence evidence${highlighted ? ' is-current' : ''}`}
      data-sentence={sentence.id}
      onClick={selectNextRelation}
    >
      {content}
      <button
        type="button"
        className="evidence-chip"
        aria-label={chipLabel}
        title={chipLabel}
        onClick={(event) => {
          event.stopPropagation();
          selectNextRelation();
        }}
      >
        {relations.length}
      </button>
    </span>
  );
});

export function ArticleReader({ dataset, index, lookup, selection, onSelect }: ArticleReaderProps) {
  const container = useRef<HTMLDivElement>(null);
  const highlighted = useMemo(
    () => highlightedSentences(dataset, index, selection),
    [dataset, index, selection],
  );

  useEffect(() => {
    const first = container.current?.querySelector('.sentence.is-current');
    // jsdom has no scrollIntoView; real browsers always do.
    first?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlighted]);

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
            <Sentence
              sentence={sentence}
              dataset={dataset}
              lookup={lookup}
              highlighted={highlighted.has(sentence.id)}
              selection={selection}
              onSelect={onSelect}
            />
          </Fragment>
        ));
        return block.kind === 'heading' ? (
          <h3 key={position} className="reader-heading">
            {sentences}
          </h3>
        ) : (
          <p key={position}>{sentences}</p>
        );
      })}
    </div>
  );
}
