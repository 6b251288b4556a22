/**
 * What of a web page is not the article: by tag (script, nav, aside, form), by role
 * (navigation, complementary), by being hidden, and by the words of its class and id ("ad-slot",
 * "share-tools", "cookie-consent"). Each dropped part has a kind, for the note that says what
 * was left out.
 */
import { type HtmlElement, wordsOf } from './htmlTree';

export type DropKind =
  | 'script'
  | 'navigation'
  | 'ad'
  | 'related'
  | 'share'
  | 'cookie'
  | 'newsletter'
  | 'comments'
  | 'form'
  | 'frame'
  | 'sidebar'
  | 'header'
  | 'footer'
  | 'silent';

const BY_TAG: ReadonlyMap<string, DropKind> = new Map([
  ['script', 'script'],
  ['nav', 'navigation'],
  ['aside', 'sidebar'],
  ['form', 'form'],
  ['iframe', 'frame'],
  ['frame', 'frame'],
  ['frameset', 'frame'],
  ...'head title style noscript template svg math canvas object embed video audio picture img map button input select textarea option label dialog noembed noframes xmp plaintext'
    .split(' ')
    .map((name) => [name, 'silent'] as [string, DropKind]),
]);

const BY_ROLE: ReadonlyMap<string, DropKind> = new Map([
  ['navigation', 'navigation'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['complementary', 'sidebar'],
  ['search', 'form'],
  ['dialog', 'silent'],
  ['alertdialog', 'silent'],
  ['toolbar', 'silent'],
]);

/** Class and id words that mark a part as not the article, whatever else they say. */
const STRONG_WORDS: ReadonlyMap<string, DropKind> = new Map([
  ...['comment', 'comments', 'disqus', 'replies'].map((w) => [w, 'comments'] as const),
  ...['cookie', 'cookies', 'consent', 'gdpr'].map((w) => [w, 'cookie'] as const),
  ...['newsletter', 'newsletters'].map((w) => [w, 'newsletter'] as const),
  ...['advert', 'adverts', 'advertisement', 'advertising', 'sponsored', 'outbrain', 'taboola'].map(
    (w) => [w, 'ad'] as const,
  ),
]);

/** Words that mark a part as not the article unless its class also says it is content. */
const WEAK_WORDS: ReadonlyMap<string, DropKind> = new Map([
  ...['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination'].map(
    (w) => [w, 'navigation'] as const,
  ),
  ...['ad', 'ads', 'adslot', 'promo', 'promos', 'promotion', 'sponsor'].map(
    (w) => [w, 'ad'] as const,
  ),
  ...['related', 'recommended', 'trending', 'recirculation'].map((w) => [w, 'related'] as const),
  ...['share', 'sharing', 'social', 'sharebar'].map((w) => [w, 'share'] as const),
  ...['subscribe', 'signup'].map((w) => [w, 'newsletter'] as const),
  ...['sidebar', 'rail'].map((w) => [w, 'sidebar'] as const),
  ...['popup', 'modal', 'overlay'].map((w) => [w, 'silent'] as const),
]);

const CONTENT_WORDS = new Set(['article', 'body', 'content', 'main', 'story', 'text', 'entry']);
const NEVER_BY_CLASS = new Set(['#document', 'html', 'body', 'article', 'main']);
export const MAIN_ROLE = (element: HtmlElement) =>
  element.attrs.get('role')?.toLowerCase() === 'main';

function isHidden(element: HtmlElement): boolean {
  const style = (element.attrs.get('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return (
    element.attrs.has('hidden') ||
    element.attrs.get('aria-hidden')?.toLowerCase() === 'true' ||
    style.includes('display:none') ||
    style.includes('visibility:hidden')
  );
}

/** Why an element is left out, or null when it is kept. */
export function dropKind(
  element: HtmlElement,
  inArticle: boolean,
  byClass: boolean,
): DropKind | null {
  const byTag = BY_TAG.get(element.name);
  if (byTag) return byTag;
  if (isHidden(element)) return 'silent';
  const role = element.attrs.get('role')?.trim().toLowerCase() ?? '';
  const chrome = element.name === 'header' || role === 'banner' ? 'header' : null;
  const foot = element.name === 'footer' || role === 'contentinfo' ? 'footer' : null;
  if (!inArticle && (chrome ?? foot)) return chrome ?? foot;
  const byRole = BY_ROLE.get(role);
  if (byRole && byRole !== 'silent') return byRole;
  const classed = byClass && !NEVER_BY_CLASS.has(element.name) && !MAIN_ROLE(element);
  const words = classed ? wordsOf(element) : [];
  // A dialog or pop-up says by its class what it is: "cookie-consent", "newsletter-modal".
  const strong = words.map((word) => STRONG_WORDS.get(word)).find(Boolean);
  if (strong) return strong;
  if (byRole) return byRole;
  if (words.some((word) => CONTENT_WORDS.has(word))) return null;
  return words.map((word) => WEAK_WORDS.get(word)).find(Boolean) ?? null;
}
