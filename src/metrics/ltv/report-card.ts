/**
 * How good the predictive model is on a holdout (`care ltv --calibration-end`), in figures a care lead
 * can weigh (docs/definitions.md, "The model's report card"):
 * - per-customer error of predicted against actual holdout purchases (MAE, RMSE);
 * - calibration by decile of predicted purchases (mean predicted against mean actual);
 * - P(alive) as a forecast of "bought again in the holdout": AUC (the chance a buyer gets a higher
 *   P(alive) than a non-buyer, ties counting half; Hanley & McNeil 1982) and Brier score (mean squared
 *   error of the probability), against the naive rule "bought in the last N days";
 * - a plain-language grade.
 */
import type { CustomerHistory } from '../history.js';
import type { Day } from '../../time/days.js';
import type { CountingPredictor } from './clv.js';
import { type RfmTable, countPurchaseDays } from './rfm.js';

export interface DecileRow {
  decile: number;
  customers: number;
  predictedMean: number;
  actualMean: number;
}

export interface ReportCard {
  customers: number;
  mae: number;
  rmse: number;
  deciles: DecileRow[];
  /** P(alive) against "bought in the holdout". */
  pAlive: { auc: number | null; brier: number };
  /** The naive rule: "alive" when the last purchase is within `days` of the calibration end. */
  naive: { days: number; auc: number | null; brier: number };
  grade: 'good' | 'fair' | 'poor';
  verdict: string;
}

/** AUC of scores for binary labels (Mann–Whitney, ties counting half); null without both classes. */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<boolean>): number | null {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1] as number] === scores[order[start] as number]) end += 1;
    const rank = (start + end) / 2 + 1; // the mean rank of a run of ties
    for (let k = start; k <= end; k++) {
      if (!labels[order[k] as number]) continue;
      positives += 1;
      rankSum += rank;
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference of a probability and what happened (1 or 0). */
export function brier(probabilities: ArrayLike<number>, labels: ArrayLike<boolean>): number {
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) sum += ((probabilities[i] as number) - (labels[i] ? 1 : 0)) ** 2;
  return probabilities.length === 0 ? 0 : sum / probabilities.length;
}

export function modelReportCard(history: CustomerHistory, rfm: RfmTable, model: CountingPredictor, holdoutEnd: Day, naiveDays: number): ReportCard {
  const n = rfm.customer.length;
  const length = (holdoutEnd - rfm.calibrationEnd) / rfm.unitDays;
  const predicted = new Float64Array(n);
  const actual = new Float64Array(n);
  const alive = new Float64Array(n);
  const naive = new Float64Array(n);
  const bought: boolean[] = new Array(n);
  let absolute = 0;
  let squared = 0;
  for (let row = 0; row < n; row++) {
    const x = rfm.x[row] as number;
    const tx = rfm.tx[row] as number;
    const T = rfm.T[row] as number;
    predicted[row] = model.conditionalExpectedPurchases(length, x, tx, T);
    actual[row] = countPurchaseDays(history, rfm.customer[row] as number, rfm.calibrationEnd, holdoutEnd);
    alive[row] = model.probabilityAlive(x, tx, T);
    // The last purchase day is the first plus t_x; "recent" when it is within naiveDays of the calibration end.
    const lastDay = (rfm.firstDay[row] as number) + Math.round(tx * rfm.unitDays);
    naive[row] = rfm.calibrationEnd - lastDay < naiveDays ? 1 : 0;
    bought[row] = (actual[row] as number) > 0;
    absolute += Math.abs((predicted[row] as number) - (actual[row] as number));
    squared += ((predicted[row] as number) - (actual[row] as number)) ** 2;
  }
  const card: Omit<ReportCard, 'grade' | 'verdict'> = {
    customers: n,
    mae: n === 0 ? 0 : absolute / n,
    rmse: n === 0 ? 0 : Math.sqrt(squared / n),
    deciles: deciles(predicted, actual),
    pAlive: { auc: auc(alive, bought), brier: brier(alive, bought) },
    naive: { days: naiveDays, auc: auc(naive, bought), brier: brier(naive, bought) },
  };
  return { ...card, ...grade(card) };
}

/** Ten groups of (nearly) equal size by predicted purchases, lowest first. */
function deciles(predicted: Float64Array, actual: Float64Array): DecileRow[] {
  const order = Array.from(predicted.keys()).sort((a, b) => (predicted[a] as number) - (predicted[b] as number));
  const rows: DecileRow[] = [];
  for (let d = 0; d < 10; d++) {
    const from = Math.floor((d * order.length) / 10);
    const to = Math.floor(((d + 1) * order.length) / 10);
    if (to <= from) continue;
    let p = 0;
    let a = 0;
    for (let k = from; k < to; k++) {
      p += predicted[order[k] as number] as number;
      a += actual[order[k] as number] as number;
    }
    rows.push({ decile: d + 1, customers: to - from, predictedMean: p / (to - from), actualMean: a / (to - from) });
  }
  return rows;
}

/**
 * good: P(alive) ranks buyers better than the naive rule (AUC higher by 0.02 or more) and the total
 * forecast is within 10% of what happened; fair: no worse than the naive rule; poor: worse.
 */
function grade(card: Omit<ReportCard, 'grade' | 'verdict'>): { grade: ReportCard['grade']; verdict: string } {
  const predicted = card.deciles.reduce((sum, row) => sum + row.predictedMean * row.customers, 0);
  const actual = card.deciles.reduce((sum, row) => sum + row.actualMean * row.customers, 0);
  const totalError = actual === 0 ? Infinity : Math.abs(predicted - actual) / actual;
  const model = card.pAlive.auc ?? 0.5;
  const naive = card.naive.auc ?? 0.5;
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  if (model >= naive + 0.02 && totalError <= 0.1) {
    return { grade: 'good', verdict: `good: P(alive) tells who buys again better than "bought in the last ${card.naive.days} days" (AUC ${model.toFixed(2)} vs ${naive.toFixed(2)}), and the total forecast is within ${pct(totalError)} of what happened` };
  }
  if (model >= naive - 0.005) {
    const ranking = model >= naive + 0.02 ? 'tells who buys again better than' : 'is about as good as';
    return { grade: 'fair', verdict: `fair: P(alive) ${ranking} "bought in the last ${card.naive.days} days" (AUC ${model.toFixed(2)} vs ${naive.toFixed(2)}), but the total forecast is off by ${Number.isFinite(totalError) ? pct(totalError) : 'everything'}` };
  }
  return { grade: 'poor', verdict: `poor: "bought in the last ${card.naive.days} days" tells who buys again better than P(alive) (AUC ${naive.toFixed(2)} vs ${model.toFixed(2)}): do not rank customers by this model` };
}
