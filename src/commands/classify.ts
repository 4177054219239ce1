/**
 * care classify: each complaint record gets one of the four complainer types (silent, voicer,
 * irate, activist) with a confidence, the evidence that decided it and the next step from the
 * playbook; the summary compares the shares with the 14/37/21/28 benchmark, estimates the
 * complaint iceberg, and lists the records a manager should take today (DESIGN.md §4, issue 5).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPLAINER_TYPES, LOCALES, TEXT_CAP, builtinRules, classify, compileRules, isOverCap, isSkipped, mergeRules, nextAction, rollUpByCustomer, severityRank, summarize } from '../classify/index.js';
import type { ClassifiedItem, ComplainerType, ComplaintRecord, ComplaintSummary, CustomerRollUp, Evidence, Locale, SummaryRecord } from '../classify/index.js';
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { InputError, UsageError } from '../errors.js';
import { readRating } from '../ingest/fields/score.js';
import { normalizeHeader } from '../ingest/headers.js';
import { COMPLAINT_FIELDS } from '../ingest/kinds.js';
import { readRecords } from '../ingest/records.js';
import { openSource } from '../ingest/source.js';
import type { FieldRecord, RecordTable } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { type ManagerRow, annotatedCsv, annotatedCsvHeader, annotatedCsvRows, collidingHeaders, formatEvidence, icebergGrid, managerGrid, rollUpGrid, topChannelsGrid, typeBreakdownGrid } from '../report/classify-view.js';
import { escapeControls, roundFraction } from '../report/format.js';
import type { CellValue, Grid } from '../report/grid.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import { type Day, formatDay } from '../time/days.js';
import { type DataOptions, parseAsOf, readOptionsFor } from './data-options.js';
import { openRejectsFile, reportSkipped } from './load-orders.js';
import { emit, guardOutputs, toJson } from './output.js';
import { type OutputStream, nestedJson, openOutput } from './stream-output.js';

export interface ClassifyOptions extends DataOptions {
  /** A rules JSON file merged over the built-in rules (src/classify/schema.ts describes it). */
  rules?: string;
  /** Roll records up to each customer's most severe type. */
  byCustomer?: boolean;
  /** Language of the action text (default: the config's locale, else en). */
  locale?: Locale;
}

/** One record of the input after classification, in input order. */
export interface ClassifyItem extends ClassifiedItem {
  record: SummaryRecord & { date?: string };
  /** Physical line of the record in the file. */
  line: number;
  /** The original row, every column. */
  cells: string[];
  /** Fields longer than the text cap, with their length: only the first TEXT_CAP characters were classified. */
  truncated?: Record<string, number>;
}

/** Everything computed from one complaints file. */
export interface ClassifyComputation {
  source: string;
  /** --as-of, else the last complaint date; undefined when no record has a date. */
  asOf: Day | undefined;
  locale: Locale;
  headers: string[];
  items: ClassifyItem[];
  summary: ComplaintSummary;
  ingest: Record<string, unknown>;
}

/** The columns `--format csv` appends to every original row, in this order. */
export const CLASSIFY_CSV_COLUMNS = ['type', 'confidence', 'evidence', 'action', 'skipped'] as const;
/** With --by-customer the appended columns end with the customer's number of classified records instead. */
export const ROLL_UP_CSV_COLUMNS = ['type', 'confidence', 'evidence', 'action', 'records'] as const;

/** Rows of the manager list a terminal table or Markdown shows; CSV and JSON carry all. */
const MANAGER_ROWS_SHOWN = 25;

/**
 * Header names of a survey score on a complaint record: COMPLAINT_FIELDS has no score field, so
 * the command finds the column itself. A 0–10 score (NPS, rating) is passed as it is.
 */
const SCORE_HEADERS = ['score', 'rating', 'nps', 'nps score', 'nps rating', 'оценка', 'балл', 'оценка nps', 'nps оценка', 'оценка клиента', 'оценка на клиента', 'рейтинг'];
/** A 1–5 CSAT rating; rescaled to 0–10 so the rules' one low-score threshold (≤ 6) applies to both. */
const CSAT_HEADERS = ['csat', 'csat score', 'csat rating', 'satisfaction', 'satisfaction rating', 'satisfaction score', 'удовлетворенность', 'оценка удовлетворенности', 'удовлетвореност'];

/** care classify COMPLAINTS: classify every record and print the summary, the records or the roll-up. */
export async function runClassify(io: Io, file: string, options: ClassifyOptions = {}): Promise<void> {
  guardOutputs(io, { input: file, '--rules': options.rules }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const config = loadConfig(io.cwd, options.config);
  const result = await computeClassify(io, file, options, config);
  const format = options.format ?? 'table';
  if (format === 'csv') {
    const renamed = collidingHeaders(result.headers, options.byCustomer ? ROLL_UP_CSV_COLUMNS : CLASSIFY_CSV_COLUMNS);
    if (renamed.length > 0) io.stderr.write(`care: the input's own ${renamed.map((h) => `"${escapeControls(h)}"`).join(', ')} column${renamed.length === 1 ? ' is' : 's are'} written as "… (original)" so the added columns keep their names\n`);
  }
  const byCustomer = options.byCustomer ?? false;
  if (format === 'json' || (format === 'csv' && !byCustomer)) {
    writeClassifyStream(openOutput(io, options.out, result.asOf), result, format, byCustomer);
    return;
  }
  emit(io, renderClassify(result, format, { byCustomer, color: io.color }), options.out, result.asOf);
}

/** Rows per piece of streamed CSV: rendered, written, and let go before the next (JSON goes record by record). */
const STREAM_RECORDS = 250;

/**
 * The json or csv output written a piece at a time (the same bytes renderClassify gives):
 * `{"source", "asOf", "locale", "records": [` then the records one by one, then
 * `], "summary", "ingest"…}`. The whole output is never one string, so a million records do
 * not hit V8's string length limit and the output adds no memory per record.
 */
export function writeClassifyStream(output: OutputStream, result: ClassifyComputation, format: 'json' | 'csv', byCustomer: boolean): void {
  try {
    if (format === 'csv') {
      output.write(annotatedCsvHeader(result.headers, CLASSIFY_CSV_COLUMNS));
      for (let from = 0; from < result.items.length; from += STREAM_RECORDS) {
        output.write(annotatedCsvRows(result.headers.length, result.items.slice(from, from + STREAM_RECORDS).map(csvRow)));
      }
    } else {
      const head = classifyJsonHead(result);
      output.write(`{\n  "source": ${nestedJson(head.source, 1)},\n  "asOf": ${nestedJson(head.asOf, 1)},\n  "locale": ${nestedJson(head.locale, 1)},\n  "records": [`);
      result.items.forEach((item, index) => output.write(`${index === 0 ? '\n' : ',\n'}    ${nestedJson(recordJson(item), 2)}`));
      output.write(result.items.length === 0 ? '],\n' : '\n  ],\n');
      const tail: [string, unknown][] = [['summary', summaryJson(result)], ['ingest', result.ingest]];
      if (byCustomer) tail.push(['byCustomer', byCustomerJson(result)]);
      output.write(`${tail.map(([key, value]) => `  ${JSON.stringify(key)}: ${nestedJson(value, 1)}`).join(',\n')}\n}\n`);
    }
    output.close();
  } catch (error) {
    output.abort();
    throw error;
  }
}

/** The head of the JSON document, before its records. */
function classifyJsonHead(result: ClassifyComputation): { source: string; asOf: string | null; locale: Locale } {
  return { source: result.source, asOf: result.asOf === undefined ? null : formatDay(result.asOf), locale: result.locale };
}

/** Reads the complaints, classifies each record with the (merged) rules, and summarises. */
export async function computeClassify(io: Io, file: string, options: ClassifyOptions, config: CareConfig): Promise<ClassifyComputation> {
  const locale = resolveLocale(options.locale ?? config.locale);
  const rules = compileRules(options.rules === undefined ? builtinRules : mergeRules(builtinRules, readRulesFile(io, options.rules), options.rules));
  const asOfOption = parseAsOf(options.asOf);
  const { map = {}, ...readOptions } = readOptionsFor('complaints', options, config);
  // The score is not a complaint field: take its --map / config entry out before the reader sees it.
  const { score: scoreHeader, csat: csatHeader, ...fieldMap } = map;
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  try {
    const table = await readRecords(openSource(io, file), COMPLAINT_FIELDS, {
      ...readOptions,
      map: fieldMap,
      onReject: rejects?.add,
      required: options.byCustomer ? ['customer'] : [],
    });
    requireSomethingToClassifyBy(table);
    const score = findScoreColumn(table, scoreHeader, csatHeader);
    const items: ClassifyItem[] = [];
    let afterAsOf = 0;
    let unreadableScores = 0;
    let noEvidenceLine: number | undefined;
    let truncatedCount = 0;
    let firstTruncated: { line: number; fields: Record<string, number> } | undefined;
    for (const source of table.records) {
      const day = source.values['date'];
      if (asOfOption !== undefined && typeof day === 'number' && day > asOfOption) {
        afterAsOf++;
        continue;
      }
      const record = toComplaintRecord(source);
      if (score !== undefined) {
        const value = readScoreCell(source.cells[score.index] ?? '', score.scale);
        if (value === 'unreadable') unreadableScores++;
        else if (value !== undefined) record.score = value;
      }
      const truncated = overCapFields(record);
      if (truncated !== undefined) {
        truncatedCount++;
        firstTruncated ??= { line: source.line, fields: truncated };
      }
      const result = classify(record, rules, locale);
      if (isSkipped(result)) {
        if (options.strict) {
          throw new InputError('CARE_NO_EVIDENCE', 'nothing to classify this record by: no complaint words, channel, dissatisfaction status or low score', {
            file,
            line: source.line,
            hint: 'add its words or channel to a --rules file, or leave out --strict to skip and count such records',
          });
        }
        noEvidenceLine ??= source.line;
        rejects?.add({ line: source.line, reason: result.skipped, detail: 'no complaint words, channel, dissatisfaction status or low score', cells: source.cells });
      }
      items.push(truncated === undefined ? { record, result, line: source.line, cells: source.cells } : { record, result, line: source.line, cells: source.cells, truncated });
    }
    rejects?.commit();
    const summary = summarize(items);
    const skipped = { ...table.ingest.skipped, ...summary.skipped };
    const firstLine = { ...((table.ingest['firstLine'] ?? {}) as Record<string, number>), ...(noEvidenceLine === undefined ? {} : { noEvidence: noEvidenceLine }) };
    reportSkipped(io, file, skipped, firstLine);
    if (firstTruncated !== undefined) io.stderr.write(truncationNote(file, truncatedCount, firstTruncated));
    const columns: Record<string, string> = Object.fromEntries(Object.entries(table.mapping).map(([field, index]) => [field, table.headers[index] ?? '']));
    if (score !== undefined) columns[score.scale === 'csat' ? 'csat' : 'score'] = table.headers[score.index] ?? '';
    return {
      source: file,
      asOf: asOfOption ?? lastDay(table.records),
      locale,
      headers: table.headers,
      items,
      summary,
      ingest: {
        rows: table.ingest.rows,
        records: items.length,
        classified: summary.classified,
        skipped,
        ...(afterAsOf > 0 ? { afterAsOf } : {}),
        ...(unreadableScores > 0 ? { unreadableScores } : {}),
        columns,
      },
    };
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
}

/** Fields of a record longer than the text cap, with their length; undefined when none is. */
function overCapFields(record: ComplaintRecord): Record<string, number> | undefined {
  let over: Record<string, number> | undefined;
  for (const field of ['channel', 'subject', 'text', 'status'] as const) {
    const value = record[field];
    if (value !== undefined && isOverCap(value)) (over ??= {})[field] = value.length;
  }
  return over;
}

/** One stderr line: where the first over-long field is, how many records had one, and the cap. */
function truncationNote(file: string, count: number, first: { line: number; fields: Record<string, number> }): string {
  const [field, length] = Object.entries(first.fields)[0] as [string, number];
  const others = count > 1 ? ` (and ${(count - 1).toLocaleString('en-US')} more record${count === 2 ? '' : 's'})` : '';
  return `care: ${escapeControls(file)}, line ${first.line}, field "${field}": ${length.toLocaleString('en-US')} characters; classified on the first ${TEXT_CAP.toLocaleString('en-US')}${others}\n`;
}

function resolveLocale(locale: string | undefined): Locale {
  if (locale === undefined) return 'en';
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  throw new UsageError('CARE_BAD_LOCALE', `--locale ${locale}: expected one of ${LOCALES.join(', ')}`);
}

/** The --rules file as parsed JSON; unreadable or not JSON is a usage error (exit 2) naming the file. */
function readRulesFile(io: Io, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot read it (${code ?? 'unknown error'})`;
    throw new UsageError('CARE_RULES_FILE', `--rules: ${why}`, { file, hint: 'name a rules JSON file (see src/classify/schema.ts for the format)' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError('CARE_BAD_RULES', `--rules: not valid JSON (${(error as Error).message})`, { file, hint: 'check the file with a JSON validator' });
  }
}

/** Channel, subject and text are each optional, but a file with none of them has nothing to classify by (exit 3). */
function requireSomethingToClassifyBy(table: RecordTable): void {
  if (['channel', 'subject', 'text'].some((field) => table.mapping[field] !== undefined)) return;
  throw new InputError('CARE_MISSING_FIELD', 'no column for channel, subject or text: there is nothing to classify the complaints by', {
    file: table.source,
    field: 'channel, subject, text',
    hint: `map one with --map text=HEADER (or channel=, subject=); the headers are: ${table.headers.join(', ')}`,
  });
}

/** The score column: --map score=/csat= (or the config), else the first header that names a score. */
function findScoreColumn(table: RecordTable, scoreHeader: string | undefined, csatHeader: string | undefined): { index: number; scale: 'score' | 'csat' } | undefined {
  const normalized = table.headers.map(normalizeHeader);
  for (const [header, scale] of [[scoreHeader, 'score'], [csatHeader, 'csat']] as const) {
    if (header === undefined) continue;
    let index = table.headers.indexOf(header);
    if (index === -1) index = normalized.indexOf(normalizeHeader(header));
    if (index === -1) throw new UsageError('CARE_UNKNOWN_HEADER', `--map ${scale}=${header}: the file has no header "${header}"`, { file: table.source, hint: `its headers are: ${table.headers.join(', ')}` });
    return { index, scale };
  }
  const taken = new Set(Object.values(table.mapping));
  for (const [synonyms, scale] of [[SCORE_HEADERS, 'score'], [CSAT_HEADERS, 'csat']] as const) {
    for (const synonym of synonyms) {
      const index = normalized.findIndex((header, i) => header === synonym && !taken.has(i));
      if (index !== -1) return { index, scale };
    }
  }
  return undefined;
}

/** A 0–10 score (a CSAT 1–5 rating mapped linearly onto 0–10); undefined for an empty cell. */
function readScoreCell(text: string, scale: 'score' | 'csat'): number | 'unreadable' | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (scale === 'csat') {
    const rating = readRating(trimmed, 1, 5);
    return rating === undefined ? 'unreadable' : (rating - 1) * 2.5;
  }
  const whole = readRating(trimmed, 0, 10);
  if (whole !== undefined) return whole;
  // Averaged scores ("6.5", "6,5") still say how unhappy the customer was.
  if (/^\d{1,2}(?:[.,]\d+)?$/.test(trimmed)) {
    const value = Number(trimmed.replace(',', '.'));
    if (value <= 10) return value;
  }
  return 'unreadable';
}

/** The fields the classifier and the summary read; empty cells are absent fields. */
function toComplaintRecord(source: FieldRecord): ComplaintRecord & SummaryRecord & { date?: string } {
  const record: ComplaintRecord & SummaryRecord & { date?: string } = {};
  for (const field of ['id', 'customer', 'date', 'channel', 'subject', 'text', 'status'] as const) {
    const value = source.values[field];
    if (field === 'date') {
      if (typeof value === 'number') record.date = formatDay(value);
    } else if (typeof value === 'string' && value !== '') record[field] = value;
  }
  return record;
}

function lastDay(records: readonly FieldRecord[]): Day | undefined {
  let last: Day | undefined;
  for (const record of records) {
    const day = record.values['date'];
    if (typeof day === 'number' && (last === undefined || day > last)) last = day;
  }
  return last;
}

/** Each customer's most severe type, most severe first, then the surest, then by customer. */
export function sortedRollUp(result: ClassifyComputation): CustomerRollUp[] {
  return rollUpByCustomer(result.items, result.locale).sort(
    (a, b) => severityRank(a.type) - severityRank(b.type) || b.confidence - a.confidence || a.customer.localeCompare(b.customer),
  );
}

/** The manager list with each record's date as written in ISO form and the words that decided it. */
export function managerRows(result: ClassifyComputation): (ManagerRow & { line: number; rule: string })[] {
  return result.summary.needsManager.map((item) => {
    const source = result.items[item.index]!;
    const words = isSkipped(source.result) ? [] : source.result.evidence.words;
    const row: ManagerRow & { line: number; rule: string } = { line: source.line, type: item.type, confidence: item.confidence, rule: item.rule, words };
    if (item.id !== undefined) row.id = item.id;
    if (item.customer !== undefined) row.customer = item.customer;
    if (source.record.date !== undefined) row.date = source.record.date;
    return row;
  });
}

/** The summary as JSON: counts, shares 0–1 (6 decimals), benchmark, iceberg, channels, manager list. */
export function summaryJson(result: ClassifyComputation) {
  const { summary } = result;
  return {
    records: summary.records,
    classified: summary.classified,
    skipped: summary.skipped,
    types: summary.types.map((row) => ({ ...row, share: roundFraction(row.share), difference: roundFraction(row.difference) })),
    iceberg: summary.iceberg,
    topChannels: summary.topChannels,
    needsManager: managerRows(result),
  };
}

/** The JSON contract (DESIGN.md §5): every record with type, confidence, evidence and action, the summary, `ingest`. */
export function classifyJson(result: ClassifyComputation, byCustomer: boolean) {
  const json: Record<string, unknown> = {
    ...classifyJsonHead(result),
    records: result.items.map(recordJson),
    summary: summaryJson(result),
    ingest: result.ingest,
  };
  if (byCustomer) json['byCustomer'] = byCustomerJson(result);
  return json;
}

function byCustomerJson(result: ClassifyComputation) {
  const rollUp = sortedRollUp(result);
  return { types: customerSummary(rollUp).types.map((row) => ({ ...row, share: roundFraction(row.share), difference: roundFraction(row.difference) })), customers: rollUp };
}

/** One record in JSON; `truncated` (field → its length) only when a field was longer than the text cap. */
function recordJson(item: ClassifyItem): Record<string, unknown> {
  const { line, record, result } = item;
  const json: Record<string, unknown> = isSkipped(result)
    ? { line, ...record, type: null, confidence: null, evidence: null, action: null, skipped: result.skipped }
    : { line, ...record, type: result.type, confidence: result.confidence, evidence: result.evidence, action: result.action };
  if (item.truncated !== undefined) json['truncated'] = item.truncated;
  return json;
}

/** The breakdown over customers (each counted once, by their most severe type), from the roll-up. */
function customerSummary(rollUp: readonly CustomerRollUp[]): ComplaintSummary {
  return summarize(rollUp.map(({ customer, type, confidence, evidence, action }) => ({ record: { customer }, result: { type, confidence, evidence, action } })));
}

/** The summary grids in reading order: breakdown (with the next step per type), iceberg, channels, manager list. */
export function classifyGrids(result: ClassifyComputation, managerLimit = MANAGER_ROWS_SHOWN): Grid[] {
  return [
    typeBreakdownGrid(result.summary.types, { actions: actionsIn(result.locale) }),
    icebergGrid(result.summary.iceberg),
    topChannelsGrid(result.summary.topChannels),
    managerGrid(managerRows(result), managerLimit),
  ];
}

function actionsIn(locale: Locale): Record<ComplainerType, string> {
  return Object.fromEntries(COMPLAINER_TYPES.map((type) => [type, nextAction(type, locale)])) as Record<ComplainerType, string>;
}

/** The --by-customer grids: the breakdown over customers and the roll-up itself. */
function rollUpGrids(result: ClassifyComputation): Grid[] {
  const rollUp = sortedRollUp(result);
  const breakdown = typeBreakdownGrid(customerSummary(rollUp).types, { unit: 'Customers', title: 'Customers by their most severe type', actions: actionsIn(result.locale) });
  const withoutCustomer = result.items.filter((item) => !isSkipped(item.result) && (item.record.customer ?? '') === '').length;
  if (withoutCustomer > 0) breakdown.notes = [...(breakdown.notes ?? []), `${withoutCustomer} classified record${withoutCustomer === 1 ? ' has' : 's have'} no customer and ${withoutCustomer === 1 ? 'is' : 'are'} left out.`];
  return [breakdown, rollUpGrid(rollUp)];
}

/** The result in one output format (the CLI offers table, csv, json and md). */
export function renderClassify(result: ClassifyComputation, format: NonNullable<DataOptions['format']>, options: { byCustomer: boolean; color: boolean }): string {
  const { summary } = result;
  const title = `Complaints — ${result.source} · ${summary.records.toLocaleString('en-US')} records, ${summary.classified.toLocaleString('en-US')} classified${result.asOf === undefined ? '' : ` · as of ${formatDay(result.asOf)}`}`;
  switch (format) {
    case 'json':
      return toJson(classifyJson(result, options.byCustomer));
    case 'csv':
      return options.byCustomer ? rollUpCsv(result) : recordsCsv(result);
    case 'md':
      return `# ${title}\n\n${(options.byCustomer ? rollUpGrids(result) : classifyGrids(result)).map(renderMarkdown).join('\n')}`;
    case 'table':
      return `${title}\n\n${(options.byCustomer ? rollUpGrids(result) : classifyGrids(result)).map((grid) => renderTable(grid, { color: options.color })).join('\n')}`;
    case 'html':
      throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md' });
  }
}

/**
 * Every original column, in order, plus type, confidence, evidence, action and skipped. A record
 * the classifier could not place keeps its row with those empty and the reason in `skipped`, so
 * the output has one row per record read (rows the reader rejected are in --rejects instead).
 */
function recordsCsv(result: ClassifyComputation): string {
  return annotatedCsv(result.headers, CLASSIFY_CSV_COLUMNS, result.items.map(csvRow));
}

function csvRow({ cells, result: outcome }: ClassifyItem): { cells: string[]; added: CellValue[] } {
  const added: CellValue[] = isSkipped(outcome) ? ['', null, '', '', outcome.skipped] : [outcome.type, outcome.confidence, formatEvidence(outcome.evidence), outcome.action, ''];
  return { cells, added };
}

/** One row per customer: the original columns of the record that decided their type, then type … action and their record count. */
function rollUpCsv(result: ClassifyComputation): string {
  const rowOf = new Map<Evidence, string[]>();
  // rollUpByCustomer hands back the deciding record's own evidence object: it finds that record's row.
  for (const item of result.items) if (!isSkipped(item.result)) rowOf.set(item.result.evidence, item.cells);
  const rows = sortedRollUp(result).map((roll) => ({
    cells: rowOf.get(roll.evidence) ?? [],
    added: [roll.type, roll.confidence, formatEvidence(roll.evidence), roll.action, roll.records],
  }));
  return annotatedCsv(result.headers, ROLL_UP_CSV_COLUMNS, rows);
}

/** What care report shows of a complaint log: the JSON section and the summary grids. */
export interface ComplaintsReportSection {
  json: { source: string; asOf: string | null; locale: Locale; summary: ReturnType<typeof summaryJson>; ingest: Record<string, unknown> };
  grids: Grid[];
}

/**
 * The complaints section of `care report --complaints FILE`. Only the complaint-neutral options
 * apply: --strict, --as-of, --rules and --locale; the report's --map, --rejects and --out belong
 * to its orders file and are not used here.
 */
export async function complaintsReportSection(
  io: Io,
  file: string,
  config: CareConfig,
  options: Pick<ClassifyOptions, 'strict' | 'asOf' | 'rules' | 'locale'> = {},
): Promise<ComplaintsReportSection> {
  const result = await computeClassify(io, file, { strict: options.strict, asOf: options.asOf, rules: options.rules, locale: options.locale }, config);
  return {
    json: { source: result.source, asOf: result.asOf === undefined ? null : formatDay(result.asOf), locale: result.locale, summary: summaryJson(result), ingest: result.ingest },
    grids: classifyGrids(result, 10),
  };
}
