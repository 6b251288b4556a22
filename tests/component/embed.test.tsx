/**
 * Embedding: the app opened with `embed=1` shows the graph, legend and details alone, with a way
 * to the full app; "Copy embed code" hands out an iframe that nothing in the data can break out
 * of; and the link carries a draft under review. The canvas is a stub: jsdom draws nothing.
 */
import { act, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { App } from '../../src/ui/app/App';
import { EmbedCode } from '../../src/ui/share/EmbedCode';
import { useViewState } from '../../src/ui/view/useViewState';
import { renderWithUser } from './helpers';

vi.mock('../../src/graph/GraphCanvas', () => ({
  GRAPH_SURFACE_ID: 'graph-surface',
  GraphCanvas: () => <div id="graph-surface" tabIndex={0} aria-label="Graph canvas" />,
}));

const DEFAULT = 'russia-ukraine-talks';

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

afterEach(() => openAt(''));

describe('the embedded explorer', () => {
  it('shows the graph, legend and details only, and opens the same view in the full app', async () => {
    openAt('?v=1&actor=russia&embed=1');
    renderWithUser(<App />);
    const open = await screen.findByRole('link', { name: 'Open in Actor Graph' });
    expect(open).toHaveAttribute('href', `${window.location.origin}/?v=1&actor=russia`);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Russia|talks/i);
    for (const name of ['Open…', 'Filters', 'Copy link', 'Copy embed code', 'Export']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    const side = screen.getByRole('complementary', { name: 'Details and legend' });
    expect(await within(side).findByRole('heading', { name: 'Russia' })).toBeVisible();
    expect(within(side).getByRole('heading', { name: 'Legend' })).toBeVisible();
  });

  it('follows a selection made in the details, in the link and its way out', async () => {
    openAt('?v=1&actor=russia&embed=1');
    const { user } = renderWithUser(<App />);
    const side = await screen.findByRole('complementary', { name: 'Details and legend' });
    await user.click((await within(side).findAllByRole('button', { name: 'Ukraine' }))[0]!);
    expect(window.location.search).toBe('?v=1&actor=ukraine&embed=1');
    expect(screen.getByRole('link', { name: 'Open in Actor Graph' })).toHaveAttribute(
      'href',
      `${window.location.origin}/?v=1&actor=ukraine`,
    );
  });

  it('offers the embed code beside Copy link in the full app', async () => {
    openAt('?v=1&actor=russia');
    const { user } = renderWithUser(<App />);
    await user.click(await screen.findByRole('button', { name: 'Copy embed code' }));
    const code = await screen.findByRole('textbox', { name: 'Embed code' });
    const frame = parseFrame((code as HTMLTextAreaElement).value);
    expect(frame.getAttribute('src')).toBe(`${window.location.origin}/?v=1&actor=russia&embed=1`);
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);
  });
});

/** The one element an embed code makes, read as a browser reads pasted HTML. */
function parseFrame(code: string): Element {
  const body = new DOMParser().parseFromString(code, 'text/html').body;
  expect(body.children).toHaveLength(1);
  expect(body.querySelector('script')).toBeNull();
  return body.children[0]!;
}

describe('Copy embed code', () => {
  const hostile = '"><script>alert(1)</script>';

  it('copies an iframe whose title attribute holds a hostile title whole, and nothing else', async () => {
    const { user } = renderWithUser(
      <EmbedCode getLink={() => 'https://example.org/?v=1&embed=1'} datasetTitle={hostile} />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
    const frame = parseFrame(await navigator.clipboard.readText());
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('title')).toBe(`Actor Graph: ${hostile}`);
    expect(frame.getAttribute('src')).toBe('https://example.org/?v=1&embed=1');
    expect(frame.getAttribute('height')).toBe('600');
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('loading')).toBe('lazy');
  });

  it('copies again at the height chosen, and closes with Escape back on its button', async () => {
    const { user } = renderWithUser(
      <EmbedCode getLink={() => 'https://example.org/?embed=1'} datasetTitle="Talks" />,
    );
    const button = screen.getByRole('button', { name: 'Copy embed code' });
    await user.click(button);
    await user.click(screen.getByRole('radio', { name: '800 px' }));
    const shown = parseFrame(screen.getByRole<HTMLTextAreaElement>('textbox').value);
    expect(shown.getAttribute('height')).toBe('800');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(parseFrame(await navigator.clipboard.readText()).getAttribute('height')).toBe('800');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('warns that data kept in this browser shows in the embed only here', async () => {
    const onDownload = vi.fn();
    const { user } = renderWithUser(
      <EmbedCode
        getLink={() => 'https://example.org/?file=0123456789abcdef&embed=1'}
        datasetTitle="Connections"
        viewOnly={{ dataName: 'connections.csv', onDownload }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(screen.getByRole('note')).toHaveTextContent(
      /This embed shows the data only in this browser\..*connections\.csv/,
    );
    await user.click(screen.getByRole('button', { name: 'Download the data (graph.json)' }));
    expect(onDownload).toHaveBeenCalledOnce();
  });
});

describe('embed and draft in useViewState', () => {
  function open(search: string) {
    openAt(search);
    return renderHook(() => useViewState(DEFAULT, [DEFAULT])).result;
  }

  it('reads embed from the link, and gives the view’s address with or without it', () => {
    const result = open('?v=1&panel=table&embed=1');
    expect(result.current.embed).toBe(true);
    const { view, addressOf } = result.current;
    expect(addressOf(view, { embed: false })).toBe(`${window.location.origin}/?v=1&panel=table`);
    expect(addressOf(view)).toBe(`${window.location.origin}/?v=1&panel=table&embed=1`);
    expect(open('?v=1&embed=yes').current).toMatchObject({
      embed: false,
      notice: ['invalid value "yes" in "embed"; expected 1 or 0'],
    });
  });

  it('names a draft in the link and clears it, keeping the rest, and Back returns to it', () => {
    const result = open('?v=1&actor=russia');
    expect(result.current.draft).toBeNull();
    const length = window.history.length;
    act(() => result.current.openDraft('draft-7', 'push'));
    expect(result.current.draft).toBe('draft-7');
    expect(window.location.search).toBe('?v=1&draft=draft-7&actor=russia');
    expect(window.history.length).toBe(length + 1);
    act(() => result.current.openDraft(null, 'replace'));
    expect(result.current.draft).toBeNull();
    expect(window.location.search).toBe('?v=1&actor=russia');
    expect(window.history.length).toBe(length + 1);
    act(() => {
      window.history.replaceState(null, '', '/?v=1&draft=other&embed=1');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current).toMatchObject({ draft: 'other', embed: true });
  });

  it('drops a malformed draft id with a notice, and leaves the draft when other data opens', () => {
    expect(open('?draft=../x').current).toMatchObject({
      draft: null,
      notice: ['invalid draft id "../x" in "draft"'],
    });
    const result = open('?draft=d1&embed=1');
    act(() =>
      result.current.openSource({ kind: 'file', key: '0123456789abcdef', data: null }, 'push'),
    );
    expect(result.current).toMatchObject({ draft: null, embed: true });
    expect(window.location.search).toBe('?v=1&file=0123456789abcdef&embed=1');
  });
});
