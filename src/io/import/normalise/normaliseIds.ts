/**
 * Ids for a file's nodes and edges: slugs, unique, the same for the same file every time; each
 * id that had to change is reported.
 */
import type { ProblemLog } from '../report';
import { plural, quote } from '../report';
import type { RawEdge, RawNode } from '../types';
import { SlugAllocator, isSlug, slugify } from './slugs';

/**
 * The slug each node id becomes. Ids that already are slugs are kept as they are, and claimed
 * first, so that a renamed id never takes one; the others are made from the id (or the label
 * when the id has no letters or digits we can use), numbered when taken.
 */
export function actorIds(nodes: readonly RawNode[], log: ProblemLog): Map<string, string> {
  const slugs = new SlugAllocator();
  const idOf = new Map<string, string>();
  for (const node of nodes) if (isSlug(node.id) && slugs.claim(node.id)) idOf.set(node.id, node.id);
  const renamed: RawNode[] = [];
  for (const [index, node] of nodes.entries()) {
    if (idOf.has(node.id)) continue;
    const base = slugify(node.id) || slugify(node.label ?? '') || `actor-${index + 1}`;
    const id = slugs.next(base);
    idOf.set(node.id, id);
    if (id !== base) {
      log.add(
        node.where,
        `The actor ${quote(node.id)} would have the id ${quote(base)}, which another actor has; it was given ${quote(id)}.`,
        'repaired',
        { minor: true },
      );
    } else if (node.id !== node.label) renamed.push(node);
  }
  const [first] = renamed;
  if (first) {
    log.add(
      first.where,
      `${plural(renamed.length, 'actor id was', 'actor ids were')} not in the form links use (lowercase letters, digits and hyphens) and ${renamed.length === 1 ? 'was' : 'were'} rewritten, such as ${quote(first.id)} → ${quote(idOf.get(first.id) ?? '')}; the file's id is kept as the attribute "id".`,
      'repaired',
      { minor: true },
    );
  }
  return idOf;
}

/** Relation ids: the file's where it gives them (as slugs), else source-type-target. */
export function relationIdsFor(
  edges: readonly RawEdge[],
  actorIdOf: ReadonlyMap<string, string>,
  typeOf: (index: number) => string,
  log: ProblemLog,
): string[] {
  const slugs = new SlugAllocator();
  const typeSlugs = new Map<string, string>();
  const typeSlug = (type: string) => {
    let slug = typeSlugs.get(type);
    if (slug === undefined) typeSlugs.set(type, (slug = slugify(type)));
    return slug;
  };
  const kept = edges.map((edge) =>
    edge.id !== undefined && isSlug(edge.id) && slugs.claim(edge.id) ? edge.id : undefined,
  );
  const renamed: RawEdge[] = [];
  const ids = edges.map((edge, index) => {
    const id = kept[index];
    if (id !== undefined) return id;
    const fromFile = edge.id !== undefined ? slugify(edge.id) : '';
    const derived = [
      actorIdOf.get(edge.source) ?? slugify(edge.source),
      typeSlug(typeOf(index)),
      actorIdOf.get(edge.target) ?? slugify(edge.target),
    ]
      .filter(Boolean)
      .join('-');
    const base = fromFile || derived || `relation-${index + 1}`;
    const given = slugs.next(base);
    if (fromFile && given !== fromFile) {
      log.add(
        edge.where,
        `The relation id ${quote(edge.id ?? '')} would be ${quote(fromFile)}, which another relation has; it was given ${quote(given)}.`,
        'repaired',
        { minor: true },
      );
    } else if (edge.id !== undefined) renamed.push(edge);
    return given;
  });
  const [first] = renamed;
  if (first) {
    log.add(
      first.where,
      `${plural(renamed.length, 'relation id was', 'relation ids were')} not in the form links use (lowercase letters, digits and hyphens) and ${renamed.length === 1 ? 'was' : 'were'} rewritten, such as ${quote(first.id ?? '')} → ${quote(ids[edges.indexOf(first)] ?? '')}.`,
      'repaired',
      { minor: true },
    );
  }
  return ids;
}
