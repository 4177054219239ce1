/**
 * The weekly cron job's options of `care retention` (issue 7): `--history FILE` records the
 * completed periods, `--compare` sets the last complete period against the one before, and
 * `--fail-if EXPR` exits 4 when a threshold is crossed — after the output has been written.
 * `enforceThresholds` is shared with `care nps` and `care report`.
 */
import { ThresholdError, UsageError } from '../errors.js';
import { type MessageRef, say, sayIn, sayOr } from '../i18n/index.js';
import { type HistoryFile, type HistorySeries, readHistoryFile, recordHistory } from '../io/history-file.js';
import type { Io } from '../io/types.js';
import type { PeriodRow } from '../metrics/retention.js';
import { PERIOD_METRICS, type Threshold, type ThresholdCheck, crossedRef, describeCrossed, describeUnchecked, evaluateThresholds, uncheckedRefs, parseThresholds, periodReadings } from '../metrics/thresholds.js';
import { comparePeriods } from '../report/compare-view.js';
import type { WeeklyExtras } from '../report/retention-contract.js';

export interface WeeklyOptions {
  /** The history CSV to record completed periods in. */
  history?: string;
  /** Show the change of the last complete period against the previous one. */
  compare?: boolean;
  /** `--fail-if` expressions (repeatable; each may hold several joined by commas). */
  failIf?: string | string[];
}

/** What the weekly options asked for, checked before any work is done. */
export interface WeeklyPlan {
  thresholds: Threshold[];
  history?: HistoryFile;
  compare: boolean;
  /** How long to wait for the history's lock (CARE_LOCK_TIMEOUT). */
  lock: { timeoutMs?: number };
}

/**
 * Checks --fail-if (exit 2 naming a bad expression) and reads --history (exit 3 when the file is
 * not ours) before the export is read, so a mistyped cron line fails fast and changes nothing.
 */
export function planWeekly(options: WeeklyOptions & { format?: string; cohorts?: boolean }, env: Io['env'] = {}): WeeklyPlan {
  const thresholds = parseThresholds(options.failIf, PERIOD_METRICS, 'care retention', 'care retention checks churn, retention, new, reactivated, retained, lost, start and end; nps is checked by care nps and care report --survey');
  if (options.compare && options.cohorts && options.format === 'csv') {
    throw new UsageError('CARE_BAD_OPTION', '--format csv holds one table: --cohorts or --compare, not both', { hint: 'use --format json for both, or two runs', say: say('error.csvOneTable'), hintSay: say('hint.jsonOrTwoRuns') });
  }
  return { thresholds, compare: options.compare === true, lock: lockWait(env), ...(options.history === undefined ? {} : { history: readHistoryFile(options.history) }) };
}

/** The comparison and threshold checks of a run, from all its periods (not only the --last shown). */
export function weeklyExtras(plan: WeeklyPlan, periods: readonly PeriodRow[]): WeeklyExtras {
  const extras: WeeklyExtras = {};
  if (plan.compare) extras.compare = comparePeriods(periods);
  if (plan.thresholds.length > 0) extras.checks = evaluateThresholds(plan.thresholds, periodReadings(periods));
  return extras;
}

/** After the output is written: records the history (when asked), then raises crossed thresholds (exit 4). */
export function finishWeekly(io: Io, plan: WeeklyPlan, run: { periods: readonly PeriodRow[]; series: HistorySeries; asOf: string }, extras: WeeklyExtras): void {
  if (plan.history !== undefined) {
    const merge = recordHistory(plan.history, run.periods, run.series, run.asOf, { ...plan.lock, notice: lockNotice(io) });
    tellHistory(io, plan.history.file, merge);
  }
  if (extras.checks !== undefined) enforceThresholds(io, extras.checks);
}

/**
 * Says on stderr which thresholds could not be checked (no complete period, no answers), and
 * throws ThresholdError (exit 4) with the one line naming every crossed threshold.
 */
export function enforceThresholds(io: Io, checks: readonly ThresholdCheck[]): void {
  const said = uncheckedRefs(checks);
  describeUnchecked(checks).forEach((line, i) => io.stderr.write(`care: ${sayOr(io.lang, line, said[i])}\n`));
  const crossed = describeCrossed(checks);
  if (crossed !== undefined) throw new ThresholdError('CARE_THRESHOLD_CROSSED', crossed, { say: crossedRef(checks) });
}

/** A stale lock of the history taken over: said on stderr in the run's language. */
export function lockNotice(io: Io): (line: string, said?: MessageRef) => void {
  return (line, said) => io.stderr.write(io.lang === undefined || io.lang === 'en' || said === undefined ? line : `care: ${sayIn(io.lang, said)}\n`);
}

/** The one line after --history is recorded (care retention, care sla): what it added, updated, left as it was. */
export function tellHistory(io: Io, file: string, merge: { written: boolean; added: number; updated: number; unchanged: number; rows: readonly unknown[] }): void {
  const counts = `${plural(merge.added, 'period')} added, ${merge.updated} updated, ${merge.unchanged} unchanged`;
  const english = `history ${file}: ${merge.written ? counts : `up to date (${plural(merge.rows.length, 'period')})`}`;
  const said = merge.written
    ? say('history.recorded', { file, added: say('history.periodsAdded', { count: merge.added }), updated: merge.updated, unchanged: merge.unchanged })
    : say('history.upToDate', { file, count: merge.rows.length });
  io.stderr.write(`care: ${sayOr(io.lang, english, said)}\n`);
}

/** CARE_LOCK_TIMEOUT (seconds) overrides how long a run waits for a history another run is writing. */
function lockWait(env: Io['env']): { timeoutMs?: number } {
  const text = env['CARE_LOCK_TIMEOUT'];
  if (text === undefined || text === '') return {};
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 86_400) {
    throw new UsageError('CARE_BAD_ENV', `CARE_LOCK_TIMEOUT=${text}: expected seconds from 0 to 86400`, { hint: 'unset it to wait the default 30 s', say: say('error.lockTimeoutEnv', { value: text }), hintSay: say('hint.unsetLockTimeout') });
  }
  return { timeoutMs: seconds * 1000 };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
