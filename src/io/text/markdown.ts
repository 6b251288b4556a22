/**
 * Markdown to the text a reader sees: headings, lists and quotes without their marks, emphasis
 * without asterisks, links as their words, images left out, code as written. Line by line, with
 * no markdown library: the coder needs the words, not a rendering.
 */
import { decodeEntities } from './entities';
import type { PageMeta } from './pageMeta';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_OR_RULE = /^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$/;
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** A link's or image's destination: no spaces, one level of parentheses, an optional title. */
const DESTINATION = String.raw`\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]]*\](?:${DESTINATION}|\[[^\]]*\])`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]+)\](?:${DESTINATION}|\[[^\]]*\])`, 'g');
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
/** Escaped characters and code spans wait as NUL-numbered tokens while marks are removed. */
const HELD_TOKEN = /\0(\d+)\0/g;

function withoutMarks(segment: string): string {
  return segment
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
}

/** One line's inline marks removed; code spans keep their content as written. */
function inline(line: string): string {
  const held: string[] = [];
  const hold = (text: string) => {
    held.push(text);
    return `\0${held.length - 1}\0`;
  };
  const guarded = line
    .replaceAll('\0', '')
    .replace(ESCAPED, (_, character: string) => hold(character));
  const parts = guarded.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/);
  let text = '';
  for (let index = 0; index < parts.length; index += 3) {
    text += withoutMarks(parts[index] ?? '');
    if (index + 2 < parts.length) text += hold(parts[index + 2] ?? '');
  }
  // Held text may itself hold earlier held characters (an escape inside a code span).
  const release = (value: string): string =>
    value.replace(HELD_TOKEN, (_, index: string) => release(held[Number(index)] ?? ''));
  return decodeEntities(release(text));
}

type Line = { text: string; joins: boolean };

/** Markdown to readable text: paragraphs separated by blank lines, no markup left. */
export function markdownText(markdown: string): string {
  const source = markdown
    .replace(/\r\n?/g, '\n')
    .replace(FRONT_MATTER, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const lines: Line[] = [];
  const blank = () => lines.push({ text: '', joins: false });
  let fence: string | null = null;
  let previousWasText = false;
  let previousQuoted = false;
  for (const raw of source.split('\n')) {
    const fenceMark = FENCE.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark.startsWith(fence)) fence = null;
      else lines.push({ text: raw, joins: false });
      continue;
    }
    if (fenceMark) {
      fence = fenceMark.charAt(0).repeat(3);
      blank();
      previousWasText = false;
      continue;
    }
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      blank();
      lines.push({ text: inline(heading[1] ?? ''), joins: false });
      blank();
      previousWasText = false;
      continue;
    }
    if (SETEXT_OR_RULE.test(raw) || REFERENCE_DEFINITION.test(raw) || TABLE_RULE.test(raw)) {
      // Under a paragraph line, "===" or "---" makes it a heading: it stands alone.
      if (previousWasText) {
        const last = lines[lines.length - 1];
        if (last) last.joins = false;
      }
      blank();
      previousWasText = false;
      continue;
    }
    const unquoted = raw.replace(QUOTE, '');
    const quoted = unquoted !== raw;
    const sameBlock = previousWasText && quoted === previousQuoted;
    previousQuoted = quoted;
    const item = LIST_ITEM.exec(unquoted);
    const body = item ? unquoted.slice(item[0].length) : unquoted;
    const row = /^\s*\|.*\|\s*$/.test(body);
    const text = inline(
      row
        ? body
            .trim()
            .slice(1, -1)
            .replace(/\s*\|\s*/g, ' | ')
        : body,
    ).trim();
    if (text === '') {
      blank();
      previousWasText = false;
      continue;
    }
    lines.push({ text, joins: sameBlock && !item && !row });
    previousWasText = !row;
  }

  const out: string[] = [];
  for (const line of lines) {
    if (line.joins && out.length > 0) out[out.length - 1] += ` ${line.text}`;
    else out.push(line.text);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** What a markdown file says about itself: its front matter, or else its first heading. */
export function markdownMeta(markdown: string): PageMeta {
  const source = markdown.replace(/\r\n?/g, '\n');
  const front = FRONT_MATTER.exec(source)?.[1] ?? '';
  const field = (...names: string[]) => {
    for (const name of names) {
      const value = new RegExp(`^${name}[ \\t]*:[ \\t]*(.+)$`, 'im').exec(front)?.[1];
      const unquoted = value
        ?.trim()
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim();
      if (unquoted) return unquoted;
    }
    return undefined;
  };
  const body = source.replace(FRONT_MATTER, '');
  const heading = /^ {0,3}# +(.+?)(?: +#+)? *$/m.exec(body)?.[1];
  const title = field('title') ?? (heading ? inline(heading).trim() : undefined);
  const meta: PageMeta = {
    ...(title ? { title } : {}),
    ...(field('author', 'byline') ? { byline: field('author', 'byline') } : {}),
    ...(field('date', 'published') ? { published: field('date', 'published') } : {}),
  };
  return meta;
}
