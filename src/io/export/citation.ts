/**
 * A citation block for one relation, for a fact-check or a story: what the data says happened,
 * the words that report it, where they come from, whether it happened or is someone's claim,
 * and the permalink to the view. As plain text and as Markdown.
 */
import type { Dataset, Relation } from '../../domain/dataset';
import { relationStatus, statusOf } from '../../domain/relationStatuses';
import { dateText } from '../../domain/timeRange';
import { findType } from '../../domain/vocabulary';

export interface CitationOptions {
  /** The link to the view that shows the relation. */
  permalink: string;
  /**
   * The relation as a sentence ("Russia attacks Ukraine"), as the app words it; a plain
   * "source verb target" from the vocabulary when not given.
   */
  sentence?: string;
}

export interface Citation {
  text: string;
  markdown: string;
}

/** Escapes what Markdown would read as formatting, so the data's words stay words. */
function markdownText(text: string): string {
  return text.replace(/([\\`*_{}[\]()<>#+\-.!|~])/g, '\\$1');
}

/** An address as a Markdown link target: spaces and brackets encoded, so the link cannot break. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (character) => encodeURIComponent(character));
}

function plainSentence(dataset: Dataset, relation: Relation): string {
  const label = (id: string) => dataset.actors.find((actor) => actor.id === id)?.label ?? id;
  const verb =
    findType(dataset.vocabulary, relation.type)?.phrasing.active ?? relation.type.toLowerCase();
  const status = statusOf(relation);
  const note = status === 'reported' ? '' : ` (${relationStatus(status).label.toLowerCase()})`;
  return `${label(relation.source)} ${verb} ${label(relation.target)}${note}`;
}

/** Where the dataset's words come from, as much as it says: title, publisher, date, note. */
function sourceLine(dataset: Dataset): string {
  const { title, publisher, published, note } = dataset.source;
  const parts = [title ?? dataset.title, publisher, published].filter(Boolean);
  return `${parts.join(', ')}${note ? `. ${note}` : ''}`;
}

/** The citation of a relation, or null when the dataset has no relation with that id. */
export function citeRelation(
  dataset: Dataset,
  relationId: string,
  options: CitationOptions,
): Citation | null {
  const relation = dataset.relations.find((candidate) => candidate.id === relationId);
  if (!relation) return null;
  const label = (id: string) => dataset.actors.find((actor) => actor.id === id)?.label ?? id;
  const sentence = options.sentence ?? plainSentence(dataset, relation);
  const quotes = relation.evidence.flatMap((evidence) =>
    evidence.quote === undefined
      ? []
      : [{ quote: evidence.quote, by: evidence.reportedBy && label(evidence.reportedBy) }],
  );
  const urls = [
    ...new Set(
      [
        ...relation.evidence.map((evidence) => evidence.url),
        // The dataset's own source address only when no relation-level one is given.
        dataset.source.url,
      ].filter((url): url is string => url !== undefined),
    ),
  ];
  const status = statusOf(relation);
  const notes = [
    ...(status === 'reported'
      ? []
      : [`Status: ${relationStatus(status).label}. ${relationStatus(status).description}`]),
    ...(relation.allegedBy
      ? [`Claim: ${label(relation.allegedBy)} says so; the source does not report it as fact.`]
      : []),
    ...(relation.date || relation.when
      ? [`When: ${[dateText(relation), relation.when].filter(Boolean).join(', ')}`]
      : []),
  ];
  const source = sourceLine(dataset);

  const text = [
    sentence,
    ...quotes.map(({ quote, by }) => `“${quote}”${by ? ` (reported by ${by})` : ''}`),
    `Source: ${source}`,
    ...urls.map((url) => `URL: ${url}`),
    ...notes,
    `Link: ${options.permalink}`,
  ].join('\n');

  // Paragraphs: the sentence, each quote as a block quote, then the notes as one block with
  // hard line breaks.
  const markdown = [
    `**${markdownText(sentence)}**`,
    ...quotes.map(
      ({ quote, by }) =>
        `> “${markdownText(quote).replace(/\n/g, '\n> ')}”${by ? ` (reported by ${markdownText(by)})` : ''}`,
    ),
    [
      `Source: ${markdownText(source)}`,
      ...urls.map((url) => `<${markdownUrl(url)}>`),
      ...notes.map(markdownText),
      `[Open in Actor Graph](${markdownUrl(options.permalink)})`,
    ].join('  \n'),
  ].join('\n\n');
  return { text, markdown };
}
