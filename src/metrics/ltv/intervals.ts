/**
 * Per-customer intervals for P(alive), expected purchases and CLV by a seeded parametric
 * bootstrap: draw the counting model's parameters (and Gamma-Gamma's, when fitted) from their
 * asymptotic normal over log-parameters (uncertainty.ts), predict every customer under each draw,
 * and report the central `level` quantiles of the draws. Customers with the same (x, t_x, T) share
 * the purchase predictions, so those are computed once per distinct history; memory stays at one
 * draw vector per customer being summarised.
 */
import { discountedPurchases, discountSchedule, type CountingPredictor } from './clv.js';
import { gammaGammaExpectedSpend } from './gamma-gamma.js';
import type { RfmTable } from './rfm.js';
import { drawParameters, quantileSorted, type ParameterUncertainty } from './uncertainty.js';
import type { GammaGammaParams } from './types.js';

/** How many draws, the interval's coverage and the seed. */
export interface IntervalOptions {
  /** Parameter draws (default 200). */
  draws: number;
  /** Central coverage of the interval, 0–1 exclusive (default 0.9). */
  level: number;
  /** Seed of the draws: the same seed gives the same intervals. */
  seed: number;
}

export const DEFAULT_INTERVAL_OPTIONS: IntervalOptions = { draws: 200, level: 0.9, seed: 1 };

/** Lower and upper bounds per customer row (NaN where the figure is not predicted). */
export interface IntervalColumns {
  lower: Float64Array;
  upper: Float64Array;
}

export interface PredictionIntervals extends IntervalOptions {
  pAlive: IntervalColumns;
  expectedPurchases: IntervalColumns;
  /** Absent without a spend model. */
  clv?: IntervalColumns;
}

/** What the bootstrap needs of the fits. */
export interface IntervalInputs {
  predictorOf: (params: readonly number[]) => CountingPredictor;
  counting: ParameterUncertainty;
  /** Gamma-Gamma's estimates and uncertainty (names p, q, gamma); CLV intervals need it. */
  gammaGamma?: ParameterUncertainty;
  horizon: number;
  margin: number;
  annualDiscountRate: number;
}

function columns(n: number): IntervalColumns {
  return { lower: new Float64Array(n).fill(NaN), upper: new Float64Array(n).fill(NaN) };
}

/** Rows of the RFM table grouped by identical (x, t_x, T). */
function groupsOfIdenticalHistories(rfm: RfmTable): number[][] {
  const groups = new Map<string, number[]>();
  for (let row = 0; row < rfm.x.length; row++) {
    const key = `${rfm.x[row]},${rfm.x[row] === 0 ? 0 : rfm.tx[row]},${rfm.T[row]}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = []));
    group.push(row);
  }
  return [...groups.values()];
}

/**
 * Intervals for every row of `rfm`; undefined when the counting model has no covariance (its
 * information matrix was not invertible). CLV intervals only with Gamma-Gamma's uncertainty and
 * the rows' mean spends.
 */
export function bootstrapIntervals(rfm: RfmTable, inputs: IntervalInputs, options: IntervalOptions = DEFAULT_INTERVAL_OPTIONS): PredictionIntervals | undefined {
  if (!(options.draws >= 2 && Number.isInteger(options.draws)) || !(options.level > 0 && options.level < 1)) {
    throw new RangeError(`bootstrap intervals need an integer number of draws ≥ 2 and a level in (0, 1) (got ${options.draws}, ${options.level})`);
  }
  const countingDraws = drawParameters(inputs.counting, options.draws, options.seed);
  if (!countingDraws) return undefined;
  // A second stream for the spend model, so adding it does not change the purchase intervals.
  const spendDraws = inputs.gammaGamma && rfm.monetary ? drawParameters(inputs.gammaGamma, options.draws, options.seed + 1) : undefined;
  const predictors = countingDraws.map(inputs.predictorOf);
  const spendParams: GammaGammaParams[] | undefined = spendDraws?.map((v) => ({ p: v[0]!, q: v[1]!, gamma: v[2]! }));
  const schedule = discountSchedule({ horizon: inputs.horizon, unitDays: rfm.unitDays, annualDiscountRate: inputs.annualDiscountRate });
  const n = rfm.x.length;
  const result: PredictionIntervals = { ...options, pAlive: columns(n), expectedPurchases: columns(n), ...(spendParams ? { clv: columns(n) } : {}) };
  const lowQ = (1 - options.level) / 2;
  const highQ = 1 - lowQ;
  const draws = options.draws;
  const alive = new Float64Array(draws);
  const purchases = new Float64Array(draws);
  const discounted = new Float64Array(draws);
  const values = new Float64Array(draws);
  const put = (target: IntervalColumns, rows: readonly number[], sample: Float64Array): void => {
    values.set(sample);
    values.sort();
    const lower = quantileSorted(values, lowQ);
    const upper = quantileSorted(values, highQ);
    for (const row of rows) {
      target.lower[row] = lower;
      target.upper[row] = upper;
    }
  };
  for (const rows of groupsOfIdenticalHistories(rfm)) {
    const first = rows[0]!;
    const x = rfm.x[first]!;
    const tx = rfm.tx[first]!;
    const T = rfm.T[first]!;
    for (let d = 0; d < draws; d++) {
      const predictor = predictors[d]!;
      alive[d] = predictor.probabilityAlive(x, tx, T);
      if (spendParams) {
        const purchase = discountedPurchases(predictor, x, tx, T, schedule);
        purchases[d] = purchase.expectedPurchases;
        discounted[d] = purchase.discounted;
      } else {
        // No CLV: one expectation at the horizon instead of the monthly schedule.
        purchases[d] = predictor.conditionalExpectedPurchases(inputs.horizon, x, tx, T);
      }
    }
    put(result.pAlive, rows, alive);
    put(result.expectedPurchases, rows, purchases);
    if (result.clv && spendParams) {
      for (const row of rows) {
        const monetary = rfm.monetary![row]!;
        for (let d = 0; d < draws; d++) values[d] = inputs.margin * gammaGammaExpectedSpend(spendParams[d]!, x, monetary) * discounted[d]!;
        put(result.clv, [row], values);
      }
    }
  }
  return result;
}
