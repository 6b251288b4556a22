/**
 * What each entry of the Export menu does. Loaded only when the menu is first opened, so the
 * exporters (and graphology-gexf) stay out of the start-up bundle.
 */
import type { Core } from 'cytoscape';

import type { ShownCounts } from '../../domain/counts';
import type { Dataset } from '../../domain/dataset';
import {
  type PictureOptions,
  currentPositions,
  graphPng,
  graphSvgText,
} from '../../graph/exportImage';
import type { Theme } from '../../graph/stylesheet';
import { citeRelation } from '../../io/export/citation';
import { exportActorsCsv, exportRelationsCsv } from '../../io/export/csv';
import { exportFileName } from '../../io/export/fileName';
import { exportGexf } from '../../io/export/gexf';
import { exportGraphJson } from '../../io/export/graphJson';
import { exportGraphml } from '../../io/export/graphml';
import { download } from '../common/download';
import { lookupFor, relationSentence } from '../view/describe';
import { isFiltered } from './filtered';

export interface ExportContext {
  dataset: Dataset;
  visible: { actorIds: ReadonlySet<string>; relationIds: ReadonlySet<string> };
  /** The "shown of total" counts, for a picture's legend. */
  counts: ShownCounts;
  /** The canvas, once drawn; pictures and positions need it. */
  cy: Core | null;
  theme: Theme;
  now: Date;
}

export interface PictureChoice {
  background: 'themed' | 'transparent';
  legend: boolean;
}

function name(context: ExportContext, extension: string, part?: string, filtered = false): string {
  return exportFileName(context.dataset.id, extension, {
    now: context.now,
    filtered,
    ...(part ? { part } : {}),
  });
}

function pictureOptions(context: ExportContext, choice: PictureChoice): PictureOptions {
  return {
    theme: context.theme,
    background: choice.background,
    legend: choice.legend && context.counts,
  };
}

function positionsOf(context: ExportContext) {
  return context.cy ? currentPositions(context.cy) : undefined;
}

/** Downloads the visible graph as a PNG; returns the file's name. */
export async function downloadPng(
  context: ExportContext,
  scale: 1 | 2,
  choice: PictureChoice,
): Promise<string> {
  if (!context.cy) throw new Error('the graph is not drawn yet');
  const blob = await graphPng(
    context.cy,
    context.dataset,
    context.visible,
    scale,
    pictureOptions(context, choice),
  );
  const fileName = name(
    context,
    'png',
    scale === 2 ? '2x' : undefined,
    isFiltered(context.dataset, context.visible),
  );
  download(blob, fileName, 'image/png');
  return fileName;
}

/** Downloads the visible graph as an SVG; returns the file's name. */
export function downloadSvg(context: ExportContext, choice: PictureChoice): string {
  if (!context.cy) throw new Error('the graph is not drawn yet');
  const text = graphSvgText(
    context.cy,
    context.dataset,
    context.visible,
    pictureOptions(context, choice),
  );
  const fileName = name(context, 'svg', undefined, isFiltered(context.dataset, context.visible));
  download(text, fileName, 'image/svg+xml');
  return fileName;
}

/** Downloads the visible relations as CSV (the connections sheet). */
export function downloadRelationsCsv(context: ExportContext): string {
  const fileName = name(context, 'csv', 'relations', isFiltered(context.dataset, context.visible));
  download(
    exportRelationsCsv(context.dataset, { relationIds: context.visible.relationIds }),
    fileName,
    'text/csv',
  );
  return fileName;
}

/** Downloads the visible actors as CSV (the elements sheet, read together with the relations). */
export function downloadActorsCsv(context: ExportContext): string {
  const fileName = name(context, 'csv', 'actors', isFiltered(context.dataset, context.visible));
  const positions = positionsOf(context);
  download(
    exportActorsCsv(context.dataset, {
      actorIds: context.visible.actorIds,
      ...(positions ? { positions } : {}),
    }),
    fileName,
    'text/csv',
  );
  return fileName;
}

/** Downloads the whole dataset in one of the graph formats, positions included. */
export function downloadDataset(
  context: ExportContext,
  format: 'graph-json' | 'gexf' | 'graphml',
): string {
  const positions = positionsOf(context);
  const options = positions ? { positions } : {};
  const [text, extension, type] =
    format === 'graph-json'
      ? [exportGraphJson(context.dataset, options), 'json', 'application/json']
      : format === 'gexf'
        ? [exportGexf(context.dataset, options), 'gexf', 'application/gexf+xml']
        : [exportGraphml(context.dataset, options), 'graphml', 'application/graphml+xml'];
  const fileName = name(context, extension);
  download(text, fileName, type);
  return fileName;
}

/** The citation of a relation as plain text, worded as the app words it. */
export function citationText(dataset: Dataset, relationId: string, permalink: string): string {
  const relation = dataset.relations.find((candidate) => candidate.id === relationId);
  if (!relation) return '';
  const sentence = relationSentence(relation, lookupFor(dataset));
  return citeRelation(dataset, relationId, { permalink, sentence })?.text ?? '';
}
