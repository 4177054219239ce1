import { describe, expect, it } from 'vitest';
import type { NpsComputation } from '../../../src/metrics/nps-survey.js';
import { summarizeScores } from '../../../src/metrics/nps.js';
import { detractorRows, npsJson } from '../../../src/report/nps-contract.js';
import { parseIsoDay } from '../../../src/time/days.js';

/** A computation of the given answers, built by hand (no survey file). */
function computation(answers: NpsComputation['answers']): NpsComputation {
  return {
    source: 'survey.csv',
    mode: 'nps',
    asOf: parseIsoDay('2024-03-31'),
    answers,
    summary: summarizeScores(answers.map((answer) => answer.score)),
    distribution: [],
    csat: null,
    ingest: { rows: answers.length, answers: answers.length, skipped: {}, columns: {} },
    notes: [],
  };
}

describe('npsJson', () => {
  it('rounds shares to 6 decimals and NPS to 2 decimals of a point', () => {
    // 1 promoter, 1 passive, 1 detractor: shares 1/3 each, NPS 0.
    const json = npsJson(computation([{ line: 2, score: 10 }, { line: 3, score: 8 }, { line: 4, score: 3 }]));
    expect(json).toMatchObject({ source: 'survey.csv', asOf: '2024-03-31', n: 3, promoterShare: 0.333333, detractorShare: 0.333333, nps: 0 });
    expect(json.notes).toBeUndefined();
  });
});

describe('detractorRows', () => {
  it('lists scores 0–6 only, lowest score first, then by line, without a revenue column when no orders are joined', () => {
    const rows = detractorRows(
      computation([
        { line: 2, score: 6, customer: 'C1', day: parseIsoDay('2024-01-05') },
        { line: 3, score: 9, customer: 'C2' },
        { line: 4, score: 2, customer: 'C3', comment: 'late' },
        { line: 5, score: 6, customer: 'C4' },
      ]),
    );
    expect(rows.headers).toEqual(['customer', 'date', 'score', 'comment']);
    expect(rows.rows).toEqual([
      ['C3', '', 2, 'late'],
      ['C1', '2024-01-05', 6, ''],
      ['C4', '', 6, ''],
    ]);
  });
});
