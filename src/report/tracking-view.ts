/**
 * The tracking chart in the terminal (metrics/ltv/tracking.ts): cumulative repeat purchases, expected
 * against actual, at a dozen weeks from the first purchase to the holdout's end (the calibration end's
 * week among them), and both curves as sparklines on one scale.
 */
import type { Tracking, TrackingPoint } from '../metrics/ltv/tracking.js';
import { formatDay } from '../time/days.js';
import { formatDecimal, formatInteger, formatPercent } from './format.js';
import type { CellValue, Grid } from './grid.js';

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

export function trackingGrid(tracking: Tracking): Grid | undefined {
  const { points } = tracking;
  if (points.length === 0) return undefined;
  const calibrationIndex = tracking.calibrationWeeks - 1;
  const rows: Record<string, CellValue>[] = sample(points, MAX_ROWS, [calibrationIndex]).map((point) => ({
    week: point.week === calibrationIndex + 1 ? `${point.week} (calibration end)` : String(point.week),
    end: formatDay(point.day),
    expected: formatDecimal(point.expected),
    actual: formatInteger(point.actual),
    difference: point.actual > 0 ? formatPercent((point.expected - point.actual) / point.actual) : '–',
  }));
  const spark = sample(points, MAX_SPARK, [calibrationIndex]);
  const max = Math.max(...spark.map((point) => Math.max(point.expected, point.actual)));
  const marker = spark.findIndex((point) => point.week >= calibrationIndex + 1);
  return {
    title: 'Tracking: cumulative repeat purchases, expected vs actual',
    columns: [
      { key: 'week', label: 'Week', align: 'right' },
      { key: 'end', label: 'Week ending' },
      { key: 'expected', label: 'Expected', align: 'right' },
      { key: 'actual', label: 'Actual', align: 'right' },
      { key: 'difference', label: 'Expected vs actual', align: 'right' },
    ],
    rows,
    notes: [
      `Expected ${sparkline(spark.map((point) => point.expected), max)}`,
      `Actual   ${sparkline(spark.map((point) => point.actual), max)}`,
      `         ${' '.repeat(Math.max(0, marker))}^ calibration end. Expected: each customer's E[X(t)] from the first purchase, summed (docs/definitions.md, "The tracking chart"); every week in JSON.`,
    ],
  };
}
