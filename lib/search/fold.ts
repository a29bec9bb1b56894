// Accent and case folding, so "montreal" finds "Montréal" and "ELEGANCE" finds "Élégance".
// Index and query go through the same function, so both sides always agree.

/** Letters that NFD does not decompose into a base letter plus marks. */
const SPECIAL: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const MARKS = /[\u0300-\u036f]/g;
const NEEDS_WORK = /[^\x00-\x7f]/;

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  if (!NEEDS_WORK.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '');
}

/** Lowercase, accents removed, ligatures spelled out. Length may change ("œ" → "oe"). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NEEDS_WORK.test(lower)) return lower;
  let out = '';
  for (const char of lower) out += foldChar(char);
  return out;
}

/**
 * The folded text plus, for each folded character, the range of the original character it came
 * from: lets the query parser find filters in folded text and still cut the exact original
 * substring out of what the agent typed.
 */
export interface FoldedText {
  text: string;
  /** Index in the original of the character that produced folded character k. */
  start: number[];
  /** Index just past that original character. */
  end: number[];
}

export function foldWithMap(raw: string): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of raw) {
    const folded = foldChar(char);
    for (let k = 0; k < folded.length; k++) {
      start.push(index);
      end.push(index + char.length);
    }
    text += folded;
    index += char.length;
  }
  return { text, start, end };
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Folded words of a name: "Tour Saint-Laurent" → ["tour", "saint", "laurent"]. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}
