/**
 * A whole complaint log classified, record by record in input order: the records after --as-of
 * left out, each record's over-long fields noted, a record with nothing to classify it by either
 * an error (--strict) or kept with the reason. Pure: the reader hands the records in.
 */
import { InputError, UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import type { Day } from '../time/days.js';
import { classify } from './classify.js';
import type { CompiledRules } from './compile.js';
import type { ClassifiedItem, ComplaintSummary, SummaryRecord } from './summary.js';
import { TEXT_CAP, isOverCap } from '../text/text-cap.js';
import { type ComplaintRecord, LOCALES, type Locale, isSkipped } from './types.js';

/** One record of the log as the reader gives it: its fields, its day number and its score cell read. */
export interface ComplaintRow {
  line: number;
  cells: string[];
  /** The complaint date as a day number, for --as-of. */
  day: number | undefined;
  record: ComplaintRecord & SummaryRecord & { date?: string };
  score: number | 'unreadable' | undefined;
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

/** The `ingest` block of classify's JSON: what was read, classified and left out, and the columns used. */
export interface ClassifyIngest {
  rows: number;
  records: number;
  classified: number;
  skipped: Record<string, number>;
  afterAsOf?: number;
  unreadableScores?: number;
  /** Field → the header it was read from. */
  columns: Record<string, string>;
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
  ingest: ClassifyIngest;
}

/** How a log is classified. */
export interface ClassifyLogSettings {
  file: string;
  rules: CompiledRules;
  locale: Locale;
  asOf: Day | undefined;
  strict: boolean | undefined;
  /** A record kept without a type: for --rejects. */
  onNoEvidence?: (line: number, reason: string, cells: string[]) => void;
}

/** The classified records and the counts the notes and `ingest` report. */
export interface ClassifiedLog {
  items: ClassifyItem[];
  afterAsOf: number;
  unreadableScores: number;
  noEvidenceLine: number | undefined;
  truncatedCount: number;
  firstTruncated: { line: number; fields: Record<string, number> } | undefined;
}

/** Classifies every record of the log in input order (throws CARE_NO_EVIDENCE under --strict). */
export function classifyLog(rows: Iterable<ComplaintRow>, settings: ClassifyLogSettings): ClassifiedLog {
  const log: ClassifiedLog = { items: [], afterAsOf: 0, unreadableScores: 0, noEvidenceLine: undefined, truncatedCount: 0, firstTruncated: undefined };
  for (const { line, cells, day, record, score } of rows) {
    if (settings.asOf !== undefined && typeof day === 'number' && day > settings.asOf) {
      log.afterAsOf++;
      continue;
    }
    if (score === 'unreadable') log.unreadableScores++;
    else if (score !== undefined) record.score = score;
    const truncated = overCapFields(record);
    if (truncated !== undefined) {
      log.truncatedCount++;
      log.firstTruncated ??= { line, fields: truncated };
    }
    const result = classify(record, settings.rules, settings.locale);
    if (isSkipped(result)) {
      if (settings.strict) {
        throw new InputError('CARE_NO_EVIDENCE', 'nothing to classify this record by: no complaint words, channel, dissatisfaction status or low score', {
          file: settings.file,
          line,
          hint: 'add its words or channel to a --rules file, or leave out --strict to skip and count such records',
          say: say('error.noEvidence'),
          hintSay: say('hint.noEvidence'),
        });
      }
      log.noEvidenceLine ??= line;
      settings.onNoEvidence?.(line, result.skipped, cells);
    }
    log.items.push(truncated === undefined ? { record, result, line, cells } : { record, result, line, cells, truncated });
  }
  return log;
}

/** Fields of a record longer than the text cap, with their length; undefined when none is. */
export function overCapFields(record: ComplaintRecord): Record<string, number> | undefined {
  let over: Record<string, number> | undefined;
  for (const field of ['channel', 'subject', 'text', 'status'] as const) {
    const value = record[field];
    if (value !== undefined && isOverCap(value)) (over ??= {})[field] = value.length;
  }
  return over;
}

/** One notice: where the first over-long field is, how many records had one, and the cap. */
export function truncationNote(file: string, count: number, first: { line: number; fields: Record<string, number> }): string {
  const [field, length] = Object.entries(first.fields)[0] as [string, number];
  const others = count > 1 ? ` (and ${(count - 1).toLocaleString('en-US')} more record${count === 2 ? '' : 's'})` : '';
  return `${file}, line ${first.line}, field "${field}": ${length.toLocaleString('en-US')} characters; classified on the first ${TEXT_CAP.toLocaleString('en-US')}${others}`;
}

/** The same notice as a catalog message (docs/messages.md), said in the run's language. */
export function truncationSaid(file: string, count: number, first: { line: number; fields: Record<string, number> }): MessageRef {
  const [field, length] = Object.entries(first.fields)[0] as [string, number];
  const others = count > 1 ? say('classify.truncatedOthers', { count: count - 1 }) : '';
  return say('classify.truncated', { file, line: String(first.line), field, length, cap: TEXT_CAP, others });
}

/** --locale (or the config's): one of the classifier's languages, else a usage error (exit 2). */
export function resolveLocale(locale: string | undefined): Locale {
  if (locale === undefined) return 'en';
  if ((LOCALES as readonly string[]).includes(locale)) return locale as Locale;
  throw new UsageError('CARE_BAD_LOCALE', `--locale ${locale}: expected one of ${LOCALES.join(', ')}`, { say: say('error.expectedLocale', { value: locale, locales: LOCALES.join(', ') }) });
}
