/**
 * The coded events behind a relation (GDELT, ICEWS, POLECAT rows): how many, over which days, the
 * mean score under the dataset's name for it, the codes with what they mean, and the events
 * themselves, a page at a time. The CAMEO codebook loads only when such a relation is shown.
 */
import { useEffect, useId, useState } from 'react';

import type { CodedEvent, Coding, Relation } from '../../domain/dataset';
import { Pager, pageOf } from '../common/Pager';
import { useExplorerDataset } from '../view/ExplorerContext';
import type { DatasetLookup } from '../view/describe';
import { safeExternalUrl } from './SourceNote';
import './eventList.css';

/** How many events one page lists. */
export const EVENTS_PER_PAGE = 20;

type Describe = (code: string) => string;

/**
 * What a code means: CAMEO codes from the codebook (loaded on first use), PLOVER codes from the
 * dataset's types; until the codebook is there, the code alone.
 */
function useDescribe(coding: Coding | undefined, lookup: DatasetLookup): Describe {
  const [cameo, setCameo] = useState<Describe | null>(null);
  const wantsCameo = coding?.codes !== 'PLOVER';
  useEffect(() => {
    if (!wantsCameo) return;
    let live = true;
    void import('../../io/import/events/cameoEvents').then((module) => {
      if (live) setCameo(() => module.describeCameo);
    });
    return () => {
      live = false;
    };
  }, [wantsCameo]);
  if (!wantsCameo) {
    return (code) => {
      const type = lookup.type(code);
      return type.id === code ? `${code} ${type.description}` : code;
    };
  }
  return cameo ?? ((code) => code);
}

/**
 * The relation attributes the importer writes that this list's summary shows itself (the mean
 * score, the codes with their counts): the details leave them out of the attributes, so they are
 * said once; they stay on the relation for the exports.
 */
export function summarisedAttributes(coding: Coding | undefined): ReadonlySet<string> {
  return new Set([`Mean ${coding?.score ?? 'score'}`, `${coding?.codes ?? 'Event'} codes`]);
}

const round = (value: number) => Math.round(value * 100) / 100;

/** "3 events" / "1 event". */
const eventCount = (count: number) =>
  `${count.toLocaleString('en')} event${count === 1 ? '' : 's'}`;

/** The codes of the events, most frequent first, each with its count. */
function codeCounts(events: readonly CodedEvent[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const event of events)
    if (event.code) counts.set(event.code, (counts.get(event.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The coded events of a relation, with their summary. */
export function EventList({ relation }: { relation: Relation }) {
  const {
    dataset: { coding },
    lookup,
  } = useExplorerDataset();
  const events = relation.events ?? [];
  const [page, setPage] = useState(0);
  const describe = useDescribe(coding, lookup);
  const headingId = useId();
  if (events.length === 0) return null;

  const scoreName = coding?.score ?? 'score';
  const scores = events.flatMap((event) => (event.score === undefined ? [] : [event.score]));
  const mean =
    scores.length > 0 ? round(scores.reduce((sum, value) => sum + value, 0) / scores.length) : null;
  const first = events[0]?.date;
  const last = events.at(-1)?.date;
  const onPage = pageOf(events, page, EVENTS_PER_PAGE);
  const start = onPage.first;

  return (
    <section className="event-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Events ({events.length.toLocaleString('en')})
      </h3>
      <dl className="facts">
        <dt>Events</dt>
        <dd>
          {eventCount(events.length)}
          {coding ? <span className="muted"> ({coding.format})</span> : null}
        </dd>
        <dt>Days</dt>
        <dd>{first === last ? first : `${first} – ${last}`}</dd>
        {mean !== null && (
          <>
            <dt>Mean {scoreName}</dt>
            <dd>{mean}</dd>
          </>
        )}
        <dt>{coding?.codes ?? 'Event'} codes</dt>
        <dd>
          <ul className="event-codes">
            {codeCounts(events).map(([code, count]) => (
              <li key={code}>
                {describe(code)} <span className="muted">({count})</span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <ol
        className="events"
        start={start + 1}
        aria-label={`Events ${start + 1} to ${start + onPage.items.length}`}
      >
        {onPage.items.map((event, index) => {
          const href = safeExternalUrl(event.url);
          return (
            <li key={`${start + index} ${event.id ?? ''}`} className="event">
              <span className="event-date">{event.date}</span>
              {event.code !== undefined && ' · '}
              {event.code !== undefined && <bdi className="event-code">{describe(event.code)}</bdi>}
              {event.score !== undefined && (
                <span className="muted">
                  {' '}
                  · {scoreName} {event.score}
                </span>
              )}
              {href && (
                <>
                  {' '}
                  ·{' '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    article
                  </a>
                </>
              )}
              {event.id !== undefined && (
                <span className="muted">
                  {' '}
                  · id <bdi>{event.id}</bdi>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <Pager className="event-pages" label="Pages of events" of={onPage} onTurn={setPage} />
    </section>
  );
}
