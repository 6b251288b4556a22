/**
 * A web page reduced to the article it carries: headline, byline, date and body as plain text,
 * with scripts, navigation, ads, share buttons, comments and the like left out, and a note
 * saying what was left out. Pure (no DOM), so it runs in Node, in a worker and in the page.
 */
import { type DropKind, MAIN_ROLE, dropKind } from './dropRules';
import { type HtmlElement, INLINE, parseHtml, textOf } from './htmlTree';
import { type PageMeta, pageMeta } from './pageMeta';

export interface ReadableText extends PageMeta {
  /** Paragraphs (headings included) separated by blank lines. */
  text: string;
  /** What was left out and how the article was found, in sentences. */
  notes: string[];
}

interface Sorted {
  dropped: Map<HtmlElement, DropKind>;
  kept: HtmlElement[];
}

/** Every element either dropped (with its whole subtree) or kept, in document order. */
function sortElements(root: HtmlElement, byClass: boolean): Sorted {
  const dropped = new Map<HtmlElement, DropKind>();
  const kept: HtmlElement[] = [];
  const walk = (element: HtmlElement, inArticle: boolean) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const kind = dropKind(child, inArticle, byClass);
      if (kind) {
        dropped.set(child, kind);
        continue;
      }
      kept.push(child);
      walk(
        child,
        inArticle || child.name === 'article' || child.name === 'main' || MAIN_ROLE(child),
      );
    }
  };
  walk(root, false);
  return { dropped, kept };
}

const BREAKS_LINE = new Set(['br']);

/** The element's text as paragraphs: each block its own, separated by blank lines. */
function blocksOf(container: HtmlElement, dropped: ReadonlyMap<HtmlElement, DropKind>): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const block = line
      .split('\n')
      .map((part) => part.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (block) blocks.push(block);
    line = '';
  };
  const walk = (element: HtmlElement, preformatted: boolean) => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        line += preformatted ? child : child.replace(/\s+/g, ' ');
        continue;
      }
      if (dropped.has(child)) continue;
      if (BREAKS_LINE.has(child.name)) {
        line += '\n';
        continue;
      }
      const block = !INLINE.has(child.name);
      if (block) flush();
      walk(child, preformatted || child.name === 'pre');
      if (block) flush();
    }
  };
  walk(container, false);
  flush();
  return blocks;
}

/** How much paragraph text each kept element holds, and the best parent of paragraphs. */
function paragraphWeights(
  kept: readonly HtmlElement[],
  dropped: ReadonlyMap<HtmlElement, DropKind>,
) {
  const total = new Map<HtmlElement, number>();
  const asParent = new Map<HtmlElement, number>();
  for (const element of kept) {
    if (element.name !== 'p') continue;
    const length = blocksOf(element, dropped).join(' ').length;
    for (let at = element.parent; at; at = at.parent) total.set(at, (total.get(at) ?? 0) + length);
    if (element.parent) asParent.set(element.parent, (asParent.get(element.parent) ?? 0) + length);
    const grand = element.parent?.parent;
    if (grand) asParent.set(grand, (asParent.get(grand) ?? 0) + length / 2);
  }
  return { total, asParent };
}

const best = (candidates: HtmlElement[], score: ReadonlyMap<HtmlElement, number>) =>
  candidates.reduce<HtmlElement | undefined>(
    (top, element) =>
      (score.get(element) ?? 0) > (top ? (score.get(top) ?? 0) : 0) ? element : top,
    undefined,
  );

/** The candidate with most paragraph text; one without paragraphs by its text alone. */
function bestOf(candidates: HtmlElement[], total: ReadonlyMap<HtmlElement, number>) {
  if (candidates.length === 0) return undefined;
  const byText = new Map(candidates.map((element) => [element, textOf(element).length]));
  return best(candidates, total) ?? best(candidates, byText);
}

interface Reading {
  container: HtmlElement;
  blocks: string[];
  sorted: Sorted;
  found: 'article' | 'main' | 'paragraphs' | 'page';
}

function read(root: HtmlElement, byClass: boolean): Reading {
  const sorted = sortElements(root, byClass);
  const { total, asParent } = paragraphWeights(sorted.kept, sorted.dropped);
  const article = bestOf(
    sorted.kept.filter((element) => element.name === 'article'),
    total,
  );
  const main = bestOf(
    sorted.kept.filter((element) => element.name === 'main' || MAIN_ROLE(element)),
    total,
  );
  const byParagraphs = best([...asParent.keys()], asParent);
  const body = sorted.kept.find((element) => element.name === 'body') ?? root;
  const [container, found]: [HtmlElement, Reading['found']] = article
    ? [article, 'article']
    : main
      ? [main, 'main']
      : byParagraphs
        ? [byParagraphs, 'paragraphs']
        : [body, 'page'];
  return { container, found, sorted, blocks: blocksOf(container, sorted.dropped) };
}

/** "an ad", "3 ads". */
const plural = (count: number, one: string) =>
  count === 1 ? `${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}` : `${count} ${one}s`;

/** The kinds of what lies inside dropped parts ("nav" in a dropped header), for the note. */
function nestedKinds(dropped: ReadonlyMap<HtmlElement, DropKind>): Set<DropKind> {
  const kinds = new Set<DropKind>();
  const walk = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const kind = dropKind(child, true, true);
      if (kind) kinds.add(kind);
      walk(child);
    }
  };
  for (const element of dropped.keys()) walk(element);
  return kinds;
}

/** "a, b and c" */
export function listInWords(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function droppedNote(reading: Reading, scripts: number): string | null {
  const counts = new Map<DropKind, number>();
  for (const kind of reading.sorted.dropped.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  for (const kind of nestedKinds(reading.sorted.dropped))
    if (!counts.has(kind)) counts.set(kind, 1);
  const count = (kind: DropKind) => counts.get(kind) ?? 0;
  const header = count('header') > 0;
  const footer = count('footer') > 0;
  const parts = [
    scripts > 0 ? plural(scripts, 'script') : '',
    count('navigation') > 0 ? 'navigation' : '',
    count('ad') > 0 ? plural(count('ad'), 'ad') : '',
    count('related') > 0 ? 'links to related stories' : '',
    count('share') > 0 ? 'share buttons' : '',
    count('cookie') > 0 ? 'a cookie notice' : '',
    count('newsletter') > 0 ? 'a newsletter sign-up' : '',
    count('comments') > 0 ? 'comments' : '',
    count('form') > 0 ? plural(count('form'), 'form') : '',
    count('frame') > 0 ? plural(count('frame'), 'embedded frame') : '',
    count('sidebar') > 0 ? plural(count('sidebar'), 'sidebar') : '',
    header && footer ? "the page's header and footer" : header ? "the page's header" : '',
    footer && !header ? "the page's footer" : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Dropped ${listInWords(parts)}.` : null;
}

/** Reduces a web page to its article's text and what the page says about it. */
export function readableText(html: string): ReadableText {
  const doc = parseHtml(html);
  const scripts = doc.elements.filter((element) => element.name === 'script').length;
  const strict = read(doc.root, true);
  const length = (reading: Reading) => reading.blocks.join('').length;
  // Class names are the page's own words and can be wrong ("story has-ad"): when heeding them
  // would lose most of the text, they are ignored and only tags and roles decide.
  const loose = read(doc.root, false);
  const reading = length(strict) >= length(loose) * 0.25 ? strict : loose;

  const notes: string[] = [];
  const dropped = droppedNote(reading, scripts);
  if (dropped) notes.push(dropped);
  if (reading !== strict) {
    notes.push(
      "The page's class names would have hidden most of its text, so they were not used to leave parts out.",
    );
  }
  const wholePage = ['#document', 'html', 'body'].includes(reading.container.name);
  if (reading.found === 'paragraphs' && !wholePage) {
    notes.push('The page marks no article; kept the part of it with the most paragraphs.');
  }
  return { text: reading.blocks.join('\n\n'), ...pageMeta(doc, reading.container), notes };
}
