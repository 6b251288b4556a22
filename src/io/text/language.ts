/**
 * The coder reads English. A text in another script, or in another language written in Latin
 * letters, is still coded, but the reader is told first why few suggestions will come.
 */

/** Unicode scripts news is written in, with the name a reader knows them by. */
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Han}/u, 'Chinese (Han)'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese (kana)'],
  [/\p{Script=Hangul}/u, 'Korean (Hangul)'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Bengali}/u, 'Bengali'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Georgian}/u, 'Georgian'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Ethiopic}/u, 'Ethiopic'],
  [/\p{Script=Tamil}/u, 'Tamil'],
  [/\p{Script=Gujarati}/u, 'Gujarati'],
  [/\p{Script=Gurmukhi}/u, 'Gurmukhi'],
  [/\p{Script=Telugu}/u, 'Telugu'],
  [/\p{Script=Kannada}/u, 'Kannada'],
  [/\p{Script=Malayalam}/u, 'Malayalam'],
  [/\p{Script=Sinhala}/u, 'Sinhala'],
  [/\p{Script=Khmer}/u, 'Khmer'],
  [/\p{Script=Lao}/u, 'Lao'],
  [/\p{Script=Myanmar}/u, 'Myanmar'],
  [/\p{Script=Tibetan}/u, 'Tibetan'],
];

/** The commonest English words; in other languages written in Latin letters they are rare. */
const ENGLISH = new Set(
  (
    'the of and to in a is that for on with was as by at from his her he she it its has have ' +
    'had were are this be been said which who not but an or they their will would after about'
  ).split(' '),
);

/** Enough of the text to judge it by, read quickly whatever its length. */
const SAMPLE = 20_000;
/** Too few letters to say anything. */
const MIN_LETTERS = 40;
const MIN_WORDS = 30;
/** English prose has a third of its words in the list above; other languages a few in a hundred. */
const MIN_ENGLISH_SHARE = 0.12;

const FEW = 'the coder reads English only, so it will suggest few actors or relations, if any';

/**
 * A notice when the text is mostly in a script other than Latin ("Most of this text is in
 * Cyrillic script; …"), or in Latin letters but hardly English; null when it reads as English.
 */
export function scriptNotice(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_LETTERS) return null;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin < letters.length / 2) {
    const counts = new Map<string, number>();
    for (const letter of letters) {
      const script = SCRIPTS.find(([pattern]) => pattern.test(letter))?.[1];
      if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
    }
    const [name] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['another'];
    return `Most of this text is in ${name} script; ${FEW}.`;
  }
  const words = (sample.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase());
  if (words.length < MIN_WORDS) return null;
  const english = words.filter((word) => ENGLISH.has(word)).length;
  if (english >= words.length * MIN_ENGLISH_SHARE) return null;
  return `This text does not read like English (few of its words are common English words such as “the”, “of” or “and”); ${FEW}.`;
}
