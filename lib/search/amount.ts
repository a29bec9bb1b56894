// Numbers as agents type them in prices and areas: "600k", "1.2m", "$500,000", "600 000 $", "1,2M".

/** Digits with thousands separators ("500,000", "600 000"), or a plain or decimal number. */
export const AMOUNT = String.raw`(?:\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;

/** A money amount: optional "$" on either side, optional "k" / "m" multiplier. */
export const MONEY = String.raw`(?:\$\s?)?${AMOUNT}(?:\s?(?:k|mm|m|millions?))?(?:\s?\$)?`;

const MONEY_PARTS = new RegExp(String.raw`^(\$\s?)?(${AMOUNT})(\s?(?:k|mm|m|millions?))?(\s?\$)?$`);

/** "500,000" → 500000, "1,2" → 1.2, "600 000" → 600000, "1.5" → 1.5. */
export function readAmount(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const thousands = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(compact);
  return Number(thousands ? compact.replace(/,/g, '') : compact.replace(',', '.'));
}

export interface Money {
  value: number;
  /** Multiplier written after the number (1000 for "k"), or 1. */
  multiplier: number;
  /** True when "$", "k" or "m" says this is money rather than a unit number. */
  marked: boolean;
}

/** Reads text matched by MONEY ("$1.2m" → 1200000, marked). */
export function readMoney(text: string): Money {
  const match = MONEY_PARTS.exec(text.trim());
  const suffix = (match?.[3] ?? '').trim();
  const multiplier = suffix === '' ? 1 : suffix === 'k' ? 1_000 : 1_000_000;
  return {
    value: readAmount(match?.[2] ?? '') * multiplier,
    multiplier,
    marked: match?.[1] !== undefined || match?.[4] !== undefined || suffix !== '',
  };
}
