/**
 * care inspect's figures: what an export's head and a read of it say — the sniffed encoding and
 * delimiter, the profile chosen, the formats, counts and first rows as care reads them (or as
 * written, when it cannot be read). Diagnostic work only: nothing here is on the readers' row path.
 */
import { Readable } from 'node:stream';
import { type CareError, InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import { netRevenueOf } from '../metrics/history.js';
import { formatPlainMoney, toMajor } from '../money/index.js';
import { formatDay } from '../time/days.js';
import { type ExportHead, type InspectKind, type KindHow, countStatuses, describeDates } from './describe.js';
import { DateKind, readDate } from './fields/date.js';
import { decimalCommaFromCells, minorScale, readMoney, toMinorUnits } from './fields/money.js';
import type { InspectResult, Missing } from './inspect-result.js';
import { FIELDS_BY_KIND, type ExportKind } from './kinds.js';
import type { OrdersRead } from './orders.js';
import type { ProfileChoice } from './profiles/types.js';
import type { FieldRecord, InputSource, RecordTable, Sniffed } from './types.js';

/** countStatuses, or nothing when even a lenient read fails (bytes in another encoding): the diagnosis goes on without it. */
export async function lenientScan(...args: Parameters<typeof countStatuses>): Promise<Awaited<ReturnType<typeof countStatuses>> | undefined> {
  try {
    return await countStatuses(...args);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** A customer list (Shopify customers): recognised by its profile, never read as orders. */
export async function describeCustomerList(
  source: InputSource,
  file: string,
  head: ExportHead,
  chosen: { kind: InspectKind; how: KindHow; choice: ProfileChoice },
  given: { delimiter?: string; encoding?: Sniffed['encoding'] },
): Promise<{ result: InspectResult; failure: CareError }> {
  const scan = await lenientScan(source, { delimiter: given.delimiter, encoding: given.encoding }, -1, {});
  const title = chosen.choice.profile?.title ?? 'a customer list';
  const failure = new InputError('CARE_NOT_ORDERS', `this is ${title}: one row per customer, with no orders or dates to read`, {
    file,
    hint: 'export the orders (one row per order or line item) and run care on that file',
    say: say('error.customerList', { title: chosen.choice.profile?.title ?? say('inspect.aCustomerList') }),
    hintSay: say('hint.exportOrders'),
  });
  const result: InspectResult = {
    ...describeSniffed(file, 'customers', head.sniffed),
    kindHow: chosen.how,
    profile: describeChoice(chosen.choice),
    headers: head.headers.map((header) => ({ header, field: null, why: null })),
    unmapped: head.headers,
    candidates: [],
    counts: { rows: scan?.rows ?? head.rows.length },
    rejects: {},
    warnings: [],
    missing: [{ field: null, problem: failure.message, problemSay: failure.say! }],
    sampleAs: 'written',
    sample: head.rows.map(({ line, cells }) => ({ line, values: Object.fromEntries(head.headers.slice(0, 6).map((header, i) => [header, (cells[i] ?? '').trim()])) })),
    error: { code: failure.code, message: failure.describe(), hint: failure.hint },
    ...errorSayOf(failure),
  };
  return { result, failure };
}

/** The error's line as the catalogs say it (where, what), when it has a catalog entry: for inspect's table. */
export function errorSayOf(failure: CareError): Pick<InspectResult, 'errorSay'> {
  if (failure.say === undefined) return {};
  const where = { ...(failure.file === undefined ? {} : { file: failure.file }), ...(failure.line === undefined ? {} : { line: failure.line }), ...(failure.field === undefined ? {} : { field: failure.field }) };
  return { errorSay: { what: failure.say, ...where } };
}

/** The profile chosen, and why, as inspect shows it. */
export function describeChoice(choice: ProfileChoice): InspectResult['profile'] {
  return {
    name: choice.profile?.name ?? null,
    ...(choice.profile === undefined ? {} : { title: choice.profile.title }),
    how: choice.how,
    reason: choice.reason,
    ...(choice.alsoMatched === undefined ? {} : { alsoMatched: choice.alsoMatched }),
    ...(choice.profile?.notes === undefined ? {} : { notes: choice.profile.notes }),
  };
}

export function describeSniffed(file: string, kind: InspectKind, sniffed: Sniffed) {
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

/** Formats, counts, revenue, dates and the first rows of an orders export read in full. */
export function ordersFigures(read: OrdersRead): Partial<InspectResult> {
  const ordered = ['customer', 'date', 'order', 'amount', 'quantity', 'price', 'status', 'currency'].filter((field) => read.mapping.fields[field] !== undefined);
  const order = read.dateFormat.includes('M/D/Y') ? 'MDY' : 'DMY';
  return {
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
    ...(read.history.hasAmounts ? { netRevenue: toMajor(netRevenueOf(read.history), read.history.currency) } : {}),
    ...(read.history.firstDay === undefined ? {} : { firstDate: formatDay(read.history.firstDay), lastDate: formatDay(read.history.lastDay!) }),
    sampleAs: 'read',
    sample: read.sample.map(({ line, cells }) => ({
      line,
      values: Object.fromEntries(ordered.map((field) => [field, showValue(field, cells[read.mapping.fields[field]!] ?? '', order, read.decimalComma)])),
    })),
  };
}

/** Formats, counts and the first records of a subscriptions, survey, complaints or invoices export read in full. */
export function recordsFigures(table: RecordTable, kind: ExportKind, head: ExportHead, sampleSize: number): Partial<InspectResult> {
  const fields = FIELDS_BY_KIND[kind];
  return {
    ...recordFormats(kind, head, table.mapping),
    counts: { rows: table.ingest.rows, records: table.records.length, ...distinctCustomers(table.records, table.mapping), skipped: table.ingest.skipped },
    sampleAs: 'read',
    sample: table.records.slice(0, sampleSize).map((record) => ({
      line: record.line,
      values: Object.fromEntries(
        fields
          .filter((field) => table.mapping[field.name] !== undefined)
          .map((field) => {
            const value = record.values[field.name];
            const text = value === undefined ? '' : field.type === 'date' ? formatDay(value as number) : field.type === 'money' ? formatPlainMoney(value as number) : String(value);
            return [field.name, text];
          }),
      ),
    })),
  };
}

/** Dates and decimal mark of a records export, from the head (the readers decide the same way). */
function recordFormats(kind: ExportKind, head: ExportHead, mapping: Record<string, number>): Partial<InspectResult> {
  const specs = FIELDS_BY_KIND[kind].filter((field) => mapping[field.name] !== undefined);
  const dateCells = specs.filter((field) => field.type === 'date').flatMap((field) => head.rows.map((row) => row.cells[mapping[field.name]!] ?? ''));
  const moneyCells = specs.filter((field) => field.type === 'money').flatMap((field) => (head.sniffed.sample ?? []).map((row) => row[mapping[field.name]!] ?? ''));
  const dates = describeDates(dateCells);
  const currencyColumn = mapping['currency'];
  const currencies = currencyColumn === undefined ? [] : [...new Set(head.rows.map((row) => (row.cells[currencyColumn] ?? '').trim().toUpperCase()).filter((code) => code !== ''))];
  return {
    ...(dates === undefined ? {} : { dateFormat: dates }),
    ...(currencies.length === 0 ? {} : { currency: currencies.length === 1 ? currencies[0]! : `${currencies.join(', ')} (mixed)` }),
    ...(moneyCells.length === 0 ? {} : { decimalComma: decimalCommaFromCells(moneyCells, head.sniffed.delimiter === ';') }),
  };
}

/** When the file could not be read: what its head shows — the mapped fields and the likely columns of missing ones, as written. */
export function headFigures(kind: ExportKind, head: ExportHead, mapping: Record<string, number>, missing: readonly Missing[], rows: number): Partial<InspectResult> {
  const columns: [string, number][] = Object.entries(mapping).sort((a, b) => a[1] - b[1]);
  for (const entry of missing) {
    const header = entry.candidates?.find((candidate) => !candidate.startsWith('--'));
    const index = header === undefined ? -1 : head.headers.indexOf(header);
    if (index !== -1 && !columns.some(([, i]) => i === index)) columns.push([header!, index]);
  }
  return {
    ...recordFormats(kind, head, mapping),
    counts: { rows },
    sampleAs: 'written',
    sample: head.rows.map(({ line, cells }) => ({ line, values: Object.fromEntries(columns.map(([label, index]) => [label, (cells[index] ?? '').trim()])) })),
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

/** A cell as care reads it: dates as ISO days, money as amounts; the raw text when it does not read. */
function showValue(field: string, cell: string, order: 'DMY' | 'MDY', decimalComma: boolean): string {
  if (field === 'date') {
    const date = readDate(cell, order);
    return date.kind === DateKind.Day ? formatDay(date.value) : `${cell} (unreadable)`;
  }
  if (field === 'amount' || field === 'price') {
    const money = readMoney(cell, decimalComma);
    return money.ok ? formatPlainMoney(toMinorUnits(money.value, minorScale(money.currency)), money.currency) + (money.currency ? ` ${money.currency}` : '') : cell.trim() === '' ? '' : `${cell} (unreadable)`;
  }
  return cell.trim();
}

/**
 * A source that can be read more than once (head, the read, the status count). Files reopen;
 * stdin is read once into memory — inspect is a diagnosis, not the streaming path.
 */
export async function replayable(source: InputSource): Promise<InputSource> {
  if (source.path !== undefined) return source;
  const chunks: Buffer[] = [];
  for await (const chunk of source.open() as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const bytes = Buffer.concat(chunks);
  return { name: source.name, size: bytes.length, open: () => Readable.from([bytes]) };
}
