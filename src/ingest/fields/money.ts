/**
 * Money cells → integer amounts, by scanning char codes.
 * Accepted: `1234.56`, `1,234.56`, `1 234,56` (also with no-break or thin spaces), `1.234,56`,
 * `1234,56`, currency signs and codes before or after (`$`, `€`, `£`, `₽`, `руб.`, `лв.`, `RUB`…),
 * `(12.00)` and `-12.00` (also `12.00-`) as negative.
 *
 * Values come back in ten-thousandths of the unit (`MONEY_SCALE`), so line prices with three or
 * four decimals (UCI Online Retail has some) multiply by quantities without rounding; orders are
 * rounded to integer minor units (cents, kopecks, yen, fils: src/money/currencies.ts) once, when
 * they are complete.
 */
import { minorPerMajor } from '../../money/currencies.js';

export const MONEY_SCALE = 10_000;

export interface MoneyCell {
  ok: boolean;
  /** In 1/MONEY_SCALE of the unit. */
  value: number;
  /** ISO 4217 code when a sign or code was written. */
  currency: string | undefined;
}

const BAD: MoneyCell = { ok: false, value: 0, currency: undefined };

/** Signs and codes, lower-case, as they may be written next to amounts. */
const CURRENCY_WORDS: Record<string, string> = {
  $: 'USD', usd: 'USD', us$: 'USD',
  '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP',
  '₽': 'RUB', rub: 'RUB', 'руб': 'RUB', 'руб.': 'RUB', 'р.': 'RUB', 'р': 'RUB', rur: 'RUB',
  'лв': 'BGN', 'лв.': 'BGN', bgn: 'BGN',
  '₴': 'UAH', uah: 'UAH', 'грн': 'UAH', 'грн.': 'UAH',
  '₸': 'KZT', kzt: 'KZT',
  '¥': 'JPY', '￥': 'JPY', '₩': 'KRW', '₫': 'VND',
  chf: 'CHF', pln: 'PLN', 'zł': 'PLN', czk: 'CZK', 'kč': 'CZK', ron: 'RON', try: 'TRY', '₺': 'TRY',
};

/** The ISO code for a currency cell or sign (`руб.` → RUB), or undefined when unknown. */
export function currencyCode(text: string): string | undefined {
  const word = text.trim().toLowerCase();
  if (word === '') return undefined;
  const known = CURRENCY_WORDS[word];
  if (known) return known;
  const code = word.toUpperCase();
  return ISO_CURRENCIES.has(code) ? code : undefined;
}

/** ISO 4217 codes Intl knows, so `12 pcs` is not read as an amount in "PCS". */
const ISO_CURRENCIES = new Set<string>(Intl.supportedValuesOf('currency'));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces that may group thousands: space, no-break, narrow no-break, thin, apostrophe (Swiss). */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019;
}

/**
 * The allocation-free path for plain amounts (`123.45`, `-7`, `1234,5` in a decimal-comma
 * file): the value in MONEY_SCALE units, or NaN when the cell needs the full readMoney
 * (currency signs, grouping, parentheses, a three-digit fraction that may be a thousands mark).
 * Reads `text` from `from` to `to`.
 */
export function readPlainMoney(text: string, decimalComma: boolean, from = 0, to = text.length): number {
  const n = to;
  let i = from;
  let negative = false;
  if (n === from) return Number.NaN;
  if (text.charCodeAt(from) === 45) {
    negative = true;
    i = from + 1;
  }
  let whole = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  let fraction = 0;
  if (i < n) {
    const c = text.charCodeAt(i);
    if (c !== (decimalComma ? 44 : 46)) return Number.NaN;
    const fractionDigits = n - i - 1;
    if (fractionDigits < 1 || fractionDigits > 4) return Number.NaN;
    for (let k = i + 1; k < n; k++) {
      const d = text.charCodeAt(k);
      if (d < 48 || d > 57) return Number.NaN;
      fraction = fraction * 10 + (d - 48);
    }
    if (fractionDigits === 3 && decimalComma) return Number.NaN; // "1,234": let readMoney decide
    for (let k = fractionDigits; k < 4; k++) fraction *= 10;
  }
  const value = whole * MONEY_SCALE + fraction;
  return negative ? -value : value;
}

/**
 * Reads a money cell. `decimalComma` says how to read a lone comma followed by exactly three
 * digits (`1,234`): a thousands separator in English exports, a decimal comma in Russian ones.
 */
export function readMoney(text: string, decimalComma = false): MoneyCell {
  const n = text.length;
  let start = 0;
  let end = n;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (start === end) return BAD;

  let negative = false;
  if (text.charCodeAt(start) === 40 && text.charCodeAt(end - 1) === 41) {
    negative = true; // (12.00)
    start++;
    end--;
  }
  // Find the numeric run: from the first digit (or sign/point before one) to the last digit.
  let first = start;
  while (first < end && !isDigit(text.charCodeAt(first))) first++;
  if (first === end) return BAD;
  let last = end - 1;
  while (!isDigit(text.charCodeAt(last))) last--;
  let currency: string | undefined;
  const prefix = text.slice(start, first);
  const suffix = text.slice(last + 1, end);
  const prefixCore = stripSign(prefix);
  if (prefixCore.negative) negative = !negative;
  const suffixCore = stripSign(suffix);
  if (suffixCore.negative) negative = !negative;
  // A leading "." or "," right before the digits belongs to the number (".5").
  let numberStart = first;
  let prefixWord = prefixCore.rest;
  const lastPrefixChar = prefixWord.charCodeAt(prefixWord.length - 1);
  if (lastPrefixChar === 46 || lastPrefixChar === 44) {
    prefixWord = prefixWord.slice(0, -1);
    numberStart--;
  }
  for (const word of [prefixWord, suffixCore.rest]) {
    const trimmed = word.trim();
    if (trimmed === '') continue;
    const code = currencyCode(trimmed);
    if (code === undefined) return BAD;
    if (currency !== undefined && currency !== code) return BAD;
    currency = code;
  }

  // Locate the decimal separator: the last '.' or ',' in the run, unless it is a thousands mark.
  let lastDot = -1;
  let lastComma = -1;
  let dots = 0;
  let commas = 0;
  for (let i = numberStart; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      lastDot = i;
      dots++;
    } else if (c === 44) {
      lastComma = i;
      commas++;
    } else if (!isDigit(c) && !isGroupSpace(c)) return BAD;
  }
  let decimalAt = -1;
  if (dots > 0 && commas > 0) decimalAt = Math.max(lastDot, lastComma);
  else if (dots === 1) decimalAt = decimalComma && last - lastDot === 3 ? -1 : lastDot; // "1.234" in a decimal-comma file is a thousand
  else if (commas === 1) decimalAt = !decimalComma && last - lastComma === 3 ? -1 : lastComma;
  const decimalChar = decimalAt === -1 ? -1 : text.charCodeAt(decimalAt);
  if (decimalAt !== -1 && ((decimalChar === 46 && dots > 1) || (decimalChar === 44 && commas > 1))) return BAD;
  if (!groupsAreThousands(text, numberStart, decimalAt === -1 ? last + 1 : decimalAt)) return BAD;

  let whole = 0;
  let fraction = 0;
  let fractionDigits = 0;
  for (let i = numberStart; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) continue;
    if (decimalAt !== -1 && i > decimalAt) {
      if (fractionDigits === 4) {
        // Round half up on the fifth decimal; further digits cannot change that.
        if (c >= 53) fraction++;
        break;
      }
      fraction = fraction * 10 + (c - 48);
      fractionDigits++;
    } else whole = whole * 10 + (c - 48);
  }
  while (fractionDigits < 4) {
    fraction *= 10;
    fractionDigits++;
  }
  const value = whole * MONEY_SCALE + fraction;
  if (!Number.isSafeInteger(value)) return BAD;
  return { ok: true, value: negative ? -value : value, currency };
}

/**
 * Grouping marks (`,` `.` spaces) in the whole part must separate groups of exactly three
 * digits after a first group of one to three: `1 234 567`, not `12..5` or `1.23.456`.
 */
function groupsAreThousands(text: string, from: number, to: number): boolean {
  let digits = 0;
  let groups = 0;
  let previousWasMark = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      previousWasMark = false;
      continue;
    }
    if (previousWasMark || digits === 0 || (groups === 0 ? digits > 3 : digits !== 3)) return false;
    groups++;
    digits = 0;
    previousWasMark = true;
  }
  return groups === 0 || digits === 3;
}

function stripSign(word: string): { negative: boolean; rest: string } {
  const trimmed = word.trim();
  if (trimmed.startsWith('-') || trimmed.startsWith('−')) return { negative: true, rest: trimmed.slice(1) };
  if (trimmed.endsWith('-') || trimmed.endsWith('−')) return { negative: true, rest: trimmed.slice(0, -1) };
  return { negative: false, rest: trimmed };
}

/**
 * A MONEY_SCALE amount rounded to integer minor units of the currency (half away from zero):
 * hundredths without a currency, whole yen for JPY, thousandths for KWD. `scalePerMinor` is
 * MONEY_SCALE / minor units per major unit (minorScale(currency)), passed by per-row callers.
 */
export function toMinorUnits(scaled: number, scalePerMinor: number = minorScale()): number {
  const minor = scaled / scalePerMinor;
  return minor < 0 ? -Math.round(-minor) : Math.round(minor);
}

/** MONEY_SCALE units per minor unit of a currency: 100 with no currency or USD, 10_000 for JPY, 10 for KWD. */
export function minorScale(currency?: string | null): number {
  return MONEY_SCALE / minorPerMajor(currency);
}

/** Reads a plain number such as a quantity (`6`, `-2`, `1,5`, `2.0`); NaN when it is not one. */
export function readNumber(text: string): number {
  const cell = readMoney(text, text.includes(',') && !text.includes('.'));
  return cell.ok && cell.currency === undefined ? cell.value / MONEY_SCALE : Number.NaN;
}

/**
 * The decimal parser for numbers written by people (template data, options): `1234.56`,
 * `1,234.56`, `1 234,56`, `1.234,56`, `12,5`; undefined when the text is not one number or names
 * a currency. A lone comma before three digits (`1,234`) groups thousands, as readMoney reads it.
 * Up to four decimals (MONEY_SCALE); a fifth rounds.
 */
export function readDecimal(text: string): number | undefined {
  const cell = readMoney(text);
  return cell.ok && cell.currency === undefined ? cell.value / MONEY_SCALE : undefined;
}

/**
 * Whether a column writes decimals with a comma, from its cells: `12,50` and `1.234,56` say
 * comma, `12.50` and `1,234.56` say point (a separator followed by 1, 2 or 4 digits and then
 * nothing but a currency). With no such cell, `fallback` (semicolon files use decimal commas).
 */
export function decimalCommaFromCells(cells: Iterable<string>, fallback: boolean): boolean {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    const match = /([.,])(\d+)[^\d.,]*$/.exec(cell.trim());
    if (match === null || match[2]!.length === 3 || match[2]!.length > 4) continue;
    if (match[1] === ',') comma++;
    else point++;
  }
  if (comma === point) return fallback;
  return comma > point;
}
