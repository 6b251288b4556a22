/**
 * What a news page says about itself: headline, byline, date, site and address, read from its
 * meta tags, its JSON-LD and its markup, each exactly as the page writes it. Nothing is guessed:
 * a field the page does not state stays absent. Every value is reduced to plain text, so markup
 * in a hostile title never travels further.
 */
import { httpAddress } from '../../domain/link/httpAddress';
import { type HtmlDocument, type HtmlElement, parseHtml, textOf, wordsOf } from './htmlTree';

export interface PageMeta {
  title?: string;
  byline?: string;
  /** As written in the page: "2025-04-23T09:12:00Z", "23 April 2025". */
  published?: string;
  siteName?: string;
  /** The page's own http(s) address (canonical link or og:url). */
  url?: string;
}

const MAX_VALUE = 300;

/** A value as plain text: tags and their scripts removed, spaces made single, length capped. */
export function plainValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.includes('<') ? textOf(parseHtml(value).root) : value;
  const plain = text.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE).trim();
  return plain === '' ? undefined : plain;
}

const DATE_META_NAMES = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'originalpublicationdate',
];

/** The first of the values that is not blank once reduced to plain text. */
function firstPlain(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const plain = plainValue(value);
    if (plain !== undefined) return plain;
  }
  return undefined;
}

/** The meta tags by lower-case name, property or itemprop: the first content of each. */
function metaTags(doc: HtmlDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of doc.elements) {
    if (element.name !== 'meta') continue;
    const content = element.attrs.get('content');
    if (content === undefined) continue;
    for (const key of ['property', 'name', 'itemprop']) {
      const name = element.attrs.get(key)?.trim().toLowerCase();
      if (name && !tags.has(name)) tags.set(name, content);
    }
  }
  return tags;
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => Boolean(name));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return asString((value as { name?: unknown }).name);
  return undefined;
}

/** The article described in the page's JSON-LD (schema.org NewsArticle and its kin), if any. */
function linkedData(doc: HtmlDocument): LinkedData {
  const items: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const item = value as Record<string, unknown>;
      items.push(item);
      if (Array.isArray(item['@graph'])) collect(item['@graph']);
    }
  };
  for (const element of doc.elements) {
    if (element.name !== 'script') continue;
    if (element.attrs.get('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const json = element.children.find((child) => typeof child === 'string');
    try {
      collect(JSON.parse(json ?? ''));
    } catch {
      // A broken block is the page's mistake; the rest of the page is still read.
    }
  }
  const isArticle = (item: Record<string, unknown>) =>
    [item['@type']].flat().some((type) => /Article|BlogPosting|Report/i.test(String(type)));
  const article = items.find(isArticle) ?? items.find((item) => 'headline' in item);
  if (!article) return {};
  return {
    headline: asString(article.headline),
    datePublished: asString(article.datePublished),
    author: nameOf(article.author),
    publisher: nameOf(article.publisher),
  };
}

const inside = (element: HtmlElement, container: HtmlElement): boolean => {
  for (let at: HtmlElement | null = element; at; at = at.parent) if (at === container) return true;
  return false;
};

/** The first element, in `container` if one there fits, else anywhere in the page. */
function first(
  doc: HtmlDocument,
  container: HtmlElement,
  fits: (element: HtmlElement) => boolean,
): HtmlElement | undefined {
  const all = doc.elements.filter(fits);
  return all.find((element) => inside(element, container)) ?? all[0];
}

/** The byline written in the markup: rel="author", or an element classed byline or author. */
function markupByline(doc: HtmlDocument, container: HtmlElement): string | undefined {
  const byRel = first(doc, container, (element) =>
    (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('author'),
  );
  const byClass = first(doc, container, (element) => {
    const words = wordsOf(element);
    return words.includes('byline') || words.includes('author');
  });
  for (const element of [byRel, byClass]) {
    const text = element && textOf(element, 200);
    if (text && text.length <= 120) return text;
  }
  return undefined;
}

/** The page's headline, byline, date, site and address, where it states them. */
export function pageMeta(doc: HtmlDocument, container: HtmlElement): PageMeta {
  const tags = metaTags(doc);
  const linked = linkedData(doc);
  const heading = first(doc, container, (element) => element.name === 'h1');
  const titleElement = doc.elements.find((element) => element.name === 'title');
  const time = first(
    doc,
    container,
    (element) => element.name === 'time' && element.attrs.get('itemprop') !== 'dateModified',
  );
  const notUrl = (value: string | undefined) =>
    value !== undefined && httpAddress(value.trim()) === null ? value : undefined;
  const canonical = doc.elements.find(
    (element) =>
      element.name === 'link' &&
      (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const address = [canonical?.attrs.get('href'), tags.get('og:url')]
    .map((value) => value?.trim())
    .find((value) => value !== undefined && httpAddress(value) !== null);

  const meta: PageMeta = {
    title: firstPlain(
      tags.get('og:title'),
      tags.get('twitter:title'),
      linked.headline,
      heading && textOf(heading),
      titleElement && textOf(titleElement),
    ),
    byline: firstPlain(
      notUrl(tags.get('author')),
      notUrl(tags.get('article:author')),
      linked.author,
      markupByline(doc, container),
    ),
    published: firstPlain(
      ...DATE_META_NAMES.map((name) => tags.get(name)),
      linked.datePublished,
      time?.attrs.get('datetime'),
      time && textOf(time, 100),
    ),
    siteName: firstPlain(tags.get('og:site_name'), linked.publisher, tags.get('application-name')),
    url: firstPlain(address),
  };
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== undefined),
  ) as PageMeta;
}
