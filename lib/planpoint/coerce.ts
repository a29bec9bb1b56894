// Readers for loosely typed API values. Each takes `unknown` and returns a clean value or null,
// never throws: Planpoint documents are user-edited Mongo records (numbers as strings, prices
// with currency signs, empty strings for "unset").
import { isRecord } from '../is-record';

/** A trimmed non-empty string (numbers are written out), else null. */
export function text(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Any finite number, also from a numeric string ("-1", "3.5"). */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

/** A count or measure that cannot be negative (bathrooms, parking). */
export function quantity(v: unknown): number | null {
  const n = num(v);
  return n !== null && n >= 0 ? n : null;
}

const CURRENCY = String.raw`(?:[a-z]{0,2}[$€£¥]|usd|cad|eur|gbp|aud|chf|mxn)`;
const AREA_UNIT = String.raw`(?:sq\.?\s*ft\.?|sqft|sf|ft²|ft2|sq\.?\s*m|sqm|m²|m2)`;
const AMOUNT_PREFIX = new RegExp(String.raw`^${CURRENCY}\s*`);
const AMOUNT_SUFFIX = new RegExp(String.raw`\s*(?:${CURRENCY}|${AREA_UNIT})$`);

/**
 * A price or area: a non-negative number, or a string such as "$599,000", "CA$ 1 250 000",
 * "599000 USD", "850 sq ft". Anything ambiguous ("1.2M", "TBD", "from 500k") is null.
 */
export function amount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  if (typeof v !== 'string') return null;
  const s = v
    .trim()
    .toLowerCase()
    .replace(AMOUNT_PREFIX, '')
    .replace(AMOUNT_SUFFIX, '')
    .replace(/[\s\u00a0\u202f'’]/g, '');
  return separatedNumber(s);
}

/**
 * Digits with thousands separators and a decimal mark in either convention: "599,000",
 * "450.000" (thousands), "1.234.567,50", "599.99", "72,5" (decimals). A lone separator before
 * exactly three digits groups thousands; before one or two it is the decimal mark. Anything
 * else ("1.2345", "12,34,5") is ambiguous: null, never a wrong number.
 */
function separatedNumber(s: string): number | null {
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const marks = s.match(/[.,]/g) ?? [];
  let whole = s;
  let fraction = '';
  if (new Set(marks).size === 2) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const at = s.lastIndexOf(decimal);
    [whole, fraction] = [s.slice(0, at), s.slice(at + 1)];
    if (whole.includes(decimal)) return null;
  } else if (marks.length === 1) {
    const at = s.search(/[.,]/);
    const [before, after] = [s.slice(0, at), s.slice(at + 1)];
    // "450.000" groups thousands; "599.99", "72,5" and "0.125" carry decimals.
    const thousands = after.length === 3 && before !== '0';
    if (!thousands) {
      if (after.length > 2 && before !== '0') return null;
      [whole, fraction] = [before, after];
    }
  }
  const groups = whole.split(/[.,]/);
  const [first = '', ...rest] = groups;
  if (rest.length > 0 && (first.length > 3 || rest.some((group) => group.length !== 3)))
    return null;
  return Number(groups.join('') + (fraction ? `.${fraction}` : ''));
}

/** true, "true", "yes", 1 and "1" are true; anything else is false. */
export function flag(v: unknown): boolean {
  if (v === true || v === 1) return true;
  if (typeof v === 'string') return /^\s*(true|yes|1)\s*$/i.test(v);
  return false;
}

/** An id given as a string or as an embedded `{_id}` document. */
export function idOf(v: unknown): string | null {
  if (typeof v === 'string') return text(v);
  if (isRecord(v)) return text(v['_id']);
  return null;
}

/** Ids from a list of ids and/or embedded documents, in order, without duplicates. */
export function idsOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const ids = new Set<string>();
  for (const item of v) {
    const id = idOf(item);
    if (id) ids.add(id);
  }
  return [...ids];
}

/**
 * An http(s) link, or null. Anything else (javascript:, data:, file:, relative paths) is
 * dropped: these links end up in an `href`/`src` in the popup. Accepts a string or an object
 * carrying `url`/`src`/`href`; protocol-relative "//cdn…" links are read as https.
 */
export function httpUrl(v: unknown): string | null {
  let raw: unknown = v;
  if (isRecord(v)) raw = v['url'] ?? v['src'] ?? v['href'];
  if (typeof raw !== 'string') return null;
  let s = raw.trim();
  if (s.startsWith('//')) s = `https:${s}`;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** All http(s) links from a list, in order, without duplicates. */
export function httpUrls(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const item of v) {
    const url = httpUrl(item);
    if (url) out.add(url);
  }
  return [...out];
}

/** An ISO date-time from an ISO-ish string or epoch milliseconds, else null. */
export function isoDateTime(v: unknown): string | null {
  let ms: number;
  if (typeof v === 'number') ms = v;
  else if (typeof v === 'string' && v.trim() !== '') ms = Date.parse(v.trim());
  else return null;
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
