/**
 * The text under review: sentences as plain spans of text (never HTML), the actors' mentions
 * lightly marked, the sentence of the focused suggestion highlighted. Selecting words offers to
 * make a relation or an actor of them. A 300 KB text is a few thousand spans; a sentence redraws
 * only when its highlight changes.
 */
import { memo, useEffect, useMemo, useRef } from 'react';

import type { Command } from '../../coder/draft';
import type { SuggestedActor } from '../../coder/types';
import { SelectionTools } from './SelectionTools';
import { type TextPiece, type TextSegment, textChunks } from './textSegments';
import { useTextSelection } from './useTextSelection';

export interface TextPaneProps {
  text: string;
  segments: readonly TextSegment[];
  actors: readonly SuggestedActor[];
  focusedSentence: number | null;
  perform: (command: Command) => void;
  /** A sentence was clicked: its suggestions come into view. */
  onSentence: (index: number) => void;
}

function Piece({ text, piece }: { text: string; piece: TextPiece }) {
  return (
    <span
      data-offset={piece.start}
      className={piece.actorId ? 'author-mention' : undefined}
      data-actor={piece.actorId}
    >
      {text.slice(piece.start, piece.end)}
    </span>
  );
}

const SentenceView = memo(function SentenceView({
  text,
  segment,
  focused,
}: {
  text: string;
  segment: Extract<TextSegment, { kind: 'sentence' }>;
  focused: boolean;
}) {
  return (
    <span
      className={`author-sentence${focused ? ' is-focused' : ''}`}
      data-sentence={segment.index}
    >
      {segment.pieces.map((piece) => (
        <Piece key={piece.start} text={text} piece={piece} />
      ))}
    </span>
  );
});

/** One block of the text; it redraws only when the highlight enters, leaves or moves in it. */
const TextChunk = memo(function TextChunk({
  text,
  segments,
  focusedSentence,
}: {
  text: string;
  segments: readonly TextSegment[];
  /** The focused sentence when it is in this block, else null. */
  focusedSentence: number | null;
}) {
  return (
    <div className="author-text-chunk">
      {segments.map((segment) =>
        segment.kind === 'between' ? (
          <span key={`b${segment.span.start}`} data-offset={segment.span.start}>
            {text.slice(segment.span.start, segment.span.end)}
          </span>
        ) : (
          <SentenceView
            key={`s${segment.span.start}`}
            text={text}
            segment={segment}
            focused={segment.index === focusedSentence}
          />
        ),
      )}
    </div>
  );
});

const holds = (chunk: readonly TextSegment[], sentence: number | null) =>
  sentence !== null &&
  chunk.some((segment) => segment.kind === 'sentence' && segment.index === sentence);

/** The text pane. */
export function TextPane({
  text,
  segments,
  actors,
  focusedSentence,
  perform,
  onSentence,
}: TextPaneProps) {
  const container = useRef<HTMLDivElement>(null);
  const { span, place, clear } = useTextSelection(container, text);
  const chunks = useMemo(() => textChunks(segments, text), [segments, text]);

  useEffect(() => {
    if (focusedSentence === null) return;
    const sentence = container.current?.querySelector(`[data-sentence="${focusedSentence}"]`);
    const pane = container.current?.closest('.author-pane');
    if (!sentence || !pane) return;
    // Only when it is out of sight: scrolling asks for a layout of the whole text.
    const box = sentence.getBoundingClientRect();
    const view = pane.getBoundingClientRect();
    if (box.bottom < view.top || box.top > view.bottom)
      sentence.scrollIntoView?.({ block: 'center' });
  }, [focusedSentence]);

  const tools = span && (
    <div className={`author-selection-anchor is-${place}`}>
      <SelectionTools
        key={`${span.start}-${span.end}`}
        text={text}
        span={span}
        actors={actors}
        perform={perform}
        onDone={clear}
      />
    </div>
  );

  return (
    <section className="author-pane author-text-pane" aria-labelledby="author-text-heading">
      <h2 id="author-text-heading" className="author-pane-heading">
        Text
      </h2>
      <p className="author-hint muted">
        Select words to make a relation or an actor of them. Click a sentence to see what was
        suggested for it.
      </p>
      {place === 'top' && tools}
      <div
        ref={container}
        className="author-text"
        onClick={(event) => {
          if (!document.getSelection()?.isCollapsed) return;
          const sentence = (event.target as Element).closest?.('[data-sentence]');
          if (sentence instanceof HTMLElement) onSentence(Number(sentence.dataset.sentence));
        }}
      >
        {chunks.map((chunk) => (
          <TextChunk
            key={chunk[0]!.span.start}
            text={text}
            segments={chunk}
            focusedSentence={holds(chunk, focusedSentence) ? focusedSentence : null}
          />
        ))}
      </div>
      {place === 'bottom' && tools}
    </section>
  );
}
