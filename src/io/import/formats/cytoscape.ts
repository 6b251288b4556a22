/** Cytoscape.js elements and Cytoscape desktop's `.cyjs` export. */
import { collectAttributes } from '../fields';
import type { ProblemLog } from '../report';
import type { GraphBuilder } from './builder';
import { header, isObject, own, ownList, ownText, rest, skip } from './jsonShared';
import { toEdge, toNode } from './mapFields';

/**
 * Cytoscape.js elements: a bare array, `{elements: […]}`, `{elements: {nodes, edges}}` or the
 * groups alone, `{nodes, edges}`.
 */
export function readCytoscape(value: unknown, builder: GraphBuilder, log: ProblemLog) {
  const listed: { element: unknown; path: string }[] = [];
  let title: string | undefined;
  if (Array.isArray(value)) {
    value.forEach((element, index) => listed.push({ element, path: `[${index}]` }));
  } else if (isObject(value)) {
    const data = own(value, 'data');
    if (isObject(data)) title = ownText(data, 'name') ?? ownText(data, 'title');
    // Without `elements`, the groups may stand at the top (Cytoscape.js's benchmark graphs).
    const elements =
      own(value, 'elements') ?? (Array.isArray(own(value, 'nodes')) ? value : undefined);
    if (Array.isArray(elements)) {
      elements.forEach((element, index) => listed.push({ element, path: `elements[${index}]` }));
    } else if (isObject(elements)) {
      for (const group of ['nodes', 'edges']) {
        ownList(elements, group).forEach((element, index) =>
          listed.push({ element, path: `elements.${group}[${index}]` }),
        );
      }
    }
  }
  for (const { element, path } of listed) {
    const where = { file: log.file, path };
    const data = isObject(element) ? own(element, 'data') : undefined;
    if (!isObject(element) || !isObject(data)) {
      skip(log, where, 'The element has no data object; it was skipped.');
      continue;
    }
    const group = own(element, 'group');
    const isEdge =
      group === 'edges' ||
      (group !== 'nodes' &&
        (own(data, 'source') !== undefined ||
          own(data, 'target') !== undefined ||
          path.startsWith('elements.edges')));
    if (isEdge) {
      const source = ownText(data, 'source');
      const target = ownText(data, 'target');
      if (source === undefined || target === undefined) {
        skip(
          log,
          where,
          `The edge has no ${source === undefined ? 'source' : 'target'}; it was skipped.`,
        );
        continue;
      }
      const directed = own(data, 'directed');
      builder.addEdge(
        toEdge(
          {
            id: ownText(data, 'id'),
            source,
            target,
            ...(typeof directed === 'boolean' ? { directed } : {}),
          },
          collectAttributes(rest(data, ['id', 'source', 'target', 'directed']), log, where),
          where,
          log,
        ),
      );
      continue;
    }
    const id = ownText(data, 'id');
    if (id === undefined) {
      skip(log, where, 'The node has no data.id, so no edge can reach it; it was skipped.');
      continue;
    }
    const position = own(element, 'position');
    const x = isObject(position) ? own(position, 'x') : undefined;
    const y = isObject(position) ? own(position, 'y') : undefined;
    builder.addNode(
      toNode(
        {
          id,
          ...(typeof x === 'number' &&
          typeof y === 'number' &&
          Number.isFinite(x) &&
          Number.isFinite(y)
            ? { position: { x, y } }
            : {}),
        },
        collectAttributes(rest(data, ['id']), log, where),
        where,
      ),
    );
  }
  return header('cytoscape', true, title);
}
