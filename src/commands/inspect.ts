/**
 * care inspect: what care detected in an export — encoding, delimiter, header → field mapping
 * (and the headers left over), date and number formats, row counts by outcome, the first rows
 * as read. The first command a new user runs, and the one to run when numbers look wrong.
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { DateKind, readDate } from '../ingest/fields/date.js';
import { readMoney, toMinorUnits } from '../ingest/fields/money.js';
import { FIELDS_BY_KIND, type ExportKind } from '../ingest/kinds.js';
import { readOrders } from '../ingest/orders.js';
import { readRecords } from '../ingest/records.js';
import { REASON_TEXT } from '../ingest/rejects.js';
import { openSource } from '../ingest/source.js';
import type { FieldRecord, Sniffed } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { formatDay } from '../time/days.js';
import { formatInteger, formatMoney, toMajor } from '../report/format.js';
import { netRevenueOf } from '../metrics/history.js';
import type { Grid } from '../report/grid.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import { type DataOptions, parsePositiveInt, readOptionsFor } from './data-options.js';
import { emit, guardOutputs, toJson } from './output.js';

export interface InspectOptions extends DataOptions {
  kind?: string;
  rows?: string | number;
}

export interface InspectResult {
  file: string;
  kind: ExportKind;
  encoding: string;
  bom: boolean;
  delimiter: string;
  newline: string;
  headers: { header: string; field: string | null }[];
  unmapped: string[];
  dateFormat?: string;
  decimalComma?: boolean;
  currency?: string | null;
  /** Net revenue of the kept orders (returns and credits subtracted), in major units. */
  netRevenue?: number;
  /** First and last day of any kept order. */
  firstDate?: string;
  lastDate?: string;
  counts: Record<string, number | Record<string, number>>;
  sample: { line: number; values: Record<string, string> }[];
}

export async function runInspect(io: Io, file: string, options: InspectOptions): Promise<void> {
  const kind = (options.kind ?? 'orders') as ExportKind;
  if (!(kind in FIELDS_BY_KIND)) throw new UsageError('CARE_BAD_KIND', `--kind ${kind}: unknown kind`, { hint: `one of ${Object.keys(FIELDS_BY_KIND).join(', ')}` });
  const sampleSize = parsePositiveInt('--rows', options.rows, 5);
  guardOutputs(io, { input: file }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const config = loadConfig(io.cwd, options.config);
  const result = kind === 'orders' ? await inspectOrders(io, file, options, sampleSize, config) : await inspectRecords(io, file, kind, options, sampleSize, config);
  emit(io, renderInspect(result, options, io.color), options.out);
}

async function inspectOrders(io: Io, file: string, options: InspectOptions, sampleSize: number, config: CareConfig): Promise<InspectResult> {
  // The same reader as every orders command, keeping the first rows as read.
  const read = await readOrders(openSource(io, file), { ...readOptionsFor('orders', options, config), sample: sampleSize });
  const fieldOf = invert(read.mapping.fields);
  const ordered = ['customer', 'date', 'order', 'amount', 'quantity', 'price', 'status', 'currency'].filter((field) => read.mapping.fields[field] !== undefined);
  const order = read.dateFormat.includes('M/D/Y') ? 'MDY' : 'DMY';
  return {
    ...describeSniffed(file, 'orders', read.sniffed),
    headers: read.headers.map((header, index) => ({ header, field: fieldOf.get(index) ?? null })),
    unmapped: read.mapping.unmapped.map((index) => read.headers[index]!),
    dateFormat: read.dateFormat,
    decimalComma: read.decimalComma,
    currency: read.history.currency ?? null,
    counts: {
      rows: read.ingest.rows,
      orders: read.ingest.orders,
      customers: read.ingest.customers,
      excludedOrders: read.ingest.excludedOrders,
      excludedRows: read.ingest.excludedRows,
      creditOrders: read.ingest.creditOrders,
      skipped: read.ingest.skipped,
    },
    ...(read.history.hasAmounts ? { netRevenue: toMajor(netRevenueOf(read.history)) } : {}),
    ...(read.history.firstDay === undefined ? {} : { firstDate: formatDay(read.history.firstDay), lastDate: formatDay(read.history.lastDay!) }),
    sample: read.sample.map(({ line, cells }) => ({
      line,
      values: Object.fromEntries(ordered.map((field) => [field, showValue(field, cells[read.mapping.fields[field]!] ?? '', order, read.decimalComma)])),
    })),
  };
}

async function inspectRecords(io: Io, file: string, kind: ExportKind, options: InspectOptions, sampleSize: number, config: CareConfig): Promise<InspectResult> {
  const fields = FIELDS_BY_KIND[kind];
  const table = await readRecords(openSource(io, file), fields, { ...readOptionsFor(kind, options, config), required: [] });
  const fieldOf = invert(table.mapping);
  return {
    ...describeSniffed(file, kind, table.sniffed),
    headers: table.headers.map((header, index) => ({ header, field: fieldOf.get(index) ?? null })),
    unmapped: table.headers.filter((_, index) => !fieldOf.has(index)),
    counts: { rows: table.ingest.rows, records: table.records.length, ...distinctCustomers(table.records, table.mapping), skipped: table.ingest.skipped },
    sample: table.records.slice(0, sampleSize).map((record) => ({
      line: record.line,
      values: Object.fromEntries(
        fields
          .filter((field) => table.mapping[field.name] !== undefined)
          .map((field) => {
            const value = record.values[field.name];
            const text = value === undefined ? '' : field.type === 'date' ? formatDay(value as number) : field.type === 'money' ? ((value as number) / 100).toFixed(2) : String(value);
            return [field.name, text];
          }),
      ),
    })),
  };
}

/** Distinct customer ids among the records, when the export has a customer column. */
function distinctCustomers(records: readonly FieldRecord[], mapping: Record<string, number>): { customers?: number } {
  if (mapping['customer'] === undefined) return {};
  const ids = new Set<string>();
  for (const record of records) {
    const id = record.values['customer'];
    if (typeof id === 'string' && id !== '') ids.add(id);
  }
  return { customers: ids.size };
}

function describeSniffed(file: string, kind: ExportKind, sniffed: Sniffed) {
  const delimiterName: Record<string, string> = { ',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab', '|': 'pipe (|)' };
  const newlineName: Record<string, string> = { '\n': 'LF', '\r\n': 'CRLF', '\r': 'CR' };
  return {
    file,
    kind,
    encoding: sniffed.encoding,
    bom: sniffed.bom,
    delimiter: delimiterName[sniffed.delimiter] ?? sniffed.delimiter,
    newline: newlineName[sniffed.newline] ?? sniffed.newline,
  };
}

function invert(mapping: Record<string, number>): Map<number, string> {
  return new Map(Object.entries(mapping).map(([field, index]) => [index, field]));
}

/** A cell as care reads it: dates as ISO days, money as amounts; the raw text when it does not read. */
function showValue(field: string, cell: string, order: 'DMY' | 'MDY', decimalComma: boolean): string {
  if (field === 'date') {
    const date = readDate(cell, order);
    return date.kind === DateKind.Day ? formatDay(date.value) : `${cell} (unreadable)`;
  }
  if (field === 'amount' || field === 'price') {
    const money = readMoney(cell, decimalComma);
    return money.ok ? (toMinorUnits(money.value) / 100).toFixed(2) + (money.currency ? ` ${money.currency}` : '') : cell.trim() === '' ? '' : `${cell} (unreadable)`;
  }
  return cell.trim();
}

export function renderInspect(result: InspectResult, options: InspectOptions, color: boolean): string {
  if (options.format === 'json') return toJson(result);
  const render = (grid: Grid) => (options.format === 'md' ? renderMarkdown(grid) : renderTable(grid, { color }));
  const counts = result.counts;
  const skipped = (counts['skipped'] ?? {}) as Record<string, number>;
  const detected: Grid = {
    title: `${result.file} — read as ${result.kind}`,
    columns: [
      { key: 'what', label: 'Detected' },
      { key: 'value', label: 'Value' },
    ],
    rows: [
      { what: 'encoding', value: `${result.encoding}${result.bom ? ' (with BOM)' : ''}` },
      { what: 'delimiter', value: result.delimiter },
      { what: 'line ends', value: result.newline },
      ...(result.dateFormat === undefined ? [] : [{ what: 'dates', value: result.dateFormat }]),
      ...(result.decimalComma === undefined ? [] : [{ what: 'numbers', value: result.decimalComma ? 'decimal comma (1 234,56)' : 'decimal point (1,234.56)' }]),
      ...(result.currency ? [{ what: 'currency', value: result.currency }] : []),
      ...Object.entries(counts)
        .filter(([key]) => key !== 'skipped')
        .map(([key, value]) => ({ what: key, value: formatInteger(value as number) })),
      ...(result.netRevenue === undefined ? [] : [{ what: 'net revenue', value: formatMoney(Math.round(result.netRevenue * 100), result.currency ?? undefined) }]),
      ...(result.firstDate === undefined ? [] : [{ what: 'dates span', value: `${result.firstDate} … ${result.lastDate}` }]),
      ...Object.entries(skipped)
        .filter(([, count]) => count > 0)
        .map(([reason, count]) => ({ what: `skipped: ${REASON_TEXT[reason] ?? reason}`, value: formatInteger(count) })),
    ],
  };
  const headers: Grid = {
    title: 'Columns',
    columns: [
      { key: 'header', label: 'Header' },
      { key: 'field', label: 'Read as' },
    ],
    rows: result.headers.map(({ header, field }) => ({ header, field: field ?? '(not used)' })),
  };
  const fields = Object.keys(result.sample[0]?.values ?? {});
  const sample: Grid = {
    title: `First ${result.sample.length} rows as read`,
    columns: [{ key: 'line', label: 'Line', align: 'right' }, ...fields.map((field) => ({ key: field, label: field }))],
    rows: result.sample.map(({ line, values }) => ({ line, ...values })),
  };
  return [detected, headers, sample].map(render).join('\n');
}

