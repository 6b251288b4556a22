/** d3's `{nodes, links}`: links by id, or by index when nodes have no ids. */
import { collectAttributes, toText } from '../fields';
import type { ProblemLog } from '../report';
import { quote } from '../report';
import type { Where } from '../types';
import type { GraphBuilder } from './builder';
import { type JsonObject, header, isObject, own, ownList, ownText, rest, skip } from './jsonShared';
import { toEdge, toNode } from './mapFields';

/** The fields d3-force adds to nodes while it runs: state of a simulation, not data. */
const SIMULATION_FIELDS = ['index', 'vx', 'vy', 'fx', 'fy'];

/** d3's `{nodes, links}`, links naming nodes by id, or by index when nodes have no ids. */
export function readD3(value: JsonObject, builder: GraphBuilder, log: ProblemLog) {
  const nodes = ownList(value, 'nodes');
  const byId =
    nodes.length > 0 && nodes.every((node) => isObject(node) && ownText(node, 'id') !== undefined);
  const ids: (string | undefined)[] = [];
  nodes.forEach((node, index) => {
    const where = { file: log.file, path: `nodes[${index}]` };
    if (!isObject(node)) {
      ids.push(undefined);
      return skip(log, where, 'The node is not an object; it was skipped.');
    }
    const id = byId ? (ownText(node, 'id') ?? String(index)) : String(index);
    ids.push(id);
    const x = own(node, 'x');
    const y = own(node, 'y');
    builder.addNode(
      toNode(
        { id, x, y },
        collectAttributes(rest(node, ['id', 'x', 'y', ...SIMULATION_FIELDS]), log, where),
        where,
      ),
    );
  });

  const end = (reference: unknown, where: Where, side: string): string | undefined => {
    // After a simulation ran, d3 replaces the reference by the node object itself.
    const ref = isObject(reference)
      ? byId
        ? own(reference, 'id')
        : own(reference, 'index')
      : reference;
    if (byId) {
      const id = toText(ref);
      if (id === undefined || id.trim() === '')
        skip(log, where, `The link has no ${side}; it was skipped.`);
      return id === undefined || id.trim() === '' ? undefined : id;
    }
    const index =
      typeof ref === 'number'
        ? ref
        : typeof ref === 'string' && /^\d+$/.test(ref.trim())
          ? Number(ref)
          : NaN;
    const id = Number.isInteger(index) ? ids[index] : undefined;
    if (id === undefined) {
      skip(
        log,
        where,
        `The link's ${side} ${quote(String(toText(ref) ?? JSON.stringify(ref) ?? ref))} is not the index of a node (the nodes are numbered 0 to ${nodes.length - 1}); the link was skipped.`,
      );
    }
    return id;
  };
  ownList(value, 'links').forEach((link, index) => {
    const where = { file: log.file, path: `links[${index}]` };
    if (!isObject(link)) return skip(log, where, 'The link is not an object; it was skipped.');
    const source = end(own(link, 'source'), where, 'source');
    const target = source === undefined ? undefined : end(own(link, 'target'), where, 'target');
    if (source === undefined || target === undefined) return;
    const weight = own(link, 'value');
    const directed = own(link, 'directed');
    builder.addEdge(
      toEdge(
        {
          id: ownText(link, 'id'),
          source,
          target,
          ...(typeof weight === 'number' && Number.isFinite(weight) ? { weight } : {}),
          ...(typeof directed === 'boolean' ? { directed } : {}),
        },
        collectAttributes(
          rest(link, [
            'id',
            'source',
            'target',
            'directed',
            ...(typeof weight === 'number' ? ['value'] : []),
            'index',
          ]),
          log,
          where,
        ),
        where,
        log,
      ),
    );
  });
  return header('d3', false, ownText(value, 'title') ?? ownText(value, 'name'));
}
