import { describe, expect, it } from 'vitest';

import { citeRelation } from '../../../src/io/export/citation';
import { realDataset } from '../realDataset';
import { AWKWARD, datasetOf } from './fixtures';

const permalink = 'https://example.org/app/?sel=r:r1&panel=details';

describe('citeRelation', () => {
  it('cites a relation of the article: sentence, quotes, source, link', () => {
    const dataset = realDataset();
    const relation = dataset.relations[0];
    if (!relation) throw new Error('no relation');
    const citation = citeRelation(dataset, relation.id, {
      permalink,
      sentence: 'Russia attacks Ukraine',
    });
    const lines = citation?.text.split('\n') ?? [];
    expect(lines[0]).toBe('Russia attacks Ukraine');
    for (const evidence of relation.evidence) {
      expect(lines.some((line) => line.startsWith(`“${evidence.quote}”`))).toBe(true);
    }
    expect(lines).toContain(`Source: ${dataset.title}. ${dataset.source.note}`);
    // The shipped data has no address: none is made up.
    expect(citation?.text).not.toMatch(/URL:/);
    expect(lines.at(-1)).toBe(`Link: ${permalink}`);
  });

  it('says when a relation did not happen, whose claim it is and who reported a quote', () => {
    const citation = citeRelation(datasetOf(AWKWARD), 'r1', { permalink });
    expect(citation?.text).toContain(
      'Zoë "Z" Ørsted, Jr. bankrolls =HYPERLINK("http://evil") (planned)',
    );
    expect(citation?.text).toContain('“-2 + 3 = 1” (reported by Київ)');
    expect(citation?.text).toContain('Status: Planned.');
    expect(citation?.text).toContain('Claim: Київ says so');
    // A date range is cited whole, not by its first month only.
    expect(citation?.text).toContain('When: 2025-04 – 2025-06, in April');
    expect(citation?.text).toContain('URL: https://example.org/report?id=1&x=<y>');
    expect(citation?.text).toContain('URL: https://example.org/a?b=1&c=2');
  });

  it('escapes the data’s words in Markdown, so they cannot become links or formatting', () => {
    const markdown = citeRelation(datasetOf(AWKWARD), 'r1', { permalink })?.markdown ?? '';
    expect(markdown).toContain(
      '**Zoë "Z" Ørsted, Jr\\. bankrolls =HYPERLINK\\("http://evil"\\) \\(planned\\)**',
    );
    expect(markdown).toContain('> “She said, "I pay", and left\\.\n> Then more\\.”');
    expect(markdown).toContain('<https://example.org/report?id=1&x=%3Cy%3E>');
    expect(markdown).toContain(`[Open in Actor Graph](${permalink})`);
  });

  it('is null for an id the dataset does not have', () => {
    expect(citeRelation(datasetOf(AWKWARD), 'nope', { permalink })).toBeNull();
  });
});
