import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { DATASET_IDS, DEFAULT_DATASET_ID, loadDataset } from '../../src/data/catalog';
import { ErrorBoundary } from '../../src/ui/app/ErrorBoundary';

describe('the dataset catalogue', () => {
  it('ships the default dataset and loads it valid', async () => {
    expect(DATASET_IDS).toContain(DEFAULT_DATASET_ID);
    const load = await loadDataset(DEFAULT_DATASET_ID);
    expect(load.ok).toBe(true);
  });

  it('names an unknown dataset instead of failing', async () => {
    const load = await loadDataset('no-such-story');
    expect(load).toEqual({
      ok: false,
      problems: [
        {
          file: 'data/no-such-story/graph.json',
          path: '',
          message: 'no dataset named "no-such-story"',
        },
      ],
    });
  });
});

describe('ErrorBoundary', () => {
  it('shows what went wrong and a way back instead of a blank page', () => {
    const Broken = () => {
      throw new Error('cytoscape exploded');
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('cytoscape exploded');
    expect(screen.getByRole('link', { name: 'Open the default view again' })).toHaveAttribute(
      'href',
      './',
    );
  });
});
