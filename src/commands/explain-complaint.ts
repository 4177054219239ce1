/**
 * `care classify FILE --explain ID`: finds one record of the complaint log by its id (or line
 * number) and says why it got its type (src/classify/explain.ts). A step of care classify.
 */
import { explainClassification } from '../classify/explain.js';
import type { CareConfig } from '../config/schema.js';
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import { complaintRecords } from '../ingest/complaints.js';
import type { Io } from '../io/types.js';
import type { ExplainedRecord } from '../report/explain-view.js';
import { type ClassifyOptions, readComplaintTable, rulesFor } from './load-complaints.js';

const LINE_PREFIX = /^line:?\s*(\d+)$/i;

export async function explainComplaint(io: Io, file: string, id: string, options: ClassifyOptions, config: CareConfig): Promise<ExplainedRecord> {
  const rules = rulesFor(io, options);
  const { table, score } = await readComplaintTable(io, file, options, config);
  const wanted = id.trim();
  // "line:12" always names a line; a bare "12" is an id, and a line only for a record with no id.
  const line = LINE_PREFIX.exec(wanted)?.[1];
  for (const read of complaintRecords(table.records, score)) {
    const own = read.record.id;
    if (line !== undefined ? String(read.line) === line : own === wanted || (own === undefined && String(read.line) === wanted)) {
      const record = typeof read.score === 'number' ? { ...read.record, score: read.score } : read.record;
      return { source: file, id: own ?? null, line: read.line, explanation: explainClassification(record, rules) };
    }
  }
  throw new InputError('CARE_NO_RECORD', `no record with id "${wanted}"`, {
    file,
    hint: table.mapping['id'] === undefined ? 'the log has no id column: give the line number, e.g. --explain 12' : 'give an id from the id column, or a line number as line:12',
    say: say('error.noRecordId', { id: wanted }),
    hintSay: table.mapping['id'] === undefined ? say('hint.noIdColumn', { example: '--explain 12' }) : say('hint.giveIdOrLine'),
  });
}
