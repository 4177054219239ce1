import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvSource } from '../../helpers/csv-source.js';
import { dataset } from '../../helpers/datasets.js';
import { COMPLAINT_FIELDS } from '../../../src/ingest/kinds.js';
import { readRecords } from '../../../src/ingest/records.js';
import { builtinRules, classify, compileRules, isSkipped, mergeRules } from '../../../src/classify/index.js';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { rules } from './helpers.js';

const cfpb = dataset('cfpb-complaints-sample.csv');

/** Every CFPB record went to a regulator: `Submitted via` is how it reached the CFPB, not the company. */
describe.skipIf(!cfpb.present)(`CFPB complaint sample, every record sent to a regulator (${cfpb.present ? 'present' : cfpb.skipReason})`, () => {
  const records = (): ComplaintRecord[] =>
    (parse(readFileSync(cfpb.path, 'utf8'), { columns: true }) as Record<string, string>[]).map((row) => ({
      channel: row['Submitted via'] ?? '',
      subject: row['Issue'] ?? '',
      text: row['Consumer complaint narrative'] ?? '',
    }));

  it('gives every record exactly one type', () => {
    const all = records();
    expect(all.length).toBe(6623);
    expect(all.filter((record) => isSkipped(classify(record, rules)))).toEqual([]);
  });

  it('is read through the cfpb-complaints profile: every record, Submitted via as the channel, no state taken as a status', async () => {
    const table = await readRecords(csvSource(readFileSync(cfpb.path)), COMPLAINT_FIELDS, { kind: 'complaints' });
    expect(table.profile?.profile?.name).toBe('cfpb-complaints');
    expect(table.records.length).toBe(6623);
    expect(new Set(table.records.map((record) => record.values['channel']))).toEqual(new Set(['Web', 'Referral', 'Phone', 'Postal mail', 'Fax', 'Email']));
    expect(table.records.filter((record) => record.values['status'] !== undefined)).toEqual([]);
  });

  it('finds the third party in narratives that name one', () => {
    const naming = records().filter((record) => /\b(CFPB|attorney|lawsuit|ombudsman)\b/i.test(record.text ?? ''));
    expect(naming.length).toBeGreaterThan(50);
    const activist = naming.filter((record) => {
      const result = classify(record, rules);
      return !isSkipped(result) && result.type === 'activist';
    });
    expect(activist.length / naming.length).toBeGreaterThan(0.9);
  });

  it('calls all of it activist once a rules overlay says the intake channels are the regulator', () => {
    const overlay = compileRules(
      mergeRules(builtinRules, {
        rules: {
          'activist-regulator-intake': {
            type: 'activist',
            weight: 0.95,
            fields: ['channel'],
            terms: { en: ['web', 'referral', 'phone', 'postal mail', 'fax', 'email'] },
          },
        },
      }),
    );
    const types = new Set(records().map((record) => {
      const result = classify(record, overlay);
      return isSkipped(result) ? 'skipped' : result.type;
    }));
    expect([...types]).toEqual(['activist']);
  });
});
