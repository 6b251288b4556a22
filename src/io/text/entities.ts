/**
 * HTML character references to characters: the named ones news pages use, and every numeric
 * one. A name not in the table stays as written ("AT&T;" is not mangled into anything).
 */
import { decodeWindows1252 } from '../import/text/decode';

// Maps, not objects: a reference such as &constructor; must not find Object's own properties.
const NAMED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ensp: ' ',
    emsp: ' ',
    thinsp: ' ',
    shy: '',
    zwj: '',
    zwnj: '',
    lrm: '',
    rlm: '',
    ndash: '–',
    mdash: '—',
    minus: '−',
    hyphen: '‐',
    lsquo: '‘',
    rsquo: '’',
    sbquo: '‚',
    ldquo: '“',
    rdquo: '”',
    bdquo: '„',
    laquo: '«',
    raquo: '»',
    lsaquo: '‹',
    rsaquo: '›',
    prime: '′',
    Prime: '″',
    hellip: '…',
    bull: '•',
    middot: '·',
    dagger: '†',
    Dagger: '‡',
    sect: '§',
    para: '¶',
    copy: '©',
    reg: '®',
    trade: '™',
    deg: '°',
    plusmn: '±',
    times: '×',
    divide: '÷',
    frac12: '½',
    frac14: '¼',
    frac34: '¾',
    percnt: '%',
    permil: '‰',
    euro: '€',
    pound: '£',
    yen: '¥',
    cent: '¢',
    dollar: '$',
    iexcl: '¡',
    iquest: '¿',
    ordm: 'º',
    ordf: 'ª',
    micro: 'µ',
    larr: '←',
    rarr: '→',
    uarr: '↑',
    darr: '↓',
  }),
);

/** Latin letters with marks: the entity is the letter's name plus the mark's. */
const MARKED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    acute: 'aeiouyAEIOUYcnszCNSZ',
    grave: 'aeiouAEIOU',
    circ: 'aeiouAEIOU',
    uml: 'aeiouyAEIOUY',
    tilde: 'anoANO',
    cedil: 'cC',
    ring: 'aA',
    slash: 'oO',
    caron: 'csznrCSZNR',
  }),
);
const COMBINING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    acute: '\u0301',
    grave: '\u0300',
    circ: '\u0302',
    uml: '\u0308',
    tilde: '\u0303',
    cedil: '\u0327',
    ring: '\u030a',
    slash: '\u0338',
    caron: '\u030c',
  }),
);
const SPECIAL: ReadonlyMap<string, string> = new Map(
  Object.entries({
    oslash: 'ø',
    Oslash: 'Ø',
    szlig: 'ß',
    aelig: 'æ',
    AElig: 'Æ',
    oelig: 'œ',
    OElig: 'Œ',
    eth: 'ð',
    ETH: 'Ð',
    thorn: 'þ',
    THORN: 'Þ',
  }),
);

function marked(name: string): string | undefined {
  const special = SPECIAL.get(name);
  if (special !== undefined) return special;
  const letter = name.charAt(0);
  const mark = name.slice(1);
  const combining = COMBINING.get(mark);
  if (combining === undefined || !MARKED.get(mark)?.includes(letter)) return undefined;
  return (letter + combining).normalize('NFC');
}

/** The character a numeric reference names, as browsers read it (0x80–0x9F as Windows-1252). */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  if (code >= 0x80 && code <= 0x9f) return decodeWindows1252(Uint8Array.of(code));
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;

/** Replaces character references with the characters they name. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (name === undefined) return whole;
    return NAMED.get(name) ?? marked(name) ?? whole;
  });
}
