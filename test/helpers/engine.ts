/**
 * The engine metrics (src/sql/engine-metrics.ts) called with an engine URL, as the tests call
 * them: each opens its own session on `engine` (and `table`), runs one contract and closes it.
 */
import { withEngine } from '../../src/sql/engine.js';
import * as metrics from '../../src/sql/engine-metrics.js';
import type { Day } from '../../src/time/days.js';
import type { PeriodKind } from '../../src/time/periods.js';

export type EngineOrdersOptions = metrics.EngineOrdersOptions & { engine: string; table?: string; query?: string };

const open = <T>(options: EngineOrdersOptions, work: Parameters<typeof withEngine<T>>[3]) => withEngine(options.engine, options.table, options.query, work);

export const engineHistory = (options: EngineOrdersOptions) => open(options, (session) => metrics.engineHistory(session, options));
export const engineRetention = (options: EngineOrdersOptions & { period: PeriodKind; churnAfter: number }) => open(options, (session) => metrics.engineRetention(session, options));
export const engineCohorts = (options: EngineOrdersOptions & { period: PeriodKind; revenue?: boolean }) => open(options, (session) => metrics.engineCohorts(session, options));
export const engineCustomers = (options: EngineOrdersOptions & { calibrationEnd?: Day; unitDays: number }) => open(options, (session) => metrics.engineCustomers(session, options));
