/**
 * Reading a complaint log for `care classify`: the survey-score column the complaint fields do not
 * name (a 0–10 score, or a 1–5 CSAT rescaled to 0–10), its cells, and each record's fields as the
 * classifier reads them. Pure: the table comes from readRecords.
 */
import { InputError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { type Day, formatDay } from '../time/days.js';
import { readRating } from './fields/score.js';
import { fingerprintKey } from './profiles/detect.js';
import { readSatisfaction } from './tickets.js';
import { normalizeHeader } from './headers.js';
import type { FieldRecord, RecordTable } from './types.js';

/**
 * Header names of a survey score on a complaint record: COMPLAINT_FIELDS has no score field, so
 * the reader finds the column itself. A 0–10 score (NPS, rating) is passed as it is.
 */
export const SCORE_HEADERS = ['score', 'rating', 'nps', 'nps score', 'nps rating', 'оценка', 'балл', 'оценка nps', 'nps оценка', 'оценка клиента', 'оценка на клиента', 'рейтинг'];
/** A 1–5 CSAT rating; rescaled to 0–10 so the rules' one low-score threshold (≤ 6) applies to both. */
export const CSAT_HEADERS = ['csat', 'csat score', 'csat rating', 'satisfaction', 'satisfaction rating', 'satisfaction score', 'удовлетворенность', 'оценка удовлетворенности', 'удовлетвореност'];

/** The survey-score column of a complaint log and its scale. */
export interface ScoreColumn {
  index: number;
  scale: 'score' | 'csat';
}

/**
 * A complaint record's fields as the classifier and the summary read them (classify's
 * ComplaintRecord and SummaryRecord); `date` in ISO form, `score` 0–10 when the log has one.
 */
export interface ComplaintFields {
  id?: string;
  customer?: string;
  date?: string;
  channel?: string;
  subject?: string;
  text?: string;
  status?: string;
  /** The help desk's tags or labels of the ticket, as written (Zendesk `Tags`, Jira `Labels`). */
  tags?: string;
  score?: number;
}

/** Channel, subject and text are each optional, but a file with none of them has nothing to classify by (exit 3). */
export function requireSomethingToClassifyBy(table: RecordTable): void {
  if (['channel', 'subject', 'text'].some((field) => table.mapping[field] !== undefined)) return;
  throw new InputError('CARE_MISSING_FIELD', 'no column for channel, subject or text: there is nothing to classify the complaints by', {
    file: table.source,
    field: 'channel, subject, text',
    hint: `map one with --map text=HEADER (or channel=, subject=); the headers are: ${table.headers.join(', ')}`,
    say: say('error.nothingToClassifyBy'),
    hintSay: say('hint.mapText', { headers: table.headers.join(', ') }),
  });
}

/**
 * The score column: --map score=/csat= (or the config), else the satisfaction column of the
 * export's profile (Zendesk `Satisfaction Score`, Freshdesk `Survey results`, Help Scout `Rating`,
 * Jira `Custom field (Satisfaction rating)`: answers read as a CSAT), else the first free header
 * that names a score.
 */
export function findScoreColumn(table: RecordTable, scoreHeader: string | undefined, csatHeader: string | undefined): ScoreColumn | undefined {
  const normalized = table.headers.map(normalizeHeader);
  for (const [header, scale] of [[scoreHeader, 'score'], [csatHeader, 'csat']] as const) {
    if (header === undefined) continue;
    let index = table.headers.indexOf(header);
    if (index === -1) index = normalized.indexOf(normalizeHeader(header));
    if (index === -1) throw new UsageError('CARE_UNKNOWN_HEADER', `--map ${scale}=${header}: the file has no header "${header}"`, { file: table.source, hint: `its headers are: ${table.headers.join(', ')}`, say: say('error.mapNoHeader', { field: scale, header }), hintSay: say('hint.itsHeaders', { headers: table.headers.join(', ') }) });
    return { index, scale };
  }
  const taken = new Set(Object.values(table.mapping));
  const profileRating = table.profile?.profile?.map['satisfaction'];
  if (profileRating !== undefined) {
    const index = table.headers.findIndex((header, i) => fingerprintKey(header) === fingerprintKey(profileRating) && !taken.has(i));
    if (index !== -1) return { index, scale: 'csat' };
  }
  for (const [synonyms, scale] of [[SCORE_HEADERS, 'score'], [CSAT_HEADERS, 'csat']] as const) {
    for (const synonym of synonyms) {
      const index = normalized.findIndex((header, i) => header === synonym && !taken.has(i));
      if (index !== -1) return { index, scale };
    }
  }
  return undefined;
}

/**
 * A 0–10 score (a CSAT 1–5 rating mapped linearly onto 0–10); undefined for an empty cell. A CSAT
 * written as a help desk's answer (Zendesk Good/Bad, Freshdesk Happy … Extremely Unhappy, Help
 * Scout Great/Okay/Not Good; tickets.ts reads them for care sla) is 10 when satisfied, else 0;
 * Offered/Unoffered is no answer.
 */
export function readScoreCell(text: string, scale: 'score' | 'csat'): number | 'unreadable' | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (scale === 'csat') {
    const rating = readRating(trimmed, 1, 5);
    if (rating !== undefined) return (rating - 1) * 2.5;
    const answer = readSatisfaction(trimmed);
    return answer === 'unreadable' ? 'unreadable' : answer === undefined ? undefined : answer === 'good' ? 10 : 0;
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
export function toComplaintRecord(source: FieldRecord): ComplaintFields {
  const record: ComplaintFields = {};
  for (const field of ['id', 'customer', 'date', 'channel', 'subject', 'text', 'status', 'tags'] as const) {
    const value = source.values[field];
    if (field === 'date') {
      if (typeof value === 'number') record.date = formatDay(value);
    } else if (typeof value === 'string' && value !== '') record[field] = value;
  }
  return record;
}

/** The last complaint date of the log; undefined when no record has one. */
export function lastComplaintDay(records: readonly FieldRecord[]): Day | undefined {
  let last: Day | undefined;
  for (const record of records) {
    const day = record.values['date'];
    if (typeof day === 'number' && (last === undefined || day > last)) last = day;
  }
  return last;
}

/** One record of a complaint log: its line and cells, its date as a day number, its fields and its score cell read. */
export interface ComplaintRead {
  line: number;
  cells: string[];
  day: number | undefined;
  record: ComplaintFields;
  score: number | 'unreadable' | undefined;
}

/** The log's records one at a time, in input order (each read object is let go once classified). */
export function* complaintRecords(records: readonly FieldRecord[], score: ScoreColumn | undefined): Generator<ComplaintRead> {
  for (const source of records) {
    const day = source.values['date'];
    yield {
      line: source.line,
      cells: source.cells,
      day: typeof day === 'number' ? day : undefined,
      record: toComplaintRecord(source),
      score: score === undefined ? undefined : readScoreCell(source.cells[score.index] ?? '', score.scale),
    };
  }
}
