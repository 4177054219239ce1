/**
 * `care ltv --subscriptions FILE --model sbg` as a grid for table, md and csv: per cohort the
 * customers, the last observed survival, the sBG parameters (its own fit, or the pooled one),
 * the projected survival at the end of the horizon, DERL and the residual value per customer.
 */
import { say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { SbgResult } from '../metrics/ltv/sbg-cohorts.js';
import type { PeriodKind } from '../time/periods.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from './format.js';
import { type CellValue, type Grid, gridText } from './grid.js';

const fixed = (digits: number) => (value: CellValue) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–');

/** One row per cohort; the pooled fit in the notes; a cohort's "(pooled fit)" in `lang` (English when absent, as CSV takes it). */
export function sbgGrid(result: SbgResult & { period: PeriodKind }, currency?: string, lang?: Locale): Grid {
  const pooled = result.fit.params;
  const pooledFit = gridText(say('table.sbg.pooledFit'), lang);
  return {
    title: say(`table.sbg.title.${result.period}`),
    columns: [
      { key: 'cohort', label: say('table.cohortGrid.cohort') },
      { key: 'customers', label: say('table.cohortGrid.customers'), align: 'right', format: (value) => formatInteger(value as number) },
      { key: 'observedSurvival', label: say('table.sbg.stillSubscribed'), align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'alpha', label: 'α', align: 'right', format: fixed(3) },
      { key: 'beta', label: 'β', align: 'right', format: fixed(3) },
      { key: 'projectedSurvival', label: say(`table.sbg.projected.${result.period}`, { count: result.horizon, n: String(result.horizon) }), align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'residualLifetime', label: 'DERL', align: 'right', format: (value) => formatDecimal(value as number | null) },
      { key: 'residualValue', label: say('table.sbg.residualValue'), align: 'right', format: (value) => formatMoney(value as number | null, currency) },
    ],
    rows: result.cohorts.map((cohort) => {
      const size = cohort.survivors[0] ?? 0;
      const last = cohort.survivors[cohort.survivors.length - 1] ?? 0;
      const params = cohort.params ?? pooled;
      return {
        cohort: cohort.params ? cohort.cohort : `${cohort.cohort} ${pooledFit}`,
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
        ? say('table.sbg.pooledNote', { customers: formatInteger(result.fit.customers), alpha: pooled.alpha.toFixed(3), beta: pooled.beta.toFixed(3), logLikelihood: formatDecimal(result.fit.logLikelihood ?? null) })
        : say('table.sbg.noPooledNote'),
      say('table.sbg.derlNote', { rate: formatPercent(result.discountPerPeriod), per: say(`table.sbg.per.${result.period}`) }),
    ],
  };
}
