/**
 * `care retention --compare`: each metric of the last complete period against the complete
 * period before it — counts as an absolute (and relative) change, rates in percentage points —
 * as a grid for table, Markdown and CSV, and the JSON under `compare`.
 */
import { type MessageKey, say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { PeriodRow } from '../metrics/retention.js';
import { newcombeDifference } from '../metrics/wilson.js';
import { formatInteger, formatPercent, roundFraction } from './format.js';
import { type CellValue, type Grid, gridText } from './grid.js';

type CountKey = 'customersAtStart' | 'new' | 'reactivated' | 'retained' | 'lost' | 'customersAtEnd';
type RateKey = 'retentionRate' | 'churnRate';

/** Compared metrics in table order, with their labels (as in the period table). */
const METRICS: readonly { key: CountKey | RateKey; label: MessageKey; rate: boolean }[] = [
  { key: 'customersAtStart', label: 'table.periodGrid.atStart', rate: false },
  { key: 'new', label: 'table.periodGrid.new', rate: false },
  { key: 'reactivated', label: 'table.periodGrid.reactivated', rate: false },
  { key: 'retained', label: 'table.periodGrid.retained', rate: false },
  { key: 'lost', label: 'table.periodGrid.lost', rate: false },
  { key: 'customersAtEnd', label: 'table.periodGrid.atEnd', rate: false },
  { key: 'retentionRate', label: 'table.periodGrid.crr', rate: true },
  { key: 'churnRate', label: 'table.periodGrid.churn', rate: true },
];

/** The change of one metric. For counts `relativeChange` (null when the previous value is 0); for rates `changePoints`. */
export interface MetricChange {
  current: number | null;
  previous: number | null;
  /** current − previous (a 0–1 difference for rates); null when either is missing. */
  change: number | null;
  relativeChange?: number | null;
  changePoints?: number | null;
  /** Rates: the 95% interval of the change (Newcombe's, from the two Wilson intervals; metrics/wilson.ts), 0–1 differences. */
  changeInterval?: { low: number; high: number } | null;
}

/** The count behind each rate, of the customers at the start: CRR = retained / S, churn = lost / S. */
const RATE_COUNT: Record<RateKey, 'retained' | 'lost'> = { retentionRate: 'retained', churnRate: 'lost' };

export interface PeriodComparison {
  period: string;
  previousPeriod: string;
  /** The partial period left out of the comparison, if any. */
  partialPeriod: string | null;
  metrics: Record<CountKey | RateKey, MetricChange>;
}

/** Compares the last two complete periods; null when there are fewer than two. */
export function comparePeriods(periods: readonly PeriodRow[]): PeriodComparison | null {
  const complete = periods.filter((row) => !row.partial);
  if (complete.length < 2) return null;
  const current = complete[complete.length - 1]!;
  const previous = complete[complete.length - 2]!;
  const partial = periods.find((row) => row.partial);
  const metrics = {} as PeriodComparison['metrics'];
  for (const { key, rate } of METRICS) {
    const now = current[key];
    const before = previous[key];
    const change = now === null || before === null ? null : now - before;
    metrics[key] = rate
      ? { current: now, previous: before, change, changePoints: change === null ? null : change * 100, changeInterval: changeInterval(current, previous, key as RateKey) }
      : { current: now, previous: before, change, relativeChange: change === null || !before ? null : change / before! };
  }
  return { period: current.period, previousPeriod: previous.period, partialPeriod: partial?.period ?? null, metrics };
}

function changeInterval(current: PeriodRow, previous: PeriodRow, key: RateKey): { low: number; high: number } | null {
  const count = RATE_COUNT[key];
  const interval = newcombeDifference(current[count], current.customersAtStart, previous[count], previous.customersAtStart);
  return interval === null ? null : { low: interval.low, high: interval.high };
}

/** The comparison as JSON: fractions 0–1 (6 decimals), points to 2 decimals; null stays null. */
export function compareJson(comparison: PeriodComparison | null) {
  if (comparison === null) return null;
  const metrics: Record<string, MetricChange> = {};
  for (const { key, rate } of METRICS) {
    const m = comparison.metrics[key];
    metrics[key] = rate
      ? {
          current: roundFraction(m.current), previous: roundFraction(m.previous), change: roundFraction(m.change), changePoints: roundPoints(m.changePoints ?? null),
          changeInterval: m.changeInterval ? { low: roundFraction(m.changeInterval.low) as number, high: roundFraction(m.changeInterval.high) as number } : null,
        }
      : { current: m.current, previous: m.previous, change: m.change, relativeChange: roundFraction(m.relativeChange ?? null) };
  }
  return { period: comparison.period, previousPeriod: comparison.previousPeriod, partialPeriod: comparison.partialPeriod, metrics };
}

function roundPoints(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The grid for table and Markdown: Metric | previous | current | Change; the metric names and units in `lang` (English when absent). */
export function compareGrid(comparison: PeriodComparison | null, lang?: Locale): Grid {
  if (comparison === null) {
    return {
      title: say('table.compare.noneTitle'),
      columns: [{ key: 'note', label: say('table.compare.note') }],
      rows: [{ note: gridText(say('table.compare.tooFew'), lang) }],
    };
  }
  const points = (value: number | null) => pointsText(value, lang);
  const rows = METRICS.map(({ key, label, rate }) => {
    const m = comparison.metrics[key];
    const text = (value: number | null) => (rate ? formatPercent(value) : formatInteger(value));
    const interval = m.changeInterval ? ` ${gridText(say('table.compare.interval', { low: points(m.changeInterval.low * 100), high: points(m.changeInterval.high * 100) }), lang)}` : '';
    const change = rate ? `${points(m.changePoints ?? null)}${interval}` : countChangeText(m.change, m.relativeChange ?? null);
    return { metric: gridText(say(label), lang), previous: text(m.previous), current: text(m.current), change } satisfies Record<string, CellValue>;
  });
  const notes = [say('table.compare.note.howRead')];
  if (comparison.partialPeriod !== null) notes.push(say('table.compare.note.partial', { period: comparison.partialPeriod }));
  return {
    title: say('table.compare.title', { period: comparison.period, previous: comparison.previousPeriod }),
    columns: [
      { key: 'metric', label: say('table.compare.metric') },
      { key: 'previous', label: comparison.previousPeriod, align: 'right' },
      { key: 'current', label: comparison.period, align: 'right' },
      { key: 'change', label: say('table.compare.change'), align: 'right' },
    ],
    rows,
    notes,
  };
}

/** The comparison for CSV: one row per metric, raw numbers, fractions 0–1. */
export function compareCsvGrid(comparison: PeriodComparison | null): Grid {
  const keys = ['metric', 'previousPeriod', 'previous', 'period', 'current', 'change', 'relativeChange', 'changePoints'];
  const json = compareJson(comparison);
  const rows =
    json === null
      ? []
      : METRICS.map(({ key }) => {
          const m = json.metrics[key]!;
          return { metric: key, previousPeriod: json.previousPeriod, previous: m.previous, period: json.period, current: m.current, change: m.change, relativeChange: m.relativeChange ?? null, changePoints: m.changePoints ?? null };
        });
  return { columns: keys.map((key) => ({ key, label: key })), rows };
}

/** `+3 (+25.0%)`, `-2 (-10.0%)`, `0`; `–` when unknown. */
function countChangeText(change: number | null, relative: number | null): string {
  if (change === null) return '–';
  if (change === 0) return '0';
  const absolute = `${signOf(change)}${formatInteger(Math.abs(change))}`;
  return relative === null ? absolute : `${absolute} (${signOf(relative)}${(Math.abs(relative) * 100).toFixed(1)}%)`;
}

/** `+5.0 pt`, `-1.2 pt`, `0.0 pt` (the unit in `lang`); `–` when a rate is missing. */
function pointsText(points: number | null, lang: Locale | undefined): string {
  if (points === null) return '–';
  const rounded = Number(points.toFixed(1));
  const value = rounded === 0 ? '0.0' : `${signOf(rounded)}${Math.abs(rounded).toFixed(1)}`;
  return gridText(say('table.compare.points', { value }), lang);
}

function signOf(value: number): string {
  return value > 0 ? '+' : '-';
}
