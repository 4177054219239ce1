/**
 * `care classify` output: a name → renderer map (table, csv, json, md), the streamed json and
 * csv that never hold the whole output as one string, and the complaints section of `care report`.
 */
import { COMPLAINER_TYPES, type ComplainerType, type Evidence, type Locale, isSkipped, nextAction } from '../classify/index.js';
import type { ClassifyComputation, ClassifyItem } from '../classify/log.js';
import { customerSummary, sortedRollUp } from '../classify/roll-up.js';
import { UsageError } from '../errors.js';
import { type MessageRef, say, sayIn } from '../i18n/index.js';
import type { Locale as Lang } from '../locale.js';
import { type OutputStream, nestedJson } from '../io/stream-output.js';
import { formatDay } from '../time/days.js';
import { type ComplaintsSectionJson, byCustomerJson, classifyJson, classifyJsonHead, complaintsSectionJson, managerRows, recordJson, summaryJson } from './classify-contract.js';
import { annotatedCsv, annotatedCsvHeader, annotatedCsvRows, formatEvidence, icebergGrid, managerGrid, rollUpGrid, topChannelsGrid, typeBreakdownGrid } from './classify-view.js';
import type { CellValue, Grid } from './grid.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { schemaId, withSchema } from './schemas/ids.js';

/** The columns `--format csv` appends to every original row, in this order. */
export const CLASSIFY_CSV_COLUMNS = ['type', 'confidence', 'evidence', 'action', 'skipped'] as const;
/** With --by-customer the appended columns end with the customer's number of classified records instead. */
export const ROLL_UP_CSV_COLUMNS = ['type', 'confidence', 'evidence', 'action', 'records'] as const;

/** Rows of the manager list a terminal table or Markdown shows; CSV and JSON carry all. */
const MANAGER_ROWS_SHOWN = 25;
/** Rows per piece of streamed CSV: rendered, written, and let go before the next (JSON goes record by record). */
const STREAM_RECORDS = 250;

/** What every classify renderer is given. */
export interface ClassifyView {
  result: ClassifyComputation;
  byCustomer: boolean;
  color: boolean;
  /** The language of titles, labels and notes (`--lang`; English when absent). */
  lang?: Lang;
}

/** The output formats of `care classify`: name → renderer (each returns the whole text). */
export const classifyRenderers = {
  table: ({ result, byCustomer, color, lang }: ClassifyView) => `${sayIn(lang ?? 'en', classifyTitle(result))}\n\n${gridsOf(result, byCustomer, lang).map((grid) => renderTable(grid, { color, lang })).join('\n')}`,
  csv: ({ result, byCustomer }: ClassifyView) => (byCustomer ? rollUpCsv(result) : recordsCsv(result)),
  json: ({ result, byCustomer }: ClassifyView) => `${JSON.stringify(withSchema('classify', classifyJson(result, byCustomer)), null, 2)}\n`,
  md: ({ result, byCustomer, lang }: ClassifyView) => `# ${sayIn(lang ?? 'en', classifyTitle(result))}\n\n${gridsOf(result, byCustomer, lang).map((grid) => renderMarkdown(grid, lang)).join('\n')}`,
} as const satisfies Record<string, (view: ClassifyView) => string>;

export type ClassifyFormat = keyof typeof classifyRenderers;

/** The result in one output format; html is `care report`'s alone (exit 2). */
export function renderClassify(result: ClassifyComputation, format: ClassifyFormat | 'html', options: { byCustomer: boolean; color: boolean; lang?: Lang }): string {
  if (format === 'html') throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  return classifyRenderers[format]({ result, ...options });
}

/** "Complaints — FILE · 334 records, 327 classified · as of 2024-10-28". */
function classifyTitle(result: ClassifyComputation): MessageRef {
  const { summary } = result;
  const params = { source: result.source, records: summary.records, classified: summary.classified };
  return result.asOf === undefined ? say('table.classify.heading', params) : say('table.classify.headingAsOf', { ...params, asOf: formatDay(result.asOf) });
}

function gridsOf(result: ClassifyComputation, byCustomer: boolean, lang: Lang | undefined): Grid[] {
  return byCustomer ? rollUpGrids(result, lang) : classifyGrids(result, MANAGER_ROWS_SHOWN, lang);
}

/**
 * The json or csv output written a piece at a time (the same bytes the renderers give):
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
      output.write(`{\n  "schema": ${nestedJson(schemaId('classify'), 1)},\n  "source": ${nestedJson(head.source, 1)},\n  "asOf": ${nestedJson(head.asOf, 1)},\n  "locale": ${nestedJson(head.locale, 1)},\n  "records": [`);
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

/** The summary grids in reading order: breakdown (with the next step per type), iceberg, channels, manager list; cell texts in `lang`. */
export function classifyGrids(result: ClassifyComputation, managerLimit = MANAGER_ROWS_SHOWN, lang?: Lang): Grid[] {
  return [
    typeBreakdownGrid(result.summary.types, { actions: actionsIn(result.locale), lang }),
    icebergGrid(result.summary.iceberg, lang),
    topChannelsGrid(result.summary.topChannels, lang),
    managerGrid(managerRows(result), managerLimit, lang),
  ];
}

function actionsIn(locale: Locale): Record<ComplainerType, string> {
  return Object.fromEntries(COMPLAINER_TYPES.map((type) => [type, nextAction(type, locale)])) as Record<ComplainerType, string>;
}

/** The --by-customer grids: the breakdown over customers and the roll-up itself. */
function rollUpGrids(result: ClassifyComputation, lang: Lang | undefined): Grid[] {
  const rollUp = sortedRollUp(result.items, result.locale);
  const breakdown = typeBreakdownGrid(customerSummary(rollUp).types, { unit: 'Customers', title: say('table.classify.customersTitle'), actions: actionsIn(result.locale), lang });
  const withoutCustomer = result.items.filter((item) => !isSkipped(item.result) && (item.record.customer ?? '') === '').length;
  if (withoutCustomer > 0) breakdown.notes = [...(breakdown.notes ?? []), say('table.classify.noCustomer', { count: withoutCustomer })];
  return [breakdown, rollUpGrid(rollUp, Number.POSITIVE_INFINITY, lang)];
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
  const rows = sortedRollUp(result.items, result.locale).map((roll) => ({
    cells: rowOf.get(roll.evidence) ?? [],
    added: [roll.type, roll.confidence, formatEvidence(roll.evidence), roll.action, roll.records],
  }));
  return annotatedCsv(result.headers, ROLL_UP_CSV_COLUMNS, rows);
}

/** What care report shows of a complaint log: the JSON section and the summary grids. */
export interface ComplaintsReportSection {
  json: ComplaintsSectionJson;
  grids: Grid[];
}

/** The complaints section of `care report --complaints FILE` from the classified log (10 manager rows shown; cell texts in `lang`, English when absent). */
export function buildComplaintsSection(result: ClassifyComputation, lang?: Lang): ComplaintsReportSection {
  return { json: complaintsSectionJson(result), grids: classifyGrids(result, 10, lang) };
}
