/**
 * `care ltv --subscriptions FILE --model sbg` as a grid for table, md and csv: per cohort the
 * customers, the last observed survival, the sBG parameters (its own fit, or the pooled one),
 * the projected survival at the end of the horizon, DERL and the residual value per customer.
 */
import type { SbgResult } from '../metrics/ltv/sbg-cohorts.js';
import type { PeriodKind } from '../time/periods.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from './format.js';
import type { CellValue, Grid } from './grid.js';

const fixed = (digits: number) => (value: CellValue) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–');

/** One row per cohort; the pooled fit in the notes. */
export function sbgGrid(result: SbgResult & { period: PeriodKind }, currency?: string): Grid {
  const pooled = result.fit.params;
  return {
    title: `Subscription retention (sBG), by ${result.period} cohort`,
    columns: [
      { key: 'cohort', label: 'Cohort' },
      { key: 'customers', label: 'Customers', align: 'right', format: (value) => formatInteger(value as number) },
      { key: 'observedSurvival', label: 'Still subscribed', align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'alpha', label: 'α', align: 'right', format: fixed(3) },
      { key: 'beta', label: 'β', align: 'right', format: fixed(3) },
      { key: 'projectedSurvival', label: `Projected, ${result.horizon} ${result.period}s on`, align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'residualLifetime', label: 'DERL', align: 'right', format: (value) => formatDecimal(value as number | null) },
      { key: 'residualValue', label: 'Residual value', align: 'right', format: (value) => formatMoney(value as number | null, currency) },
    ],
    rows: result.cohorts.map((cohort) => {
      const size = cohort.survivors[0] ?? 0;
      const last = cohort.survivors[cohort.survivors.length - 1] ?? 0;
      const params = cohort.params ?? pooled;
      return {
        cohort: cohort.params ? cohort.cohort : `${cohort.cohort} (pooled fit)`,
        customers: size,
        observedSurvival: size > 0 ? last / size : null,
        alpha: params?.alpha ?? null,
        beta: params?.beta ?? null,
        projectedSurvival: cohort.projectedSurvival.length > 0 ? cohort.projectedSurvival[cohort.projectedSurvival.length - 1]! : null,
        residualLifetime: cohort.residualLifetime ?? null,
        residualValue: cohort.residualValue ?? null,
      };
    }),
    notes: [
      pooled
        ? `Pooled fit over ${formatInteger(result.fit.customers)} customers: α = ${pooled.alpha.toFixed(3)}, β = ${pooled.beta.toFixed(3)}, log-likelihood ${formatDecimal(result.fit.logLikelihood ?? null)}.`
        : 'No pooled fit: no customer has churned yet, or no period has ended.',
      `DERL: expected further payments of a customer still subscribed, discounted at ${formatPercent(result.discountPerPeriod)} a ${result.period} (Fader & Hardie 2010).`,
    ],
  };
}
