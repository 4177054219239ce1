/**
 * The history CSV of the weekly job (`care retention … --history FILE`): one row per completed
 * period, the period-table columns plus the series it belongs to and the as-of date of the run
 * that recorded it.
 *
 * A row's key is (kind, churnAfterDays, source, period): a weekly and a monthly run, or runs with
 * different `--churn-after` windows, or orders and subscriptions, are different series and never
 * overwrite each other. The input's file name is deliberately NOT part of the key: cron jobs
 * usually read a freshly dated export (`orders-2026-02-02.csv`), and that is the same data set.
 * One history file per shop (data set).
 *
 * Merging is idempotent: a period already recorded with the same numbers is left as it is (its
 * `asOf` too), so re-running the same week writes nothing; a period whose numbers changed (late
 * orders, refunds, back-dated cancellations) is replaced in place and takes this run's `asOf`.
 * Rows are sorted by series, then by period start. Partial periods are never recorded.
 *
 * The file is plain comma-separated text without quoting: every cell is a label, an ISO date or a
 * number that care wrote itself. A file whose header is not ours is refused (exit 3), never
 * overwritten.
 */
import { readFileSync } from 'node:fs';
import { InputError, isCareError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { PeriodRow } from '../metrics/retention.js';
import { PERIOD_KINDS, type PeriodKind } from '../time/periods.js';
import { type LockOptions, withFileLock } from './file-lock.js';
import { writeFailure } from './write-error.js';
import { writeFileAtomic } from './write-output.js';
import { resolveWriteTarget } from './write-target.js';

/** The columns, in file order. */
export const HISTORY_COLUMNS = [
  'period',
  'start',
  'end',
  'customersAtStart',
  'new',
  'reactivated',
  'retained',
  'lost',
  'customersAtEnd',
  'retentionRate',
  'churnRate',
  'kind',
  'churnAfterDays',
  'source',
  'asOf',
] as const;

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];
/** A row as the text of its cells (what is compared and written back byte for byte). */
export type HistoryRow = Record<HistoryColumn, string>;

/** Which series a run's periods belong to. */
export interface HistorySeries {
  kind: PeriodKind;
  /** `--churn-after` in days; null for subscriptions (their activity has no window). */
  churnAfterDays: number | null;
  source: 'orders' | 'subscriptions';
}

/** The numbers of a period: when any of these differ, the recorded row is out of date. */
const NUMBER_COLUMNS: readonly HistoryColumn[] = ['start', 'end', 'customersAtStart', 'new', 'reactivated', 'retained', 'lost', 'customersAtEnd', 'retentionRate', 'churnRate'];

const HEADER = HISTORY_COLUMNS.join(',');

/** A history file as read: its rows, and its exact text (undefined when there is no file yet). */
export interface HistoryFile {
  file: string;
  text: string | undefined;
  rows: HistoryRow[];
}

/** What a merge did. */
export interface HistoryMerge {
  rows: HistoryRow[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Reads the history file; a missing or empty file is an empty history. Exit 3 when it is not ours. */
export function readHistoryFile(file: string): HistoryFile {
  const text = readHistoryText(file);
  return { file, text, rows: text === undefined ? [] : parseHistory(text, file) };
}

/** A --history file's text; undefined when it does not exist yet; unreadable is exit 3. */
export function readHistoryText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return undefined;
    throw new InputError('CARE_CANNOT_READ', `cannot read the history file (${code})`, {
      file, hint: 'check the path given to --history', say: say('error.cannotReadHistory', { code: String(code) }), hintSay: say('hint.checkHistoryPath'),
    });
  }
}

/** How one kind of care history file is read: its columns and the errors that name it. */
export interface HistoryTableSpec {
  columns: readonly string[];
  /** Whether a row of the right width is a row of this file (its kind column, its first cell). */
  isRow(cells: readonly string[]): boolean;
  /** The error for a file whose first line is not the header. */
  notHistory(): InputError;
  /** The error for a line that is not a row (`line` is 1-based). */
  badRow(cells: readonly string[], line: number): InputError;
}

/**
 * The rows of a care history file's text, shared by the retention and the SLA histories: a BOM and
 * CRLF tolerated, an empty file is no rows, the first line must be the header (care never takes
 * over a file it did not write), blank lines are skipped, every other line is a full row.
 */
export function parseHistoryTable<Row>(text: string, spec: HistoryTableSpec): Row[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.every((line) => line.trim() === '')) return [];
  if (lines[0] !== spec.columns.join(',')) throw spec.notHistory();
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = line.split(',');
    if (cells.length !== spec.columns.length || !spec.isRow(cells)) throw spec.badRow(cells, i + 1);
    rows.push(Object.fromEntries(spec.columns.map((column, c) => [column, cells[c]!])) as Row);
  }
  return rows;
}

/** The rows of a history file's text; `file` names it in errors. */
export function parseHistory(text: string, file: string): HistoryRow[] {
  return parseHistoryTable<HistoryRow>(text, {
    columns: HISTORY_COLUMNS,
    isRow: (cells) => PERIOD_KINDS.includes(cells[11] as PeriodKind) && cells[0] !== '',
    notHistory: () => new InputError('CARE_NOT_HISTORY', `not a care history file: its first line is not the history header`, {
      file,
      hint: 'give --history a new file name, or the file an earlier --history run wrote; care never overwrites a file it did not write',
      say: say('error.notHistoryFile'),
      hintSay: say('hint.historyNewFile'),
    }),
    badRow: (cells, line) => new InputError('CARE_BAD_HISTORY', `not a row of a care history file (${cells.length} fields, ${HISTORY_COLUMNS.length} expected, kind one of ${PERIOD_KINDS.join(', ')})`, {
      file,
      line,
      hint: 'restore the file from a backup, or start a new history with another file name',
      say: say('error.notHistoryRow', { fields: cells.length, expected: HISTORY_COLUMNS.length, kinds: PERIOD_KINDS.join(', ') }),
      hintSay: say('hint.restoreHistory'),
    }),
  });
}

/** The history rows of this run: its completed periods (the partial one is skipped). */
export function historyRows(periods: readonly PeriodRow[], series: HistorySeries, asOf: string): HistoryRow[] {
  return periods
    .filter((row) => !row.partial)
    .map((row) => ({
      period: row.period,
      start: row.start,
      end: row.end,
      customersAtStart: String(row.customersAtStart),
      new: String(row.new),
      reactivated: String(row.reactivated),
      retained: String(row.retained),
      lost: String(row.lost),
      customersAtEnd: String(row.customersAtEnd),
      retentionRate: rateText(row.retentionRate),
      churnRate: rateText(row.churnRate),
      kind: series.kind,
      churnAfterDays: series.churnAfterDays === null ? '' : String(series.churnAfterDays),
      source: series.source,
      asOf,
    }));
}

/** Rates to 6 decimals, as in JSON: stable text, so an unchanged period compares equal. */
function rateText(rate: number | null): string {
  return rate === null ? '' : String(Math.round(rate * 1e6) / 1e6);
}

/** Merges this run's rows into the recorded ones: new periods added, changed ones replaced, equal ones kept as they were. */
export function mergeHistory(recorded: readonly HistoryRow[], incoming: readonly HistoryRow[]): HistoryMerge {
  const byKey = new Map<string, HistoryRow>();
  for (const row of recorded) if (!byKey.has(keyOf(row))) byKey.set(keyOf(row), row);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of incoming) {
    const key = keyOf(row);
    const old = byKey.get(key);
    if (old === undefined) added++;
    else if (NUMBER_COLUMNS.some((column) => old[column] !== row[column])) updated++;
    else {
      unchanged++;
      continue; // keep the old row, its asOf included: nothing about the period changed
    }
    byKey.set(key, row);
  }
  return { rows: [...byKey.values()].sort(compareRows), added, updated, unchanged };
}

function keyOf(row: HistoryRow): string {
  return [row.kind, row.churnAfterDays, row.source, row.period].join('\u0000');
}

/** By series (kind in calendar order, window, source), then by period start. */
function compareRows(a: HistoryRow, b: HistoryRow): number {
  return (
    PERIOD_KINDS.indexOf(a.kind as PeriodKind) - PERIOD_KINDS.indexOf(b.kind as PeriodKind) ||
    (a.churnAfterDays === '' ? -1 : Number(a.churnAfterDays)) - (b.churnAfterDays === '' ? -1 : Number(b.churnAfterDays)) ||
    a.source.localeCompare(b.source) ||
    a.start.localeCompare(b.start) ||
    a.period.localeCompare(b.period)
  );
}

/** The file text: header, one line per row, a final newline. */
export function renderHistory(rows: readonly HistoryRow[]): string {
  return [HEADER, ...rows.map((row) => HISTORY_COLUMNS.map((column) => row[column]).join(','))].join('\n') + '\n';
}

/**
 * Records a run in the history: under the file's lock (file-lock.ts) the file is read again —
 * another run may have added its series since `history` was read to check it — merged, and
 * written atomically only when the text changes. The lock sits beside the real file, so runs
 * reaching one history through different links still take turns; a symbolic link is written
 * through, never replaced by a plain file.
 */
export function recordHistory(
  history: HistoryFile, periods: readonly PeriodRow[], series: HistorySeries, asOf: string, lock: Omit<LockOptions, 'what'> = {},
): HistoryMerge & { written: boolean } {
  let real: string;
  try {
    real = resolveWriteTarget(history.file).path;
  } catch (error) {
    throw isCareError(error) ? error : writeFailure(error, history.file, { what: 'the history' });
  }
  return withFileLock(real, () => {
    const current = readHistoryFile(history.file);
    const merge = mergeHistory(current.rows, historyRows(periods, series, asOf));
    const text = renderHistory(merge.rows);
    const written = text !== current.text;
    if (written) writeFileAtomic(history.file, text, { what: 'the history' });
    return { ...merge, written };
  }, { ...lock, what: 'the history', whatSay: say('lock.theHistory') });
}
