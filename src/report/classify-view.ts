/**
 * Complaint classification results as grids: the breakdown per complainer type against the
 * 14 / 37 / 21 / 28 benchmark, the complaint-iceberg estimate, the top channels per type, the
 * records a manager should take today, and the per-customer roll-up. Shares are percentages here;
 * JSON keeps them 0–1 (docs/contracts.md).
 */
import type { ChannelCount, ComplainerType, ComplaintSummary, CustomerRollUp, Evidence, TypeShare } from '../classify/index.js';
import { COMPLAINER_TYPES } from '../classify/index.js';
import { say, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { formatInteger, formatPercent } from './format.js';
import type { CellValue, Grid, GridText } from './grid.js';
import { renderRecordsCsv } from './render-csv.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);

/** A message in the table's language (English when the run has none): the text of a cell. */
const cellSaid = (lang: Locale | undefined, key: Parameters<typeof say>[0], params?: Parameters<typeof say>[1]): string => translate(lang, key, params);

/** A type's name in a table cell ("activist" in English, "активист" in Russian). */
export function typeName(type: ComplainerType, lang?: Locale): string {
  return cellSaid(lang, `table.classify.type.${type}`);
}

/** A 0–1 difference of shares as signed percentage points: `+2.0 pp`, `-5.3 pp`; `–` for null. */
export function formatPointDifference(value: number | null | undefined, unit = 'pp'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const rounded = Math.round(value * 1000) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)} ${unit}`;
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
export function typeBreakdownGrid(types: readonly TypeShare[], options: { unit?: 'Complaints' | 'Customers'; title?: GridText; actions?: Record<ComplainerType, string>; lang?: Locale } = {}): Grid {
  const lang = options.lang;
  const unit = options.unit ?? 'Complaints';
  const total = types.reduce((sum, row) => sum + row.count, 0);
  const rows: Record<string, CellValue>[] = types.map((row) => ({
    type: cellSaid(lang, `table.classify.typeLabel.${row.type}`),
    count: row.count,
    share: row.share,
    benchmark: row.benchmark,
    difference: row.difference,
  }));
  rows.push({ type: cellSaid(lang, 'table.classify.allClassified'), count: total, share: total > 0 ? 1 : null, benchmark: 1, difference: null });
  const notes: GridText[] = [say('table.classify.benchmarkNote')];
  if (options.actions !== undefined) {
    notes.push(say('table.classify.nextStep'));
    for (const type of COMPLAINER_TYPES) notes.push(`  ${typeName(type, lang)}: ${options.actions[type]}`);
  }
  const pointsUnit = cellSaid(lang, 'table.classify.pointsUnit');
  return {
    title: options.title ?? say('table.classify.title'),
    columns: [
      { key: 'type', label: say('table.classify.type') },
      { key: 'count', label: say(unit === 'Customers' ? 'table.classify.customers' : 'table.classify.complaints'), align: 'right', format: integer },
      { key: 'share', label: say('table.classify.share'), align: 'right', format: percent },
      { key: 'benchmark', label: say('table.classify.benchmark'), align: 'right', format: percent },
      { key: 'difference', label: say('table.classify.difference'), align: 'right', format: (value) => formatPointDifference(value as number | null, pointsUnit) },
    ],
    rows,
    notes,
  };
}

/** The complaint iceberg: voiced complaints × 27 ≈ unhappy customers (docs/definitions.md, "Complainer types"). */
export function icebergGrid(iceberg: ComplaintSummary['iceberg'], lang?: Locale): Grid {
  return {
    title: say('table.classify.iceberg.title'),
    columns: [
      { key: 'measure', label: say('table.classify.iceberg.measure') },
      { key: 'value', label: say('table.classify.iceberg.value'), align: 'right' },
    ],
    rows: [
      { measure: cellSaid(lang, 'table.classify.iceberg.voiced'), value: formatInteger(iceberg.voicedComplaints) },
      { measure: cellSaid(lang, 'table.classify.iceberg.multiplier'), value: `× ${iceberg.multiplier}` },
      { measure: cellSaid(lang, 'table.classify.iceberg.estimate'), value: `≈ ${formatInteger(iceberg.estimatedUnhappyCustomers)}` },
    ],
    notes: [say('table.classify.iceberg.note')],
  };
}

/** The channels each type came through, most used first. */
export function topChannelsGrid(topChannels: Readonly<Record<ComplainerType, ChannelCount[]>>, lang?: Locale): Grid {
  const rows: Record<string, CellValue>[] = [];
  for (const type of COMPLAINER_TYPES) {
    for (const { channel, count } of topChannels[type]) rows.push({ type: typeName(type, lang), channel, count });
  }
  return {
    title: say('table.classify.channels.title'),
    columns: [
      { key: 'type', label: say('table.classify.type') },
      { key: 'channel', label: say('table.classify.channel') },
      { key: 'count', label: say('table.classify.complaints'), align: 'right', format: integer },
    ],
    rows,
    notes: rows.length === 0 ? [say('table.classify.channels.none')] : [],
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
export function managerGrid(rows: readonly ManagerRow[], limit = Number.POSITIVE_INFINITY, lang?: Locale): Grid {
  const shown = rows.slice(0, limit);
  const notes: GridText[] = rows.length === 0 ? [say('table.classify.manager.none')] : [];
  if (rows.length > shown.length) notes.push(say('table.classify.manager.more', { count: rows.length - shown.length }));
  return {
    title: say('table.classify.manager.title'),
    columns: [
      { key: 'type', label: say('table.classify.type') },
      { key: 'id', label: say('table.classify.id') },
      { key: 'customer', label: say('table.classify.customer') },
      { key: 'date', label: say('table.classify.date') },
      { key: 'confidence', label: say('table.classify.confidence'), align: 'right', format: percent },
      { key: 'words', label: say('table.classify.evidence') },
    ],
    rows: shown.map((row) => ({
      type: typeName(row.type, lang),
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
export function rollUpGrid(rollUps: readonly CustomerRollUp[], limit = Number.POSITIVE_INFINITY, lang?: Locale): Grid {
  const shown = rollUps.slice(0, limit);
  const notes: GridText[] = rollUps.length > shown.length ? [say('table.classify.rollUp.more', { count: rollUps.length - shown.length })] : [];
  return {
    title: say('table.classify.rollUp.title'),
    columns: [
      { key: 'customer', label: say('table.classify.customer') },
      { key: 'type', label: say('table.classify.type') },
      { key: 'confidence', label: say('table.classify.confidence'), align: 'right', format: percent },
      { key: 'records', label: say('table.classify.records'), align: 'right', format: integer },
      ...COMPLAINER_TYPES.map((type) => ({ key: type, label: say(`table.classify.typeColumn.${type}`), align: 'right' as const, format: integer })),
      { key: 'evidence', label: say('table.classify.evidence') },
    ],
    rows: shown.map((row) => ({
      customer: row.customer,
      type: typeName(row.type, lang),
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
