/**
 * care inspect: what care detected in an export — the profile and kind (and why), encoding,
 * delimiter, each header's field and why it was taken, second candidates, the status values and
 * what each means, date and number formats, row counts by outcome, why rows were rejected, the
 * first rows as read. The first command a new user runs, and the one to run when numbers look
 * wrong. When the file cannot be read as its kind needs, it still prints all of that with the
 * option line to copy, then exits 3 (docs/contracts.md, "care inspect").
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { type CareError, InputError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { type ExportHead, type KindHow, chooseKind, commandFor, explainMapping, isReadableKind, profileStatuses, readHead } from '../ingest/describe.js';
import { combinedSuggestion, findMissing } from '../ingest/inspect-advice.js';
import { describeChoice, describeCustomerList, describeSniffed, errorSayOf, headFigures, lenientScan, ordersFigures, recordsFigures, replayable } from '../ingest/inspect-figures.js';
import type { InspectResult, RejectReason } from '../ingest/inspect-result.js';
import { FIELDS_BY_KIND, type ExportKind } from '../ingest/kinds.js';
import { BUILTIN_PROFILES } from '../ingest/profiles/builtin/index.js';
import { matchingProfiles } from '../ingest/profiles/detect.js';
import { type OrdersRead, readOrders } from '../ingest/orders.js';
import type { ProfileChoice } from '../ingest/profiles/types.js';
import { readRecords } from '../ingest/records.js';
import { REASON_TEXT } from '../ingest/rejects.js';
import { openSource } from '../ingest/source.js';
import { readSurvey } from '../ingest/survey.js';
import type { InputSource, ReadOptions, RecordTable, Reject } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { renderInspect } from '../report/inspect-view.js';
import { type DataOptions, parseMapPairs, readOptionsFor } from './data-options.js';
import { openRejectsFile } from './load-orders.js';
import { emit, guardOutputs, tell } from './output.js';

export interface InspectOptions extends DataOptions {
  kind?: string;
  rows?: number;
  profile?: string;
  includeStatus?: string[];
  excludeStatus?: string[];
}

export async function runInspect(io: Io, file: string, options: InspectOptions): Promise<void> {
  const given = options.kind === undefined ? undefined : checkKind(options.kind);
  const sampleSize = options.rows ?? 5;
  guardOutputs(io, { input: file }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const config = loadConfig(io, options.config);
  const source = await replayable(openSource(io, file));
  const head = await readHead(source, { delimiter: options.delimiter ?? config.delimiter, encoding: options.encoding ?? config.encoding }, sampleSize);
  const profileName = options.profile ?? config.profile;
  const chosen = chooseKind(head.headers, given, { profileName, profileFiles: config.profiles, cwd: io.cwd });
  const { result, failure } = chosen.kind === 'customers' ? await describeCustomerList(source, file, head, chosen, options) : await inspectKind(io, source, file, head, chosen as typeof chosen & { kind: ExportKind }, options, config, sampleSize);
  emit(io, renderInspect(result, options, io.color, io.lang), options.out);
  if (failure !== undefined) throw failure;
}

function checkKind(kind: string): ExportKind {
  if (!(kind in FIELDS_BY_KIND)) throw new UsageError('CARE_BAD_KIND', `--kind ${kind}: unknown kind`, {
    hint: `one of ${Object.keys(FIELDS_BY_KIND).join(', ')}`,
    say: say('error.unknownKind', { value: kind }),
    hintSay: say('hint.useOneOf', { values: Object.keys(FIELDS_BY_KIND).join(', ') }),
  });
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

  // The --profile to repeat in a suggested line: the one the user gave (`none` too), else none.
  const forced = options.profile;
  const given = { ...options, map: parseMapPairs(options.map) };
  const missing = findMissing(kind, file, head, explained.mapping.fields, failure, choice, given, forced);
  if (failure !== undefined && chosen.how === 'given') {
    // `--kind orders` on a help-desk export: the command for what the file is.
    const other = matchingProfiles(head.headers, BUILTIN_PROFILES)[0]?.profile;
    if (other !== undefined && other.kind !== kind && isReadableKind(other.kind)) {
      missing.push({ field: null, problem: `the headers are those of ${other.title}, a ${other.kind} export`, problemSay: say('inspect.headersOf', { title: other.title, kind: other.kind }), suggestion: commandFor(other.kind, file) });
    }
  }
  const suggestion = combinedSuggestion(kind, file, missing, given, forced);
  const result: InspectResult = {
    ...describeSniffed(file, kind, head.sniffed),
    kindHow: chosen.how,
    ...(chosen.how === 'assumed' ? assumedKindHint() : {}),
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
    ...(failure === undefined ? {} : { error: { code: failure.code, message: failure.describe(), ...(failure.hint === undefined ? {} : { hint: failure.hint }) }, ...errorSayOf(failure) }),
  };
  if (read !== undefined) Object.assign(result, ordersFigures(read));
  else if (table !== undefined) Object.assign(result, recordsFigures(table, kind, head, sampleSize));
  else Object.assign(result, headFigures(kind, head, explained.mapping.fields, missing, scan?.rows ?? head.rows.length));
  return { result, failure };
}

/** What to pass when orders was assumed, in English and in the catalogs. */
function assumedKindHint(): Pick<InspectResult, 'kindHint' | 'kindHintSay'> {
  const kinds = Object.keys(FIELDS_BY_KIND).filter((k) => k !== 'orders').join('|');
  return { kindHint: `no profile names the kind: read as orders; if it is another kind, pass --kind ${kinds}`, kindHintSay: say('inspect.kindAssumedHint', { kinds }) };
}
