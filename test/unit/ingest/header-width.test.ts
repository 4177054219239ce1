import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, listHeaders } from '../../../src/ingest/headers.js';
import { readOrders } from '../../../src/ingest/orders.js';
import { csvSource } from '../../helpers/csv-source.js';

/** A header of `n` columns (customer, date, then fillers) and one data row. */
function wide(n: number): string {
  const names = ['customer', 'date', ...Array.from({ length: n - 2 }, (_, i) => `c${i}`)];
  return `${names.join(',')}\nA,2024-01-02${',x'.repeat(n - 2)}\n`;
}

describe('a header row wider than any export', () => {
  it('is refused with one input error (exit 3) before any work, naming the count', async () => {
    await expect(readOrders(csvSource(wide(MAX_COLUMNS + 1)))).rejects.toMatchObject({ code: 'CARE_TOO_MANY_COLUMNS', exitCode: 3, message: expect.stringContaining('10,001 columns') });
  });

  it('up to the limit is read as usual', async () => {
    const read = await readOrders(csvSource(wide(MAX_COLUMNS)));
    expect(read.ingest.orders).toBe(1);
  });

  it('hints list the first 30 headers and say how many more', () => {
    const headers = Array.from({ length: 100 }, (_, i) => `h${i}`);
    expect(listHeaders(headers)).toBe(`${headers.slice(0, 30).join(', ')}, … (70 more)`);
    expect(listHeaders(['a', 'b'])).toBe('a, b');
  });
});
