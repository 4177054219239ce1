/**
 * care ltv's per-customer figures in the terminal: P(no purchase in the churn window) under the
 * prediction summary, and with --intervals the customers of highest CLV (highest expected purchases
 * without amounts) with each interval beside its figure. Every customer is in --per-customer.
 */
import { say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { PredictiveLtv } from '../metrics/ltv/compute.js';
import { noPurchaseJson } from './ltv-contract.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from './format.js';
import { type CellValue, type Grid, gridText } from './grid.js';

/** Rows under the prediction summary: mean P(no purchase in the next N days) and how many are more likely than not to make none. */
export function noPurchaseRows(predictive: PredictiveLtv, lang?: Locale): Record<string, CellValue>[] {
  if (!predictive.noPurchase) return [];
  const json = noPurchaseJson(predictive.noPurchase);
  const days = String(json.days);
  return [
    { metric: gridText(say('table.ltv.meanNoPurchase', { days }), lang), value: formatPercent(json.meanProbability), raw: json.meanProbability },
    { metric: gridText(say('table.ltv.likelyNoPurchase', { days }), lang), value: `${formatInteger(json.likely)} (${formatPercent(json.likelyShare)})`, raw: json.likelyShare },
  ];
}

/** How many customers the terminal table shows. */
export const TOP_CUSTOMERS = 10;

/** `0.42 (0.31–0.55)`: a figure with its interval. */
function withInterval(value: number, lower: number | undefined, upper: number | undefined, format: (v: number) => string): string {
  if (!Number.isFinite(value)) return '–';
  if (lower === undefined || upper === undefined || !Number.isFinite(lower) || !Number.isFinite(upper)) return format(value);
  return `${format(value)} (${format(lower)}–${format(upper)})`;
}

/** With --intervals: the top customers by CLV (or expected purchases) with their intervals; undefined without intervals. */
export function customerIntervalsGrid(predictive: PredictiveLtv, currency?: string, count = TOP_CUSTOMERS): Grid | undefined {
  const { intervals, predictions, rfm, customerIds, noPurchase } = predictive;
  if (!intervals || !predictions) return undefined;
  const byClv = intervals.clv !== undefined && Array.prototype.some.call(predictions.clv, Number.isFinite);
  const score = byClv ? predictions.clv : predictions.expectedPurchases;
  const rows = Array.from({ length: score.length }, (_, row) => row)
    .filter((row) => Number.isFinite(score[row]))
    .sort((one, other) => score[other]! - score[one]! || customerIds[rfm.customer[one]!]!.localeCompare(customerIds[rfm.customer[other]!]!))
    .slice(0, count);
  const probability = (v: number) => v.toFixed(2);
  const money = (v: number) => formatMoney(v, currency);
  const columns: Grid['columns'] = [
    { key: 'customer', label: say('table.ltv.customer') },
    { key: 'x', label: say('table.ltv.repeatPurchases'), align: 'right' },
    { key: 'pAlive', label: 'P(alive)', align: 'right' },
    { key: 'expectedPurchases', label: say('table.ltv.expectedPurchasesColumn'), align: 'right' },
  ];
  if (byClv) columns.push({ key: 'clv', label: 'CLV', align: 'right' });
  if (noPurchase) columns.push({ key: 'pNoPurchase', label: say('table.ltv.pNone', { days: String(noPurchase.days) }), align: 'right' });
  return {
    title: say(byClv ? 'table.ltv.topByClv' : 'table.ltv.topByPurchases', { level: String(Math.round(intervals.level * 100)) }),
    columns,
    rows: rows.map((row) => ({
      customer: customerIds[rfm.customer[row]!]!,
      x: rfm.x[row]!,
      pAlive: withInterval(predictions.pAlive[row]!, intervals.pAlive.lower[row], intervals.pAlive.upper[row], probability),
      expectedPurchases: withInterval(predictions.expectedPurchases[row]!, intervals.expectedPurchases.lower[row], intervals.expectedPurchases.upper[row], (v) => formatDecimal(v)),
      ...(byClv ? { clv: withInterval(predictions.clv[row]!, intervals.clv!.lower[row], intervals.clv!.upper[row], money) } : {}),
      ...(noPurchase ? { pNoPurchase: probability(noPurchase.probability[row]!) } : {}),
    })),
    notes: [say('table.ltv.intervalsNote', { draws: formatInteger(intervals.draws), seed: String(intervals.seed) })],
  };
}
