/**
 * New from text as a person uses it: paste and describe an article, open a saved page or a
 * file that is not text, fetch an address the site will not share, reopen a draft. The network
 * is a fake passed in; files are read as the browser reads them.
 */
import { readFileSync } from 'node:fs';

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import {
  NewFromTextDialog,
  type NewFromTextDialogProps,
} from '../../src/ui/author/NewFromTextDialog';
import type { FetchPage } from '../../src/ui/author/intakeFetch';

const newsPage = readFileSync('tests/unit/text/fixtures/news-article.html');
const article =
  'Efforts to resume peace talks between Russia and Ukraine have once again hit a deadlock, as fresh military strikes on both sides have undermined diplomatic momentum.';

// jsdom's Blob cannot read itself; browsers' can. FileReader can, in both.
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(this);
  });
};

function setup(props: Partial<NewFromTextDialogProps> = {}) {
  const handlers = {
    onStart: vi.fn(),
    onClose: vi.fn(),
    onReopen: vi.fn(),
    onForgetDraft: vi.fn(),
  };
  // Any file may be chosen in the picker ("All files"), whatever it suggests.
  const user = userEvent.setup({ applyAccept: false });
  render(<NewFromTextDialog drafts={[]} {...handlers} {...props} />);
  return { user, ...handlers };
}

const textBox = () => screen.getByLabelText('Paste an article');
const field = (label: string) => screen.getByLabelText(label);
const suggest = () => screen.getByRole('button', { name: 'Suggest a graph' });
const fileInput = () => screen.getByTestId('text-file-input');

describe('New from text', () => {
  it('hands on the pasted text with the source as the person describes it', async () => {
    const { user, onStart } = setup();
    await user.click(textBox());
    await user.paste(`\n${article}\n`);
    await user.type(field('Title'), 'Peace talks hit a deadlock');
    await user.type(field('Publisher'), 'World News Daily');
    await user.type(field('Date'), '24 April 2025');
    await user.type(field('Address'), 'https://news.example.org/talks');
    await user.click(suggest());
    expect(onStart).toHaveBeenCalledWith({
      text: article,
      source: {
        title: 'Peace talks hit a deadlock',
        publisher: 'World News Daily',
        published: '24 April 2025',
        url: 'https://news.example.org/talks',
      },
      notes: [],
    });
  });

  it('leaves out of the source what is left empty, and shows no placeholder as a value', async () => {
    const { user, onStart } = setup();
    for (const label of ['Title', 'Publisher', 'Date', 'Address']) {
      expect(field(label)).toHaveValue('');
      expect(field(label)).not.toHaveAttribute('placeholder');
    }
    await user.click(textBox());
    await user.paste(article);
    await user.click(suggest());
    expect(onStart).toHaveBeenCalledWith({ text: article, source: {}, notes: [] });
  });

  it('says the text is empty, and starts nothing', async () => {
    const { user, onStart } = setup();
    await user.click(textBox());
    await user.paste('   \n  ');
    await user.click(suggest());
    expect(screen.getByRole('alert')).toHaveTextContent(/^The text is empty/);
    expect(textBox()).toHaveAttribute('aria-invalid', 'true');
    expect(textBox()).toHaveFocus();
    expect(onStart).not.toHaveBeenCalled();
  });

  it('refuses an address that is not a web address in the Address field', async () => {
    const { user, onStart } = setup();
    await user.click(textBox());
    await user.paste(article);
    await user.type(field('Address'), 'javascript:alert(1)');
    await user.click(suggest());
    expect(screen.getByRole('alert')).toHaveTextContent(/starts with https:\/\/ or http:\/\//);
    expect(onStart).not.toHaveBeenCalled();
  });

  it('reduces an opened .html page to its text and fills in what the page states', async () => {
    const { user, onStart } = setup();
    await user.upload(fileInput(), new File([newsPage], 'peace-talks.html', { type: 'text/html' }));
    await waitFor(() => expect(textBox()).not.toHaveValue(''));
    const text = (textBox() as HTMLTextAreaElement).value;
    expect(text.startsWith('Russia–Ukraine peace talks hit a deadlock\n\n')).toBe(true);
    expect(text).not.toMatch(/<|dataLayer|Share on X|We use cookies/);
    expect(field('Title')).toHaveValue(
      'Russia–Ukraine peace talks hit a deadlock as strikes continue',
    );
    expect(field('Publisher')).toHaveValue('World News Daily');
    expect(field('Date')).toHaveValue('2025-04-24T07:30:00+01:00');
    expect(field('Address')).toHaveValue(
      'https://news.example.org/world/2025/04/24/peace-talks-deadlock',
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Read from “peace-talks.html”.');
    expect(status).toHaveTextContent(/Dropped 5 scripts, navigation, an ad, /);

    await user.clear(field('Date'));
    await user.type(field('Date'), '24 April 2025');
    await user.click(suggest());
    expect(onStart).toHaveBeenCalledWith(
      expect.objectContaining({
        text,
        source: expect.objectContaining({ published: '24 April 2025' }),
        notes: [expect.stringMatching(/^Dropped 5 scripts/)],
      }),
    );
  });

  it('shows a hostile title as text: no markup from the page reaches this one', async () => {
    const { user } = setup();
    const hostile =
      '<title>Hi <script>window.hacked = 1</script></title><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;Headline"><p onclick="x()">Body text of the story.</p><img src=x onerror="window.hacked=2">';
    await user.upload(fileInput(), new File([hostile], 'hostile.html', { type: 'text/html' }));
    await waitFor(() => expect(textBox()).toHaveValue('Body text of the story.'));
    expect(field('Title')).toHaveValue('Headline');
    expect(document.querySelector('script, img[onerror], [onclick]')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('refuses a binary file and keeps what was typed', async () => {
    const { user } = setup();
    await user.click(textBox());
    await user.paste('My own notes on the talks.');
    const pdf = new File(['%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'], 'report.pdf', {
      type: 'application/pdf',
    });
    await user.upload(fileInput(), pdf);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“report.pdf” is a PDF document, not text',
    );
    expect(textBox()).toHaveValue('My own notes on the talks.');
  });

  it('says when a site will not share its page, suggests pasting, and keeps the text', async () => {
    const fetchPage: FetchPage = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = setup({ fetchPage });
    await user.click(textBox());
    await user.paste('Draft text.');
    await user.type(field('Address of the article'), 'https://news.example.org/talks{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^That site does not let other pages read it \(news\.example\.org .*\)\. Open the page, copy its text and paste it here\.$/,
    );
    expect(fetchPage).toHaveBeenCalledWith('https://news.example.org/talks', expect.anything());
    expect(textBox()).toHaveValue('Draft text.');
  });

  it('fetches a page a site does share, and records the address it came from', async () => {
    const page = `<html><body><article><h1>Talks stall</h1><p>${article}</p></article></body></html>`;
    const fetchPage: FetchPage = () =>
      Promise.resolve(new Response(page, { headers: { 'content-type': 'text/html' } }));
    const { user } = setup({ fetchPage });
    await user.type(field('Address of the article'), 'https://news.example.org/talks');
    await user.click(screen.getByRole('button', { name: 'Fetch' }));
    await waitFor(() => expect(textBox()).toHaveValue(`Talks stall\n\n${article}`));
    expect(field('Title')).toHaveValue('Talks stall');
    expect(field('Address')).toHaveValue('https://news.example.org/talks');
    expect(field('Publisher')).toHaveValue('');
  });

  it('lists drafts to reopen, and forgets one only when asked twice', async () => {
    const drafts = [{ id: 'talks', title: 'Peace talks', updatedAt: Date.UTC(2025, 3, 24) }];
    const { user, onReopen, onForgetDraft } = setup({ drafts });
    const list = screen.getByRole('region', { name: 'Your drafts' });
    expect(within(list).getByText('Peace talks')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Reopen Peace talks' }));
    expect(onReopen).toHaveBeenCalledWith('talks');
    await user.click(within(list).getByRole('button', { name: 'Forget Peace talks' }));
    expect(onForgetDraft).not.toHaveBeenCalled();
    await user.click(within(list).getByRole('button', { name: 'Forget Peace talks for good' }));
    expect(onForgetDraft).toHaveBeenCalledWith('talks');
  });
});
