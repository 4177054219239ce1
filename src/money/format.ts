/**
 * The one money formatter: tables, the HTML page and e-mail templates all show amounts through
 * it, with as many decimals as the currency's minor unit has (currencies.ts).
 */
import { currencyExponent, minorPerMajor, toMajor } from './currencies.js';

/**
 * How the currency is shown: `code` writes the amount and the code after it (`1,234.56 USD`, the
 * tables); `symbol` and `narrowSymbol` are Intl's currency style (`$1,234.56`, `1 234,56 ₽`);
 * `none` the amount alone, with the currency's decimals (a table whose next column names it).
 */
export type MoneyDisplay = 'code' | 'symbol' | 'narrowSymbol' | 'none';

export interface MoneyFormatOptions {
  /** A BCP 47 tag; default `en-US`. */
  locale?: string;
  /** Default `code`. */
  display?: MoneyDisplay;
  /** Rounded to whole units (headline cards). */
  whole?: boolean;
  /**
   * With a symbol display and a label Intl cannot take as a currency (`--currency points`):
   * `after` shows the number and the label after a no-break space, `throw` lets the RangeError through.
   */
  unknown?: 'after' | 'throw';
}

const DASH = '–';
const formats = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formats.get(key);
  if (format === undefined) formats.set(key, (format = make()));
  return format;
}

/** A major-unit amount with its currency; `–` for null, undefined, NaN or infinity. */
export function formatMajor(major: number | null | undefined, currency?: string | null, options: MoneyFormatOptions = {}): string {
  if (major === null || major === undefined || !Number.isFinite(major)) return DASH;
  const tag = options.locale ?? 'en-US';
  const digits = options.whole ? 0 : currencyExponent(currency);
  const display = options.display ?? 'code';
  const plain = cached(`${tag}|${digits}`, () => new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  if (currency === undefined || currency === null || currency === '') return plain.format(major);
  if (display === 'none') return plain.format(major);
  if (display === 'code') return `${plain.format(major)} ${currency}`;
  const key = `${tag}|${digits}|${display}|${currency}`;
  let styled = formats.get(key);
  if (styled === undefined) {
    try {
      styled = new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: display, minimumFractionDigits: digits, maximumFractionDigits: digits });
    } catch (error) {
      // Not an ISO 4217 code (a custom label from --currency).
      if (options.unknown === 'throw') throw error;
      return `${plain.format(major)}\u00a0${currency}`;
    }
    formats.set(key, styled);
  }
  return styled.format(major);
}

/** Integer minor units as a plain major-unit number with the currency's decimals and no grouping: `1234.56`, `1200`, `12.345`. */
export function formatPlainMoney(minor: number, currency?: string | null): string {
  return toMajor(minor, currency).toFixed(currencyExponent(currency));
}

/** Integer minor units with the currency: `1,234.56 USD`, `1,200 JPY`, `12.345 KWD`; `–` for null. */
export function formatMoney(minor: number | null | undefined, currency?: string | null, options: MoneyFormatOptions | string = {}): string {
  const resolved = typeof options === 'string' ? { locale: options } : options;
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return DASH;
  // Not rounded to whole minor units first: model averages carry fractions, Intl rounds once.
  return formatMajor(minor / minorPerMajor(currency), currency, resolved);
}
