/**
 * `care lint-reply --complaints FILE --id ID`: the complainer type of the complaint a reply
 * answers, read the way `care classify` reads it (the same export profiles, column mapping and
 * built-in rules) and classified with the classifier, so the reply is checked against that type's
 * fit rules (docs/definitions.md, "Reply fit"). A step of care lint-reply.
 */
import { classify, isSkipped } from '../classify/index.js';
import type { CareConfig } from '../config/schema.js';
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import { complaintRecords } from '../ingest/complaints.js';
import type { Io } from '../io/types.js';
import type { FitType } from '../lint/types.js';
import { readComplaintTable, rulesFor } from './load-complaints.js';

/** The type `care classify` gives the record with this id (or line number, as `line:12`). */
export async function complaintTypeOf(io: Io, file: string, id: string, config: CareConfig): Promise<{ type: FitType; line: number }> {
  const rules = rulesFor(io, {});
  const { table, score } = await readComplaintTable(io, file, {}, config);
  const wanted = id.trim();
  const line = wanted.replace(/^line:?\s*/i, '');
  for (const read of complaintRecords(table.records, score)) {
    const own = read.record.id;
    if (own !== wanted && !(own === undefined && String(read.line) === wanted) && String(read.line) !== line) continue;
    const record = typeof read.score === 'number' ? { ...read.record, score: read.score } : read.record;
    const result = classify(record, rules);
    if (isSkipped(result)) {
      throw new InputError('CARE_NOT_CLASSIFIED', `the record "${wanted}" shows no complainer type (no complaint words, channel, status or low score)`, {
        file, line: read.line, hint: 'give the type yourself: --type activist|irate|voicer|silent',
        say: say('error.recordNoType', { id: wanted }), hintSay: say('hint.giveType'),
      });
    }
    return { type: result.type, line: read.line };
  }
  throw new InputError('CARE_NO_RECORD', `no record with id "${wanted}"`, {
    file,
    hint: table.mapping['id'] === undefined ? 'the log has no id column: give the line number, e.g. --id line:12' : 'give an id from the id column, or a line number as line:12',
    say: say('error.noRecordId', { id: wanted }),
    hintSay: table.mapping['id'] === undefined ? say('hint.noIdColumn', { example: '--id line:12' }) : say('hint.giveIdOrLine'),
  });
}
