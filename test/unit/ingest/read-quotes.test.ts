/**
 * Reading never loses rows silently (docs/guarantees.md): a stray or unclosed quote makes one
 * bad row with its line, the rest of the file is read; a file that ends inside a quoted field or
 * shrinks while read is an input error. Title lines above the header are skipped with physical
 * line numbers kept (docs/ingestion.md, "Quotes" and "Title lines").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../../src/ingest/orders.js';
import { PARSERS, type ParserName } from '../../../src/ingest/parser.js';
import { readRows, type ReadRowsOptions } from '../../../src/ingest/read.js';
import { fileSource } from '../../../src/ingest/source.js';
import type { Reject } from '../../../src/ingest/types.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

interface Read {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  bad: { line: number; reason: string; cells: string[]; detail: string }[];
  next: number;
}

describe.each(['papaparse', 'csv-parse'] as ParserName[])('quotes and title lines with %s', (parserName) => {
  const read = async (content: string, options: ReadRowsOptions = {}, chunkSize?: number): Promise<Read> => {
    const result: Read = { headers: [], rows: [], bad: [], next: 0 };
    await readRows(csvSource(content, { chunkSize }), { parser: PARSERS[parserName], ...options }, {
      header: (headers) => void (result.headers = headers),
      row: (cells, line) => void result.rows.push({ line, cells }),
      badRow: (reason, line, cells, detail) => void result.bad.push({ line, reason, cells, detail }),
      done: (next) => void (result.next = next),
    });
    return result;
  };

  it('a quote that closes mid-field ("Tea" 50g) is one bad row; the next rows are read', async () => {
    // A quote inside an unquoted field (5" screen) is a character like any other.
    const { rows, bad } = await read('id,product,amount\n1,5" screen,5\n2,"Tea" 50g,6\n3,Honey,7\n4,"Cup, blue",8\n');
    expect(rows).toEqual([
      { line: 2, cells: ['1', '5" screen', '5'] },
      { line: 4, cells: ['3', 'Honey', '7'] },
      { line: 5, cells: ['4', 'Cup, blue', '8'] },
    ]);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ line: 3, reason: 'badQuote', cells: ['2', '"Tea" 50g', '6'] });
    expect(bad[0]!.detail).toContain('closes mid-field');
  });

  it('a quote that never closes is one bad row even when a later field is quoted', async () => {
    const { rows, bad } = await read('id,product,amount\n1,"Tea 50g,5\n2,Honey,6\n3,"Cup",7\n4,Jam,8\n');
    expect(bad.map((row) => row.line)).toEqual([2]);
    expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [3, '2'],
      [4, '3'],
      [5, '4'],
    ]);
  });

  it('an unclosed quote followed by many rows and no other quote: bad row, the rest read', async () => {
    const lines = ['id,product,amount', '1,"Tea 50g,5'];
    for (let i = 2; i <= 40; i++) lines.push(`${i},Honey,${i}`);
    const { rows, bad, next } = await read(lines.join('\n') + '\n');
    expect(bad.map((row) => row.line)).toEqual([2]);
    expect(rows).toHaveLength(39);
    expect(rows[0]).toEqual({ line: 3, cells: ['2', 'Honey', '2'] });
    expect(rows[38]).toEqual({ line: 41, cells: ['40', 'Honey', '40'] });
    expect(next).toBe(42);
  });

  it('a file that ends inside a quoted field is exit 3 naming the line where the quote opened', async () => {
    const error = await rejectionOf(read('id,product,amount\n1,Tea,5\n2,"Honey\n3,Jam,7\n'));
    expect(error).toMatchObject({ exitCode: 3, code: 'CARE_UNCLOSED_QUOTE', line: 3 });
  });

  it('a bad quote across the ~1 MB piece boundary: one bad row, every other row with its line', async () => {
    const lines = ['id,product,amount'];
    for (let i = 0; i < 60_000; i++) lines.push(i === 40_000 ? `${i},"Tea" 50g,1` : `${i},"Tea, green",${i}`);
    const { rows, bad } = await read(lines.join('\n') + '\n', {}, 65_536);
    expect(bad.map((row) => row.line)).toEqual([40_002]);
    expect(rows).toHaveLength(59_999);
    expect(rows.every((row) => row.line === Number(row.cells[0]) + 2 && row.cells[1] === 'Tea, green')).toBe(true);
  });

  it('finds the header below title lines (1C report) and keeps physical line numbers', async () => {
    const text = 'Продажи за период 01.01.2024 - 31.03.2024;;;\nООО "Ромашка";;;\n\nДата;Клиент;Сумма;Статус\n05.01.2024;Иванов;100,00;оплачен\n06.01.2024;Петров;200,00;оплачен\n';
    const { headers, rows } = await read(text);
    expect(headers).toEqual(['Дата', 'Клиент', 'Сумма', 'Статус']);
    expect(rows).toEqual([
      { line: 5, cells: ['05.01.2024', 'Иванов', '100,00', 'оплачен'] },
      { line: 6, cells: ['06.01.2024', 'Петров', '200,00', 'оплачен'] },
    ]);
  });

  it('skipLines forces the lines to skip', async () => {
    const { headers, rows } = await read('Report\nid,amount,note\n1,2,x\n', { skipLines: 1 });
    expect(headers).toEqual(['id', 'amount', 'note']);
    expect(rows).toEqual([{ line: 3, cells: ['1', '2', 'x'] }]);
  });
});

describe('readOrders and bad quotes', () => {
  const csv = 'order_id,customer,date,product,amount\n1,A,2024-01-05,Tea,5\n2,B,2024-01-06,"Tea" 50g,6\n3,C,2024-01-07,"Tea 50g,7\n4,D,2024-01-08,"Cup",8\n5,E,2024-01-09,Jam,9\n';

  it('counts them as badQuote with their lines, in --rejects, and reads the rest', async () => {
    const rejects: Reject[] = [];
    const read = await readOrders(csvSource(csv), { onReject: (reject) => rejects.push(reject) });
    expect(read.ingest.skipped).toMatchObject({ badQuote: 2 });
    expect(read.firstLineBySkip['badQuote']).toBe(3);
    expect(rejects.map((reject) => [reject.line, reject.reason])).toEqual([
      [3, 'badQuote'],
      [4, 'badQuote'],
    ]);
    expect(read.ingest.orders).toBe(3);
    expect(read.ingest.rows).toBe(5);
  });

  it('fails under --strict with exit 3 and the line', async () => {
    const error = await rejectionOf(readOrders(csvSource(csv), { strict: true }));
    expect(error).toMatchObject({ exitCode: 3, line: 3 });
  });
});

describe('a file that shrinks while it is read', () => {
  it('is exit 3', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-shrink-'));
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, 'order_id,customer,date,amount\n1,A,2024-01-05,5\n');
    // As if it had been larger when opened: the bytes read fall short of the size.
    const source = { ...fileSource(file), size: 10_000 };
    const error = await rejectionOf(readRows(source, {}, { header() {}, row() {} }));
    expect(error).toMatchObject({ exitCode: 3, code: 'CARE_FILE_SHRANK' });
  });
});
