/**
 * What the reader should know before reading the suggestions: that the text is empty, or that
 * it is not English. The coder's tagger, tables and trigger words are English; on another
 * language it would propose noise, so it says so and proposes nothing.
 */

const COMMON_ENGLISH = new Set(
  (
    'the of and to in a is that for on with as by was it at from be has have are said were an ' +
    'this which its not but or their he his they after will would who been had also more than'
  ).split(' '),
);

/** Scripts worth naming in a notice, by a Unicode script property. */
const SCRIPTS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
  { name: 'Chinese', pattern: /\p{Script=Han}/u },
  { name: 'Japanese', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { name: 'Korean', pattern: /\p{Script=Hangul}/u },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
  { name: 'Thai', pattern: /\p{Script=Thai}/u },
  { name: 'Armenian', pattern: /\p{Script=Armenian}/u },
  { name: 'Georgian', pattern: /\p{Script=Georgian}/u },
];

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+/gu;
/** A sample is enough to tell a language; long texts need not be read twice. */
const SAMPLE_CHARS = 20_000;

export type Readability = { readable: true } | { readable: false; notice: string };

/** Whether the coder can read the text, and if not, the notice that says why. */
export function readability(text: string): Readability {
  if (text.trim() === '') {
    return { readable: false, notice: 'The text is empty: paste an article to code.' };
  }
  const sample = text.slice(0, SAMPLE_CHARS);
  let letters = 0;
  let latin = 0;
  const otherScripts = new Map<string, number>();
  for (const char of sample) {
    if (!LETTER.test(char)) continue;
    letters++;
    if (LATIN.test(char)) {
      latin++;
      continue;
    }
    const script = SCRIPTS.find(({ pattern }) => pattern.test(char))?.name ?? 'a non-Latin script';
    otherScripts.set(script, (otherScripts.get(script) ?? 0) + 1);
  }
  if (letters === 0) {
    return { readable: false, notice: 'The text has no words: paste an article to code.' };
  }
  if (latin / letters < 0.5) {
    const [script] = [...otherScripts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['another'];
    const named = script.startsWith('a ') ? script : `${script} script`;
    return {
      readable: false,
      notice: `Most of this text is in ${named}; the coder reads English only, so it made no suggestions.`,
    };
  }
  const words = sample.toLowerCase().match(WORD) ?? [];
  const common = words.filter((word) => COMMON_ENGLISH.has(word)).length;
  // English prose runs at a quarter to a third of such words; a headline list or another
  // Latin-script language falls far below.
  if (words.length >= 20 && common / words.length < 0.08) {
    return {
      readable: false,
      notice:
        'This text does not read as English; the coder reads English only, so it made no suggestions.',
    };
  }
  return { readable: true };
}
