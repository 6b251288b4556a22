/** Small datasets for the exporter tests: the awkward characters files meet in the wild. */
import type { Dataset, DatasetFile } from '../../../src/domain/dataset';
import { validateDataset } from '../../../src/domain/validate';

/** Validates a dataset file, failing the test when it is not valid. */
export function datasetOf(file: DatasetFile): Dataset {
  const result = validateDataset({ graphText: JSON.stringify(file) });
  if (!result.ok) throw new Error(`invalid test dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

/** A dataset of its own types and kinds, with every field and hostile text. */
export const AWKWARD: DatasetFile = {
  id: 'awkward',
  title: 'Quotes, "commas", <tags> & more',
  source: { title: 'A test', publisher: 'Nobody & Co', url: 'https://example.org/a?b=1&c=2' },
  types: [
    { id: 'married-to', label: 'Married to', class: 'structural' },
    {
      id: 'funds',
      label: 'Funds',
      class: 'unclassified',
      active: 'bankrolls',
      passive: 'is bankrolled by',
    },
  ],
  kinds: [{ id: 'football-club', label: 'Football club', description: 'A club.' }],
  actors: [
    {
      id: 'zoe',
      label: 'Zoë "Z" Ørsted, Jr.',
      kind: 'leader',
      aliases: [],
      description: 'Line one\nline two, with <b>tags</b> & "quotes"',
      attributes: [
        { name: '__proto__', value: 'still data' },
        { name: 'Type', value: 'clash with a column' },
        { name: 'age', value: 41 },
      ],
    },
    { id: 'club', label: '=HYPERLINK("http://evil")', kind: 'football-club', aliases: ['FC'] },
    { id: 'kyiv', label: 'Київ', kind: 'state', aliases: [] },
  ],
  relations: [
    {
      id: 'r1',
      source: 'zoe',
      target: 'club',
      type: 'funds',
      directed: true,
      evidence: [
        { quote: 'She said, "I pay", and left.\nThen more.' },
        { quote: '-2 + 3 = 1', reportedBy: 'kyiv' },
        { url: 'https://example.org/report?id=1&x=<y>' },
      ],
      date: '2025-04',
      until: '2025-06',
      when: 'in April',
      label: 'pays the wages',
      description: 'A <description> & more',
      weight: 2.5,
      status: 'planned',
      allegedBy: 'kyiv',
      attributes: [{ name: 'amount', value: '@100' }],
    },
    {
      id: 'r2',
      source: 'zoe',
      target: 'kyiv',
      type: 'married-to',
      directed: false,
      evidence: [{ url: 'https://example.org/wedding' }],
    },
    {
      id: 'r3',
      source: 'kyiv',
      target: 'club',
      type: 'ASSAULT',
      directed: true,
      evidence: [{ quote: 'Київ struck the club' }],
    },
  ],
};
