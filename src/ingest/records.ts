/**
 * Reads an export of a small kind (subscriptions, survey answers, complaints, invoices) into
 * records of canonical fields. These files are read whole into memory (they have one row per
 * answer or ticket, not per line item); orders stream through orders.ts instead.
 */
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import { normalizeCustomerId } from './customer-id.js';
import { DateColumn, DateKind, readDate, resolveSlashed } from './fields/date.js';
import { currencyCode, decimalCommaFromCells, minorScale, readMoney, readNumber, toMinorUnits } from './fields/money.js';
import { type HeaderMapping, normalizeHeader, requireFields } from './headers.js';
import { mapExport } from './profiles/apply.js';
import type { ProfileChoice, ProfileKind } from './profiles/types.js';
import { readRows, withEncodingRetry } from './read.js';
import { RejectCounter } from './rejects.js';
import type { FieldRecord, FieldSpec, InputSource, RawTable, ReadOptions, RecordTable, Reject } from './types.js';

export interface ReadRecordsOptions extends ReadOptions {
  onReject?: (reject: Reject) => void;
  /** Fields that must have a column (default: those marked required in the spec). */
  required?: readonly string[];
  /** Extra per-record check: return a [reason, detail, field] to skip the row. */
  validate?: (record: FieldRecord) => [reason: string, detail: string, field: string] | undefined;
  /** The kind of export whose profiles apply, when `fields` are not one of FIELDS_BY_KIND (tickets: complaints). */
  kind?: ProfileKind;
}

/** Reads `source` as records of `fields`. */
export async function readRecords(source: InputSource, fields: readonly FieldSpec[], options: ReadRecordsOptions = {}): Promise<RecordTable> {
  return withEncodingRetry(source, options, (encoding) => readRecordsOnce(source, fields, { ...options, encoding }));
}

async function readRecordsOnce(source: InputSource, fields: readonly FieldSpec[], options: ReadRecordsOptions): Promise<RecordTable> {
  const file = source.name;
  const rejects = new RejectCounter(file, options.strict ?? false, options.onReject);
  const records: FieldRecord[] = [];
  const pendingDates: { record: FieldRecord; field: string; packed: number }[] = [];
  const dateColumns = new Map<string, DateColumn>();
  let headers: string[] = [];
  let mapping: HeaderMapping = { fields: {}, unmapped: [] };
  let profile: ProfileChoice | undefined;
  let fallbackColumns = new Map<string, number[]>();
  let rows = 0;
  const decimalComma = { value: false };
  // Amounts are read in minor units of their currency (src/money): a sign in the cell, else the
  // row's currency column (as invoices take it: the code as written, upper-cased), else --currency.
  const optionCurrency = options.currency === undefined ? undefined : (currencyCode(options.currency) ?? options.currency.toUpperCase());
  const defaultScale = minorScale(optionCurrency);
  const scaleByCell = new Map<string, number>();
  const hasCurrency = fields.some((spec) => spec.name === 'currency');
  const rowScale = (cells: readonly string[]): number => {
    const index = hasCurrency ? mapping.fields['currency'] : undefined;
    if (index === undefined) return defaultScale;
    const text = cellOrFallback(cells, index, fallbackColumns.get('currency')).trim();
    if (text === '') return defaultScale;
    let scale = scaleByCell.get(text);
    if (scale === undefined) scaleByCell.set(text, (scale = minorScale(text.toUpperCase())));
    return scale;
  };

  const sniffed = await readRows(source, { delimiter: options.delimiter, encoding: options.encoding, skipLines: options.profile?.skipLines }, {
    header(found, sniffedNow) {
      headers = found;
      ({ mapping, choice: profile } = mapExport(found, fields, options, file, options.kind));
      fallbackColumns = fallbackColumnsOf(profile?.profile?.fallbacks, found);
      requireFields(mapping, found, options.required ?? fields.filter((field) => field.required).map((field) => field.name), file);
      const moneyColumns = fields.filter((field) => field.type === 'money' && mapping.fields[field.name] !== undefined).map((field) => mapping.fields[field.name]!);
      const cells = (sniffedNow.sample ?? []).flatMap((row) => moneyColumns.map((column) => row[column] ?? ''));
      decimalComma.value = decimalCommaFromCells(cells, sniffedNow.delimiter === ';');
    },
    badRow(reason, line, cells, detail) {
      rows++;
      rejects.reject(reason, line, cells, detail);
    },
    row(cells, line) {
      rows++;
      // The same rule as orders: too few cells for a mapped column, or extra cells with text in them.
      const tooShort = cells.length < headers.length && Object.values(mapping.fields).some((index) => index >= cells.length);
      const tooLong = cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim() !== '');
      if (tooShort || tooLong) {
        rejects.reject('ragged', line, cells, `${cells.length} fields where the header has ${headers.length}`);
        return;
      }
      const record: FieldRecord = { line, values: {}, cells };
      const pending: { field: string; packed: number }[] = [];
      const scale = rowScale(cells);
      for (const spec of fields) {
        const index = mapping.fields[spec.name];
        if (index === undefined) continue;
        const text = cellOrFallback(cells, index, fallbackColumns.get(spec.name));
        if (text === '') continue;
        const problem = readField(spec, text, decimalComma.value, scale, options, record, pending);
        if (problem !== undefined) {
          rejects.reject(problem[0], line, cells, problem[1], spec.name);
          return;
        }
      }
      const missing = fields.find((spec) => spec.required && record.values[spec.name] === undefined && !pending.some((p) => p.field === spec.name));
      if (missing !== undefined) {
        const reason = missing.name === 'customer' ? 'noCustomer' : 'missingValue';
        rejects.reject(reason, line, cells, `no ${missing.name}`, missing.name);
        return;
      }
      const invalid = options.validate?.(record);
      if (invalid !== undefined) {
        rejects.reject(invalid[0], line, cells, invalid[1], invalid[2]);
        return;
      }
      for (const { field, packed } of pending) {
        let column = dateColumns.get(field);
        if (column === undefined) dateColumns.set(field, (column = new DateColumn()));
        column.observe(packed, line);
        pendingDates.push({ record, field, packed });
      }
      records.push(record);
    },
  });
  if (headers.length === 0) throw new InputError('CARE_EMPTY', 'the file has no header row', { file, say: say('error.noHeaderRow') });
  resolvePendingDates(pendingDates, dateColumns, options, file, profile?.profile?.dateFormat);
  if (records.length === 0) {
    throw new InputError('CARE_NO_ROWS', rows === 0 ? 'the file has a header but no rows' : `none of the ${rows} rows could be read (${rejects.total()} skipped)`, {
      file,
      hint: rows === 0 ? 'export the data again, with its rows' : 'run care inspect on the file to see how its columns were read',
      say: rows === 0 ? say('error.headerNoRows') : say('error.noRowReadable', { rows, skipped: rejects.total() }),
      hintSay: say(rows === 0 ? 'hint.exportRows' : 'hint.runInspect'),
    });
  }
  return { source: file, sniffed, headers, mapping: mapping.fields, records, ingest: { rows, skipped: rejects.skipped, firstLine: rejects.firstLine }, profile };
}

function readField(
  spec: FieldSpec,
  text: string,
  decimalComma: boolean,
  /** MONEY_SCALE units per minor unit of the row's currency, for amounts that name none. */
  scale: number,
  options: ReadOptions,
  record: FieldRecord,
  pending: { field: string; packed: number }[],
): [string, string] | undefined {
  switch (spec.type) {
    case 'id':
      record.values[spec.name] = normalizeCustomerId(text);
      return undefined;
    case 'text':
      record.values[spec.name] = text;
      return undefined;
    case 'date': {
      const date = readDate(text, options.dateFormat);
      if (date.kind === DateKind.Bad) return ['badDate', `"${text}" is not a date`];
      if (date.kind === DateKind.Slashed) pending.push({ field: spec.name, packed: date.value });
      else record.values[spec.name] = date.value;
      return undefined;
    }
    case 'money': {
      const money = readMoney(text, decimalComma);
      if (!money.ok) return ['badAmount', `"${text}" is not an amount`];
      record.values[spec.name] = toMinorUnits(money.value, money.currency === undefined ? scale : minorScale(money.currency));
      if (money.currency !== undefined) record.values[`${spec.name}Currency`] = money.currency;
      return undefined;
    }
    case 'number':
    case 'integer': {
      const value = readNumber(text);
      if (Number.isNaN(value) || (spec.type === 'integer' && !Number.isInteger(value))) return ['badValue', `"${text}" is not a ${spec.type === 'integer' ? 'whole number' : 'number'}`];
      record.values[spec.name] = value;
      return undefined;
    }
  }
}

function resolvePendingDates(
  pending: { record: FieldRecord; field: string; packed: number }[],
  columns: Map<string, DateColumn>,
  options: ReadOptions,
  file: string,
  profileOrder?: ReadOptions['dateFormat'],
): void {
  const orders = new Map<string, 'DMY' | 'MDY'>();
  for (const [field, column] of columns) {
    let decision = options.dateFormat === 'MDY' || options.dateFormat === 'DMY' ? options.dateFormat : column.decide();
    // Every date could be read either way: the profile says how the system writes them (SurveyMonkey: M/D/Y).
    if (decision === 'ambiguous' && (profileOrder === 'MDY' || profileOrder === 'DMY')) decision = profileOrder;
    orders.set(field, column.settle(decision, field, file));
  }
  for (const { record, field, packed } of pending) {
    const order = orders.get(field)!;
    record.values[field] = resolveSlashed(packed, order) ?? resolveSlashed(packed, order === 'DMY' ? 'MDY' : 'DMY');
  }
}

/** A table of every row as header → cell, for commands that take arbitrary columns (care email --csv). */
export async function readTable(source: InputSource, options: ReadOptions = {}): Promise<RawTable> {
  return withEncodingRetry(source, options, (encoding) => readTableOnce(source, { ...options, encoding }));
}

async function readTableOnce(source: InputSource, options: ReadOptions): Promise<RawTable> {
  const rows: { line: number; cells: string[] }[] = [];
  let headers: string[] = [];
  const sniffed = await readRows(source, { delimiter: options.delimiter, encoding: options.encoding, skipLines: options.profile?.skipLines }, {
    header(found) {
      headers = found;
    },
    row(cells, line) {
      rows.push({ line, cells });
    },
  });
  return { source: source.name, sniffed, headers, rows };
}

/** The header indexes of a profile's fallback columns, by field (headers compared normalised). */
function fallbackColumnsOf(fallbacks: Record<string, string[]> | undefined, headers: readonly string[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  if (fallbacks === undefined) return columns;
  const normalized = headers.map(normalizeHeader);
  for (const [field, names] of Object.entries(fallbacks)) {
    const indexes = names.map((name) => normalized.indexOf(normalizeHeader(name))).filter((index) => index !== -1);
    if (indexes.length > 0) columns.set(field, indexes);
  }
  return columns;
}

/** A field's cell, trimmed; when it is empty, the first non-empty fallback column's. */
function cellOrFallback(cells: readonly string[], index: number, fallbacks: readonly number[] | undefined): string {
  const text = (cells[index] ?? '').trim();
  if (text !== '' || fallbacks === undefined) return text;
  for (const fallback of fallbacks) {
    const other = (cells[fallback] ?? '').trim();
    if (other !== '') return other;
  }
  return '';
}
