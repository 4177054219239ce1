/**
 * The tracking chart in the terminal (metrics/ltv/tracking.ts): cumulative repeat purchases, expected
 * against actual, at a dozen weeks from the first purchase to the holdout's end (the calibration end's
 * week among them), and both curves as sparklines on one scale.
 */
import { say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { Tracking, TrackingPoint } from '../metrics/ltv/tracking.js';
import { formatDay } from '../time/days.js';
import { formatDecimal, formatInteger, formatPercent } from './format.js';
import { type CellValue, type Grid, gridText } from './grid.js';

const BARS = '▁▂▃▄▅▆▇█';
/** Rows of the table, and characters of a sparkline, at most. */
const MAX_ROWS = 13;
const MAX_SPARK = 60;

/** Up to `count` points evenly spread, always with the first, the last and `keep`. */
function sample(points: readonly TrackingPoint[], count: number, keep: number[] = []): TrackingPoint[] {
  if (points.length <= count) return [...points];
  const step = (points.length - 1) / (count - 1);
  const indexes = new Set<number>(keep.filter((index) => index >= 0 && index < points.length));
  for (let k = 0; k < count; k++) indexes.add(Math.round(k * step));
  return [...indexes].sort((a, b) => a - b).map((index) => points[index]!);
}

/** One character per value, 0 … max on the eight block heights. */
export function sparkline(values: readonly number[], max: number): string {
  return values.map((value) => BARS[max <= 0 ? 0 : Math.min(BARS.length - 1, Math.max(0, Math.round((value / max) * (BARS.length - 1))))]).join('');
}

/** The table and sparklines; the calibration end's mark and the sparklines' names in `lang` (English when absent). */
export function trackingGrid(tracking: Tracking, lang?: Locale): Grid | undefined {
  const { points } = tracking;
  if (points.length === 0) return undefined;
  const calibrationIndex = tracking.calibrationWeeks - 1;
  const rows: Record<string, CellValue>[] = sample(points, MAX_ROWS, [calibrationIndex]).map((point) => ({
    week: point.week === calibrationIndex + 1 ? gridText(say('table.tracking.calibrationWeek', { week: String(point.week) }), lang) : String(point.week),
    end: formatDay(point.day),
    expected: formatDecimal(point.expected),
    actual: formatInteger(point.actual),
    difference: point.actual > 0 ? formatPercent((point.expected - point.actual) / point.actual) : '–',
  }));
  const spark = sample(points, MAX_SPARK, [calibrationIndex]);
  const max = Math.max(...spark.map((point) => Math.max(point.expected, point.actual)));
  const marker = spark.findIndex((point) => point.week >= calibrationIndex + 1);
  // The two sparklines start in one column, after the longer name and a space.
  const expected = gridText(say('table.tracking.expected'), lang);
  const actual = gridText(say('table.tracking.actual'), lang);
  const width = Math.max(expected.length, actual.length) + 1;
  return {
    title: say('table.tracking.title'),
    columns: [
      { key: 'week', label: say('table.tracking.week'), align: 'right' },
      { key: 'end', label: say('table.tracking.weekEnding') },
      { key: 'expected', label: say('table.tracking.expected'), align: 'right' },
      { key: 'actual', label: say('table.tracking.actual'), align: 'right' },
      { key: 'difference', label: say('table.tracking.difference'), align: 'right' },
    ],
    rows,
    notes: [
      `${expected.padEnd(width)}${sparkline(spark.map((point) => point.expected), max)}`,
      `${actual.padEnd(width)}${sparkline(spark.map((point) => point.actual), max)}`,
      `${' '.repeat(width)}${' '.repeat(Math.max(0, marker))}^ ${gridText(say('table.tracking.markerNote'), lang)}`,
    ],
  };
}
