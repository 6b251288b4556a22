import { describe, expect, it } from 'vitest';

import type { DatasetIds } from '../../src/domain/link/datasetIds';
import { parseView, serializeView } from '../../src/domain/link/viewQuery';
import { hasFileLook, looksOf } from '../../src/domain/looks';
import { defaultView } from '../../src/domain/view';
import {
  CANVAS_LABEL_MAX,
  canvasLabel,
  datasetElements,
  fileSizes,
} from '../../src/graph/elements';
import { hexColor } from '../../src/io/import/fields';
import { realDataset } from './realDataset';

describe('the file’s look', () => {
  it('is offered, and first, where most actors have a colour or size of their own', () => {
    const coloured = { actors: [{ color: '#ff0000' }, { size: 3 }, {}], relations: [] };
    expect(hasFileLook(coloured)).toBe(true);
    expect(looksOf(coloured).map((look) => look.id)).toEqual(['file', 'kind']);
    const plain = { actors: [{ color: '#ff0000' }, {}, {}], relations: [] };
    expect(looksOf(plain).map((look) => look.id)).toEqual(['kind']);
    expect(looksOf(realDataset()).map((look) => look.id)).toEqual(['kind', 'community']);
  });

  it('reads the colours graph files write, and nothing that is not a colour', () => {
    expect(hexColor('rgb(239, 173, 66)')).toBe('#efad42');
    expect(hexColor('rgba(239,173,66,0.6)')).toBe('#efad42');
    expect(hexColor('#ABC')).toBe('#aabbcc');
    expect(hexColor(' #00ff7f ')).toBe('#00ff7f');
    expect(hexColor('rgb(300, 0, 0)')).toBeUndefined();
    expect(hexColor('red; background-image: url(x)')).toBeUndefined();
  });

  it('draws the file’s sizes from 14 to 60 pixels, by area', () => {
    const size = fileSizes({ ...realDataset(), actors: [{ size: 4 }, { size: 100 }] } as never);
    expect([size(4), size(100), size(36)]).toEqual([14, 60, 37]);
  });

  it('is in the link only when it is not the dataset’s default', () => {
    const ids: DatasetIds = {
      actorIds: new Set(),
      relationIds: new Set(),
      looks: ['file', 'kind'],
    };
    const opened = defaultView('gephi', 'fcose', { look: 'file' });
    expect(serializeView(opened, 'gephi', ids)).toBe('');
    const byKind = { ...opened, look: 'kind' as const };
    expect(serializeView(byKind, 'gephi', ids)).toBe('v=1&look=kind');
    expect(parseView('v=1&look=kind', 'gephi', ids).view.look).toBe('kind');
    expect(parseView('', 'gephi', ids).view.look).toBe('file');
    // A dataset without colours does not offer the file's look: the link says so.
    const plain = parseView('v=1&look=file', 'gephi', { ...ids, looks: ['kind'] });
    expect(plain.view.look).toBe('kind');
    expect(plain.ignored.join(' ')).toMatch(/unknown look "file"/);
  });
});

describe('the community look', () => {
  const ids: DatasetIds = {
    actorIds: new Set(),
    relationIds: new Set(),
    looks: looksOf(realDataset()).map((look) => look.id),
  };

  it('is offered, never first, wherever there is a relation, and after the file’s look', () => {
    const withTie = { actors: [{}, {}], relations: [{}] };
    expect(looksOf(withTie).map((look) => look.id)).toEqual(['kind', 'community']);
    const colouredWithTie = { actors: [{ color: '#ff0000' }], relations: [{}] };
    expect(looksOf(colouredWithTie).map((look) => look.id)).toEqual(['file', 'kind', 'community']);
    expect(looksOf({ actors: [{}, {}], relations: [] }).map((look) => look.id)).toEqual(['kind']);
  });

  it('travels in the link and comes back from it', () => {
    const view = { ...defaultView('russia-ukraine-talks', 'fcose'), look: 'community' as const };
    const link = serializeView(view, 'russia-ukraine-talks', ids);
    expect(link).toBe('v=1&look=community');
    const read = parseView(link, 'russia-ukraine-talks', ids);
    expect(read.view.look).toBe('community');
    expect(read.ignored).toEqual([]);
  });

  it('is refused, with a note, by a dataset without relations', () => {
    const read = parseView('v=1&look=community', 'empty', { ...ids, looks: ['kind'] });
    expect(read.view.look).toBe('kind');
    expect(read.ignored.join(' ')).toMatch(/unknown look "community"/);
  });
});

describe('labels on the canvas', () => {
  it('draws a long label cut to 80 characters, never splitting a character', () => {
    expect(canvasLabel('Russia')).toBe('Russia');
    const long = '😀'.repeat(100_000);
    const drawn = canvasLabel(long);
    expect([...drawn]).toHaveLength(CANVAS_LABEL_MAX);
    expect(drawn.endsWith('😀…')).toBe(true);
    const dataset = { ...realDataset(), actors: [{ ...realDataset().actors[0]!, label: long }] };
    const node = datasetElements(dataset).find((element) => element.group === 'nodes');
    expect([...(node?.data.label as string)]).toHaveLength(CANVAS_LABEL_MAX);
  });
});
