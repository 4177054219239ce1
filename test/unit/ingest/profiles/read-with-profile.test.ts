import { describe, expect, it } from 'vitest';
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
