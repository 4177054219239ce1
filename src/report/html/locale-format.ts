/**
 * Numbers, money, dates and period labels for the page, per locale with Intl. The JSON carries
 * money in major units and dates as ISO strings; nothing here reads a clock or the environment.
 */
import { formatMajor } from '../../money/index.js';
import { parseIsoDay, utcMillisOfDay } from '../../time/days.js';
import type { HtmlLocale } from './labels.js';

const INTL_LOCALE: Record<HtmlLocale, string> = { en: 'en-US', ru: 'ru-RU', bg: 'bg-BG' };

/** The formatters of one page: one locale and the export's currency (null when unknown). */
export interface LocaleFormat {
  locale: HtmlLocale;
  integer: (value: number | null | undefined) => string;
  /** Two decimals, for ratios like orders per customer. */
  decimal: (value: number | null | undefined, digits?: number) => string;
  /** A 0–1 fraction with one decimal: `79.7%`, `79,7 %`. */
  percent: (fraction: number | null | undefined) => string;
  /** A 0–1 fraction for axis ticks: whole percent. */
  percentTick: (fraction: number) => string;
  /** A signed difference of fractions in percentage points with one decimal: `+4.2`. */
  pointsChange: (fraction: number | null | undefined) => string;
  /** NPS and its changes (already in points): `+16.7`. */
  signed: (points: number | null | undefined) => string;
  /** Money in major units with the currency (the decimals of its minor unit: src/money). */
  money: (major: number | null | undefined) => string;
  /** Money rounded to whole units, for the headline cards. */
  moneyWhole: (major: number | null | undefined) => string;
  /** Money for axis ticks: compact, no currency (the axis title names it). */
  moneyTick: (major: number) => string;
  /** An ISO date `2026-03-05` as a long local date. */
  date: (iso: string) => string;
  /** A period label of the JSON (`2025-10`, `2025-Q1`, `2025-W03`, `2025`) in the locale. */
  period: (label: string) => string;
}

const DASH = '–';

/** Formatters for a locale and currency. */
export function localeFormat(locale: HtmlLocale, currency: string | null): LocaleFormat {
  const tag = INTL_LOCALE[locale];
  const integerFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimalFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percentTickFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const signedFormat = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  // Intl's currency style with the narrow symbol (`₽`, `€`: the page's subtitle names the code);
  // a label that is no ISO code (--currency points) comes after the number.
  const moneyStyle = { locale: tag, display: 'narrowSymbol', unknown: 'after' } as const;
  const tickFormat = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || !Number.isFinite(value);
  return {
    locale,
    integer: (value) => (missing(value) ? DASH : integerFormat.format(value)),
    decimal: (value, digits = 2) => {
      if (missing(value)) return DASH;
      let format = decimalFormats.get(digits);
      if (!format) decimalFormats.set(digits, (format = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
      return format.format(value);
    },
    percent: (fraction) => (missing(fraction) ? DASH : percentFormat.format(fraction)),
    percentTick: (fraction) => percentTickFormat.format(fraction),
    pointsChange: (fraction) => (missing(fraction) ? DASH : signedFormat.format(Math.round(fraction * 1000) / 10)),
    signed: (points) => (missing(points) ? DASH : signedFormat.format(Math.round(points * 10) / 10)),
    money: (major) => formatMajor(major, currency, moneyStyle),
    moneyWhole: (major) => formatMajor(major, currency, { ...moneyStyle, whole: true }),
    moneyTick: (major) => tickFormat.format(major),
    date: (iso) => {
      const day = parseIsoDay(iso);
      return day === undefined ? iso : dateFormat.format(utcMillisOfDay(day));
    },
    period: (label) => periodLabel(label, locale, monthFormat),
  };
}

const QUARTER: Record<HtmlLocale, (quarter: string, year: string) => string> = {
  en: (quarter, year) => `Q${quarter} ${year}`,
  ru: (quarter, year) => `${quarter} кв. ${year}`,
  bg: (quarter, year) => `${quarter} трим. ${year}`,
};

/** Months and quarters read better spelled out; ISO weeks and years are already clear. */
function periodLabel(label: string, locale: HtmlLocale, monthFormat: Intl.DateTimeFormat): string {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return monthFormat.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return QUARTER[locale](quarter[2]!, quarter[1]!);
  return label;
}
