/**
 * The forms of a trigger word, so the lexicon lists lemmas and the text may use any form:
 * "accuse" → accuses, accused, accusing; "sanction" → sanctions. Regular English rules, with the
 * irregular forms given by the entry ("meet" → "met").
 */

export interface VerbOptions {
  past?: string;
  participle?: string;
  /** Doubles the last consonant before -ed and -ing: "slam" → "slammed". */
  double?: boolean;
}

/** The base, third-person, past, participle and -ing forms of a verb. */
export function verbForms(lemma: string, options: VerbOptions = {}): string[] {
  const stem = options.double ? lemma + lemma.slice(-1) : lemma;
  const past = options.past || regularPast(lemma, stem);
  const participle = options.participle || past;
  return distinct([lemma, thirdPerson(lemma), past, participle, gerund(lemma, stem)]);
}

/** The singular and plural of a noun; `plural: false` for a word used as it is ("talks"). */
export function nounForms(lemma: string, plural?: string | false): string[] {
  if (plural === false) return [lemma];
  const [head = lemma, ...rest] = lemma.split(' ').reverse();
  const tail = rest.reverse().join(' ');
  const pluralHead = plural || thirdPerson(head);
  return distinct([lemma, tail ? `${tail} ${pluralHead}` : pluralHead]);
}

function thirdPerson(word: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function regularPast(lemma: string, stem: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${stem}ed`;
}

function gerund(lemma: string, stem: string): string {
  if (/[^e]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  return `${stem}ing`;
}

function distinct(forms: string[]): string[] {
  return [...new Set(forms)];
}
