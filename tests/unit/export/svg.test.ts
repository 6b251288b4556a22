import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';

import { shownCounts } from '../../../src/domain/counts';
import { estimateText, layoutLegend, legendModel } from '../../../src/graph/exportLegend';
import { type GraphSnapshot, graphSvg, wrapLabel } from '../../../src/graph/exportSvg';
import { AWKWARD, datasetOf } from './fixtures';

const node = (id: string, label: string, x: number) => ({
  id,
  x,
  y: 0,
  width: 30,
  height: 30,
  shape: 'star',
  fill: '#E69F00',
  border: { color: '#ffffff', width: 1.5 },
  opacity: 1,
  label,
  text: { color: '#1b1f24', halo: '#ffffff', haloWidth: 2.5, size: 13, bold: false, opacity: 1 },
});

const snapshot: GraphSnapshot = {
  nodes: [node('a', '<script>alert(1)</script> & "Zoë"', 0), node('b', 'Київ', 200)],
  edges: [
    {
      id: 'r1',
      start: { x: 15, y: 0 },
      controls: [{ x: 100, y: 40 }],
      end: { x: 185, y: 0 },
      color: 'rgb(194,59,0)',
      width: 1.8,
      dash: [6, 3],
      opacity: 0.55,
      arrow: { shape: 'tee', color: 'rgb(194,59,0)', size: 31.9 },
      marker: {
        shape: 'square',
        color: 'rgb(194,59,0)',
        size: 31.9,
        at: { x: 100, y: 20 },
        direction: { x: 1, y: 0 },
      },
      label: { text: 'sanction <b>', at: { x: 100, y: 20 }, color: '#333', halo: '#fff', size: 9 },
    },
  ],
};

function render(legend = false) {
  const dataset = datasetOf(AWKWARD);
  return graphSvg(snapshot, {
    theme: 'light',
    background: 'themed',
    measure: estimateText,
    title: 'A & B',
    labelMaxWidth: 110,
    labelMargin: 4,
    ...(legend
      ? {
          legend: layoutLegend(
            legendModel(
              dataset,
              shownCounts(dataset, {
                actorIds: new Set(['zoe', 'club']),
                relationIds: new Set(['r1']),
              }),
              'light',
            ),
            estimateText,
          ),
        }
      : {}),
  });
}

describe('graphSvg', () => {
  it('is well-formed SVG whose labels are text, never markup', () => {
    const text = render();
    const errors: string[] = [];
    const document = new DOMParser({
      // A function: xmldom does not call an object's handlers for every error.
      errorHandler: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(document.getElementsByTagName('b')).toHaveLength(0);
    const labels = Array.from(document.getElementsByTagName('text')).map((element) =>
      Array.from(element.getElementsByTagName('tspan'))
        .map((span) => span.textContent)
        .join(' '),
    );
    expect(labels).toContain('<script>alert(1)</script> & "Zoë"');
    expect(labels).toContain('Київ');
    expect(text).toContain('stroke-dasharray="6 3"');
    expect(text).toContain('opacity="0.55"');
    expect(text).not.toMatch(/\sstyle=/);
  });

  it('draws the legend beside the graph, widening the picture', () => {
    const without = Number(/<svg[^>]* width="(\d+)"/.exec(render())?.[1]);
    const withLegend = render(true);
    expect(Number(/<svg[^>]* width="(\d+)"/.exec(withLegend)?.[1])).toBeGreaterThan(without + 100);
    expect(withLegend).toContain('>Football club<');
    expect(withLegend).toContain('>1 of 1<');
    expect(withLegend).toContain('>Funds<');
  });
});

describe('legendModel', () => {
  it('lists what is shown, with shown-of-total counts, and the statuses that have a mark', () => {
    const dataset = datasetOf(AWKWARD);
    const model = legendModel(
      dataset,
      shownCounts(dataset, {
        actorIds: new Set(['zoe', 'club', 'kyiv']),
        relationIds: new Set(['r1', 'r3']),
      }),
      'dark',
    );
    expect(
      model.sections.map((section) => [
        section.heading,
        section.rows.map((row) => `${row.label} ${row.count}`),
      ]),
    ).toEqual([
      ['Actors', ['State 1 of 1', 'Leader or official 1 of 1', 'Football club 1 of 1']],
      ['Relations', ['Assault 1 of 1', 'Funds 1 of 1']],
      ['Status', ['Planned 1 of 1']],
    ]);
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces within the width, as the canvas does', () => {
    const measure = (text: string) => text.length * 10;
    expect(wrapLabel('Ukrainian State Emergency Service', 110, 13, measure)).toEqual([
      'Ukrainian',
      'State',
      'Emergency',
      'Service',
    ]);
    expect(wrapLabel('UN General Assembly', 120, 13, measure)).toEqual(['UN General', 'Assembly']);
  });
});
