/**
 * The step `care classify` and `care report --complaints` start with: read a complaint log (with
 * --rejects written as it goes), classify every record, summarise, and tell the user on stderr
 * what was skipped or cut at the text cap.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CompiledRules, builtinRules, compileRules, mergeRules, summarize } from '../classify/index.js';
import type { Locale } from '../classify/index.js';
import { type ClassifyComputation, classifyLog, resolveLocale, truncationNote, truncationSaid } from '../classify/log.js';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { say, sayOr } from '../i18n/index.js';
import { complaintRecords, findScoreColumn, lastComplaintDay, requireSomethingToClassifyBy } from '../ingest/complaints.js';
import { COMPLAINT_FIELDS } from '../ingest/kinds.js';
import { readRecords } from '../ingest/records.js';
import { openSource } from '../ingest/source.js';
import type { FieldRecord, Reject } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { type ComplaintsReportSection, buildComplaintsSection } from '../report/classify-render.js';
import { escapeControls } from '../text/escape.js';
import { type DataOptions, readOptionsFor } from './data-options.js';
import { openRejectsFile, reportSkipped } from './load-orders.js';
import { tell } from './output.js';

export interface ClassifyOptions extends DataOptions {
  /** A rules JSON file merged over the built-in rules (src/classify/schema.ts describes it). */
  rules?: string;
  /** --explain ID: why this one record (by id, or line number) got its type, instead of the whole log. */
  explain?: string;
  /** Roll records up to each customer's most severe type. */
  byCustomer?: boolean;
  /** Language of the action text (default: the config's locale, else en). */
  locale?: Locale;
}

/** Reads the complaints, classifies each record with the (merged) rules, and summarises. */
export async function computeClassify(io: Io, file: string, options: ClassifyOptions, config: CareConfig): Promise<ClassifyComputation> {
  const locale = resolveLocale(options.locale ?? config.locale);
  const rules = rulesFor(io, options);
  const asOf = options.asOf;
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  try {
    const { table, score } = await readComplaintTable(io, file, options, config, rejects?.add);
    const log = classifyLog(complaintRecords(table.records, score), {
      file, rules, locale, asOf, strict: options.strict,
      onNoEvidence: (line, reason, cells) => rejects?.add({ line, reason, detail: 'no complaint words, channel, dissatisfaction status or low score', cells }),
    });
    rejects?.commit();
    const { items } = log;
    const summary = summarize(items);
    const skipped = { ...table.ingest.skipped, ...summary.skipped };
    const firstLine = { ...((table.ingest['firstLine'] ?? {}) as Record<string, number>), ...(log.noEvidenceLine === undefined ? {} : { noEvidence: log.noEvidenceLine }) };
    reportSkipped(io, file, skipped, firstLine);
    if (log.firstTruncated !== undefined) {
      const english = truncationNote(escapeControls(file), log.truncatedCount, log.firstTruncated);
      io.stderr.write(`care: ${sayOr(io.lang, english, truncationSaid(escapeControls(file), log.truncatedCount, log.firstTruncated))}\n`);
    }
    const columns: Record<string, string> = Object.fromEntries(Object.entries(table.mapping).map(([field, index]) => [field, table.headers[index] ?? '']));
    if (score !== undefined) columns[score.scale === 'csat' ? 'csat' : 'score'] = table.headers[score.index] ?? '';
    return {
      source: file,
      asOf: asOf ?? lastComplaintDay(table.records),
      locale,
      headers: table.headers,
      items,
      summary,
      ingest: {
        rows: table.ingest.rows,
        records: items.length,
        classified: summary.classified,
        skipped,
        ...(log.afterAsOf > 0 ? { afterAsOf: log.afterAsOf } : {}),
        ...(log.unreadableScores > 0 ? { unreadableScores: log.unreadableScores } : {}),
        columns,
      },
    };
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
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
  return buildComplaintsSection(result, io.lang);
}

export type { ComplaintsReportSection };

/** The built-in rules, with --rules merged over them, compiled. */
export function rulesFor(io: Io, options: Pick<ClassifyOptions, 'rules'>): CompiledRules {
  return compileRules(options.rules === undefined ? builtinRules : mergeRules(builtinRules, readRulesFile(io, options.rules), options.rules));
}

/** Reads the complaint log's records and finds its score column (the score is not a complaint field: its --map entry is taken out first). */
export async function readComplaintTable(io: Io, file: string, options: ClassifyOptions, config: CareConfig, onReject?: (reject: Reject) => void) {
  const { map = {}, ...readOptions } = readOptionsFor('complaints', options, config);
  const { score: scoreHeader, csat: csatHeader, ...fieldMap } = map;
  const table = await readRecords(openSource(io, file), COMPLAINT_FIELDS, {
    ...readOptions,
    map: fieldMap,
    ...(onReject === undefined ? {} : { onReject }),
    required: options.byCustomer ? ['customer'] : [],
  });
  requireSomethingToClassifyBy(table);
  const profile = table.profile?.profile;
  if (profile?.every !== undefined) {
    // A regulator's complaint database holds only complaints filed with it: said once for the file (docs/profiles.md).
    addToEveryRecord(table.records, 'tags', profile.every.tags);
    const said = { file, value: profile.every.tags, profile: profile.name };
    tell(io, `${file}: every record read as ${said.value} (profile ${said.profile}); --profile none reads each record from its own cells alone`, say('notice.profileEveryRecord', said));
  }
  return { table, score: findScoreColumn(table, scoreHeader, csatHeader) };
}

/** A profile's value for every record of the file, added to each record's own (a help desk's tags keep theirs). */
function addToEveryRecord(records: readonly FieldRecord[], field: string, value: string): void {
  for (const record of records) {
    const own = record.values[field];
    record.values[field] = typeof own === 'string' && own !== '' ? `${own}, ${value}` : value;
  }
}

/** The --rules file as parsed JSON; unreadable or not JSON is a usage error (exit 2) naming the file. */
function readRulesFile(io: Io, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot read it (${code ?? 'unknown error'})`;
    const whySaid = code === 'ENOENT' ? say('error.noSuchFile') : code === 'EISDIR' ? say('error.isFolder') : say('error.cannotReadFile', { code: code ?? '?' });
    throw new UsageError('CARE_RULES_FILE', `--rules: ${why}`, { file, hint: 'name a rules JSON file (see src/classify/schema.ts for the format)', say: say('error.optionFileProblem', { option: '--rules', why: whySaid }), hintSay: say('hint.rulesJsonFile') });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError('CARE_BAD_RULES', `--rules: not valid JSON (${(error as Error).message})`, {
      file, hint: 'check the file with a JSON validator', say: say('error.optionNotJson', { option: '--rules', detail: (error as Error).message }), hintSay: say('hint.jsonValidator'),
    });
  }
}
