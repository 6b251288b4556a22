import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { decodeEntities } from '../../../src/io/text/entities';
import { readableText } from '../../../src/io/text/readableText';

const newsPage = readFileSync('tests/unit/text/fixtures/news-article.html', 'utf8');

describe('a saved news page', () => {
  const page = readableText(newsPage);
  const paragraphs = page.text.split('\n\n');

  it('keeps the headline and the paragraphs of the article, each its own paragraph', () => {
    expect(paragraphs[0]).toBe('Russia–Ukraine peace talks hit a deadlock');
    expect(paragraphs).toContain(
      'Efforts to resume peace talks between Russia and Ukraine have once again hit a deadlock, as fresh military strikes on both sides have undermined diplomatic momentum.',
    );
    expect(paragraphs).toContain('Zelensky returns from South Africa trip');
    expect(page.text).toContain(
      '"I am cancelling part of the programme for this visit and will return to Ukraine immediately',
    );
  });

  it('leaves out scripts, navigation, ads, share buttons, related links, comments and page chrome', () => {
    for (const left of [
      'dataLayer',
      'not article text',
      'googletag',
      'Advertisement',
      'Business',
      'Skip',
      'Share on X',
      'Read more',
      'More from World',
      'Another story',
      'First!',
      'We use cookies',
      'morning briefing',
      '© 2025',
      'Search',
    ]) {
      expect(page.text).not.toContain(left);
    }
  });

  it('never lets markup or an event handler through', () => {
    expect(page.text).not.toMatch(/<|onerror|onclick|onmouseover|alert|steal\(\)/);
  });

  it('decodes entities into the characters they name', () => {
    expect(page.text).toContain('Ukraine — though without representation from top diplomats —');
    expect(page.text).toContain('ongoing provocations and protecting');
    expect(page.text).not.toMatch(/&[a-z]+;|&#\d+;/);
  });

  it('says what it dropped, with counts', () => {
    expect(page.notes).toHaveLength(1);
    const [note] = page.notes;
    expect(note).toMatch(/^Dropped 5 scripts, navigation, an ad, /);
    expect(note).toContain('share buttons');
    expect(note).toContain('a cookie notice');
    expect(note).toContain('comments');
    expect(note).toMatch(/the page's header and footer\.$/);
  });

  it('reads the title, byline, date, site and address as the page writes them', () => {
    expect(page).toMatchObject({
      title: 'Russia–Ukraine peace talks hit a deadlock as strikes continue',
      byline: 'Amina Okafor',
      published: '2025-04-24T07:30:00+01:00',
      siteName: 'World News Daily',
      url: 'https://news.example.org/world/2025/04/24/peace-talks-deadlock',
    });
  });
});

describe('what a page does not say stays unsaid', () => {
  it('invents no title, byline, date, site or address', () => {
    const page = readableText('<p>Talks resumed in Geneva on Monday, officials said.</p>');
    expect(page.text).toBe('Talks resumed in Geneva on Monday, officials said.');
    expect(Object.keys(page).sort()).toEqual(['notes', 'text']);
  });

  it('takes the title from <h1>, then <title>, and the date from <time>', () => {
    const page = readableText(
      '<title>Site | Story</title><article><h1>The headline</h1><time datetime="2024-02-01">1 Feb</time><p>Body.</p></article>',
    );
    expect(page.title).toBe('The headline');
    expect(page.published).toBe('2024-02-01');
    expect(readableText('<title>Only &amp; title</title><p>x</p>').title).toBe('Only & title');
  });

  it('keeps only absolute http(s) addresses', () => {
    expect(readableText('<link rel="canonical" href="/news/1"><p>x</p>').url).toBeUndefined();
    expect(
      readableText('<meta property="og:url" content="javascript:alert(1)"><p>x</p>').url,
    ).toBeUndefined();
  });
});

describe('hostile markup', () => {
  it('reduces a title with a script in it to plain text', () => {
    const page = readableText(
      '<title>Breaking <script>alert(1)</script>news</title><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;Real &lt;b&gt;headline&lt;/b&gt;"><p>Body</p>',
    );
    expect(page.title).toBe('Real headline');
    expect(
      readableText('<title>Breaking <script>alert(1)</script>news</title><p>b</p>').title,
    ).toBe('Breaking news');
  });

  it('keeps escaped markup in the article as the words it shows', () => {
    const page = readableText(
      '<p>Never type &lt;script&gt; into a form.</p><script>evil()</script>',
    );
    expect(page.text).toBe('Never type <script> into a form.');
    expect(page.notes).toEqual(['Dropped a script.']);
  });

  it('survives unclosed tags, stray brackets, broken attributes and an unterminated script', () => {
    const page = readableText(
      '<p>One <b>two<p>Three < four > five</i><div x=y =z>Six</span></div><li>Seven<li>Eight<script>never(',
    );
    expect(page.text).toBe('One two\n\nThree < four > five\n\nSix\n\nSeven\n\nEight');
    // An attribute value left open swallows the markup up to the next quote, as in browsers.
    expect(readableText('<p title="a>One</p><p>Two">Three</p>').text).toBe('Three');
  });

  it('reads a page nested ten thousand levels deep without running out of stack', () => {
    const depth = 10_000;
    const page = readableText(`${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}`);
    expect(page.text).toBe('Deep text.');
  });
});

describe('finding the article', () => {
  it('without <article> or <main>, keeps the part with the most paragraphs and says so', () => {
    const page = readableText(
      '<div class="top"><p>Menu-like intro.</p></div><div class="col"><p>First long paragraph of the story.</p><p>Second long paragraph of the story.</p></div>',
    );
    expect(page.text).toBe(
      'First long paragraph of the story.\n\nSecond long paragraph of the story.',
    );
    expect(page.notes).toContain(
      'The page marks no article; kept the part of it with the most paragraphs.',
    );
  });

  it('ignores class names that would hide most of the text', () => {
    const body = '<p>A long paragraph of the story that matters to the reader.</p>'.repeat(5);
    const page = readableText(`<div class="share-wrapper">${body}</div>`);
    expect(page.text.split('\n\n')).toHaveLength(5);
    expect(page.notes.join(' ')).toContain('class names');
  });
});

describe('character references', () => {
  it('decodes named, decimal and hexadecimal ones, as browsers do', () => {
    expect(decodeEntities('&eacute;t&eacute; &amp; &#8220;hi&#x201D; &#146; &euro;5')).toBe(
      'été & “hi” ’ €5',
    );
  });

  it('leaves unknown names, and names of object properties, as written', () => {
    expect(decodeEntities('AT&T; &constructor; &toString; &#0; &#xD800;')).toBe(
      'AT&T; &constructor; &toString; \uFFFD \uFFFD',
    );
  });
});
