// @vitest-environment node
/**
 * Our GraphML and GEXF read by a reader that is not ours: networkx's read_graphml and read_gexf,
 * run by Debian's /usr/bin/python3. Each file must open without error with every actor and
 * relation, directed when its relations are, undirected when none is; of a mixed graph, every
 * relation's direction must be in the `directed` attribute networkx reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Dataset } from '../../../src/domain/dataset';
import { exportGexf } from '../../../src/io/export/gexf';
import { exportGraphml } from '../../../src/io/export/graphml';
import { openBytes } from '../../../src/io/open/openDataset';
import { realDataset } from '../realDataset';
import { AWKWARD, datasetOf } from './fixtures';

const PYTHON = '/usr/bin/python3';

/**
 * What networkx makes of each file given: counts, directedness and each `directed` attribute, or
 * the error it raised, which then shows in the failing test's diff.
 */
const READ_WITH_NETWORKX = `
import json, sys
import networkx as nx

def read(path):
    if path.endswith('.graphml'):
        # A multigraph always, so that edges keep their ids as keys.
        graph = nx.read_graphml(path, force_multigraph=True)
        edges = [(key, data) for _, _, key, data in graph.edges(keys=True, data=True)]
    else:
        graph = nx.read_gexf(path)
        edges = [(data['id'], data) for _, _, data in graph.edges(data=True)]
    return {
        'nodes': graph.number_of_nodes(),
        'edges': graph.number_of_edges(),
        'directed': graph.is_directed(),
        'directions': {str(id): data['directed'] for id, data in edges if 'directed' in data},
    }

def report(path):
    try:
        return read(path)
    except Exception as error:
        return {'error': f'{type(error).__name__}: {error}'}

print(json.dumps([report(path) for path in sys.argv[1:]]))
`;

interface NetworkxGraph {
  nodes: number;
  edges: number;
  directed: boolean;
  directions: Record<string, boolean>;
}

type NetworkxRead = NetworkxGraph | { error: string };

/** Fails, naming the fix, when networkx is not there: a missing reader must not pass quietly. */
function requireNetworkx(): void {
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `${PYTHON} cannot import networkx, which this test reads our exports with. Run ` +
        '`node scripts/ensure-networkx.mjs` (as root on Debian it installs python3-networkx), ' +
        'or install it yourself: sudo apt-get install python3-networkx.',
    );
  }
}

/** Reads files with networkx, all in one Python process (it takes a second to start). */
function readWithNetworkx(paths: string[]): NetworkxRead[] {
  const output = execFileSync(PYTHON, ['-c', READ_WITH_NETWORKX, ...paths], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as NetworkxRead[];
}

/** The awkward fixture with every relation one way. */
function allOneWay(directed: boolean): Dataset {
  return datasetOf({
    ...AWKWARD,
    id: directed ? 'all-directed' : 'all-undirected',
    relations: AWKWARD.relations.map((relation) => ({ ...relation, directed })),
  });
}

async function lesMiserables(): Promise<Dataset> {
  const bytes = readFileSync('tests/fixtures/real/Les-Miserables.gexf');
  const result = await openBytes(new Uint8Array(bytes), 'Les-Miserables.gexf');
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.dataset;
}

/** What networkx must find in our file of a dataset. */
function expected(dataset: Dataset): NetworkxGraph {
  const directed = dataset.relations.filter((relation) => relation.directed).length;
  const mixed = directed > 0 && directed < dataset.relations.length;
  return {
    nodes: dataset.actors.length,
    edges: dataset.relations.length,
    directed: directed > 0,
    directions: mixed
      ? Object.fromEntries(dataset.relations.map((relation) => [relation.id, relation.directed]))
      : {},
  };
}

/** The datasets written, each as GraphML and as GEXF. */
const SOURCES: { name: string; load: () => Dataset | Promise<Dataset> }[] = [
  { name: 'the article (mixed)', load: realDataset },
  { name: 'all undirected', load: () => allOneWay(false) },
  { name: 'all directed', load: () => allOneWay(true) },
  { name: 'Les Misérables (undirected)', load: lesMiserables },
];

const FORMATS = [
  { name: 'GraphML', extension: 'graphml', write: exportGraphml },
  { name: 'GEXF', extension: 'gexf', write: exportGexf },
];

describe('our exports, read by networkx', () => {
  let folder = '';
  const datasets = new Map<string, Dataset>();
  const read = new Map<string, NetworkxRead>();

  beforeAll(async () => {
    requireNetworkx();
    folder = mkdtempSync(join(tmpdir(), 'actor-graph-networkx-'));
    const files: { label: string; path: string }[] = [];
    for (const [index, source] of SOURCES.entries()) {
      const dataset = await source.load();
      datasets.set(source.name, dataset);
      for (const format of FORMATS) {
        const path = join(folder, `${index}.${format.extension}`);
        writeFileSync(path, format.write(dataset));
        files.push({ label: `${source.name}, ${format.name}`, path });
      }
    }
    const graphs = readWithNetworkx(files.map((file) => file.path));
    files.forEach((file, index) => {
      const graph = graphs[index];
      if (graph) read.set(file.label, graph);
    });
  }, 60_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('has a mixed, an undirected and a directed graph to tell apart', () => {
    const kinds = [...datasets.values()].map(expected);
    const mixed = (kind: NetworkxGraph) => Object.keys(kind.directions).length > 0;
    expect(kinds.some(mixed)).toBe(true);
    expect(kinds.some((kind) => !kind.directed)).toBe(true);
    expect(kinds.some((kind) => kind.directed && !mixed(kind))).toBe(true);
  });

  for (const source of SOURCES) {
    for (const format of FORMATS) {
      const label = `${source.name}, ${format.name}`;
      it(label, () => {
        const dataset = datasets.get(source.name);
        if (!dataset) throw new Error(`${source.name} was not loaded`);
        expect(read.get(label)).toEqual(expected(dataset));
      });
    }
  }
});
