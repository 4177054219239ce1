import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { HISTORY_COLUMNS, type HistorySeries, historyRows, mergeHistory, parseHistory, readHistoryFile, recordHistory, renderHistory } from '../../../src/io/history-file.js';
import type { PeriodRow } from '../../../src/metrics/retention.js';

const WEEKLY: HistorySeries = { kind: 'week', churnAfterDays: 90, source: 'orders' };
const HEADER = 'period,start,end,customersAtStart,new,reactivated,retained,lost,customersAtEnd,retentionRate,churnRate,kind,churnAfterDays,source,asOf';

function period(label: string, start: string, end: string, s: number, retained: number, added = 0, partial = false): PeriodRow {
  return {
    period: label,
    start,
    end,
    partial,
    customersAtStart: s,
    new: added,
    reactivated: 0,
    retained,
    lost: s - retained,
    customersAtEnd: retained + added,
    retentionRate: s === 0 ? null : retained / s,
    churnRate: s === 0 ? null : (s - retained) / s,
  };
}

const W03 = period('2026-W03', '2026-01-12', '2026-01-19', 3, 2, 1);
const W04 = period('2026-W04', '2026-01-19', '2026-01-26', 3, 1, 2);
const W05 = period('2026-W05', '2026-01-26', '2026-02-02', 3, 3, 0, true);

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'care-history-')), 'history.csv');

describe('history rows', () => {
  it('records completed periods only, with the series and the as-of date; rates to 6 decimals, S = 0 as empty', () => {
    const rows = historyRows([period('2026-W02', '2026-01-05', '2026-01-12', 0, 0, 3), W03, W04, W05], WEEKLY, '2026-01-28');
    expect(rows.map((row) => row.period)).toEqual(['2026-W02', '2026-W03', '2026-W04']);
    expect(renderHistory(rows)).toBe(
      [
        HEADER,
        '2026-W02,2026-01-05,2026-01-12,0,3,0,0,0,3,,,week,90,orders,2026-01-28',
        '2026-W03,2026-01-12,2026-01-19,3,1,0,2,1,3,0.666667,0.333333,week,90,orders,2026-01-28',
        '2026-W04,2026-01-19,2026-01-26,3,2,0,1,2,3,0.333333,0.666667,week,90,orders,2026-01-28',
        '',
      ].join('\n'),
    );
    expect(HISTORY_COLUMNS.join(',')).toBe(HEADER);
  });

  it('subscriptions have no churn window: the cell is empty', () => {
    expect(historyRows([W03], { kind: 'month', churnAfterDays: null, source: 'subscriptions' }, '2026-01-28')[0]).toMatchObject({ kind: 'month', churnAfterDays: '', source: 'subscriptions' });
  });
});

describe('merging a run into the history', () => {
  const first = historyRows([W03, W04], WEEKLY, '2026-01-28');

  it('the same run again changes nothing, its asOf included', () => {
    const merge = mergeHistory(first, historyRows([W03, W04], WEEKLY, '2026-01-28'));
    expect(merge).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(renderHistory(merge.rows)).toBe(renderHistory(first));
  });

  it('a later run adds its new period and keeps the unchanged ones with their first asOf', () => {
    const W05done = period('2026-W05', '2026-01-26', '2026-02-02', 3, 0);
    const merge = mergeHistory(first, historyRows([W03, W04, W05done], WEEKLY, '2026-02-04'));
    expect(merge).toMatchObject({ added: 1, updated: 0, unchanged: 2 });
    expect(merge.rows.map((row) => [row.period, row.asOf])).toEqual([
      ['2026-W03', '2026-01-28'],
      ['2026-W04', '2026-01-28'],
      ['2026-W05', '2026-02-04'],
    ]);
  });

  it('a period whose numbers changed is updated in place, not duplicated', () => {
    const revised = period('2026-W04', '2026-01-19', '2026-01-26', 3, 2, 2); // a late order kept one more customer
    const merge = mergeHistory(first, historyRows([W03, revised], WEEKLY, '2026-02-04'));
    expect(merge).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(merge.rows).toHaveLength(2);
    expect(merge.rows[1]).toMatchObject({ period: '2026-W04', retained: '2', lost: '1', retentionRate: '0.666667', asOf: '2026-02-04' });
  });

  it('other series (monthly, another window, subscriptions) live side by side, sorted by series then period', () => {
    const monthly = historyRows([period('2026-01', '2026-01-01', '2026-02-01', 10, 9)], { ...WEEKLY, kind: 'month' }, '2026-02-04');
    const window30 = historyRows([W04, W03], { ...WEEKLY, churnAfterDays: 30 }, '2026-02-04');
    const merge = mergeHistory(first, [...monthly, ...window30]);
    expect(merge).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(merge.rows.map((row) => `${row.kind}/${row.churnAfterDays}/${row.period}`)).toEqual(['week/30/2026-W03', 'week/30/2026-W04', 'week/90/2026-W03', 'week/90/2026-W04', 'month/90/2026-01']);
  });

  it('a history written out of order comes back sorted', () => {
    const merge = mergeHistory([first[1]!, first[0]!], []);
    expect(merge.rows.map((row) => row.period)).toEqual(['2026-W03', '2026-W04']);
  });
});

describe('the history file on disk', () => {
  it('a missing file is an empty history; recording creates it; recording again the same writes nothing', () => {
    const file = tempFile();
    const history = readHistoryFile(file);
    expect(history).toEqual({ file, text: undefined, rows: [] });
    expect(recordHistory(history, [W03, W04, W05], WEEKLY, '2026-01-28')).toMatchObject({ added: 2, written: true });
    const text = readFileSync(file, 'utf8');
    const mtime = statSync(file).mtimeMs;
    const again = recordHistory(readHistoryFile(file), [W03, W04, W05], WEEKLY, '2026-01-28');
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, written: false });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(path.dirname(file))).toEqual(['history.csv']); // no temp file left behind
  });

  it('reads back what it wrote, and tolerates a BOM and CRLF line ends (a spreadsheet round trip)', () => {
    const rows = historyRows([W03, W04], WEEKLY, '2026-01-28');
    const text = renderHistory(rows);
    expect(parseHistory(text, 'h.csv')).toEqual(rows);
    expect(parseHistory(`\uFEFF${text.replaceAll('\n', '\r\n')}`, 'h.csv')).toEqual(rows);
    expect(parseHistory('', 'h.csv')).toEqual([]);
  });

  it('a file that is not ours is refused (exit 3, naming it) and left untouched', () => {
    const file = tempFile();
    writeFileSync(file, 'period,start,end,partial\n2026-W04,2026-01-19,2026-01-26,false\n');
    let error: unknown;
    try {
      readHistoryFile(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(3);
    expect((error as InputError).describe()).toBe(`${file}: not a care history file: its first line is not the history header`);
    expect(readFileSync(file, 'utf8')).toBe('period,start,end,partial\n2026-W04,2026-01-19,2026-01-26,false\n');
  });

  it('a damaged row is named by its line', () => {
    const text = `${HEADER}\n2026-W03,2026-01-12,2026-01-19,3,1,0,2,1,3,0.666667,0.333333,week,90,orders,2026-01-28\n2026-W04,oops\n`;
    expect(() => parseHistory(text, 'h.csv')).toThrow(expect.objectContaining({ exitCode: 3, line: 3, file: 'h.csv' }));
  });
});
