/**
 * Ids for what a file names: readable slugs ("São Paulo" → `sao-paulo`, "Київ" → `kyiv`), unique
 * within their collection, the same for the same file every time. Links carry them.
 */
import { SLUG } from '../../../domain/dataset';

/** The longest slug made from a name; a label of a paragraph's length makes no readable link. */
export const MAX_SLUG_LENGTH = 60;

// Cyrillic (Russian, Ukrainian, Belarusian) and Greek letters to Latin, so that names in those
// scripts still give readable ids. Other scripts (CJK, Arabic…) fall back to a numbered id.
const TRANSLITERATION = new Map<string, string>(
  Object.entries({
    а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z',
    и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
    с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
    ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
    α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l',
    μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f',
    χ: 'ch', ψ: 'ps', ω: 'o',
    ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i',
  }), // prettier-ignore
);

// Ukrainian letters that Russian has not, and the national transliteration (2010) of a word
// that has them: Київ → kyiv, Харків → kharkiv. Some letters read differently at a word's start.
const UKRAINIAN_MARKERS = /[іїєґ]/;
const UKRAINIAN = new Map<string, string>(
  Object.entries({ г: 'h', и: 'y', ї: 'i', є: 'ie', й: 'i', ю: 'iu', я: 'ia' }),
);
const UKRAINIAN_INITIAL = new Map<string, string>(
  Object.entries({ ї: 'yi', є: 'ye', й: 'y', ю: 'yu', я: 'ya' }),
);

/** A lowercase Cyrillic word in Latin letters. */
function transliterateWord(word: string): string {
  const ukrainian = UKRAINIAN_MARKERS.test(word);
  return [...word]
    .map((char, index) => {
      if (ukrainian) {
        const special =
          (index === 0 ? UKRAINIAN_INITIAL.get(char) : undefined) ?? UKRAINIAN.get(char);
        if (special !== undefined) return special;
      }
      return TRANSLITERATION.get(char) ?? char;
    })
    .join('');
}

/**
 * A name as a slug: Cyrillic and Greek transliterated, accents dropped, every other run of
 * characters a hyphen, cut at a hyphen near MAX_SLUG_LENGTH. Empty when nothing Latin remains.
 */
export function slugify(name: string): string {
  // Transliterated before accents are dropped: й and ї are letters of their own, not и and і.
  const latin = [
    ...name
      .normalize('NFC')
      .toLowerCase()
      .replace(/\p{Script=Cyrillic}+/gu, transliterateWord)
      .normalize('NFD')
      .replace(/\p{M}/gu, ''),
  ]
    .map((char) => TRANSLITERATION.get(char) ?? char)
    .join('');
  let slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const lastHyphen = cut.lastIndexOf('-');
    slug = lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
  }
  return slug;
}

/** True when a text is already an id of ours, kept as it is. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** Hands out unique slugs within one collection: the second `paris` becomes `paris-2`. */
export class SlugAllocator {
  private readonly taken = new Set<string>();
  private readonly counters = new Map<string, number>();

  /** Reserves a slug as it is, if it is free; true when it was. */
  claim(slug: string): boolean {
    if (this.taken.has(slug)) return false;
    this.taken.add(slug);
    return true;
  }

  /** The first free of `base`, `base-2`, `base-3`… */
  next(base: string): string {
    if (this.claim(base)) return base;
    // Counting on from the last number given keeps a thousand parallel edges linear.
    let n = this.counters.get(base) ?? 2;
    while (this.taken.has(`${base}-${n}`)) n += 1;
    const slug = `${base}-${n}`;
    this.taken.add(slug);
    this.counters.set(base, n + 1);
    return slug;
  }
}
