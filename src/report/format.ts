/** Number formats for tables: thousands separators, one-decimal percentages, money from minor units. */

/** Text from data shown on a terminal: control characters and bidi overrides escaped (src/text/escape.ts). */
export { escapeControls } from '../text/escape.js';

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `12,345`; `–` for null. */
export function formatInteger(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : integerFormat.format(value);
}

/** A 0–1 fraction as `90.0%`; `–` for null (S = 0 has no rate). */
export function formatPercent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined || Number.isNaN(fraction) ? '–' : `${(fraction * 100).toFixed(1)}%`;
}

/** Money in minor units (`1,234.56 USD`, `1,200 JPY`) and as a major-unit number for JSON: src/money. */
export { formatMoney, toMajor } from '../money/index.js';

/** `2.35`. */
export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : decimalFormat.format(value);
}

/** A fraction rounded for JSON: rates keep 6 decimals, enough for any table and stable in diffs. */
export function roundFraction(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}
