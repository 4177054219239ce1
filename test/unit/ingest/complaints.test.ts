import { describe, expect, it } from 'vitest';
import { complaintRecords, findScoreColumn, lastComplaintDay, readScoreCell, requireSomethingToClassifyBy, toComplaintRecord } from '../../../src/ingest/complaints.js';
import type { FieldRecord, RecordTable } from '../../../src/ingest/types.js';

/** A read table with just what the complaint reader looks at. */
function table(headers: string[], mapping: Record<string, number>, records: FieldRecord[] = []): RecordTable {
  return { source: 'c.csv', headers, mapping, records } as unknown as RecordTable;
}

describe('readScoreCell', () => {
  it('passes a 0–10 score through, averaged ones with a point or a comma', () => {
    expect(readScoreCell(' 7 ', 'score')).toBe(7);
    expect(readScoreCell('6,5', 'score')).toBe(6.5);
    expect(readScoreCell('', 'score')).toBeUndefined();
    expect(readScoreCell('11', 'score')).toBe('unreadable');
    expect(readScoreCell('ok', 'score')).toBe('unreadable');
  });

  it('maps a CSAT 1–5 rating linearly onto 0–10: 1 → 0, 3 → 5, 5 → 10', () => {
    expect(readScoreCell('1', 'csat')).toBe(0);
    expect(readScoreCell('3', 'csat')).toBe(5);
    expect(readScoreCell('5', 'csat')).toBe(10);
    expect(readScoreCell('6', 'csat')).toBe('unreadable');
  });
});

describe('findScoreColumn', () => {
  it('finds a score header the complaint fields left free, else a CSAT one', () => {
    expect(findScoreColumn(table(['id', 'text', 'NPS Score'], { id: 0, text: 1 }), undefined, undefined)).toEqual({ index: 2, scale: 'score' });
    expect(findScoreColumn(table(['text', 'Satisfaction'], { text: 0 }), undefined, undefined)).toEqual({ index: 1, scale: 'csat' });
    expect(findScoreColumn(table(['text', 'note'], { text: 0 }), undefined, undefined)).toBeUndefined();
  });

  it('takes --map csat=HEADER by name, and refuses a header the file lacks (exit 2)', () => {
    expect(findScoreColumn(table(['text', 'Stars'], { text: 0 }), undefined, 'stars')).toEqual({ index: 1, scale: 'csat' });
    expect(() => findScoreColumn(table(['text'], { text: 0 }), 'grade', undefined)).toThrow(expect.objectContaining({ code: 'CARE_UNKNOWN_HEADER', exitCode: 2 }));
  });
});

describe('records', () => {
  const records: FieldRecord[] = [
    { line: 2, values: { id: 'A1', date: 20_000, text: 'late', channel: '' }, cells: ['A1', 'late', '9'] },
    { line: 3, values: { id: 'A2', text: 'broken' }, cells: ['A2', 'broken', 'x'] },
  ];

  it('leaves empty fields out and writes the date in ISO form (day 20000 is 2024-10-04)', () => {
    expect(toComplaintRecord(records[0]!)).toEqual({ id: 'A1', date: '2024-10-04', text: 'late' });
    expect(lastComplaintDay(records)).toBe(20_000);
  });

  it('reads each record with its score cell', () => {
    const read = [...complaintRecords(records, { index: 2, scale: 'score' })];
    expect(read.map((row) => [row.line, row.day, row.score])).toEqual([[2, 20_000, 9], [3, undefined, 'unreadable']]);
  });

  it('refuses a file with no channel, subject or text column (exit 3)', () => {
    expect(() => requireSomethingToClassifyBy(table(['id', 'date'], { id: 0, date: 1 }))).toThrow(expect.objectContaining({ code: 'CARE_MISSING_FIELD', exitCode: 3 }));
  });
});
