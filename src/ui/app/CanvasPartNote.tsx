/**
 * The note over the canvas about what it draws of the dataset: the most connected actors a
 * large dataset opens on, with "Show all" and the choice of how many; the overview of a dataset
 * too big to draw whole; or the part a focus or search shows.
 */
import { useRef } from 'react';

import type { CanvasPart } from '../../domain/overview';
import {
  TOP_ACTOR_CHOICES,
  type TopActors,
  parseTopActors,
  topActorsText,
} from '../../domain/topActors';
import { ChoiceSelect } from '../common/ChoiceSelect';

const number = (n: number) => n.toLocaleString('en');

/** What the canvas draws of the dataset, in a sentence; null when there is nothing to say. */
export function canvasPartText({
  part,
  top,
  offersTop,
  narrowed,
  totalActors,
  totalRelations,
}: Omit<CanvasPartNoteProps, 'onChooseTop'>): string | null {
  const of = `of ${number(totalActors)} actors and ${number(totalRelations)} relations`;
  switch (part?.kind) {
    case 'chosen':
      return `Showing the ${number(part.drawnActors)} most connected of ${number(totalActors)} actors (${number(part.drawnRelations)} of ${number(totalRelations)} relations).`;
    case 'top':
      return `Drawn: the ${number(part.drawnActors)} most connected ${of}, more than the canvas draws at once. Focus on an actor or search to draw its part; the filters, table and exports cover all.`;
    case 'view':
      return `Drawn: the part the focus or search shows ${of}.`;
  }
  if (!offersTop) return null;
  if (narrowed && top !== 'all')
    return `Showing what the focus or search finds among all ${number(totalActors)} actors; without it, the ${number(top)} most connected.`;
  return `Showing all ${number(totalActors)} actors (${number(totalRelations)} relations).`;
}

/** The choices of the control: ours, and the link's own number when it is not one of them. */
function topChoices(top: TopActors): { id: string; label: string }[] {
  const choices = TOP_ACTOR_CHOICES.includes(top)
    ? TOP_ACTOR_CHOICES
    : [...TOP_ACTOR_CHOICES.filter((choice) => choice !== 'all'), top, 'all' as const].sort(
        (a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a - b),
      );
  return choices.map((choice) => ({
    id: topActorsText(choice),
    label: choice === 'all' ? 'All' : `${number(choice)} most connected`,
  }));
}

export interface CanvasPartNoteProps {
  part: CanvasPart | null;
  /** How many actors the view asks to draw. */
  top: TopActors;
  /** Whether the dataset offers the choice: it is large, or the view names a number. */
  offersTop: boolean;
  /** A focus or search draws from every actor. */
  narrowed: boolean;
  totalActors: number;
  totalRelations: number;
  onChooseTop: (top: TopActors) => void;
}

export function CanvasPartNote(props: CanvasPartNoteProps) {
  const { top, offersTop, onChooseTop } = props;
  const text = canvasPartText(props);
  const note = useRef<HTMLDivElement>(null);
  if (text === null) return null;
  const showAll = () => {
    // The button goes with the choice it makes: the keyboard stays in the note, on the control.
    note.current?.querySelector('select')?.focus();
    onChooseTop('all');
  };
  return (
    <div
      ref={note}
      className="graph-part-note"
      role="note"
      aria-label="What the canvas draws"
      data-over-canvas
    >
      <p>{text}</p>
      {offersTop && (
        <div className="top-actors">
          {top !== 'all' && (
            <button type="button" className="button small" onClick={showAll}>
              Show all
            </button>
          )}
          <ChoiceSelect
            className="inline-label"
            label="Actors drawn"
            choices={topChoices(top)}
            value={topActorsText(top)}
            onChoose={(id) => onChooseTop(parseTopActors(id) ?? 'all')}
          />
        </div>
      )}
    </div>
  );
}
