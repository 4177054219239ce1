/**
 * Handlebars helpers: money, dates, numbers and plural forms per locale, all through Intl.
 * Helpers only read their own arguments; none looks properties up by a name taken from data,
 * so none can reach an object's prototype.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { formatMajor, readDecimal } from '../money/index.js';
import { parseIsoDay, utcMillisOfDay } from '../time/days.js';
import type { Locale } from './types.js';

/** The options object Handlebars passes as a helper's last argument. */
interface HelperOptions {
  hash: Record<string, unknown>;
}

type Helper = (...args: unknown[]) => string;

// Intl separates groups and currency with U+00A0 in ru and bg, and some ICU versions with
// U+202F (narrow no-break space). We emit U+00A0 everywhere: it keeps "1 234,56 ₽" on one line
// in mail clients and renders in every font, which U+202F does not.
const NARROW_NBSP = /\u202f/g;

function splitArgs(args: unknown[]): { values: unknown[]; hash: Record<string, unknown> } {
  const last = args.at(-1) as HelperOptions | undefined;
  return { values: args.slice(0, -1), hash: last?.hash ?? {} };
}

function toNumber(value: unknown, helper: string): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? readDecimal(value) : undefined;
  if (number === undefined || !Number.isFinite(number)) {
    throw new UsageError('CARE_BAD_VALUE', `{{${helper}}} needs a number, got "${String(value)}"`, {
      say: say('error.helperNeedsNumber', { helper, value: String(value) }),
    });
  }
  return number;
}

/**
 * Formats an amount in major units with its ISO currency code: `1 234,56 ₽` (ru), `$1,234.56` (en),
 * `¥1,200`, `KWD 12.345`: the decimals of the currency's minor unit (src/money).
 */
export function formatMoney(amount: number | string, currency: string, locale: Locale): string {
  const code = String(currency).trim().toUpperCase();
  const notIso = () => new UsageError('CARE_BAD_VALUE', `"${currency}" is not an ISO currency code`, {
    hint: 'use a three-letter code such as RUB, USD, EUR or BGN',
    say: say('error.notCurrencyCode', { value: String(currency) }),
    hintSay: say('hint.currencyCode'),
  });
  if (code === '') throw notIso();
  try {
    formatMajor(0, code, { locale, display: 'symbol', unknown: 'throw' });
  } catch {
    throw notIso();
  }
  return formatMajor(toNumber(amount, 'money'), code, { locale, display: 'symbol', unknown: 'throw' }).replace(NARROW_NBSP, '\u00a0');
}

/** Formats a plain number with the locale's separators. */
export function formatNumber(value: number | string, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(toNumber(value, 'number')).replace(NARROW_NBSP, '\u00a0');
}

/** The date styles templates may ask for. */
export type DateStyle = 'long' | 'short' | 'weekday';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  short: { dateStyle: 'short' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long' },
};

/** Formats an ISO date (YYYY-MM-DD) per locale; the calendar date is kept as written (UTC). */
export function formatDate(iso: string, locale: Locale, style: DateStyle = 'long'): string {
  const day = parseIsoDay(String(iso), { time: true });
  if (day === undefined) {
    throw new UsageError('CARE_BAD_VALUE', `"${String(iso)}" is not an ISO date (YYYY-MM-DD)`, { say: say('error.notIsoDateHelper', { value: String(iso) }) });
  }
  return new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone: 'UTC' }).format(utcMillisOfDay(day));
}

/** The plural forms a template offers; any may be missing, `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Picks the plural form for a count with Intl.PluralRules: Russian has one/few/many
 * (1 день, 2 дня, 5 дней, 21 день), English and Bulgarian one/other.
 */
export function pluralWord(count: number | string, forms: PluralForms, locale: Locale): string {
  const category = new Intl.PluralRules(locale).select(toNumber(count, 'plural'));
  const word = forms[category] ?? forms.other ?? forms.many ?? forms.one;
  if (word === undefined) {
    throw new UsageError('CARE_BAD_TEMPLATE', `{{plural}} has no form for "${category}"`, {
      hint: 'give the forms as one="…" few="…" many="…" other="…"',
      say: say('error.pluralNoForm', { category }),
      hintSay: say('hint.pluralForms'),
    });
  }
  return word;
}

/** A count with its plural form: `5 дней`, `21 день`, `1 day`. */
export function formatCount(count: number | string, forms: PluralForms, locale: Locale): string {
  return `${formatNumber(count, locale)} ${pluralWord(count, forms, locale)}`;
}

const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

// Only the fixed category names are read from the hash, never a key chosen by data.
function formsFrom(hash: Record<string, unknown>): PluralForms {
  const forms: PluralForms = {};
  for (const category of PLURAL_CATEGORIES) {
    const value = Object.hasOwn(hash, category) ? hash[category] : undefined;
    if (typeof value === 'string') forms[category] = value;
  }
  return forms;
}

function asDateStyle(value: unknown): DateStyle {
  if (value === undefined) return 'long';
  if (value === 'long' || value === 'short' || value === 'weekday') return value;
  throw new UsageError('CARE_BAD_TEMPLATE', `{{date}} style "${String(value)}" is unknown`, {
    hint: 'use "long", "short" or "weekday"',
    say: say('error.dateStyleUnknown', { value: String(value) }),
    hintSay: say('hint.dateStyles'),
  });
}

/** The helpers every template gets, bound to a locale. */
export function createHelpers(locale: Locale): Record<string, Helper> {
  return {
    money: (...args) => {
      const { values } = splitArgs(args);
      return formatMoney(values[0] as number | string, String(values[1] ?? ''), locale);
    },
    number: (...args) => formatNumber(splitArgs(args).values[0] as number | string, locale),
    date: (...args) => {
      const { values } = splitArgs(args);
      return formatDate(String(values[0]), locale, asDateStyle(values[1]));
    },
    plural: (...args) => {
      const { values, hash } = splitArgs(args);
      return formatCount(values[0] as number | string, formsFrom(hash), locale);
    },
    pluralWord: (...args) => {
      const { values, hash } = splitArgs(args);
      return pluralWord(values[0] as number | string, formsFrom(hash), locale);
    },
  };
}

/** Names of the helpers above, so the variable scanner does not take them for variables. */
export const HELPER_NAMES: ReadonlySet<string> = new Set(['money', 'number', 'date', 'plural', 'pluralWord']);
