/**
 * XML parsed safely, without DOMParser (a worker has none): xmldom, with our own error handler
 * so every complaint becomes a problem with its line, and a refusal of entity declarations.
 *
 * Entity safety: xmldom never fetches anything (it has no I/O) and does not expand entities a
 * DOCTYPE declares; it leaves `&name;` as text and reports it. We go further and refuse any file
 * whose DOCTYPE declares entities before parsing starts: GEXF and GraphML never need them, and
 * such a file is either a mistake or an attack (billion laughs, XXE). A DOCTYPE without entity
 * declarations is ignored.
 */
import { DOMParser } from '@xmldom/xmldom';

import type { ProblemLog } from '../report';

/** How many of the XML parser's complaints are listed before the rest are only counted. */
const MAX_XML_MESSAGES = 50;

/** Parses XML into a document, or returns null with the refusal logged. */
export function parseXml(source: string, log: ProblemLog, formatName: string): Document | null {
  let text = source;
  const doctypeAt = text.search(/<!DOCTYPE/i);
  if (doctypeAt !== -1 && /<!ENTITY/i.test(text.slice(doctypeAt, doctypeAt + 1_000_000))) {
    log.add(
      { row: text.slice(0, doctypeAt).split('\n').length },
      `The file declares XML entities (<!ENTITY …>) in its DOCTYPE. ${formatName} never needs them, and entities can make a file expand without end or read other files, so the file was not read. Remove the DOCTYPE and open it again.`,
      'refused',
    );
    return null;
  }

  text = cutPartialTag(text, log);
  // xmldom cannot recover elements still open at the end of the file; we close them.
  text += checkNesting(text, log)
    .map((name) => `</${name}>`)
    .join('');

  let messages = 0;
  let fatal = false;
  const report = (level: 'warning' | 'error' | 'fatalError') => (message: string) => {
    if (level === 'fatalError') fatal = true;
    messages += 1;
    if (messages > MAX_XML_MESSAGES) return;
    // xmldom appends "@#[line:3,col:7]" to its messages; the line goes into the report's place.
    const at = /@#\[line:(\d+),col:(\d+)\]/.exec(message);
    const what = message
      .replace(/^\[xmldom [a-zA-Z]+\]\s*/, '')
      .replace(/\s*@#\[line:\d+,col:\d+\][\s\S]*$/, '')
      .replace(/^element parse error: Error: /, '');
    log.add(
      at ? { row: Number(at[1]) } : {},
      `The XML is malformed here${at ? ` (column ${at[2]})` : ''}: ${what}. What the parser could make of it was read.`,
      'repaired',
    );
  };

  let document: Document | undefined;
  try {
    document = new DOMParser({
      locator: {},
      errorHandler: {
        warning: report('warning'),
        error: report('error'),
        fatalError: report('fatalError'),
      },
    }).parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    log.addFile(
      `The XML could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      'refused',
    );
    return null;
  }
  if (messages > MAX_XML_MESSAGES) {
    log.addFile(
      `The XML parser found ${messages} problems; only the first ${MAX_XML_MESSAGES} are listed.`,
      'kept',
    );
  }
  if (!document?.documentElement) {
    log.addFile(`The file holds no ${formatName} element.`, 'refused');
    return null;
  }
  if (fatal) {
    log.addFile(
      `The XML is broken beyond repair; what could be read before the break was kept.`,
      'kept',
    );
  }
  return document;
}

/** The line an element starts on, as xmldom's locator recorded it. */
export function lineOf(element: Element): number | undefined {
  const line = (element as Element & { lineNumber?: number }).lineNumber;
  return typeof line === 'number' && line > 0 ? line : undefined;
}

export function localNameOf(element: Element): string {
  const name = element.localName ?? element.nodeName;
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute's value; undefined when absent or empty (xmldom returns "" for absent). */
export function attributeOf(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value === '' ? undefined : value;
}

/** A file that ends inside a tag (a download cut short) is cut back to its last whole tag. */
function cutPartialTag(text: string, log: ProblemLog): string {
  const lastOpen = text.lastIndexOf('<');
  if (lastOpen === -1 || lastOpen < text.lastIndexOf('>')) return text;
  log.add(
    { row: lineAt(text, lastOpen) },
    'The file ends in the middle of a tag, as if it was cut short; the unfinished tag was left out.',
    'repaired',
  );
  return text.slice(0, lastOpen);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}

/** How many nesting mistakes are listed; a file with one usually has many after it. */
const MAX_NESTING_MESSAGES = 20;

/**
 * Names the elements that are not closed, or closed out of turn. xmldom recovers from these
 * silently (it closes what is open), so without this check a broken file would read as sound.
 * Returns the elements still open at the end, innermost first.
 */
function checkNesting(text: string, log: ProblemLog): string[] {
  const tags =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
  const open: { name: string; line: number }[] = [];
  let line = 1;
  let counted = 0;
  let messages = 0;
  const report = (where: number, message: string) => {
    messages += 1;
    if (messages <= MAX_NESTING_MESSAGES) log.add({ row: where }, message, 'repaired');
  };
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    for (
      let at = text.indexOf('\n', counted);
      at !== -1 && at < match.index;
      at = text.indexOf('\n', at + 1)
    ) {
      line += 1;
      counted = at + 1;
    }
    const [whole, closing, opening] = match;
    if (opening !== undefined) {
      if (!whole.endsWith('/>')) open.push({ name: opening, line });
      continue;
    }
    if (closing === undefined) continue;
    const depth = open.map((element) => element.name).lastIndexOf(closing);
    if (depth === -1) {
      report(line, `The closing tag </${closing}> matches no open element; it was ignored.`);
      continue;
    }
    for (const unclosed of open.splice(depth + 1).reverse()) {
      report(
        unclosed.line,
        `The element <${unclosed.name}> opened on line ${unclosed.line} is not closed before </${closing}> on line ${line}; it was closed there.`,
      );
    }
    open.pop();
  }
  for (const unclosed of [...open].reverse()) {
    report(
      unclosed.line,
      `The element <${unclosed.name}> opened on line ${unclosed.line} is never closed; it was closed at the end of the file.`,
    );
  }
  if (messages > MAX_NESTING_MESSAGES) {
    log.addFile(
      `${messages} elements are not closed where they should be; only the first ${MAX_NESTING_MESSAGES} are listed.`,
      'kept',
    );
  }
  return open.map((element) => element.name).reverse();
}
