// @vitest-environment node
/**
 * Many events, one edge: the committed samples open into one relation per source, target and
 * type, each with its events, date range, count, mean score, codes and up to five articles; every
 * row left out or repaired is in the report with its row.
 */
import { describe, expect, it } from 'vitest';

import { MAX_EVIDENCE_URLS } from '../../../src/io/import/events/aggregate';
import { type Opened, attribute, messages, openSample } from './helpers';

const relationsWith = (opened: Opened, predicate: (code: string) => boolean) =>
  opened.dataset.relations.filter((relation) =>
    relation.events?.some((event) => predicate(event.code ?? '')),
  );

describe('GDELT 2.0 sample', () => {
  let opened: Opened;
  it('opens as GDELT 2.0 events coded in CAMEO, scored on the Goldstein scale', async () => {
    opened = await openSample('gdelt2-sample.export.CSV');
    expect(opened.format).toBe('gdelt');
    expect(opened.datasetFile.coding).toEqual({
      format: 'GDELT 2.0 events',
      codes: 'CAMEO',
      score: 'Goldstein scale',
    });
    expect(opened.dataset.title).toBe('gdelt2-sample.export (GDELT 2.0 events)');
  });

  it('makes one relation per source, target and type, counting its events', () => {
    const seen = new Set<string>();
    let events = 0;
    for (const relation of opened.dataset.relations) {
      const key = `${relation.source} ${relation.type} ${relation.target}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(relation.weight).toBe(relation.events?.length);
      events += relation.events?.length ?? 0;
    }
    expect(messages(opened)).toContain(
      `${events} events between ${opened.dataset.actors.length} actors became ${opened.dataset.relations.length} relations, one per source, target and type; each lists its events.`,
    );
  });

  it('gives each relation its first and last day, its events oldest first, and the mean score', () => {
    const busy = opened.dataset.relations.find((relation) => (relation.events?.length ?? 0) >= 3);
    expect(busy).toBeDefined();
    const days = busy!.events!.map((event) => event.date);
    expect(days).toEqual([...days].sort());
    expect(busy!.date).toBe(days[0]);
    expect(busy!.until).toBe(days.at(-1));
    const scores = busy!.events!.map((event) => event.score ?? 0);
    const mean = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
    expect(attribute(busy!, 'Mean Goldstein scale')).toBe(mean);
    // A relation of one day has no range.
    const single = opened.dataset.relations.find((relation) => relation.events?.length === 1);
    expect(single?.until).toBeUndefined();
  });

  it('keeps every event’s code and lists the codes with their descriptions', () => {
    const sanctions = relationsWith(opened, (code) => code === '163');
    expect(new Set(sanctions.map((relation) => relation.type))).toEqual(new Set(['SANCTION']));
    const usRussia = sanctions.find(
      (relation) => relation.source === 'united-states' && relation.target === 'russia',
    );
    expect(attribute(usRussia!, 'CAMEO codes')).toMatch(
      /^163 Impose embargo, boycott or sanctions \(\d+\)/,
    );
    expect(usRussia!.events!.filter((event) => event.code === '163').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('lists up to five distinct articles as evidence; the events keep every one', () => {
    const evidence = opened.dataset.relations.map((relation) => relation.evidence.length);
    expect(Math.max(...evidence)).toBeLessThanOrEqual(MAX_EVIDENCE_URLS);
    for (const relation of opened.dataset.relations) {
      const urls = new Set(relation.events?.flatMap((event) => (event.url ? [event.url] : [])));
      expect(relation.evidence.length).toBe(Math.min(urls.size, MAX_EVIDENCE_URLS));
    }
  });

  it('counts a repeated GLOBALEVENTID once, and reports the row', () => {
    const ids = opened.dataset.relations.flatMap(
      (relation) => relation.events?.map((event) => event.id) ?? [],
    );
    expect(new Set(ids).size).toBe(ids.length);
    const repeats = opened.problems.filter((problem) =>
      /already read at row/.test(problem.message),
    );
    expect(repeats).toHaveLength(3);
    expect(repeats[0]).toMatchObject({
      action: 'skipped',
      where: { row: 64, column: 'GLOBALEVENTID' },
    });
  });

  it('skips rows without a second or a first actor, and the same actor on both sides, with their rows', () => {
    const noTarget = opened.problems.filter((problem) =>
      /names no second actor/.test(problem.message),
    );
    expect(noTarget).toHaveLength(12);
    expect(
      noTarget.every((problem) => problem.action === 'skipped' && problem.where.row! > 1),
    ).toBe(true);
    expect(
      opened.problems.filter((problem) => /names no first actor/.test(problem.message)),
    ).toHaveLength(3);
    expect(
      opened.problems.filter((problem) => /two actors are the same/.test(problem.message)),
    ).toHaveLength(1);
  });

  it('repairs a day that does not exist from DATEADDED, and skips a row with neither', () => {
    const repaired = opened.problems.filter((problem) =>
      /DATEADDED, 2024-02-29\) was used instead/.test(problem.message),
    );
    expect(repaired).toHaveLength(2);
    expect(repaired[0]).toMatchObject({ action: 'repaired', where: { column: 'SQLDATE' } });
    expect(
      opened.problems.filter((problem) => /nor a DATEADDED/.test(problem.message)),
    ).toHaveLength(1);
  });

  it('reads the Latin-1 row in the UTF-8 file without harm to either', () => {
    const labels = opened.dataset.actors.map((actor) => actor.label);
    expect(labels).toContain('Médecins Sans Frontières');
    expect(labels).toContain("Côte d'Ivoire");
    expect(
      messages(opened).some((message) => /1 line \(line \d+\) is not UTF-8/.test(message)),
    ).toBe(true);
  });

  it('keeps "BBC Monitoring" out of the links: an event without an http(s) address has no url', () => {
    const events = opened.dataset.relations.flatMap((relation) => relation.events ?? []);
    expect(events.every((event) => event.url === undefined || /^https:\/\//.test(event.url))).toBe(
      true,
    );
    expect(events.some((event) => event.url === undefined)).toBe(true);
  });

  it('gives actors a kind and a country to group by', () => {
    const army = opened.dataset.actors.find((actor) => actor.label === 'Russian Army');
    expect(army?.kind).toBe('military');
    expect(attribute(army!, 'country')).toBe('Russia');
    expect(opened.datasetFile.kinds).toContainEqual({
      id: 'military',
      label: 'Military',
      description: 'Armed forces, intelligence services and peacekeepers.',
    });
  });
});

describe('the other samples', () => {
  it('GDELT 1.0: 58 columns, a one-sided event and a repeat reported', async () => {
    const opened = await openSample('gdelt1-sample.export.CSV');
    expect(opened.datasetFile.coding?.format).toBe('GDELT 1.0 events');
    expect(messages(opened)).toContain('Read as GDELT 1.0 events: 202 rows.');
    expect(opened.problems.filter((problem) => problem.action === 'skipped')).toHaveLength(2);
  });

  it('a headed GDELT CSV: codes that lost their leading zero are read with it, quoted names kept', async () => {
    const opened = await openSample('gdelt-bigquery.csv');
    const zero = opened.problems.filter((problem) => /lost its leading zero/.test(problem.message));
    expect(zero.length).toBeGreaterThan(0);
    expect(zero[0]).toMatchObject({ action: 'repaired', where: { column: 'EventCode' } });
    expect(opened.dataset.actors.map((actor) => actor.label)).toContain('Korea, South');
  });

  it('ICEWS: codes written without their zero are read with it in one line; intensity is the score', async () => {
    const opened = await openSample('icews-sample.tab');
    expect(opened.datasetFile.coding).toEqual({
      format: 'ICEWS',
      codes: 'CAMEO',
      score: 'Intensity',
    });
    const zero = opened.problems.filter((problem) => /leading zero/.test(problem.message));
    expect(zero).toHaveLength(1);
    expect(zero[0]?.message).toMatch(
      /^\d+ CAMEO Codes are written without their leading zero, as ICEWS/,
    );
    const retreat = opened.dataset.relations.find((relation) =>
      relation.events?.some((event) => event.code === '0874'),
    );
    expect(retreat?.type).toBe('RETREAT');
    const russia = opened.dataset.actors.find((actor) => actor.label === 'Russia');
    expect(russia?.kind).toBe('state');
    expect(attribute(russia!, 'country')).toBe('Russian Federation');
    expect(
      opened.problems.some((problem) => /"2014-02-30" is not a day/.test(problem.message)),
    ).toBe(true);
  });

  it('POLECAT: PLOVER types as they stand, modes kept, repeats and bad dates reported', async () => {
    const opened = await openSample('polecat-sample.tsv');
    expect(opened.datasetFile.coding).toEqual({
      format: 'POLECAT',
      codes: 'PLOVER',
      score: 'Intensity',
    });
    expect(opened.datasetFile.types).toBeUndefined();
    const assault = opened.dataset.relations.find((relation) => relation.type === 'ASSAULT');
    expect(attribute(assault!, 'Event modes')).toMatch(/aerial|firearms/);
    expect(assault?.events?.[0]?.code).toBe('ASSAULT');
    expect(
      opened.problems.some((problem) => /"last week" is not a day/.test(problem.message)),
    ).toBe(true);
    expect(
      opened.problems.filter((problem) => /already read at row/.test(problem.message)),
    ).toHaveLength(3);
  });
});
