/**
 * A small, tolerant HTML reader for pages saved from the web: it walks the tags once and builds
 * a tree of elements and text, closing what browsers close on their own (a <p> at the next
 * block, an <li> at the next item) and never failing on broken markup. Script, style and the
 * other raw-text elements keep their content as one unread string; attribute values and text
 * have their character references decoded. No DOM: it runs in Node and in a worker.
 */
import { decodeEntities } from './entities';

export interface HtmlElement {
  /** Lower case: "p", "article", "#document" for the root. */
  name: string;
  /** Lower-case names; values decoded. The first of a repeated attribute wins, as in browsers. */
  attrs: ReadonlyMap<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/** An element, or text (decoded, except inside raw-text elements). */
export type HtmlNode = HtmlElement | string;

export interface HtmlDocument {
  root: HtmlElement;
  /** Every element, in document order. */
  elements: HtmlElement[];
}

/** Elements without content or end tag. */
const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);

/** Elements whose content is not markup: read to their end tag as one string. */
const RAW = new Set('script style xmp iframe noembed noframes noscript plaintext'.split(' '));
/** Like RAW, but character references inside are decoded. */
const ESCAPABLE_RAW = new Set(['title', 'textarea']);

/** Block elements whose start tag ends an open paragraph. */
const CLOSES_P = new Set(
  (
    'address article aside blockquote details dialog dir div dl fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section table ul'
  ).split(' '),
);

/** For each element a start tag closes implicitly: the elements where the search stops. */
const CLOSES_OPEN: ReadonlyMap<string, { closes: string[]; stopAt: string[] }> = new Map([
  ['li', { closes: ['li'], stopAt: ['ul', 'ol', 'menu', 'table', 'body'] }],
  ['dt', { closes: ['dt', 'dd'], stopAt: ['dl', 'table', 'body'] }],
  ['dd', { closes: ['dt', 'dd'], stopAt: ['dl', 'table', 'body'] }],
  ['tr', { closes: ['tr', 'td', 'th'], stopAt: ['table', 'tbody', 'thead', 'tfoot'] }],
  ['td', { closes: ['td', 'th'], stopAt: ['tr', 'table'] }],
  ['th', { closes: ['td', 'th'], stopAt: ['tr', 'table'] }],
  ['option', { closes: ['option'], stopAt: ['select', 'datalist', 'body'] }],
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements inside a line of text: no break before or after them. */
export const INLINE = new Set(
  (
    'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span ' +
    'strike strong sub sup time tt u var wbr'
  ).split(' '),
);

/**
 * Nesting deeper than this is flattened into the deepest element kept, so a hostile page of a
 * million nested tags cannot exhaust the stack of whatever walks the tree.
 */
const MAX_DEPTH = 200;

const TAG_NAME = /[a-zA-Z][^\s/>\0]*/y;
const CLOSE_TAG = /<\/([a-zA-Z][^\s/>\0]*)[^>]*>?/y;
const SPACE = /[\s/]*/y;
const ATTR_NAME = /[^\s/>][^\s/>=]*/y;
const UNQUOTED = /[^\s>]*/y;
const SPACE_ONLY = /\s*/y;

function rawEnd(name: string): RegExp {
  return new RegExp(`</${name}(?=[\\s/>]|$)`, 'giu');
}
const RAW_ENDS = new Map<string, RegExp>();

function sticky(pattern: RegExp, html: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(html)?.[0] ?? null;
}

/** Reads a page into a tree; never throws, whatever the markup. */
export function parseHtml(html: string): HtmlDocument {
  const root: HtmlElement = { name: '#document', attrs: new Map(), children: [], parent: null };
  const elements: HtmlElement[] = [];
  const stack: HtmlElement[] = [root];
  const current = () => stack[stack.length - 1] ?? root;

  const addText = (text: string, into = current()) => {
    if (text === '') return;
    const last = into.children.length - 1;
    const previous = into.children[last];
    if (typeof previous === 'string') into.children[last] = previous + text;
    else into.children.push(text);
  };

  const closeImplied = (name: string) => {
    if (CLOSES_P.has(name) && current().name === 'p') stack.pop();
    if (HEADINGS.has(name) && HEADINGS.has(current().name)) stack.pop();
    const rule = CLOSES_OPEN.get(name);
    if (!rule) return;
    for (let depth = stack.length - 1; depth > 0; depth -= 1) {
      const open = stack[depth]?.name ?? '';
      if (rule.closes.includes(open)) {
        stack.length = depth;
        return;
      }
      if (rule.stopAt.includes(open)) return;
    }
  };

  const close = (name: string) => {
    if (name === 'html' || name === 'body') return;
    for (let depth = stack.length - 1; depth > 0; depth -= 1) {
      if (stack[depth]?.name === name) {
        stack.length = depth;
        return;
      }
    }
  };

  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) {
      addText(decodeEntities(html.slice(index)));
      break;
    }
    if (lt > index) addText(decodeEntities(html.slice(index, lt)));
    const next = html.charAt(lt + 1);

    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      index = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      index = end === -1 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !/[a-zA-Z]/.test(html.charAt(lt + 2)))) {
      const end = html.indexOf('>', lt + 2);
      index = end === -1 ? html.length : end + 1;
      continue;
    }
    if (next === '/') {
      CLOSE_TAG.lastIndex = lt;
      const match = CLOSE_TAG.exec(html);
      close((match?.[1] ?? '').toLowerCase());
      index = CLOSE_TAG.lastIndex > lt ? CLOSE_TAG.lastIndex : lt + 2;
      continue;
    }
    const tagName = sticky(TAG_NAME, html, lt + 1);
    if (tagName === null) {
      addText('<');
      index = lt + 1;
      continue;
    }

    const name = tagName.toLowerCase();
    const attrs = new Map<string, string>();
    let at = lt + 1 + tagName.length;
    let selfClosing = false;
    while (at < html.length) {
      const space = sticky(SPACE, html, at) ?? '';
      at += space.length;
      if (html.charAt(at) === '>') {
        selfClosing = space.endsWith('/');
        at += 1;
        break;
      }
      const attrName = sticky(ATTR_NAME, html, at);
      if (attrName === null) break;
      at += attrName.length;
      at += (sticky(SPACE_ONLY, html, at) ?? '').length;
      let value = '';
      if (html.charAt(at) === '=') {
        at += 1;
        at += (sticky(SPACE_ONLY, html, at) ?? '').length;
        const quote = html.charAt(at);
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, at + 1);
          value = html.slice(at + 1, end === -1 ? html.length : end);
          at = end === -1 ? html.length : end + 1;
        } else {
          value = sticky(UNQUOTED, html, at) ?? '';
          at += value.length;
        }
      }
      const key = attrName.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
    }
    index = at;

    closeImplied(name);
    const element: HtmlElement = { name, attrs, children: [], parent: current() };
    current().children.push(element);
    elements.push(element);

    if (RAW.has(name) || ESCAPABLE_RAW.has(name)) {
      let ending = RAW_ENDS.get(name);
      if (!ending) RAW_ENDS.set(name, (ending = rawEnd(name)));
      ending.lastIndex = index;
      const end = name === 'plaintext' ? null : ending.exec(html);
      const content = html.slice(index, end ? end.index : html.length);
      addText(ESCAPABLE_RAW.has(name) ? decodeEntities(content) : content, element);
      if (!end) break;
      const closeEnd = html.indexOf('>', end.index);
      index = closeEnd === -1 ? html.length : closeEnd + 1;
      continue;
    }
    if (!VOID.has(name) && !selfClosing && stack.length < MAX_DEPTH) stack.push(element);
  }
  return { root, elements };
}

/** The element's text, as one line: its text nodes joined, space runs made one space. */
export function textOf(element: HtmlElement, limit = 10_000): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: HtmlElement) => {
    for (const child of node.children) {
      if (length > limit) return;
      if (typeof child === 'string') {
        parts.push(child);
        length += child.length;
      } else if (!RAW.has(child.name)) {
        if (!INLINE.has(child.name)) parts.push(' ');
        walk(child);
      }
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** The element's class and id split into lower-case words: "ad-slot top" → ad, slot, top. */
export function wordsOf(element: HtmlElement): string[] {
  const named = `${element.attrs.get('class') ?? ''} ${element.attrs.get('id') ?? ''}`;
  return named
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
