/** The canvas stylesheet is made from a dataset's vocabulary: ours look as they always did. */
import { describe, expect, it } from 'vitest';

import { QUAD_CLASS_COLOR, RELATION_TYPE_ENCODING } from '../../src/domain/encoding';
import { RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import { BUILT_IN_VOCABULARY, vocabularyOf } from '../../src/domain/vocabulary';
import { EDGE_WIDTH, graphStylesheet } from '../../src/graph/stylesheet';
import { fundingDataset } from './fundingDataset';

type Rule = { selector: string; style: Record<string, unknown> };

function rules(sheet: unknown): Rule[] {
  return sheet as Rule[];
}

/** The style a rule list gives an edge of one type: every `edge[type = …]` rule merged in order. */
function typeStyle(sheet: Rule[], type: string, directed = true): Record<string, unknown> {
  const own = [`edge[type = "${type}"]`, ...(directed ? [`edge.directed[type = "${type}"]`] : [])];
  return Object.assign(
    {},
    ...sheet.filter((rule) => own.includes(rule.selector)).map((r) => r.style),
  );
}

describe('graphStylesheet', () => {
  it('draws each of our types with its hand-made look, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const sheet = rules(graphStylesheet(BUILT_IN_VOCABULARY, theme));
      for (const type of RELATION_TYPE_IDS) {
        const look = RELATION_TYPE_ENCODING[type];
        const quad = BUILT_IN_VOCABULARY.types.find((each) => each.id === type)?.relationClass;
        const style = typeStyle(sheet, type);
        expect(style['line-style'], type).toBe(look.line);
        expect(style['target-arrow-shape'], type).toBe(look.arrow);
        expect(style['line-color'], type).toBe(
          QUAD_CLASS_COLOR[quad as keyof typeof QUAD_CLASS_COLOR][theme],
        );
        expect(style.width, type).toBe(look.heavy ? EDGE_WIDTH.heavy : undefined);
        expect(style['line-dash-pattern'], type).toBeUndefined();
      }
    }
  });

  it('gives thirty own types thirty selectors and thirty different looks', () => {
    const types = Array.from({ length: 30 }, (_, n) => ({
      id: `own-${n + 1}`,
      label: `Own ${n + 1}`,
    }));
    const sheet = rules(graphStylesheet(vocabularyOf(types), 'light'));
    const looks = types.map(({ id }) => {
      const style = typeStyle(sheet, id);
      expect(sheet.some((rule) => rule.selector === `edge[type = "${id}"]`)).toBe(true);
      return JSON.stringify([
        style['line-style'],
        style['line-dash-pattern'] ?? null,
        style['target-arrow-shape'],
        style.width ?? EDGE_WIDTH.plain,
      ]);
    });
    expect(new Set(looks).size).toBe(30);
  });

  it('styles own kinds and weighted edges, once per vocabulary and theme', () => {
    const { vocabulary } = fundingDataset();
    const sheet = graphStylesheet(vocabulary, 'dark');
    expect(graphStylesheet(vocabulary, 'dark')).toBe(sheet);
    expect(graphStylesheet(vocabulary, 'light')).not.toBe(sheet);
    const person = rules(sheet).find((rule) => rule.selector === 'node[kind = "person"]');
    expect(person?.style.shape).toBeDefined();
    expect(rules(sheet).find((rule) => rule.selector === 'edge[width]')?.style.width).toBe(
      'data(width)',
    );
  });
});

describe('graphStylesheet for a large graph', () => {
  it('draws every line solid and straight, keeps colour, and gives arrow heads and labels to highlighted edges only', () => {
    const sheet = rules(graphStylesheet(BUILT_IN_VOCABULARY, 'light', 'large'));
    const edge = sheet.find((rule) => rule.selector === 'edge')?.style;
    expect(edge?.['curve-style']).toBe('straight');
    expect(edge?.label).toBe('');
    expect(sheet.find((rule) => rule.selector === 'edge.is-highlighted')?.style.label).toBe(
      'data(label)',
    );
    for (const type of RELATION_TYPE_IDS) {
      const style = typeStyle(sheet, type);
      expect(style['line-style'], type).toBe('solid');
      expect(style['line-dash-pattern'], type).toBeUndefined();
      expect(style['line-color'], type).toBeTruthy();
      expect(style['target-arrow-shape'], type).toBeUndefined();
      const emphasised = sheet.find(
        (rule) => rule.selector === `edge.directed.is-highlighted[type = "${type}"]`,
      );
      expect(emphasised?.style['target-arrow-shape'], type).toBe(
        RELATION_TYPE_ENCODING[type].arrow,
      );
    }
  });

  it('leaves the small graph as it was: curved, labelled edges', () => {
    const small = rules(graphStylesheet(BUILT_IN_VOCABULARY, 'light'));
    expect(graphStylesheet(BUILT_IN_VOCABULARY, 'light', 'small')).toBe(small);
    const edge = small.find((rule) => rule.selector === 'edge')?.style;
    expect(edge?.['curve-style']).toBe('bezier');
    expect(edge?.label).toBe('data(label)');
  });
});
