import { describe, expect, it } from 'vitest';
import { complaintRecordOf, readLabelledComplaints, type LabelledComplaint } from '../../../fixtures/complaints.js';
import { isSkipped } from '../../../src/classify/index.js';
import { run } from './helpers.js';

const rows = readLabelledComplaints();

function predict(row: LabelledComplaint): string {
  const result = run(complaintRecordOf(row));
  return isSkipped(result) ? 'none' : result.type;
}

describe('fixtures/complaints.csv', () => {
  it('has at least 300 records in en, ru and bg, every type, and at least 40 hard cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((row) => row.lang))).toEqual(new Set(['en', 'ru', 'bg']));
    expect(new Set(rows.map((row) => row.label))).toEqual(new Set(['activist', 'irate', 'voicer', 'silent', 'none']));
    expect(rows.filter((row) => row.hard === '1').length).toBeGreaterThanOrEqual(40);
    for (const row of rows) expect(row.date, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds out every 4th record by id, a quarter of the set', () => {
    for (const row of rows) expect(row.split, row.id).toBe(Number(row.id.slice(1)) % 4 === 0 ? 'holdout' : 'dev');
    expect(rows.filter((row) => row.split === 'holdout').length).toBe(Math.floor(rows.length / 4));
  });

  it('keeps accuracy ≥ 0.9 and activist recall ≥ 0.85 (see npm run eval:classify for the full report)', () => {
    const predicted = rows.map(predict);
    const correct = rows.filter((row, index) => predicted[index] === row.label).length;
    const activists = rows.filter((row) => row.label === 'activist');
    const found = rows.filter((row, index) => row.label === 'activist' && predicted[index] === 'activist').length;
    expect(correct / rows.length).toBeGreaterThanOrEqual(0.9);
    expect(found / activists.length).toBeGreaterThanOrEqual(0.85);
  });
});
