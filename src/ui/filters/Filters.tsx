/**
 * Filters that narrow the view: relation types and classes, actor kinds, focus, text, isolated
 * actors. A type's or kind's name is the data's: it wraps beside its count (which always shows)
 * and is isolated (`.check-name`, `unicode-bidi: isolate`), so a right-to-left override in it
 * turns only itself around. A span, not a `<bdi>`: jsdom computes the checkboxes' names from a
 * `<bdi>` several times slower, and the filter tests query them by name throughout.
 */
import { useId, useState } from 'react';

import { countOfId } from '../../domain/counts';
import { RELATION_STATUSES, RELATION_STATUS_IDS } from '../../domain/relationStatuses';
import { directedTypes } from '../../domain/relationsOf';
import {
  FOCUS_DEPTHS,
  type FocusDepth,
  onlyType,
  setFocus,
  setHiddenClasses,
  setHiddenKinds,
  setHiddenStatuses,
  setHiddenTypes,
  setQuery,
  setShowIsolated,
  showAllTypes,
  showClass,
  toggleIn,
} from '../../domain/view';
import { RELATION_CLASSES } from '../../domain/vocabulary';
import { ShownCount } from '../legend/ShownCount';
import { ActorSymbol, RelationSymbol, StatusSymbol } from '../legend/Symbols';
import { useExplorerDataset, useExplorerTheme, useView } from '../view/ExplorerContext';
import { GroupCheckbox, type GroupState } from './GroupCheckbox';
import { limitQueryEdit } from './queryLimit';

export function Filters() {
  const { dataset } = useExplorerDataset();
  const theme = useExplorerTheme();
  const { view, onUpdate, counts } = useView();
  const id = useId();
  // The text the last edit of the text filter was cut to, to say so while it is still the text.
  const [cutTo, setCutTo] = useState<string | null>(null);
  const queryFull = cutTo !== null && cutTo === view.query;
  const withDirection = directedTypes(dataset);
  const hiddenTypes = new Set<string>(view.hiddenTypes);
  const hiddenClasses = new Set<string>(view.hiddenClasses);
  const hiddenKinds = new Set<string>(view.hiddenKinds);
  const hiddenStatuses = new Set<string>(view.hiddenStatuses);
  const actorsByLabel = [...dataset.actors].sort((a, b) => a.label.localeCompare(b.label));
  const { vocabulary } = dataset;
  const typeIds = vocabulary.types.map((type) => type.id);
  const kindIds = vocabulary.kinds.map((kind) => kind.id);
  const classIds = RELATION_CLASSES.map((relationClass) => relationClass.id);

  return (
    <section className="filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Filters
      </h2>

      <div className="filter-block">
        <label htmlFor={`${id}-query`} className="filter-label">
          Text filter
        </label>
        <input
          id={`${id}-query`}
          className="text-input"
          type="search"
          placeholder="Names, types or quoted words"
          value={view.query}
          aria-describedby={`${id}-query-hint`}
          onChange={(event) => {
            const { text, cut } = limitQueryEdit(view.query, event.target.value);
            setCutTo(cut ? text : null);
            onUpdate(setQuery(text), { coalesce: 'query' });
          }}
        />
        {/* Always present, so the hint is announced when it appears. */}
        <p id={`${id}-query-hint`} className="field-hint" role="status">
          {queryFull &&
            `A link keeps at most ${Array.from(view.query).length} characters of this text, so the filter stops here.`}
        </p>
      </div>

      <div className="filter-block">
        <span className="filter-label" id={`${id}-focus-label`}>
          Focus
        </span>
        <div className="focus-row">
          <select
            aria-labelledby={`${id}-focus-label`}
            className="select"
            value={view.focus?.actor ?? ''}
            onChange={(event) =>
              onUpdate(
                setFocus(
                  event.target.value
                    ? { actor: event.target.value, depth: view.focus?.depth ?? 1 }
                    : null,
                ),
              )
            }
          >
            <option value="">Whole graph</option>
            {actorsByLabel.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </select>
          <select
            aria-label="Focus depth"
            className="select"
            value={view.focus?.depth ?? 1}
            disabled={!view.focus}
            onChange={(event) =>
              view.focus &&
              onUpdate(
                setFocus({
                  actor: view.focus.actor,
                  depth: Number(event.target.value) as FocusDepth,
                }),
              )
            }
          >
            {FOCUS_DEPTHS.map((depth) => (
              <option key={depth} value={depth}>
                {depth === 1 ? '1 step' : `${depth} steps`}
              </option>
            ))}
          </select>
        </div>
      </div>

      <fieldset className="filter-block">
        <legend className="filter-label">Relation types</legend>
        <div className="button-row">
          <button type="button" className="button small" onClick={() => onUpdate(showAllTypes)}>
            All
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => onUpdate(setHiddenTypes(typeIds))}
          >
            None
          </button>
        </div>
        {RELATION_CLASSES.map((quad) => {
          const types = vocabulary.types.filter(
            (type) => type.relationClass === quad.id && counts.types.has(type.id),
          );
          if (types.length === 0) return null;
          const typesOn = types.filter((type) => !hiddenTypes.has(type.id)).length;
          // The class box says what its types show: all on, none (class or every type off), or some.
          const state: GroupState =
            hiddenClasses.has(quad.id) || typesOn === 0
              ? 'off'
              : typesOn === types.length
                ? 'on'
                : 'mixed';
          return (
            <div key={quad.id} className="type-group">
              <GroupCheckbox
                state={state}
                // A fully checked class switches off as a whole; any other state turns it all on.
                onChange={() =>
                  onUpdate(
                    state === 'on'
                      ? setHiddenClasses(toggleIn(view.hiddenClasses, quad.id, classIds))
                      : showClass(quad.id, vocabulary),
                  )
                }
              >
                <strong>{quad.label}</strong>
              </GroupCheckbox>
              <ul className="type-list">
                {types.map((type) => (
                  <li key={type.id} className="type-item">
                    <label className="check">
                      <input
                        type="checkbox"
                        // A type under a switched-off class is off, whatever its own box says.
                        checked={!hiddenTypes.has(type.id) && !hiddenClasses.has(quad.id)}
                        disabled={hiddenClasses.has(quad.id)}
                        onChange={() =>
                          onUpdate(setHiddenTypes(toggleIn(view.hiddenTypes, type.id, typeIds)))
                        }
                      />
                      <RelationSymbol
                        type={type.id}
                        vocabulary={vocabulary}
                        theme={theme}
                        directed={withDirection.has(type.id)}
                      />
                      <span className="check-name">{type.label}</span>{' '}
                      <ShownCount {...countOfId(counts.types, type.id)} />
                    </label>
                    <button
                      type="button"
                      className="link-button only-button"
                      aria-label={`Only ${type.label}`}
                      onClick={() => onUpdate(onlyType(type.id, vocabulary))}
                    >
                      only
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>

      {/* One status only (a file that says nothing of it) is nothing to filter by. */}
      {(counts.statuses.size > 1 || view.hiddenStatuses.length > 0) && (
        <fieldset className="filter-block">
          <legend className="filter-label">Status</legend>
          <ul className="type-list">
            {RELATION_STATUSES.filter((status) => counts.statuses.has(status.id)).map((status) => (
              <li key={status.id} className="type-item">
                <label className="check" title={status.description}>
                  <input
                    type="checkbox"
                    checked={!hiddenStatuses.has(status.id)}
                    onChange={() =>
                      onUpdate(
                        setHiddenStatuses(
                          toggleIn(view.hiddenStatuses, status.id, RELATION_STATUS_IDS),
                        ),
                      )
                    }
                  />
                  <StatusSymbol status={status.id} />
                  <span className="check-name">{status.label}</span>{' '}
                  <ShownCount {...countOfId(counts.statuses, status.id)} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <fieldset className="filter-block">
        <legend className="filter-label">Actor kinds</legend>
        <ul className="type-list">
          {vocabulary.kinds
            .filter((kind) => counts.kinds.has(kind.id))
            .map((kind) => (
              <li key={kind.id} className="type-item">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!hiddenKinds.has(kind.id)}
                    onChange={() =>
                      onUpdate(setHiddenKinds(toggleIn(view.hiddenKinds, kind.id, kindIds)))
                    }
                  />
                  <ActorSymbol kind={kind.id} vocabulary={vocabulary} />
                  <span className="check-name">{kind.label}</span>{' '}
                  <ShownCount {...countOfId(counts.kinds, kind.id)} />
                </label>
              </li>
            ))}
        </ul>
        <label className="check">
          <input
            type="checkbox"
            checked={view.showIsolated}
            onChange={(event) => onUpdate(setShowIsolated(event.target.checked))}
          />
          Show actors with no visible relation
        </label>
      </fieldset>
    </section>
  );
}
