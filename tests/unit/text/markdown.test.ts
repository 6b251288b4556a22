import { describe, expect, it } from 'vitest';

import { markdownMeta, markdownText } from '../../../src/io/text/markdown';

const article = `---
title: "Peace talks hit a deadlock"
author: Amina Okafor
date: 24 April 2025
---
# Peace talks *hit* a deadlock

Efforts to resume **peace talks** between Russia and Ukraine
have once again hit a deadlock, [officials said](https://example.org/report_(2025) "Report").
![A chart of strikes](chart.png)

Zelensky returns
----------------

- The UK, US, __France__ and Germany met in London.
- Ukraine accuses Russia of \\*stalling\\*.
> "I am cancelling part of the programme," Zelensky said.

\`\`\`
Kept as *written* [here](x).
\`\`\`

[ref]: https://example.org
***
Russia&rsquo;s foreign_ministry said \`a*b*c\`.
<!-- an editor's note -->
<script>alert(1)</script>
`;

describe('markdown as readable text', () => {
  const text = markdownText(article);
  const paragraphs = text.split('\n\n');

  it('keeps headings as paragraphs of their own, without their marks', () => {
    expect(paragraphs[0]).toBe('Peace talks hit a deadlock');
    expect(paragraphs).toContain('Zelensky returns');
  });

  it('joins a paragraph broken over lines, and keeps link words but not images', () => {
    expect(paragraphs).toContain(
      'Efforts to resume peace talks between Russia and Ukraine have once again hit a deadlock, officials said.',
    );
    expect(text).not.toContain('chart');
    expect(text).not.toContain('https://');
  });

  it('keeps list items and quotes as lines, escapes as the characters they escape', () => {
    expect(text).toContain(
      'The UK, US, France and Germany met in London.\nUkraine accuses Russia of *stalling*.\n"I am cancelling part of the programme," Zelensky said.',
    );
  });

  it('keeps code as written, and snake_case words whole', () => {
    expect(text).toContain('Kept as *written* [here](x).');
    expect(text).toContain('Russia’s foreign_ministry said a*b*c.');
  });

  it('leaves out front matter, rules, reference definitions, comments and scripts', () => {
    for (const left of ['title:', '---', '***', '[ref]', 'editor', 'alert']) {
      expect(text).not.toContain(left);
    }
  });

  it('reads title, author and date from front matter, as written', () => {
    expect(markdownMeta(article)).toEqual({
      title: 'Peace talks hit a deadlock',
      byline: 'Amina Okafor',
      published: '24 April 2025',
    });
  });

  it('takes the first heading as the title when there is no front matter, and nothing else', () => {
    expect(markdownMeta('Intro line.\n\n# The *real* title\n\nBody.')).toEqual({
      title: 'The real title',
    });
    expect(markdownMeta('Just a paragraph.')).toEqual({});
  });
});
