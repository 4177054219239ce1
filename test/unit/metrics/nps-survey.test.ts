import { describe, expect, it } from 'vitest';
import { readSurvey } from '../../../src/ingest/survey.js';
import { computeNps } from '../../../src/metrics/nps-survey.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { csvSource } from '../../helpers/csv-source.js';

const SURVEY = ['Date,Customer ID,Score,CSAT', '2024-01-05,C1,10,9', '2024-01-09,C2,3,8', '2024-02-01,C3,8,7', '2024-03-01,C4,9,5'].join('\n');

describe('computeNps', () => {
  it('leaves out answers after as-of, and computes no CSAT from a column on a 0–10 scale', async () => {
    const table = await readSurvey(csvSource(SURVEY));
    const result = computeNps('survey.csv', table, { asOf: parseIsoDay('2024-02-15') });
    // Up to 2024-02-15: scores 10, 3, 8 → one promoter, one passive, one detractor: NPS 0.
    expect(result.summary).toMatchObject({ n: 3, promoters: 1, passives: 1, detractors: 1, nps: 0 });
    expect(result.ingest).toMatchObject({ rows: 4, answers: 3, afterAsOf: 1 });
    // The CSAT cells kept (9, 8, 7) are none of them 1–5: all three on the 0–10 scale.
    expect(result.csat).toBeNull();
    expect(result.notes[0]).toBe('The "CSAT" column is not on a 1–5 scale (3 of its values are 0 or 6–10), so no CSAT is computed from it.');
    expect(result.notes[1]).toMatch(/^Only 3 answers/);
  });

  it('takes as-of from the latest answer, segments by the --by column, and builds the trend', async () => {
    const table = await readSurvey(csvSource(SURVEY));
    const result = computeNps('survey.csv', table, { period: 'month', by: { name: 'Customer ID', index: 1 } });
    expect(result.asOf).toBe(parseIsoDay('2024-03-01'));
    expect(result.by).toBe('Customer ID');
    expect(result.segments?.map((row) => row.segment).sort()).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(result.trend?.map((row) => [row.period, row.n])).toEqual([
      ['2024-01', 2],
      ['2024-02', 1],
      ['2024-03', 1],
    ]);
  });
});
