import { describe, expect, it } from 'vitest';
import { SLA_HISTORY_COLUMNS, parseSlaHistory, renderSlaHistory } from '../../../src/io/sla-history-file.js';

/** One row of the SLA history: every column filled, the kind and the period given. */
function row(period: string, kind: string): Record<string, string> {
  return Object.fromEntries(SLA_HISTORY_COLUMNS.map((column) => [column, column === 'kind' ? kind : column === 'period' ? period : '1']));
}

describe('the care sla --history file', () => {
  it('reads what it writes, with a BOM and CRLF line ends too; an empty file is no rows', () => {
    const rows = [row('2026-W01', 'week'), row('2026-W02', 'week')];
    const text = renderSlaHistory(rows as never);
    expect(parseSlaHistory(text, 'h.csv')).toEqual(rows);
    expect(parseSlaHistory(`\uFEFF${text.replaceAll('\n', '\r\n')}`, 'h.csv')).toEqual(rows);
    expect(parseSlaHistory('', 'h.csv')).toEqual([]);
  });

  it('refuses a file whose first line is not its header, and names the line of a row that is not one', () => {
    expect(() => parseSlaHistory('period,start\n', 'h.csv')).toThrow(expect.objectContaining({ code: 'CARE_NOT_HISTORY', file: 'h.csv', exitCode: 3 }));
    const text = renderSlaHistory([row('2026-W01', 'week')] as never) + '\n' + SLA_HISTORY_COLUMNS.map((c) => (c === 'kind' ? 'quarter' : 'x')).join(',') + '\n';
    expect(() => parseSlaHistory(text, 'h.csv')).toThrow(expect.objectContaining({
      code: 'CARE_BAD_HISTORY',
      line: 4,
      message: `not a row of a care sla history file (${SLA_HISTORY_COLUMNS.length} fields, ${SLA_HISTORY_COLUMNS.length} expected, kind week or month)`,
    }));
  });
});
