import { describe, expect, it } from 'vitest';

import { exportFileName } from '../../../src/io/export/fileName';

const now = new Date(2025, 3, 7, 23, 59);

describe('exportFileName', () => {
  it('names the dataset, the local date and the format', () => {
    expect(exportFileName('russia-ukraine-talks', 'json', { now })).toBe(
      'russia-ukraine-talks_2025-04-07.json',
    );
  });

  it('says when the export holds only what the filters show, and which part it is', () => {
    expect(
      exportFileName('russia-ukraine-talks', 'csv', { now, filtered: true, part: 'actors' }),
    ).toBe('russia-ukraine-talks_2025-04-07_filtered_actors.csv');
  });

  it('keeps names safe for any file system', () => {
    expect(exportFileName('../Ünïcode name/..', '.png', { now, part: '2×' })).toBe(
      'unicode-name_2025-04-07_2.png',
    );
  });
});
