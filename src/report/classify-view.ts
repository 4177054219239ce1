/**
 * Complaint classification results as grids: the breakdown per complainer type against the
 * 14 / 37 / 21 / 28 benchmark, the complaint-iceberg estimate, the top channels per type, the
 * records a manager should take today, and the per-customer roll-up. Shares are percentages here;
 * JSON keeps them 0–1 (docs/contracts.md).
 */
import type { ChannelCount, ComplainerType, ComplaintSummary, CustomerRollUp, Evidence, TypeShare } from '../classify/index.js';
import { COMPLAINER_TYPES } from '../classify/index.js';
import { formatInteger, formatPercent } from './format.js';
import type { CellValue, Grid } from './grid.js';
import { renderRecordsCsv } from './render-csv.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);
const points = (value: CellValue) => formatPointDifference(value as number | null);

/** What each type means, for the first column of the breakdown. */
const TYPE_LABELS: Record<ComplainerType, string> = {
  activist: 'Activist — third parties (lawyer, regulator, media)',
  irate: 'Irate — in public (social media, reviews)',
  voicer: 'Voicer — to us (email, phone, chat)',
  silent: 'Silent — no complaint, only a signal',
};

/** A 0–1 difference of shares as signed percentage points: `+2.0 pp`, `-5.3 pp`; `–` for null. */
export function formatPointDifference(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const rounded = Math.round(value * 1000) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)} pp`;
}

/**
 * One line of evidence for CSV cells and tables: the rule, the words as written, the channel when
 * it counted, and the more severe words that were ignored as negated.
 * `activist-legal: юристу, суд; channel: КЗП; negated: lawyer`.
 */
export function formatEvidence(evidence: Evidence): string {
  const words = distinctWords(evidence.words);
  let text = words.length > 0 ? `${evidence.rule}: ${words.join(', ')}` : evidence.rule;
  if (evidence.channel !== undefined && !evidence.words.includes(evidence.channel)) text += `; channel: ${evidence.channel}`;
  if (evidence.negated !== undefined && evidence.negated.length > 0) text += `; negated: ${distinctWords(evidence.negated).join(', ')}`;
  return text;
}

/** Words as first written, without repeats that differ only in case ("Court" in the subject, "court" in the text). */
export function distinctWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Counts and shares per type next to the benchmark; `unit` names what is counted (complaints or customers). */
export function typeBreakdownGrid(types: readonly TypeShare[], options: { unit?: 'Complaints' | 'Customers'; title?: string; actions?: Record<ComplainerType, string> } = {}): Grid {
  const unit = options.unit ?? 'Complaints';
  const total = types.reduce((sum, row) => sum + row.count, 0);
  const rows: Record<string, CellValue>[] = types.map((row) => ({
    type: TYPE_LABELS[row.type],
    count: row.count,
    share: row.share,
    benchmark: row.benchmark,
    difference: row.difference,
  }));
  rows.push({ type: 'All classified', count: total, share: total > 0 ? 1 : null, benchmark: 1, difference: null });
  const notes = ['Benchmark: one published split of unhappy customers (silent 14%, voicers 37%, irate 21%, activists 28%); it varies by industry.'];
  if (options.actions !== undefined) {
    notes.push('Next step per type:');
    for (const type of COMPLAINER_TYPES) notes.push(`  ${type}: ${options.actions[type]}`);
  }
  return {
    title: options.title ?? 'Complainer types',
    columns: [
      { key: 'type', label: 'Type' },
      { key: 'count', label: unit, align: 'right', format: integer },
      { key: 'share', label: 'Share', align: 'right', format: percent },
      { key: 'benchmark', label: 'Benchmark', align: 'right', format: percent },
      { key: 'difference', label: 'Difference', align: 'right', format: points },
    ],
    rows,
    notes,
  };
}

/** The complaint iceberg: voiced complaints × 27 ≈ unhappy customers (docs/definitions.md, "Complainer types"). */
export function icebergGrid(iceberg: ComplaintSummary['iceberg']): Grid {
  return {
    title: 'Complaint iceberg',
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: 'value', label: 'Value', align: 'right' },
    ],
    rows: [
      { measure: 'Complaints that reached us (voicers + activists)', value: formatInteger(iceberg.voicedComplaints) },
      { measure: 'Multiplier (about 26 of 27 unhappy customers never complain)', value: `× ${iceberg.multiplier}` },
      { measure: 'Estimated unhappy customers behind them', value: `≈ ${formatInteger(iceberg.estimatedUnhappyCustomers)}` },
    ],
    notes: ['Irate posts and silent signals are not multiplied: they are the part of the iceberg found by looking, not complaints received.'],
  };
}

/** The channels each type came through, most used first. */
export function topChannelsGrid(topChannels: Readonly<Record<ComplainerType, ChannelCount[]>>): Grid {
  const rows: Record<string, CellValue>[] = [];
  for (const type of COMPLAINER_TYPES) {
    for (const { channel, count } of topChannels[type]) rows.push({ type, channel, count });
  }
  return {
    title: 'Top channels per type',
    columns: [
      { key: 'type', label: 'Type' },
      { key: 'channel', label: 'Channel' },
      { key: 'count', label: 'Complaints', align: 'right', format: integer },
    ],
    rows,
    notes: rows.length === 0 ? ['No record has a channel.'] : [],
  };
}

/** A record a manager should take today, as the command resolved it (date formatted, evidence words). */
export interface ManagerRow {
  type: ComplainerType;
  id?: string;
  customer?: string;
  date?: string;
  confidence: number;
  words: string[];
}

/** Activists first, then irate: who they are and the words that decided it. `limit` caps the rows shown. */
export function managerGrid(rows: readonly ManagerRow[], limit = Number.POSITIVE_INFINITY): Grid {
  const shown = rows.slice(0, limit);
  const notes = rows.length === 0 ? ['No activist or irate complaints.'] : [];
  if (rows.length > shown.length) notes.push(`… and ${formatInteger(rows.length - shown.length)} more (all of them in --format csv or json).`);
  return {
    title: 'Needs a manager today',
    columns: [
      { key: 'type', label: 'Type' },
      { key: 'id', label: 'ID' },
      { key: 'customer', label: 'Customer' },
      { key: 'date', label: 'Date' },
      { key: 'confidence', label: 'Confidence', align: 'right', format: percent },
      { key: 'words', label: 'Evidence' },
    ],
    rows: shown.map((row) => ({
      type: row.type,
      id: row.id ?? '',
      customer: row.customer ?? '',
      date: row.date ?? '',
      confidence: row.confidence,
      words: distinctWords(row.words).join(', '),
    })),
    notes,
  };
}

/** One line per customer: the most severe type, how sure, how many records of each type, and why. */
export function rollUpGrid(rollUps: readonly CustomerRollUp[], limit = Number.POSITIVE_INFINITY): Grid {
  const shown = rollUps.slice(0, limit);
  const notes = rollUps.length > shown.length ? [`… and ${formatInteger(rollUps.length - shown.length)} more customers (all of them in --format csv or json).`] : [];
  return {
    title: 'Customers by their most severe complaint',
    columns: [
      { key: 'customer', label: 'Customer' },
      { key: 'type', label: 'Type' },
      { key: 'confidence', label: 'Confidence', align: 'right', format: percent },
      { key: 'records', label: 'Records', align: 'right', format: integer },
      ...COMPLAINER_TYPES.map((type) => ({ key: type, label: type[0]!.toUpperCase() + type.slice(1), align: 'right' as const, format: integer })),
      { key: 'evidence', label: 'Evidence' },
    ],
    rows: shown.map((row) => ({
      customer: row.customer,
      type: row.type,
      confidence: row.confidence,
      records: row.records,
      ...row.byType,
      evidence: formatEvidence(row.evidence),
    })),
    notes,
  };
}

/**
 * CSV of original rows with columns appended: every original column in order (short rows padded,
 * extra unnamed cells dropped, so the added cells line up), then `added`. An original header that
 * clashes with an added one is written "… (original)", so `--template-column type` reads ours.
 * Cells are neutralised against formula injection.
 */
export function annotatedCsv(headers: readonly string[], added: readonly string[], rows: readonly { cells: readonly string[]; added: CellValue[] }[]): string {
  return annotatedCsvHeader(headers, added) + annotatedCsvRows(headers.length, rows);
}

/** The header line of annotatedCsv: the original headers (a clashing one renamed "… (original)"), then the added columns. */
export function annotatedCsvHeader(headers: readonly string[], added: readonly string[]): string {
  const clashing = new Set(collidingHeaders(headers, added));
  return renderRecordsCsv([...headers.map((name) => (clashing.has(name) ? `${name} (original)` : name)), ...added], []);
}

/** Rows of annotatedCsv without the header, for writing a few at a time: each padded or cut to `width` original cells. */
export function annotatedCsvRows(width: number, rows: readonly { cells: readonly string[]; added: CellValue[] }[]): string {
  const body = rows.map(({ cells, added: extra }) => {
    const row: CellValue[] = cells.slice(0, width);
    while (row.length < width) row.push('');
    return [...row, ...extra];
  });
  return body.length === 0 ? '' : renderRecordsCsv([], body);
}

/** Original headers that clash with an added column (a help desk's own "Type", say), compared case-insensitively. */
export function collidingHeaders(headers: readonly string[], added: readonly string[]): string[] {
  const names = new Set(added.map((name) => name.toLowerCase()));
  return headers.filter((header) => names.has(header.trim().toLowerCase()));
}
