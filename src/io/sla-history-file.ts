/**
 * The history CSV of `care sla --history FILE --period week|month` (the weekly cron job): one row
 * per completed period with its service-level figures, the series it belongs to and the as-of
 * instant of the run that recorded it. Kept apart from the retention history (history-file.ts):
 * the columns differ, and one file holds one kind of figures.
 *
 * A row's key is (kind, time, period): weekly and monthly runs, or calendar and business-time
 * runs, are different series and never overwrite each other; the input's file name is not part
 * of the key (cron jobs read a freshly dated export of the same desk). Merging is idempotent as in
 * history-file.ts: an unchanged period keeps its row (its asOf too), a changed one is replaced in
 * place, and the file is written atomically under its lock only when its text changes. Every cell
 * is text care wrote itself, without commas, so the file is plain comma-separated text.
 */
import { InputError, isCareError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { SlaPeriod, SlaRow } from '../metrics/sla.js';
import { type LockOptions, withFileLock } from './file-lock.js';
import { writeFailure } from './write-error.js';
import { writeFileAtomic } from './write-output.js';
import { parseHistoryTable, readHistoryText } from './history-file.js';
import { resolveWriteTarget } from './write-target.js';

export const SLA_HISTORY_COLUMNS = [
  'period', 'start', 'end', 'kind', 'time',
  'tickets', 'open',
  'firstResponseMedian', 'firstResponseP90', 'firstResponseWithin', 'firstResponseBreached',
  'resolutionMedian', 'resolutionP90', 'resolutionWithin', 'resolutionBreached',
  'csat', 'asOf',
] as const;

export type SlaHistoryRow = Record<(typeof SLA_HISTORY_COLUMNS)[number], string>;

const HEADER = SLA_HISTORY_COLUMNS.join(',');
const KINDS: readonly string[] = ['week', 'month'];

export interface SlaHistoryFile {
  file: string;
  text: string | undefined;
  rows: SlaHistoryRow[];
}

/** One completed period of a run, with its dates (`YYYY-MM-DD`, end exclusive). */
export interface SlaHistoryPeriod {
  row: SlaRow;
  start: string;
  end: string;
}

/** Reads the history; a missing or empty file is an empty history; a file that is not ours is exit 3. */
export function readSlaHistoryFile(file: string): SlaHistoryFile {
  const text = readHistoryText(file);
  return { file, text, rows: text === undefined ? [] : parseSlaHistory(text, file) };
}

export function parseSlaHistory(text: string, file: string): SlaHistoryRow[] {
  return parseHistoryTable<SlaHistoryRow>(text, {
    columns: SLA_HISTORY_COLUMNS,
    isRow: (cells) => KINDS.includes(cells[3]!) && cells[0] !== '',
    notHistory: () => new InputError('CARE_NOT_HISTORY', 'not a care sla history file: its first line is not the SLA history header', {
      file,
      hint: 'give --history a new file name, or the file an earlier care sla --history run wrote; care never overwrites a file it did not write',
      say: say('error.notSlaHistoryFile'),
      hintSay: say('hint.slaHistoryNewFile'),
    }),
    badRow: (cells, line) => new InputError('CARE_BAD_HISTORY', `not a row of a care sla history file (${cells.length} fields, ${SLA_HISTORY_COLUMNS.length} expected, kind week or month)`, {
      file,
      line,
      hint: 'restore the file from a backup, or start a new history with another file name',
      say: say('error.notSlaHistoryRow', { fields: cells.length, expected: SLA_HISTORY_COLUMNS.length }),
      hintSay: say('hint.restoreHistory'),
    }),
  });
}

const number = (value: number | undefined, decimals: number) => (value === undefined ? '' : String(Math.round(value * 10 ** decimals) / 10 ** decimals));

/** The rows of a run: minutes to 2 decimals, shares to 6 (as in the JSON), `time` without commas. */
export function slaHistoryRows(periods: readonly SlaHistoryPeriod[], kind: SlaPeriod, time: string, asOf: string): SlaHistoryRow[] {
  const series = time.replaceAll(',', ';');
  return periods.map(({ row, start, end }) => ({
    period: row.period ?? '',
    start,
    end,
    kind,
    time: series,
    tickets: String(row.tickets),
    open: String(row.open),
    firstResponseMedian: number(row.firstResponse.median, 2),
    firstResponseP90: number(row.firstResponse.p90, 2),
    firstResponseWithin: number(row.firstResponse.withinShare, 6),
    firstResponseBreached: String(row.firstResponse.breached),
    resolutionMedian: number(row.resolution.median, 2),
    resolutionP90: number(row.resolution.p90, 2),
    resolutionWithin: number(row.resolution.withinShare, 6),
    resolutionBreached: String(row.resolution.breached),
    csat: number(row.csat.share, 6),
    asOf,
  }));
}

const FIGURES = SLA_HISTORY_COLUMNS.filter((column) => column !== 'asOf');
const keyOf = (row: SlaHistoryRow) => [row.kind, row.time, row.period].join('\u0000');

/** New periods added, changed ones replaced, equal ones kept as they were; sorted by series, then start. */
export function mergeSlaHistory(recorded: readonly SlaHistoryRow[], incoming: readonly SlaHistoryRow[]): { rows: SlaHistoryRow[]; added: number; updated: number; unchanged: number } {
  const byKey = new Map<string, SlaHistoryRow>();
  for (const row of recorded) if (!byKey.has(keyOf(row))) byKey.set(keyOf(row), row);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of incoming) {
    const old = byKey.get(keyOf(row));
    if (old === undefined) added++;
    else if (FIGURES.some((column) => old[column] !== row[column])) updated++;
    else {
      unchanged++;
      continue;
    }
    byKey.set(keyOf(row), row);
  }
  const rows = [...byKey.values()].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.time.localeCompare(b.time) || a.start.localeCompare(b.start));
  return { rows, added, updated, unchanged };
}

export function renderSlaHistory(rows: readonly SlaHistoryRow[]): string {
  return [HEADER, ...rows.map((row) => SLA_HISTORY_COLUMNS.map((column) => row[column]).join(','))].join('\n') + '\n';
}

/** Records a run under the file's lock: read again, merge, write atomically when the text changes (as history-file.ts). */
export function recordSlaHistory(history: SlaHistoryFile, rows: readonly SlaHistoryRow[], lock: Omit<LockOptions, 'what'> = {}) {
  let real: string;
  try {
    real = resolveWriteTarget(history.file).path;
  } catch (error) {
    throw isCareError(error) ? error : writeFailure(error, history.file, { what: 'the history' });
  }
  return withFileLock(real, () => {
    const current = readSlaHistoryFile(history.file);
    const merge = mergeSlaHistory(current.rows, rows);
    const text = renderSlaHistory(merge.rows);
    const written = text !== current.text;
    if (written) writeFileAtomic(history.file, text, { what: 'the history' });
    return { ...merge, written };
  }, { ...lock, what: 'the history', whatSay: say('lock.theHistory') });
}
