/**
 * The review screen with fake services: deciding by buttons and keys, undo and redo, editing,
 * bulk accepts, saving, opening in the explorer, and the screens for a missing or damaged draft.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { newDraft } from '../../src/coder/draft';
import { DamagedDraftError } from '../../src/io/store/draftRecord';
import { TEXT, codedDraft } from '../unit/coder/draftFixture';
import { controlledCoder, memoryStore, renderAuthor } from './authorFakes';

vi.mock('../../src/ui/author/GraphPreviewCanvas', () => ({
  GraphPreviewCanvas: ({ dataset }: { dataset: { relations: unknown[] } }) => (
    <p>Drawn: {dataset.relations.length} relations</p>
  ),
}));

const card = (name: string) => screen.getByRole('listitem', { name });
const ACCUSE_CARD = 'Russia — ACCUSE → Zelenskyy';
const CONSULT_CARD = 'Ukraine — CONSULT — Kremlin';

async function openReview() {
  const kept = memoryStore([codedDraft()]);
  const rendered = renderAuthor(kept.store, 'draft-test');
  await screen.findByRole('heading', { name: 'Review: Talks stall' });
  return { ...kept, ...rendered };
}

describe('deciding', () => {
  it('accepts and rejects by the buttons, counts and announces it, and saves it', async () => {
    const { user, puts } = await openReview();
    await user.click(within(card(ACCUSE_CARD)).getByRole('button', { name: 'Accept' }));
    expect(within(card(ACCUSE_CARD)).getByText('Accepted')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Accepted: Russia accuses Zelenskyy');
    await user.click(within(card(CONSULT_CARD)).getByRole('button', { name: 'Reject' }));
    expect(screen.getByText('2 pending · 1 accepted · 1 rejected')).toBeInTheDocument();
    await waitFor(() =>
      expect(puts.at(-1)?.decisions).toEqual({
        's0-accuse-russia-volodymyr-zelenskyy': 'accepted',
        's1-consult-ukraine-kremlin': 'rejected',
      }),
    );
  });

  it('accepts with a, rejects with r and moves with j and k on a focused card', async () => {
    const { user } = await openReview();
    act(() => card(ACCUSE_CARD).focus());
    await user.keyboard('a');
    expect(within(card(ACCUSE_CARD)).getByText('Accepted')).toBeInTheDocument();
    await user.keyboard('j');
    expect(card(CONSULT_CARD)).toHaveFocus();
    await user.keyboard('r');
    expect(within(card(CONSULT_CARD)).getByText('Rejected')).toBeInTheDocument();
    await user.keyboard('{ArrowUp}');
    expect(card(ACCUSE_CARD)).toHaveFocus();
  });

  it('undoes and redoes by the buttons and by Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { user } = await openReview();
    await user.click(within(card(ACCUSE_CARD)).getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(card(ACCUSE_CARD)).getByText('Pending')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Undone: Accepted: Russia accuses');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(within(card(ACCUSE_CARD)).getByText('Accepted')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(within(card(ACCUSE_CARD)).getByText('Pending')).toBeInTheDocument();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(within(card(ACCUSE_CARD)).getByText('Accepted')).toBeInTheDocument();
  });

  it('accepts all of a type, leaving a rejected one rejected', async () => {
    const { user } = await openReview();
    const weak = 'TASS — ACCUSE → Ukraine';
    await user.click(within(card(weak)).getByRole('button', { name: 'Reject' }));
    await user.click(screen.getByRole('button', { name: 'Accept all ACCUSE' }));
    expect(within(card(ACCUSE_CARD)).getByText('Accepted')).toBeInTheDocument();
    expect(within(card(weak)).getByText('Rejected')).toBeInTheDocument();
    expect(within(card(CONSULT_CARD)).getByText('Pending')).toBeInTheDocument();
  });
});

describe('saving', () => {
  it('saves at once when the page is hidden, before the pause that batches changes', async () => {
    const { user, puts } = await openReview();
    await user.click(within(card(ACCUSE_CARD)).getByRole('button', { name: 'Accept' }));
    expect(puts).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(() => expect(puts).toHaveLength(1), { timeout: 100 });
    expect(puts[0]?.decisions).toEqual({ 's0-accuse-russia-volodymyr-zelenskyy': 'accepted' });
  });

  it('says when a change could not be saved', async () => {
    const { user, store } = await openReview();
    store.putDraft = async () => {
      throw new Error('the disk is full');
    };
    await user.click(within(card(ACCUSE_CARD)).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('Not saved: the disk is full')).toBeInTheDocument();
  });
});

describe('editing', () => {
  it('changes a suggestion’s type in its editor, and undo brings it back', async () => {
    const { user } = await openReview();
    await user.click(within(card(ACCUSE_CARD)).getByRole('button', { name: 'Edit' }));
    await user.selectOptions(
      within(card(ACCUSE_CARD)).getByRole('combobox', { name: 'Type' }),
      'THREATEN',
    );
    const edited = card('Russia — THREATEN → Zelenskyy');
    expect(within(edited).getByText('Edited')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(card(ACCUSE_CARD)).toBeInTheDocument();
  });

  it('renames an actor and merges one into another', async () => {
    const { user } = await openReview();
    const actors = screen.getByRole('region', { name: 'Actors' });
    const kremlin = within(actors).getByRole('listitem', { name: 'Kremlin' });
    await user.selectOptions(
      within(kremlin).getByRole('combobox', { name: 'Merge into' }),
      'russia',
    );
    await user.click(within(kremlin).getByRole('button', { name: /Merge/ }));
    expect(card('Ukraine — CONSULT — Russia')).toBeInTheDocument();
    const name = within(within(actors).getByRole('listitem', { name: 'Russia' })).getByRole(
      'textbox',
      { name: 'Name' },
    );
    await user.clear(name);
    await user.type(name, 'Moscow');
    expect(card('Ukraine — CONSULT — Moscow')).toBeInTheDocument();
  });
});

describe('the way out', () => {
  it('opens the accepted relations in the explorer as a dataset', async () => {
    const { user, props } = await openReview();
    const open = screen.getByRole('button', { name: 'Open in explorer' });
    expect(open).toBeDisabled();
    await user.click(within(card(CONSULT_CARD)).getByRole('button', { name: 'Accept' }));
    await user.click(open);
    await waitFor(() => expect(props.onPublish).toHaveBeenCalledTimes(1));
    const [file] = vi.mocked(props.onPublish).mock.calls[0]!;
    expect(file.relations).toEqual([
      expect.objectContaining({ source: 'ukraine', target: 'kremlin', type: 'CONSULT' }),
    ]);
    expect(file.article).toBe(TEXT);
  });

  it('draws the accepted relations in the graph pane', async () => {
    const { user } = await openReview();
    await user.click(within(card(CONSULT_CARD)).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('Drawn: 1 relations')).toBeInTheDocument();
  });
});

describe('drafts that cannot be reviewed', () => {
  it('says a missing draft is not here and offers a way back', async () => {
    const { store } = memoryStore();
    const { user, props } = renderAuthor(store, 'draft-gone');
    expect(await screen.findByRole('heading', { name: 'This draft is not here' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('No draft “draft-gone”');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(props.onExit).toHaveBeenCalled();
  });

  it('says what is wrong with a damaged draft', async () => {
    const { store } = memoryStore();
    store.getDraft = async () => {
      throw new DamagedDraftError(
        'The draft “draft-x” kept in this browser is damaged (text: bad).',
      );
    };
    renderAuthor(store, 'draft-x');
    expect(await screen.findByRole('alert')).toHaveTextContent('damaged (text: bad)');
  });
});

describe('coding a new draft', () => {
  const uncoded = () =>
    newDraft({ id: 'draft-new', title: 'Fresh', source: {}, text: TEXT, now: 1, coded: null });

  it('runs the coder with a progress bar, then reviews and keeps the result', async () => {
    const { store, puts } = memoryStore([uncoded()]);
    const coder = controlledCoder();
    renderAuthor(store, 'draft-new', {}, coder.code);
    expect(await screen.findByText(/1 of 3 sentences/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    const { CODED } = await import('../unit/coder/draftFixture');
    act(() => coder.finish(CODED));
    expect(await screen.findByRole('heading', { name: 'Review: Fresh' })).toBeInTheDocument();
    await waitFor(() => expect(puts.at(-1)?.coded?.relations).toHaveLength(4));
  });

  it('stops the coder on request, and codes again when asked', async () => {
    const { store } = memoryStore([uncoded()]);
    const coder = controlledCoder();
    const { user } = renderAuthor(store, 'draft-new', {}, coder.code);
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(coder.code.mock.calls[0]![1].signal?.aborted).toBe(true);
    expect(screen.getByRole('heading', { name: 'The text has not been coded' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Code the text' }));
    expect(coder.code).toHaveBeenCalledTimes(2);
  });
});

describe('the text', () => {
  it('is drawn as text, never as markup', async () => {
    const text = 'A <b>bold</b> claim <img src=x onerror=alert(1)>.';
    const draft = newDraft({ id: 'draft-html', title: 'Markup', source: {}, text, now: 1 });
    const coded = { text, sentences: [], actors: [], relations: [], notices: [] };
    const { store } = memoryStore([{ ...draft, coded }]);
    const { container } = renderAuthor(store, 'draft-html');
    await screen.findByRole('heading', { name: 'Review: Markup' });
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('highlights the sentence of the focused suggestion', async () => {
    await openReview();
    act(() => card(CONSULT_CARD).focus());
    const highlighted = document.querySelector('.author-sentence.is-focused');
    expect(highlighted).toHaveTextContent(
      'Ukraine held talks with the Kremlin in London on Wednesday.',
    );
    fireEvent.focus(card(ACCUSE_CARD));
    expect(document.querySelector('.author-sentence.is-focused')).toHaveTextContent(
      /^Russia accused Zelenskyy/,
    );
  });
});
