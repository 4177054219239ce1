/**
 * care inspect: what care detected in an export — the profile and kind (and why), encoding,
 * delimiter, each header's field and why it was taken, second candidates, the status values and
 * what each means, date and number formats, row counts by outcome, why rows were rejected, the
 * first rows as read. The first command a new user runs, and the one to run when numbers look
 * wrong. When the file cannot be read as its kind needs, it still prints all of that with the
 * option line to copy, then exits 3 (docs/contracts.md, "care inspect").
 */
import { Readable } from 'node:stream';
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { type CareError, InputError, UsageError } from '../errors.js';
import {
  type Candidate,
  type ExportHead,
  type HeaderExplained,
  type InspectKind,
  type KindHow,
  type StatusCount,
  chooseKind,
  commandFor,
  countStatuses,
  describeDates,
  explainMapping,
  isReadableKind,
  likelyColumns,
  mapOption,
  profileStatuses,
  readHead,
  shellWord,
} from '../ingest/describe.js';
import { DateKind, readDate } from '../ingest/fields/date.js';
import { decimalCommaFromCells, readMoney, toMinorUnits } from '../ingest/fields/money.js';
import { FIELDS_BY_KIND, type ExportKind } from '../ingest/kinds.js';
import { BUILTIN_PROFILES } from '../ingest/profiles/builtin/index.js';
import { matchingProfiles } from '../ingest/profiles/detect.js';
import { type OrdersRead, readOrders } from '../ingest/orders.js';
import type { ProfileChoice } from '../ingest/profiles/types.js';
import { readRecords } from '../ingest/records.js';
import { REASON_TEXT } from '../ingest/rejects.js';
import { openSource } from '../ingest/source.js';
import { readSurvey } from '../ingest/survey.js';
import type { FieldRecord, InputSource, ReadOptions, RecordTable, Reject, Sniffed } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { netRevenueOf } from '../metrics/history.js';
import { toMajor } from '../report/format.js';
import { formatDay } from '../time/days.js';
import { type DataOptions, parseMapPairs, parsePositiveInt, readOptionsFor } from './data-options.js';
import { openRejectsFile } from './load-orders.js';
import { renderInspect } from './inspect-render.js';
import { emit, guardOutputs, tell } from './output.js';

export interface InspectOptions extends DataOptions {
  kind?: string;
  rows?: string | number;
  profile?: string;
  includeStatus?: string[];
  excludeStatus?: string[];
}

/** Rejected rows of one reason: how many, the first one's line and what was wrong with it. */
export interface RejectReason {
  rows: number;
  firstLine: number;
  detail: string;
  text: string;
}

/** Something that stops the file being read as its kind, and the line to copy. */
export interface Missing {
  /** The field concerned, or null (the profile, the kind). */
  field: string | null;
  problem: string;
  /** The option that settles it (`--map customer="Requester email"`, `--date-format DMY`). */
  option?: string;
  /** The exact command line to run, with that option. */
  suggestion?: string;
  /** Other headers that could be the field. */
  candidates?: string[];
}

export interface InspectResult {
  file: string;
  kind: InspectKind;
  /** `given` (--kind), `profile` (the profile's kind), `assumed` (orders: no profile matched). */
  kindHow: KindHow;
  /** What to pass when the assumed kind is wrong. */
  kindHint?: string;
  profile: { name: string | null; title?: string; how: ProfileChoice['how']; reason: string; alsoMatched?: string[]; notes?: string[] };
  encoding: string;
  bom: boolean;
  delimiter: string;
  newline: string;
  headers: HeaderExplained[];
  unmapped: string[];
  candidates: Candidate[];
  dateFormat?: string;
  decimalComma?: boolean;
  currency?: string | null;
  /** Net revenue of the kept orders (returns and credits subtracted), in major units. */
  netRevenue?: number;
  /** First and last day of any kept order. */
  firstDate?: string;
  lastDate?: string;
  counts: Record<string, number | Record<string, number>>;
  /** Distinct values of the status column, with what each means and its rows (only with a status column). */
  statuses?: Record<string, StatusCount>;
  rejects: Record<string, RejectReason>;
  warnings: string[];
  missing: Missing[];
  /** The whole line to copy when something is missing: every suggested option at once. */
  suggestion?: string;
  sample: { line: number; values: Record<string, string> }[];
  /** `read`: values as care reads them (dates as ISO days, amounts as numbers); `written`: the cells as in the file (it could not be read). */
  sampleAs: 'read' | 'written';
  /** Why the file could not be read as its kind (inspect then exits 3). */
  error?: { code: string; message: string; hint?: string };
}

/** Fields the readers need a column for, by kind (as the data commands read them). */
const REQUIRED: Record<ExportKind, readonly string[]> = {
  orders: ['customer', 'date'],
  subscriptions: ['customer', 'start'],
  survey: ['score'],
  complaints: [],
  invoices: ['customer', 'invoice', 'due'],
};

export async function runInspect(io: Io, file: string, options: InspectOptions): Promise<void> {
  const given = options.kind === undefined ? undefined : checkKind(options.kind);
  const sampleSize = parsePositiveInt('--rows', options.rows, 5);
  guardOutputs(io, { input: file }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const config = loadConfig(io.cwd, options.config);
  const source = await replayable(openSource(io, file));
  const head = await readHead(source, { delimiter: options.delimiter ?? config.delimiter, encoding: options.encoding ?? config.encoding }, sampleSize);
  const profileName = options.profile ?? config.profile;
  const chosen = chooseKind(head.headers, given, { profileName, profileFiles: config.profiles, cwd: io.cwd });
  const { result, failure } = chosen.kind === 'customers' ? await inspectCustomerList(source, file, head, chosen, options) : await inspectKind(io, source, file, head, chosen as typeof chosen & { kind: ExportKind }, options, config, sampleSize);
  emit(io, renderInspect(result, options, io.color), options.out);
  if (failure !== undefined) throw failure;
}

function checkKind(kind: string): ExportKind {
  if (!(kind in FIELDS_BY_KIND)) throw new UsageError('CARE_BAD_KIND', `--kind ${kind}: unknown kind`, { hint: `one of ${Object.keys(FIELDS_BY_KIND).join(', ')}` });
  return kind as ExportKind;
}

/** Reads the file as its kind with the real reader, and says everything else inspect knows. */
async function inspectKind(
  io: Io,
  source: InputSource,
  file: string,
  head: ExportHead,
  chosen: { kind: ExportKind; how: KindHow; choice: ProfileChoice },
  options: InspectOptions,
  config: CareConfig,
  sampleSize: number,
): Promise<{ result: InspectResult; failure?: CareError }> {
  const { kind, choice } = chosen;
  const profile = choice.profile;
  const explained = explainMapping(head.headers, kind, { cliMap: parseMapPairs(options.map), configMap: config.map?.[kind] ?? {}, profile }, file);
  const includeStatus = [...(config.includeStatus ?? []), ...(options.includeStatus ?? [])];
  const excludeStatus = [...(config.excludeStatus ?? []), ...(options.excludeStatus ?? [])];
  const warnings: string[] = [];
  const rejects: Record<string, RejectReason> = {};
  const rejectsFile = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  const readOptions: ReadOptions & { onReject: (reject: Reject) => void } = {
    ...readOptionsFor(kind, options, config),
    map: explained.overrides,
    profile,
    includeStatus,
    excludeStatus,
    onWarning: (message) => warnings.push(message),
    onNotice: (message) => tell(io, message),
    onReject(reject) {
      const seen = rejects[reject.reason];
      if (seen === undefined) rejects[reject.reason] = { rows: 1, firstLine: reject.line, detail: reject.detail, text: REASON_TEXT[reject.reason] ?? reject.reason };
      else seen.rows++;
      rejectsFile?.add(reject);
    },
    onRestart() {
      for (const reason of Object.keys(rejects)) delete rejects[reason];
      rejectsFile?.reset();
    },
  };

  let read: OrdersRead | undefined;
  let table: RecordTable | undefined;
  let failure: CareError | undefined;
  try {
    if (kind === 'orders') read = await readOrders(source, { ...readOptions, sample: sampleSize });
    else if (kind === 'survey') table = await readSurvey(source, readOptions);
    else table = await readRecords(source, FIELDS_BY_KIND[kind], readOptions);
    rejectsFile?.commit();
  } catch (error) {
    // The file cannot be read as its kind: what was rejected so far is still written (--rejects), and the diagnosis printed.
    rejectsFile?.abort(error);
    if (!(error instanceof InputError)) throw error;
    failure = error;
  }

  const mapped = explained.mapping.fields;
  const statusColumn = mapped['status'];
  const statusMeaning = { profile: profileStatuses(profile), include: includeStatus, exclude: excludeStatus };
  // Orders count their statuses as they read; other kinds (and a read that failed) get a lenient pass.
  const scan = read === undefined && (failure !== undefined || statusColumn !== undefined) ? await lenientScan(source, readOptions, statusColumn ?? -1, statusMeaning) : undefined;
  const statuses = statusColumn === undefined ? undefined : (read?.ingest.statuses ?? scan?.statuses ?? {});

  const forced = profileName(options);
  const missing = findMissing(kind, file, head, explained.mapping.fields, failure, choice, options, forced);
  if (failure !== undefined && chosen.how === 'given') {
    // `--kind orders` on a help-desk export: the command for what the file is.
    const other = matchingProfiles(head.headers, BUILTIN_PROFILES)[0]?.profile;
    if (other !== undefined && other.kind !== kind && isReadableKind(other.kind)) {
      missing.push({ field: null, problem: `the headers are those of ${other.title}, a ${other.kind} export`, suggestion: commandFor(other.kind, file) });
    }
  }
  const suggestion = combinedSuggestion(kind, file, missing, options, forced);
  const result: InspectResult = {
    ...describeSniffed(file, kind, head.sniffed),
    kindHow: chosen.how,
    ...(chosen.how === 'assumed' ? { kindHint: `no profile names the kind: read as orders; if it is another kind, pass --kind ${Object.keys(FIELDS_BY_KIND).filter((k) => k !== 'orders').join('|')}` } : {}),
    profile: describeChoice(choice),
    headers: explained.headers,
    unmapped: explained.headers.filter((header) => header.field === null).map((header) => header.header),
    candidates: explained.candidates,
    counts: {},
    ...(statuses === undefined ? {} : { statuses }),
    rejects,
    warnings,
    missing,
    ...(suggestion === undefined ? {} : { suggestion }),
    sample: [],
    sampleAs: 'written',
    ...(failure === undefined ? {} : { error: { code: failure.code, message: failure.describe(), ...(failure.hint === undefined ? {} : { hint: failure.hint }) } }),
  };
  if (read !== undefined) Object.assign(result, ordersFigures(read));
  else if (table !== undefined) Object.assign(result, recordsFigures(table, kind, head, sampleSize));
  else Object.assign(result, headFigures(kind, head, explained.mapping.fields, missing, scan?.rows ?? head.rows.length));
  return { result, failure };
}

/** countStatuses, or nothing when even a lenient read fails (bytes in another encoding): the diagnosis goes on without it. */
async function lenientScan(...args: Parameters<typeof countStatuses>): Promise<Awaited<ReturnType<typeof countStatuses>> | undefined> {
  try {
    return await countStatuses(...args);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** The --profile to repeat in a suggested line: the one the user gave (`none` too), else none. */
function profileName(options: InspectOptions): string | undefined {
  return options.profile;
}

/** A customer list (Shopify customers): recognised by its profile, never read as orders. */
async function inspectCustomerList(
  source: InputSource,
  file: string,
  head: ExportHead,
  chosen: { kind: InspectKind; how: KindHow; choice: ProfileChoice },
  options: InspectOptions,
): Promise<{ result: InspectResult; failure: CareError }> {
  const scan = await lenientScan(source, { delimiter: options.delimiter, encoding: options.encoding }, -1, {});
  const title = chosen.choice.profile?.title ?? 'a customer list';
  const failure = new InputError('CARE_NOT_ORDERS', `this is ${title}: one row per customer, with no orders or dates to read`, {
    file,
    hint: 'export the orders (one row per order or line item) and run care on that file',
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
    missing: [{ field: null, problem: failure.message }],
    sampleAs: 'written',
    sample: head.rows.map(({ line, cells }) => ({ line, values: Object.fromEntries(head.headers.slice(0, 6).map((header, i) => [header, (cells[i] ?? '').trim()])) })),
    error: { code: failure.code, message: failure.describe(), hint: failure.hint },
  };
  return { result, failure };
}

function describeChoice(choice: ProfileChoice): InspectResult['profile'] {
  return {
    name: choice.profile?.name ?? null,
    ...(choice.profile === undefined ? {} : { title: choice.profile.title }),
    how: choice.how,
    reason: choice.reason,
    ...(choice.alsoMatched === undefined ? {} : { alsoMatched: choice.alsoMatched }),
    ...(choice.profile?.notes === undefined ? {} : { notes: choice.profile.notes }),
  };
}

/**
 * What stops the file being read as its kind, each with the line to copy: a required field
 * without a column (`--map field="Header"`, the likeliest header named), dates that read either
 * way (`--date-format`), several currencies (`--currency`), several profiles (`--profile`).
 */
function findMissing(
  kind: ExportKind,
  file: string,
  head: ExportHead,
  fields: Record<string, number>,
  failure: CareError | undefined,
  choice: ProfileChoice,
  options: InspectOptions,
  forcedProfile: string | undefined,
): Missing[] {
  const missing: Missing[] = [];
  const base = baseCommand(kind, file, options, forcedProfile);
  const taken = new Set(Object.values(fields));
  const required = REQUIRED[kind].filter((field) => !(kind === 'survey' && field === 'score' && fields['csat'] !== undefined));
  for (const name of required) {
    if (fields[name] !== undefined) continue;
    const spec = FIELDS_BY_KIND[kind].find((field) => field.name === name)!;
    const candidates = likelyColumns(spec, head.headers, taken, head.rows);
    const header = candidates[0];
    if (header !== undefined) taken.add(head.headers.indexOf(header));
    missing.push({
      field: name,
      problem: `no column for the required field "${name}"${header === undefined ? '; no header looks like one: put the right header in place of HEADER' : ''}`,
      ...withOption(base, header === undefined ? `--map ${name}=HEADER` : mapOption(name, header)),
      ...(candidates.length > 0 ? { candidates } : {}),
    });
  }
  const code = failure?.code;
  if (code === 'CARE_AMBIGUOUS_DATES' || code === 'CARE_MIXED_DATES') {
    missing.push({ field: failure!.field ?? 'date', problem: failure!.message, ...withOption(base, '--date-format DMY'), candidates: ['--date-format MDY'] });
  }
  if (code === 'CARE_MIXED_CURRENCIES') {
    const first = /amounts in (\S+)/.exec(failure!.message)?.[1];
    missing.push({ field: 'amount', problem: failure!.message, ...withOption(base, `--currency ${first ?? 'CODE'}`) });
  }
  if (choice.alsoMatched !== undefined && choice.profile !== undefined) {
    missing.push({ field: null, problem: `several profiles match: ${[choice.profile.name, ...choice.alsoMatched].join(', ')}`, ...withOption(base, `--profile ${choice.profile.name}`) });
  }
  const closest = /^closest: (\S+)/.exec(choice.reason)?.[1];
  if (closest !== undefined && missing.length > 0 && forcedProfile === undefined) {
    missing.push({ field: null, problem: `no profile matched; the closest is ${closest}`, ...withOption(base, `--profile ${closest}`) });
  }
  return missing;
}

function withOption(base: string, option: string): { option: string; suggestion: string } {
  return { option, suggestion: `${base} ${option}` };
}

/** The data command for the kind with the options the user already gave that change how it reads. */
function baseCommand(kind: ExportKind, file: string, options: InspectOptions, forcedProfile: string | undefined): string {
  const parts = [commandFor(kind, file)];
  for (const [field, header] of Object.entries(parseMapPairs(options.map))) parts.push(mapOption(field, header));
  if (forcedProfile !== undefined) parts.push(`--profile ${shellWord(forcedProfile)}`);
  if (options.delimiter !== undefined) parts.push(`--delimiter ${shellWord(options.delimiter)}`);
  if (options.encoding !== undefined) parts.push(`--encoding ${options.encoding}`);
  if (options.dateFormat !== undefined) parts.push(`--date-format ${options.dateFormat}`);
  if (options.currency !== undefined) parts.push(`--currency ${shellWord(options.currency)}`);
  return parts.join(' ');
}

/** Every suggested option in one line (a file missing both its customer and its date column needs both); one --profile or --date-format at most. */
function combinedSuggestion(kind: ExportKind, file: string, missing: readonly Missing[], options: InspectOptions, forcedProfile: string | undefined): string | undefined {
  const added: string[] = [];
  for (const entry of missing) {
    if (entry.option === undefined) continue;
    const name = entry.option.split(/[ =]/)[0]!;
    if (name !== '--map' && added.some((option) => option.startsWith(`${name} `))) continue;
    added.push(entry.option);
  }
  if (added.length === 0) return undefined;
  return `${baseCommand(kind, file, options, forcedProfile)} ${added.join(' ')}`;
}

function describeSniffed(file: string, kind: InspectKind, sniffed: Sniffed) {
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
function ordersFigures(read: OrdersRead): Partial<InspectResult> {
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
    ...(read.history.hasAmounts ? { netRevenue: toMajor(netRevenueOf(read.history)) } : {}),
    ...(read.history.firstDay === undefined ? {} : { firstDate: formatDay(read.history.firstDay), lastDate: formatDay(read.history.lastDay!) }),
    sampleAs: 'read',
    sample: read.sample.map(({ line, cells }) => ({
      line,
      values: Object.fromEntries(ordered.map((field) => [field, showValue(field, cells[read.mapping.fields[field]!] ?? '', order, read.decimalComma)])),
    })),
  };
}

/** Formats, counts and the first records of a subscriptions, survey, complaints or invoices export read in full. */
function recordsFigures(table: RecordTable, kind: ExportKind, head: ExportHead, sampleSize: number): Partial<InspectResult> {
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
            const text = value === undefined ? '' : field.type === 'date' ? formatDay(value as number) : field.type === 'money' ? ((value as number) / 100).toFixed(2) : String(value);
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
function headFigures(kind: ExportKind, head: ExportHead, mapping: Record<string, number>, missing: readonly Missing[], rows: number): Partial<InspectResult> {
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
    return money.ok ? (toMinorUnits(money.value) / 100).toFixed(2) + (money.currency ? ` ${money.currency}` : '') : cell.trim() === '' ? '' : `${cell} (unreadable)`;
  }
  return cell.trim();
}

/**
 * A source that can be read more than once (head, the read, the status count). Files reopen;
 * stdin is read once into memory — inspect is a diagnosis, not the streaming path.
 */
async function replayable(source: InputSource): Promise<InputSource> {
  if (source.path !== undefined) return source;
  const chunks: Buffer[] = [];
  for await (const chunk of source.open() as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const bytes = Buffer.concat(chunks);
  return { name: source.name, size: bytes.length, open: () => Readable.from([bytes]) };
}
