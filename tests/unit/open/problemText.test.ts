// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { ImportProblem } from '../../../src/io/import/types';
import { problemsAsCsv, problemsAsText } from '../../../src/io/open/problemText';

const problems: ImportProblem[] = [
  {
    where: { file: 'ties.csv', row: 4, column: 'From' },
    message: 'The row has no From, so it names no one; skipped.',
    action: 'skipped',
  },
  {
    where: { file: 'net.gexf', row: 12, path: 'gexf/graph/edges/edge[7]' },
    message: 'A self-loop, "a" to "a", was skipped.',
    action: 'skipped',
  },
  { where: { file: 'g.json', path: 'actors[0].id' }, message: 'must be a slug', action: 'refused' },
  { where: { file: 'big.csv' }, message: 'Too large.', action: 'refused' },
];

describe('problemsAsText', () => {
  it('writes one line per problem, where first and what was done last', () => {
    expect(problemsAsText(problems).split('\n')).toEqual([
      'ties.csv:4:From: The row has no From, so it names no one; skipped. (skipped)',
      'net.gexf:12:gexf/graph/edges/edge[7]: A self-loop, "a" to "a", was skipped. (skipped)',
      'g.json:actors[0].id: must be a slug (refused)',
      'big.csv: Too large. (refused)',
    ]);
  });
});

describe('problemsAsCsv', () => {
  it('writes a row per problem under a header, quoting what needs it', () => {
    expect(problemsAsCsv(problems.slice(0, 2))).toBe(
      'file,row,column,path,action,message\r\n' +
        'ties.csv,4,From,,skipped,"The row has no From, so it names no one; skipped."\r\n' +
        'net.gexf,12,,gexf/graph/edges/edge[7],skipped,"A self-loop, ""a"" to ""a"", was skipped."\r\n',
    );
  });

  it('makes a text a spreadsheet would run as a formula inert', () => {
    const csv = problemsAsCsv([
      { where: { file: '=HYPERLINK("http://evil")' }, message: '+1', action: 'kept' },
    ]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil"")",,,,kept,'+1`);
  });
});
