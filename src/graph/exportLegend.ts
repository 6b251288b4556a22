/**
 * The legend drawn into an exported image: the actor kinds, relation types and statuses the
 * view shows, each with its symbol and "shown of total" count, as the side panel lists them.
 * Laid out once, then drawn as SVG (the SVG export) or on a canvas (the PNG export).
 */
import { type CountsById, type ShownCounts, countOfId, isShown } from '../domain/counts';
import type { Dataset } from '../domain/dataset';
import { RELATION_STATUS_ENCODING } from '../domain/encoding';
import { RELATION_STATUSES } from '../domain/relationStatuses';
import { encodeVocabulary } from '../domain/vocabularyEncoding';
import { arrowPath, arrowSize, nodeShapePath } from './exportShapes';
import type { Theme } from './stylesheet';

/** The ink of an exported image, per theme: the page's text, muted text and surface. */
export const EXPORT_INK = {
  light: { text: '#1b1f24', muted: '#4d5560', background: '#ffffff', rule: '#c9d0d8' },
  dark: { text: '#eef1f4', muted: '#a9b3bd', background: '#171c22', rule: '#3a444f' },
} as const;

export const EXPORT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export type LegendSymbol =
  | { kind: 'actor'; shape: string; color: string }
  | {
      kind: 'relation';
      color: string;
      dash: readonly number[] | null;
      arrow: string;
      width: number;
    }
  | { kind: 'status'; marker: 'square' | 'circle'; opacity: number };

export interface LegendRow {
  symbol: LegendSymbol;
  label: string;
  /** "3 of 5": shown of the dataset's total. */
  count: string;
}

export interface LegendModel {
  sections: { heading: string; rows: LegendRow[] }[];
}

/** "3 of 5". */
function countText(counts: CountsById, id: string): string {
  const { shown, total } = countOfId(counts, id);
  return `${shown} of ${total}`;
}

/** What the view shows, for the legend: the same counts as the side panel's legend. */
export function legendModel(dataset: Dataset, counts: ShownCounts, theme: Theme): LegendModel {
  const encoding = encodeVocabulary(dataset.vocabulary);
  const actors: LegendRow[] = dataset.vocabulary.kinds
    .filter((kind) => isShown(counts.kinds, kind.id))
    .map((kind) => ({
      symbol: { kind: 'actor', ...encoding.kind(kind.id) },
      label: kind.label,
      count: countText(counts.kinds, kind.id),
    }));
  const relations: LegendRow[] = dataset.vocabulary.types
    .filter((type) => isShown(counts.types, type.id))
    .map((type) => {
      const look = encoding.type(type.id);
      const dash =
        look.dash ?? (look.line === 'dashed' ? [6, 3] : look.line === 'dotted' ? [1.5, 2.5] : null);
      return {
        symbol: {
          kind: 'relation',
          color: look.color[theme],
          dash,
          arrow: look.arrow,
          width: look.heavy ? 3.5 : 2,
        },
        label: type.label,
        count: countText(counts.types, type.id),
      };
    });
  const statuses: LegendRow[] = RELATION_STATUSES.flatMap((status) => {
    const look = RELATION_STATUS_ENCODING[status.id];
    if (!look || !isShown(counts.statuses, status.id)) return [];
    return [
      {
        symbol: { kind: 'status' as const, marker: look.marker, opacity: look.opacity },
        label: status.label,
        count: countText(counts.statuses, status.id),
      },
    ];
  });
  return {
    sections: [
      { heading: 'Actors', rows: actors },
      { heading: 'Relations', rows: relations },
      { heading: 'Status', rows: statuses },
    ].filter((section) => section.rows.length > 0),
  };
}

/** Measures a text's width at a font size, in pixels. */
export type MeasureText = (text: string, fontSize: number) => number;

/** A rough measure for where no canvas is at hand (tests): an average glyph width. */
export const estimateText: MeasureText = (text, fontSize) => text.length * fontSize * 0.56;

export const LEGEND_METRICS = {
  padding: 16,
  row: 22,
  heading: 26,
  symbolWidth: 34,
  gap: 8,
  fontSize: 13,
  headingSize: 14,
} as const;

export interface LegendLayout {
  width: number;
  height: number;
  /** Each line at its top offset within the legend. */
  lines: (
    | { type: 'heading'; text: string; y: number }
    | { type: 'row'; row: LegendRow; y: number; countX: number }
  )[];
}

/** Places the legend's lines: a heading per section, a row per entry, counts in one column. */
export function layoutLegend(model: LegendModel, measure: MeasureText): LegendLayout {
  const m = LEGEND_METRICS;
  const rows = model.sections.flatMap((section) => section.rows);
  const labelWidth = Math.max(0, ...rows.map((row) => measure(row.label, m.fontSize)));
  const countWidth = Math.max(0, ...rows.map((row) => measure(row.count, m.fontSize)));
  const headingWidth = Math.max(
    0,
    ...model.sections.map((section) => measure(section.heading, m.headingSize)),
  );
  const countX = m.padding + m.symbolWidth + m.gap + labelWidth + m.gap * 2;
  const width = Math.ceil(Math.max(countX + countWidth, m.padding + headingWidth) + m.padding);
  const lines: LegendLayout['lines'] = [];
  let y = m.padding;
  for (const section of model.sections) {
    lines.push({ type: 'heading', text: section.heading, y });
    y += m.heading;
    for (const row of section.rows) {
      lines.push({ type: 'row', row, y, countX });
      y += m.row;
    }
    y += m.gap;
  }
  return { width, height: Math.ceil(y - m.gap + m.padding), lines };
}

/** The path of a relation symbol's arrow head, pointing right at the end of its line. */
function arrowHead(symbol: { arrow: string }, x: number, mid: number): string {
  return arrowPath(symbol.arrow, { x: x + 32, y: mid }, { x: 1, y: 0 }, arrowSize(1, 0.9) * 0.9);
}

/** A symbol's drawing as SVG elements, in a box from (x, y), 34 by 16. */
function symbolSvg(symbol: LegendSymbol, x: number, y: number, ink: string): string {
  const mid = y + 8;
  if (symbol.kind === 'actor') {
    return `<path d="${nodeShapePath(symbol.shape, x + 9, mid, 14, 14)}" fill="${symbol.color}"/>`;
  }
  if (symbol.kind === 'relation') {
    const dash = symbol.dash ? ` stroke-dasharray="${symbol.dash.join(' ')}"` : '';
    const head = arrowHead(symbol, x, mid);
    return `<line x1="${x + 2}" y1="${mid}" x2="${x + 26}" y2="${mid}" stroke="${symbol.color}" stroke-width="${symbol.width}"${dash}/>${head ? `<path d="${head}" fill="${symbol.color}"/>` : ''}`;
  }
  const marker =
    symbol.marker === 'square'
      ? `<rect x="${x + 13}" y="${mid - 4}" width="8" height="8" fill="none" stroke="${ink}" stroke-width="1.8"/>`
      : `<circle cx="${x + 17}" cy="${mid}" r="4.2" fill="none" stroke="${ink}" stroke-width="1.8"/>`;
  return `<line x1="${x + 2}" y1="${mid}" x2="${x + 32}" y2="${mid}" stroke="${ink}" stroke-width="2" stroke-opacity="${symbol.opacity}"/>${marker}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The legend as an SVG group at (x, y), with a background panel and a frame. */
export function legendSvg(layout: LegendLayout, x: number, y: number, theme: Theme): string {
  const ink = EXPORT_INK[theme];
  const m = LEGEND_METRICS;
  const parts = [
    `<g class="legend" transform="translate(${x} ${y})" font-family='${EXPORT_FONT}'>`,
    `<rect x="0.5" y="0.5" width="${layout.width - 1}" height="${layout.height - 1}" rx="6" fill="${ink.background}" stroke="${ink.rule}"/>`,
  ];
  for (const line of layout.lines) {
    if (line.type === 'heading') {
      parts.push(
        `<text x="${m.padding}" y="${line.y + 15}" font-size="${m.headingSize}" font-weight="bold" fill="${ink.text}">${escapeText(line.text)}</text>`,
      );
    } else {
      parts.push(
        symbolSvg(line.row.symbol, m.padding, line.y, ink.text),
        `<text x="${m.padding + m.symbolWidth + m.gap}" y="${line.y + 13}" font-size="${m.fontSize}" fill="${ink.text}">${escapeText(line.row.label)}</text>`,
        `<text x="${line.countX}" y="${line.y + 13}" font-size="${m.fontSize}" fill="${ink.muted}">${escapeText(line.row.count)}</text>`,
      );
    }
  }
  parts.push('</g>');
  return parts.join('');
}

/** Draws the legend on a canvas at (x, y), in the same places as the SVG one. */
export function drawLegend(
  context: CanvasRenderingContext2D,
  layout: LegendLayout,
  x: number,
  y: number,
  theme: Theme,
): void {
  const ink = EXPORT_INK[theme];
  const m = LEGEND_METRICS;
  context.save();
  context.translate(x, y);
  context.fillStyle = ink.background;
  context.strokeStyle = ink.rule;
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(0.5, 0.5, layout.width - 1, layout.height - 1, 6);
  context.fill();
  context.stroke();
  context.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    if (line.type === 'heading') {
      context.font = `bold ${m.headingSize}px ${EXPORT_FONT}`;
      context.fillStyle = ink.text;
      context.fillText(line.text, m.padding, line.y + 15);
      continue;
    }
    drawSymbol(context, line.row.symbol, m.padding, line.y, ink.text);
    context.font = `${m.fontSize}px ${EXPORT_FONT}`;
    context.fillStyle = ink.text;
    context.fillText(line.row.label, m.padding + m.symbolWidth + m.gap, line.y + 13);
    context.fillStyle = ink.muted;
    context.fillText(line.row.count, line.countX, line.y + 13);
  }
  context.restore();
}

function drawSymbol(
  context: CanvasRenderingContext2D,
  symbol: LegendSymbol,
  x: number,
  y: number,
  ink: string,
): void {
  const mid = y + 8;
  context.save();
  if (symbol.kind === 'actor') {
    context.fillStyle = symbol.color;
    context.fill(new Path2D(nodeShapePath(symbol.shape, x + 9, mid, 14, 14)));
  } else if (symbol.kind === 'relation') {
    context.strokeStyle = symbol.color;
    context.fillStyle = symbol.color;
    context.lineWidth = symbol.width;
    context.setLineDash(symbol.dash ? [...symbol.dash] : []);
    context.beginPath();
    context.moveTo(x + 2, mid);
    context.lineTo(x + 26, mid);
    context.stroke();
    const head = arrowHead(symbol, x, mid);
    if (head) context.fill(new Path2D(head));
  } else {
    context.strokeStyle = ink;
    context.lineWidth = 2;
    context.globalAlpha = symbol.opacity;
    context.beginPath();
    context.moveTo(x + 2, mid);
    context.lineTo(x + 32, mid);
    context.stroke();
    context.globalAlpha = 1;
    context.lineWidth = 1.8;
    context.beginPath();
    if (symbol.marker === 'square') context.rect(x + 13, mid - 4, 8, 8);
    else context.arc(x + 17, mid, 4.2, 0, 2 * Math.PI);
    context.stroke();
  }
  context.restore();
}
