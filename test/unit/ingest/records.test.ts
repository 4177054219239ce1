import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMPLAINT_FIELDS, SUBSCRIPTION_FIELDS } from '../../../src/ingest/kinds.js';
import type { ParserName } from '../../../src/ingest/parser.js';
import { readRecords, readTable } from '../../../src/ingest/records.js';
import type { Reject } from '../../../src/ingest/types.js';
import { dayFromYmd } from '../../../src/time/days.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

describe.each(['papaparse', 'csv-parse'] as ParserName[])('readRecords with %s', (parser) => {
  beforeAll(() => {
    vi.stubEnv('CARE_PARSER', parser);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('reads subscriptions as canonical fields: ids, days, minor units', async () => {
    const csv = 'customer_id,plan,start_date,end_date,mrr\nS1,basic,2024-01-05,,19.00\n102.0,pro,2024-02-01,2024-05-01,"1,049.50"\n';
    const table = await readRecords(csvSource(csv), SUBSCRIPTION_FIELDS);
    expect(table.records.map((record) => [record.line, record.values])).toEqual([
      [2, { customer: 'S1', start: dayFromYmd(2024, 1, 5), amount: 1900 }],
      [3, { customer: '102', start: dayFromYmd(2024, 2, 1), end: dayFromYmd(2024, 5, 1), amount: 104_950 }],
    ]);
    expect(table.mapping).toEqual({ customer: 0, start: 2, end: 3, amount: 4 });
    expect(table.ingest).toMatchObject({ rows: 2, skipped: {} });
  });

  it('decides the D/M order for each date column from the whole column', async () => {
    // start: 25/01 decides D/M/Y; end: 01/25 decides M/D/Y
    const csv = 'customer,start,end\nA,03/04/2024,01/25/2025\nB,25/01/2024,03/04/2025\n';
    const { records } = await readRecords(csvSource(csv), SUBSCRIPTION_FIELDS);
    expect(records.map((record) => [record.values['start'], record.values['end']])).toEqual([
      [dayFromYmd(2024, 4, 3), dayFromYmd(2025, 1, 25)],
      [dayFromYmd(2024, 1, 25), dayFromYmd(2025, 3, 4)],
    ]);
  });

  it('an ambiguous column is exit 3; --date-format reads it', async () => {
    const csv = 'customer,start\nA,03/04/2024\nB,05/06/2024\n';
    const error = await rejectionOf(readRecords(csvSource(csv), SUBSCRIPTION_FIELDS));
    expect(error).toMatchObject({ code: 'CARE_AMBIGUOUS_DATES', exitCode: 3, field: 'start' });
    const { records } = await readRecords(csvSource(csv), SUBSCRIPTION_FIELDS, { dateFormat: 'MDY' });
    expect(records.map((record) => record.values['start'])).toEqual([dayFromYmd(2024, 3, 4), dayFromYmd(2024, 5, 6)]);
  });

  it('skips rows without customer, bad dates and bad amounts with their lines and reasons', async () => {
    const rejects: Reject[] = [];
    const csv = 'customer_id,start_date,mrr\n,2024-01-05,19\nA,2024-02-30,19\nB,2024-01-05,lots\nC,2024-01-05,19\n';
    const { records, ingest } = await readRecords(csvSource(csv), SUBSCRIPTION_FIELDS, { onReject: (reject) => rejects.push(reject) });
    expect(records.map((record) => record.values['customer'])).toEqual(['C']);
    expect(rejects.map(({ line, reason, field }) => [line, reason, field])).toEqual([
      [2, 'noCustomer', 'customer'],
      [3, 'badDate', 'start'],
      [4, 'badAmount', 'amount'],
    ]);
    expect(ingest.skipped).toEqual({ noCustomer: 1, badDate: 1, badAmount: 1 });
  });

  it('--strict fails on the first bad row with its line and field', async () => {
    const error = await rejectionOf(readRecords(csvSource('customer_id,start_date\nA,2024-01-05\nB,someday\n', { name: 'subs.csv' }), SUBSCRIPTION_FIELDS, { strict: true }));
    expect(error).toMatchObject({ code: 'CARE_BAD_ROW', exitCode: 3, file: 'subs.csv', line: 3, field: 'start' });
  });

  it('a missing required column is exit 3 naming it; a header-only file is exit 3', async () => {
    const missing = await rejectionOf(readRecords(csvSource('customer_id,mrr\nA,1\n'), SUBSCRIPTION_FIELDS));
    expect(missing).toMatchObject({ code: 'CARE_MISSING_FIELD', exitCode: 3, field: 'start' });
    const empty = await rejectionOf(readRecords(csvSource('customer_id,start_date\n'), SUBSCRIPTION_FIELDS));
    expect(empty).toMatchObject({ code: 'CARE_NO_ROWS', exitCode: 3 });
  });

  it('keeps multi-line complaint texts whole, with physical lines, and YYYY/M/D dates', async () => {
    const csv = 'Complaint ID,Date received,Submitted via,Consumer complaint narrative\n1,2024/3/5,Web,"I called twice.\nNobody answered, so I wrote ""again"".\nThird line."\n2,2024/12/31,Phone,short\n';
    const { records } = await readRecords(csvSource(csv), COMPLAINT_FIELDS);
    expect(records.map((record) => [record.line, record.values])).toEqual([
      [2, { id: '1', date: dayFromYmd(2024, 3, 5), channel: 'Web', text: 'I called twice.\nNobody answered, so I wrote "again".\nThird line.' }],
      [5, { id: '2', date: dayFromYmd(2024, 12, 31), channel: 'Phone', text: 'short' }],
    ]);
  });
});

describe('readTable', () => {
  it('gives every row as read, with its line', async () => {
    const { headers, rows, sniffed } = await readTable(csvSource('name;email\nAnna;a@x.org\n\n"Bo; Jr";b@x.org\n'));
    expect(sniffed.delimiter).toBe(';');
    expect(headers).toEqual(['name', 'email']);
    expect(rows).toEqual([
      { line: 2, cells: ['Anna', 'a@x.org'] },
      { line: 4, cells: ['Bo; Jr', 'b@x.org'] },
    ]);
  });
});
