/**
 * Type-ahead over actor labels and aliases, following the WAI-ARIA combobox pattern:
 * arrows move through the suggestions, Enter picks one, Escape closes the list.
 */
import { useId, useMemo, useState } from 'react';

import { actorNames, foldForSearch } from '../../domain/actorNames';
import type { Actor } from '../../domain/dataset';

interface Suggestion {
  actor: Actor;
  /** The alias that matched, when it is not the label ("Kyiv" for Ukraine). */
  via?: string;
}

/** Actors whose label or an alias contains the text; names that start with it come first. */
export function suggestActors(actors: readonly Actor[], text: string, limit = 8): Suggestion[] {
  const query = foldForSearch(text.trim());
  if (query === '') return [];
  const scored: { suggestion: Suggestion; score: number }[] = [];
  for (const actor of actors) {
    let best: { score: number; name: string } | undefined;
    for (const name of actorNames(actor)) {
      const at = foldForSearch(name).indexOf(query);
      if (at < 0) continue;
      const score = (at === 0 ? 0 : 10) + (name === actor.label ? 0 : 1);
      if (!best || score < best.score) best = { score, name };
    }
    if (best) {
      // Name the alias only when it adds something: "Kyiv" for Ukraine, not "Putin" for Vladimir Putin.
      const redundant = foldForSearch(actor.label).includes(foldForSearch(best.name));
      const via = redundant ? undefined : best.name;
      scored.push({ suggestion: via ? { actor, via } : { actor }, score: best.score });
    }
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score || a.suggestion.actor.label.localeCompare(b.suggestion.actor.label),
    )
    .slice(0, limit)
    .map(({ suggestion }) => suggestion);
}

export function ActorSearch({
  actors,
  whyHidden,
  onChoose,
}: {
  actors: readonly Actor[];
  /**
   * Why the graph does not show an actor (null when it does); hidden actors are found too,
   * marked with the reason.
   */
  whyHidden?: (actorId: string) => string | null;
  onChoose: (actorId: string) => void;
}) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const suggestions = useMemo(() => suggestActors(actors, text), [actors, text]);
  const expanded = open && suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(suggestions.length - 1, 0));

  const choose = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    onChoose(suggestion.actor.id);
    setText(suggestion.actor.label);
    setOpen(false);
  };

  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Find an actor
      </label>
      <input
        id={`${listId}-input`}
        className="search-input"
        type="search"
        role="combobox"
        placeholder="Find an actor (e.g. Kyiv)"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-option-${activeIndex}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((activeIndex + 1) % Math.max(suggestions.length, 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((activeIndex - 1 + suggestions.length) % Math.max(suggestions.length, 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(suggestions[activeIndex]);
          } else if (event.key === 'Escape') {
            if (expanded) event.preventDefault();
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching actors"
        className="search-list"
        hidden={!expanded}
      >
        {suggestions.map((suggestion, index) => {
          const hidden = whyHidden?.(suggestion.actor.id);
          return (
            <li
              key={suggestion.actor.id}
              id={`${listId}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="search-option"
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
            >
              <span>{suggestion.actor.label}</span>
              {suggestion.via && <span className="search-via"> ({suggestion.via})</span>}
              {hidden && <span className="search-via"> · {hidden}</span>}
            </li>
          );
        })}
      </ul>
      {open && text.trim() !== '' && suggestions.length === 0 && (
        <p className="search-empty" role="status">
          No actor matches “{text.trim()}”
        </p>
      )}
    </div>
  );
}
