import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParserName } from '../../../src/ingest/parser.js';
import { readOrders, type ReadOrdersOptions } from '../../../src/ingest/orders.js';
import { fileSource } from '../../../src/ingest/source.js';
import type { Reject } from '../../../src/ingest/types.js';
import { formatDay } from '../../../src/time/days.js';
import { fixture } from '../../helpers/datasets.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

/** Reads `customer,date` rows (customers A, B, C… in row order) and returns each customer's days. */
async function daysOf(dates: string[], options: ReadOrdersOptions = {}) {
  const csv = ['customer,date,amount', ...dates.map((date, i) => `${String.fromCharCode(65 + i)},${date},1`)].join('\n');
  const { history, dateFormat } = await readOrders(csvSource(csv), options);
  const days: Record<string, string> = {};
  history.customers.forEach((customer, c) => {
    days[customer] = formatDay(history.days[history.offsets[c]!]!);
  });
  return { days, dateFormat };
}

describe.each(['papaparse', 'csv-parse'] as ParserName[])('date columns with %s', (parser) => {
  beforeAll(() => {
    vi.stubEnv('CARE_PARSER', parser);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('ISO dates and date-times: the calendar date as written, whatever the offset', async () => {
    const { days } = await daysOf(['2024-03-05', '2024-03-05T23:30:00-05:00', '2024-03-05 00:15:00 +0300', '2024-03-05T12:00:00Z']);
    expect(Object.values(days)).toEqual(['2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05']);
  });

  it('YYYYMMDD, DD.MM.YYYY, D.M.YY, YYYY/MM/DD and YYYY/M/D in one column', async () => {
    const { days } = await daysOf(['20240305', '05.03.2024', '5.3.24', '2024/03/05', '2024/3/5', '31.12.2023']);
    expect(Object.values(days)).toEqual(['2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2023-12-31']);
  });

  it('slashed dates are D/M/Y when some day (first number) is above 12 — even a later row decides for earlier ones', async () => {
    const { days, dateFormat } = await daysOf(['03/04/2024', '05/06/2024', '25/12/2024', '1/2/24']);
    expect(days).toEqual({ A: '2024-04-03', B: '2024-06-05', C: '2024-12-25', D: '2024-02-01' });
    expect(dateFormat).toContain('D/M/Y');
  });

  it('slashed dates are M/D/Y when some day (second number) is above 12', async () => {
    const { days, dateFormat } = await daysOf(['03/04/2024', '12/25/2024 8:26', '05/06/2024']);
    expect(days).toEqual({ A: '2024-03-04', B: '2024-12-25', C: '2024-05-06' });
    expect(dateFormat).toContain('M/D/Y');
  });

  it('a column mixing both orders is exit 3 naming both lines', async () => {
    const error = await rejectionOf(daysOf(['13/01/2024', '01/02/2024', '01/13/2024']));
    expect(error).toMatchObject({ code: 'CARE_MIXED_DATES', exitCode: 3, field: 'date' });
    expect(String(error.message)).toMatch(/line 2.*line 4/);
  });

  it('a whole file of ambiguous slashed dates is exit 3 asking for --date-format', async () => {
    const file = fixture('broken', 'ambiguous-dates.csv');
    const error = await rejectionOf(readOrders(fileSource(file)));
    expect(error).toMatchObject({ code: 'CARE_AMBIGUOUS_DATES', exitCode: 3, field: 'date', file });
    expect(String(error.hint)).toContain('--date-format');
  });

  it('--date-format decides an ambiguous file', async () => {
    const file = fixture('broken', 'ambiguous-dates.csv');
    const dmy = await readOrders(fileSource(file), { dateFormat: 'DMY' });
    const mdy = await readOrders(fileSource(file), { dateFormat: 'MDY' });
    // rows: A 03/04/2024, B 05/06/2024, A 07/08/2024
    const all = (read: typeof dmy) => [...read.history.days].map(formatDay);
    expect(all(dmy)).toEqual(['2024-04-03', '2024-08-07', '2024-06-05']);
    expect(all(mdy)).toEqual(['2024-03-04', '2024-07-08', '2024-05-06']);
  });

  it('--date-format overrides what the column shows; rows that do not fit are badDate', async () => {
    const rejects: Reject[] = [];
    const { days } = await daysOf(['03/04/2024', '12/25/2024', '2024-01-02'], { dateFormat: 'DMY', onReject: (reject) => rejects.push(reject) });
    expect(days).toEqual({ A: '2024-04-03', C: '2024-01-02' });
    expect(rejects.map(({ line, reason }) => [line, reason])).toEqual([[3, 'badDate']]);
  });

  it('invalid dates are badDate on their own line', async () => {
    const rejects: Reject[] = [];
    const { days } = await daysOf(['2024-02-30', '2024-13-01', 'soon', '2024-02-29', '31/04/2024'], { onReject: (reject) => rejects.push(reject) });
    expect(days).toEqual({ D: '2024-02-29' });
    expect(rejects.map(({ line, reason, field }) => [line, reason, field])).toEqual([
      [2, 'badDate', 'date'],
      [3, 'badDate', 'date'],
      [4, 'badDate', 'date'],
      [6, 'badDate', 'date'],
    ]);
  });
});
