import { describe, expect, it } from 'vitest';
import { INVOICE_FIELDS } from '../../../../src/ingest/kinds.js';
import type { ExportProfile } from '../../../../src/ingest/profiles/types.js';
import { readOrders } from '../../../../src/ingest/orders.js';
import { readRecords } from '../../../../src/ingest/records.js';
import { readSurvey } from '../../../../src/ingest/survey.js';
import { formatDay } from '../../../../src/time/days.js';
import { csvSource } from '../../../helpers/csv-source.js';

// A SurveyMonkey export whose dates are all ambiguous (day and month both ≤ 12).
const SURVEYMONKEY = [
  'Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,How likely is it that you would recommend us?',
  '1,9,03/04/2024 09:12:44 AM,03/04/2024 09:14:02 AM,203.0.113.10,a@example.com,,,,9',
  '2,9,05/06/2024 10:01:09 AM,05/06/2024 10:02:30 AM,203.0.113.11,b@example.com,,,,10',
].join('\n');

describe('reading with the detected profile', () => {
  it("ambiguous slashed dates take the profile's order (SurveyMonkey writes M/D/Y)", async () => {
    const table = await readSurvey(csvSource(SURVEYMONKEY));
    expect(table.profile?.profile?.name).toBe('surveymonkey');
    expect(table.records.map((record) => formatDay(record.values['date'] as number))).toEqual(['2024-03-04', '2024-05-06']);
  });

  it('without a profile they stay ambiguous: an input error asking for --date-format', async () => {
    await expect(readSurvey(csvSource(SURVEYMONKEY), { profileName: 'none', map: { date: 'End Date' } })).rejects.toThrow(/could be day-first or month-first/);
  });

  it('--date-format still wins over the profile', async () => {
    const table = await readSurvey(csvSource(SURVEYMONKEY), { dateFormat: 'DMY' });
    expect(table.records.map((record) => formatDay(record.values['date'] as number))).toEqual(['2024-04-03', '2024-06-05']);
  });
});

describe("a profile's fallback columns", () => {
  const INVOICES = ['Invoice;Company;Contact;Due;Total', '1;Alfa Ltd;Orlov;01.03.2024;100', '2;;Belova;01.03.2024;200', '3;;;01.03.2024;300'].join('\n');
  const profile: ExportProfile = {
    name: 'test-invoices', title: 'test', kind: 'invoices', source: 'test', fingerprint: { all: ['Invoice', 'Company', 'Contact'] },
    map: { invoice: 'Invoice', customer: 'Company', due: 'Due', amount: 'Total' }, fallbacks: { customer: ['Contact'] }, dateFormat: 'DMY',
  };

  it('give a field its value when its own cell is empty, and only then', async () => {
    const table = await readRecords(csvSource(INVOICES), INVOICE_FIELDS, { profile });
    expect(table.records.map((record) => record.values['customer'])).toEqual(['Alfa Ltd', 'Belova']);
    expect(table.ingest.skipped).toEqual({ noCustomer: 1 });
  });
});

describe("a profile's flag columns", () => {
  // A 1С document list: Проведен is the status; a document marked for deletion is no sale even when posted.
  const DOCUMENTS = ['Дата;Номер;Контрагент;Сумма;Проведен;Пометка удаления', '10.01.2024;1;Альфа;100,00;Да;Нет', '11.01.2024;2;Бета;200,00;Да;Да', '12.01.2024;3;Гамма;300,00;Нет;Нет'].join('\n');
  const profile: ExportProfile = {
    name: 'test-documents', title: 'test', kind: 'orders', source: 'test', fingerprint: { all: ['Проведен'] },
    map: { customer: 'Контрагент', date: 'Дата', order: 'Номер', amount: 'Сумма', status: 'Проведен' },
    statuses: { да: 'completed', нет: 'excluded' }, flags: [{ header: 'Пометка удаления', values: { да: 'excluded' } }], dateFormat: 'DMY', decimalComma: true,
  };

  it('keep out an order the status alone would count', async () => {
    const read = await readOrders(csvSource(DOCUMENTS), { profile });
    // Only document 1 (Альфа, 100,00) is a sale; 2 is marked for deletion, 3 is not posted.
    expect(read.history.customers.filter((_, c) => read.history.offsets[c + 1]! > read.history.offsets[c]!)).toEqual(['Альфа']);
    expect(read.ingest).toMatchObject({ orders: 1, excludedOrders: 2 });
  });
});
