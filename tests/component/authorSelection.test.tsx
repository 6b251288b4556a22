/**
 * Making relations and actors from words selected in the text: the selection is made as a
 * browser makes it (a Range over the drawn text nodes), then the toolbar is used.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { TEXT, codedDraft } from '../unit/coder/draftFixture';
import { memoryStore, renderAuthor } from './authorFakes';

vi.mock('../../src/ui/author/GraphPreviewCanvas', () => ({ GraphPreviewCanvas: () => null }));

/** The text node that holds the character at `offset` of the text, and the offset inside it. */
function textPoint(offset: number): [Node, number] {
  const pieces = [...document.querySelectorAll<HTMLElement>('.author-text [data-offset]')];
  const piece = pieces.findLast((candidate) => Number(candidate.dataset.offset) <= offset)!;
  return [piece.firstChild!, offset - Number(piece.dataset.offset)];
}

/** Selects `words` in the drawn text, as a person dragging over them would. */
function selectWords(words: string) {
  const start = TEXT.indexOf(words);
  const range = document.createRange();
  range.setStart(...textPoint(start));
  range.setEnd(...textPoint(start + words.length));
  act(() => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

async function openReview() {
  const kept = memoryStore([codedDraft()]);
  const rendered = renderAuthor(kept.store, 'draft-test');
  await screen.findByRole('heading', { name: 'Review: Talks stall' });
  return { ...kept, ...rendered };
}

describe('making from a selection', () => {
  it('adds an accepted relation quoting the selected words, its actors found in them', async () => {
    const { user, puts } = await openReview();
    selectWords('Ukraine held talks with the Kremlin');
    const bar = screen.getByRole('region', { name: 'Selected words' });
    expect(bar).toHaveTextContent('“Ukraine held talks with the Kremlin”');
    await user.click(within(bar).getByRole('button', { name: 'New relation from this quote' }));
    const form = within(bar).getByRole('form', { name: 'New relation from this quote' });
    expect(within(form).getByRole('combobox', { name: 'Who acts' })).toHaveValue('ukraine');
    expect(within(form).getByRole('combobox', { name: 'To whom' })).toHaveValue('kremlin');
    const add = within(form).getByRole('button', { name: 'Add relation' });
    expect(add).toBeDisabled();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Does what' }), 'AGREE');
    await user.click(add);

    const added = screen.getByRole('listitem', { name: 'Ukraine — AGREE — Kremlin' });
    expect(within(added).getByText('Added by you')).toBeInTheDocument();
    expect(within(added).getByText('Accepted')).toBeInTheDocument();
    expect(within(added).getByText(/\(person, confidence 1\.00\)/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Selected words' })).toBeNull();
    await waitFor(() => expect(puts.at(-1)?.added).toHaveLength(1));
  });

  it('adds an actor named by the selected words, once a kind is chosen', async () => {
    const { user } = await openReview();
    selectWords('London');
    await user.click(screen.getByRole('button', { name: 'New actor from this name' }));
    const form = screen.getByRole('form', { name: 'New actor from this name' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'meeting');
    await user.click(within(form).getByRole('button', { name: 'Add actor' }));
    const actors = screen.getByRole('region', { name: 'Actors' });
    expect(within(actors).getByRole('listitem', { name: 'London' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added actor: London');
    expect(document.querySelector('.author-mention[data-actor="london"]')).toHaveTextContent(
      'London',
    );
  });

  it('offers nothing for a selection outside the text', async () => {
    await openReview();
    const heading = screen.getByRole('heading', { name: 'Suggestions' });
    const range = document.createRange();
    range.selectNodeContents(heading);
    act(() => {
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(screen.queryByRole('region', { name: 'Selected words' })).toBeNull();
  });
});
