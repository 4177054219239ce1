/** care retention: the period retention table and the cohort table, for orders or subscriptions. */
import { loadConfig } from '../config/load.js';
import type { Io } from '../io/types.js';
import type { RetentionResult } from '../report/retention-contract.js';
import { renderRetention } from '../report/retention-render.js';
import { type RetentionReadOptions, computeRetention } from './load-retention.js';
import { emit, guardOutputs } from './output.js';
import { type RetentionViewOptions, emitOtherView, otherView } from './retention-views.js';
import { type WeeklyOptions, finishWeekly, planWeekly, weeklyExtras } from './weekly.js';

export interface RetentionOptions extends RetentionReadOptions, WeeklyOptions, Omit<RetentionViewOptions, 'format'> {
  last?: number;
  cohorts?: boolean;
}

/** care retention: prints the tables; with the weekly options also records --history and checks --fail-if (exit 4). */
export async function runRetention(io: Io, input: string | undefined, options: RetentionOptions): Promise<void> {
  guardOutputs(io, { input, '--subscriptions': options.subscriptions }, { '--out': options.out, '--rejects': options.rejects, '--history': options.history }, options.config);
  const view = otherView(options);
  const weekly = planWeekly(options, io.env);
  const config = loadConfig(io, options.config);
  const computed = await computeRetention(io, input, options, config);
  const { result, asOfDay } = computed;
  if (view !== undefined) {
    emitOtherView(io, view, options, computed);
    return;
  }
  const last = options.last;
  const shown: RetentionResult = {
    ...result,
    periods: last === undefined ? result.periods : result.periods.slice(-last),
    cohorts: last === undefined ? result.cohorts : result.cohorts.slice(-last),
  };
  // --compare and --fail-if look at every period, not only the --last ones shown.
  const extras = weeklyExtras(weekly, result.periods);
  emit(io, renderRetention(shown, options.format, { cohorts: options.cohorts, revenue: options.revenue, color: io.color, lang: io.lang }, extras), options.out, asOfDay);
  finishWeekly(io, weekly, { periods: result.periods, series: { kind: result.period, churnAfterDays: result.churnAfterDays, source: result.source }, asOf: result.asOf }, extras);
}
