/**
 * Survey exports: plain `score` files, help-desk CSAT exports, and Google Forms / Typeform
 * exports whose columns are headed by the question text ("How likely are you to recommend us to
 * a friend?", "Насколько вероятно, что вы порекомендуете нас…", "Колко вероятно е да ни
 * препоръчате…"). Plain synonyms (SURVEY_FIELDS) win; a field they leave unmapped is looked for
 * among the question headers by keywords, and the file is then read by readRecords with that
 * header mapped explicitly. The score cell must be a whole number 0–10 (fields/score.ts);
 * anything else is a bad row `badScore`.
 */
import { Readable } from 'node:stream';
import { readCsat, readScore } from './fields/score.js';
import { mapHeaders, normalizeHeader } from './headers.js';
import { mapExport } from './profiles/apply.js';
import { SURVEY_FIELDS } from './kinds.js';
import { readRows } from './read.js';
import { type ReadRecordsOptions, readRecords } from './records.js';
import type { FieldRecord, FieldSpec, InputSource, RecordTable } from './types.js';

/** Keywords of question headers, per field; weight 2 for the words of the question itself, 1 for hints. */
const QUESTION_KEYWORDS: Record<'score' | 'csat' | 'comment', readonly (readonly [keyword: string, weight: number])[]> = {
  score: [
    ['recommend', 2], ['порекоменд', 2], ['рекомендо', 2], ['препоръч', 2], ['препоръка', 2],
    ['likely', 1], ['вероятн', 1], ['0 to 10', 1], ['0 10', 1], ['0 до 10', 1], ['score', 1], ['rating', 1], ['оцен', 1],
  ],
  csat: [['satisf', 2], ['удовлетвор', 2], ['довольн', 2], ['доволн', 2]],
  comment: [
    ['why', 2], ['почему', 2], ['защо', 2], ['reason', 2], ['причин', 2], ['comment', 2], ['коммент', 2], ['коментар', 2],
    ['improve', 1], ['улучш', 1], ['подобр', 1], ['tell us', 1], ['расскажите', 1], ['разкажете', 1],
  ],
};

/** How each field's column was found, for messages and `care inspect`. */
export type SurveyColumnSource = 'synonym' | 'question' | 'map';

export interface SurveyReadOptions extends ReadRecordsOptions {
  /** Fields that must have a column besides the score (e.g. `date` for --period). */
  alsoRequired?: readonly string[];
}

export interface SurveyTable extends RecordTable {
  /** `nps`: answers have a 0–10 score; `csat`: a CSAT-only export (no score column), answers have a 1–5 csat. */
  mode: 'nps' | 'csat';
  /** field → the header that was read for it, and how it was found. */
  columns: Record<string, { header: string; source: SurveyColumnSource }>;
}

/** A survey answer's fields after reading: the score is a number 0–10. */
export interface SurveyRecordValues {
  /** Present in `nps` mode. */
  score?: number;
  date?: number;
  customer?: string;
  segment?: string;
  comment?: string;
  /** 1–5 when it read as a rating; the cell's text when it did not (only in `nps` mode). */
  csat?: number | string;
}

/** The header a question-text field is most likely in, among headers no field has taken; undefined when none matches. */
export function findQuestionHeader(headers: readonly string[], field: keyof typeof QUESTION_KEYWORDS, taken: ReadonlySet<number> = new Set()): number | undefined {
  let best: number | undefined;
  let bestWeight = 0;
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    const text = normalizeHeader(header);
    let weight = keywordWeight(text, field);
    // "Why did you give this score?" or "Satisfaction rating" name the score but are not it.
    if (field === 'score') weight -= keywordWeight(text, 'comment') + keywordWeight(text, 'csat');
    if (weight > bestWeight) {
      best = index;
      bestWeight = weight;
    }
  });
  return best;
}

function keywordWeight(normalizedHeader: string, field: keyof typeof QUESTION_KEYWORDS): number {
  let weight = 0;
  for (const [keyword, points] of QUESTION_KEYWORDS[field]) if (normalizedHeader.includes(keyword)) weight += points;
  return weight;
}

/**
 * field → header for every survey field the synonyms (and `overrides`) leave unmapped but a
 * question header names. The score is looked for first, so a "why this score?" column never
 * takes its place.
 */
export function detectQuestionHeaders(headers: readonly string[], overrides: Record<string, string> = {}, file = ''): Record<string, string> {
  const mapping = mapHeaders([...headers], SURVEY_FIELDS, overrides, file);
  const taken = new Set(Object.values(mapping.fields));
  const found: Record<string, string> = {};
  const npsColumn = mapping.fields['score'] === undefined ? npsGroupedColumn(headers) : undefined;
  if (npsColumn !== undefined) {
    found['score'] = headers[npsColumn]!;
    taken.add(npsColumn);
  }
  for (const field of ['score', 'csat', 'comment'] as const) {
    if (field in found) continue;
    if (mapping.fields[field] !== undefined) continue;
    const index = findQuestionHeader(headers, field, taken);
    if (index === undefined) continue;
    found[field] = headers[index]!;
    taken.add(index);
  }
  return found;
}

/**
 * The column of an NPS question exported by Qualtrics: its export tag (`Q1`) is followed by a
 * `Q1_NPS_GROUP` column holding Promoter / Passive / Detractor, so the tag column holds the 0–10
 * answers whatever the question is called.
 */
function npsGroupedColumn(headers: readonly string[]): number | undefined {
  const lower = headers.map((header) => header.trim().toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    const name = lower[i]!;
    if (!name.endsWith('_nps_group') || name.length === '_nps_group'.length) continue;
    const index = lower.indexOf(name.slice(0, -'_nps_group'.length));
    if (index !== -1) return index;
  }
  return undefined;
}

/** The survey fields as read here: the score is checked by `validate`, so an empty one is `badScore` too. */
const READ_FIELDS: readonly FieldSpec[] = SURVEY_FIELDS.map((field) => (field.name === 'score' ? { ...field, required: false } : field));

/**
 * Reads a survey export; rows whose score is not a whole number 0–10 are skipped as `badScore`
 * (or fail under strict). A file with a CSAT column but no score column (a help-desk CSAT
 * export) is read for CSAT alone: then rows whose rating is not 1–5 are skipped as `badCsat`.
 * A CSAT cell of a row with a good score is kept as a number when it reads as 1–5, as text otherwise.
 */
export async function readSurvey(input: InputSource, options: SurveyReadOptions = {}): Promise<SurveyTable> {
  const source = await replayable(input);
  const headers = await peekHeaders(source, options);
  const overrides = options.map ?? {};
  const detected = headers === undefined ? {} : detectQuestionHeaders(headers, overrides, source.name);
  const map = { ...detected, ...overrides };
  const mapped = headers === undefined ? undefined : mapExport(headers, SURVEY_FIELDS, { ...options, map, onWarning: undefined }, source.name, 'survey').mapping.fields;
  const mode: SurveyTable['mode'] = mapped !== undefined && mapped['score'] === undefined && mapped['csat'] !== undefined ? 'csat' : 'nps';
  const { alsoRequired = [], validate, ...rest } = options;
  const table = await readRecords(source, READ_FIELDS, {
    ...rest,
    map,
    required: [mode === 'csat' ? 'csat' : 'score', ...alsoRequired],
    validate: (record) => (mode === 'csat' ? checkCsat(record, true) : (checkScore(record) ?? checkCsat(record, false))) ?? validate?.(record),
  });
  const columns: SurveyTable['columns'] = {};
  for (const [field, index] of Object.entries(table.mapping)) {
    const found: SurveyColumnSource = field in overrides ? 'map' : field in detected ? 'question' : 'synonym';
    columns[field] = { header: table.headers[index]!, source: found };
  }
  return { ...table, mode, columns };
}

/** The values of a record read by readSurvey, typed. */
export function surveyValues(record: FieldRecord): SurveyRecordValues {
  return record.values as unknown as SurveyRecordValues;
}

/** Replaces the score text by its number, or says why the row is bad. */
function checkScore(record: FieldRecord): [string, string, string] | undefined {
  const text = record.values['score'];
  if (typeof text !== 'string') return ['badScore', 'the score is empty', 'score'];
  const score = readScore(text);
  if (score === undefined) return ['badScore', `score "${text}" is not a whole number from 0 to 10`, 'score'];
  record.values['score'] = score;
  return undefined;
}

/** Reads the CSAT cell as 1–5; when `required` (CSAT-only exports) an unreadable one makes the row bad. */
function checkCsat(record: FieldRecord, required: boolean): [string, string, string] | undefined {
  const text = record.values['csat'];
  if (typeof text !== 'string') return required ? ['badCsat', 'the CSAT rating is empty', 'csat'] : undefined;
  const rating = readCsat(text);
  if (rating !== undefined) record.values['csat'] = rating;
  else if (required) return ['badCsat', `CSAT rating "${text}" is not a whole number from 1 to 5`, 'csat'];
  return undefined;
}

/** Stops the header peek once the header is known. */
class HeaderFound extends Error {
  constructor(readonly headers: string[]) {
    super('header found');
  }
}

/** The header row, read with the same sniffing as the real read; undefined for an empty file (the real read reports it). */
async function peekHeaders(source: InputSource, options: SurveyReadOptions): Promise<string[] | undefined> {
  try {
    await readRows(source, { delimiter: options.delimiter, encoding: options.encoding }, {
      header(found) {
        throw new HeaderFound(found);
      },
      row() {},
    });
  } catch (error) {
    if (error instanceof HeaderFound) return error.headers;
    // Encoding, binary and empty-file errors come again, with their context, from the real read.
    return undefined;
  }
  return undefined;
}

/**
 * A source that can be opened twice (header peek, then the read). Files reopen; stdin is read
 * once into memory — survey exports have one row per answer and are read whole anyway.
 */
async function replayable(source: InputSource): Promise<InputSource> {
  if (source.path !== undefined) return source;
  const chunks: Buffer[] = [];
  for await (const chunk of source.open() as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const bytes = Buffer.concat(chunks);
  return { name: source.name, size: bytes.length, open: () => Readable.from([bytes]) };
}
