/** Cases the ingestion suite found, kept so they stay fixed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWindows1251 } from '../../../fixtures/generate.js';
import { fileSource } from '../../../src/ingest/source.js';
import { decimalCommaFromCells, readMoney } from '../../../src/ingest/fields/money.js';
import { isExcludedStatus } from '../../../src/ingest/fields/status.js';
import { readOrders } from '../../../src/ingest/orders.js';
import { readRecords } from '../../../src/ingest/records.js';
import { readRows } from '../../../src/ingest/read.js';
import { SUBSCRIPTION_FIELDS } from '../../../src/ingest/kinds.js';
import { csvSource, rejectionOf } from '../../helpers/csv-source.js';

describe('encodings of small files', () => {
  it('a Latin-1 file shorter than the sniffing window is Latin-1, not UTF-8', async () => {
    const bytes = Buffer.from([...Buffer.from('id,name\n1,Zo'), 0xeb, 0x0a]); // "Zoë" in Latin-1
    let cells: string[] = [];
    const sniffed = await readRows(csvSource(bytes), {}, { header: () => undefined, row: (row) => void (cells = row) });
    expect(sniffed.encoding).toBe('latin1');
    expect(cells).toEqual(['1', 'Zoë']);
  });

  it('bytes that are not the forced encoding are an input error (exit 3), not a crash', async () => {
    const bytes = Buffer.from([...Buffer.from('id,name\n1,Zo'), 0xeb, 0x61, 0x0a]);
    const error = await rejectionOf(readRows(csvSource(bytes), { encoding: 'utf-8' }, { header: () => undefined, row: () => undefined }));
    expect(error).toMatchObject({ code: 'CARE_BAD_ENCODING', exitCode: 3 });
    expect(String(error['message'])).toContain('utf-8');
  });
});

describe('money', () => {
  it.each(['12..5', '1.23.456', '1,2,3', '12 pcs', '1 23,00'])('%s is not an amount', (text) => {
    expect(readMoney(text).ok).toBe(false);
  });
  it.each([
    ['1 234 567,89', true, 12_345_678_900],
    ['1.234.567,89', true, 12_345_678_900],
    ['1,234,567.89', false, 12_345_678_900],
    ['12 USD', false, 120_000],
  ] as const)('%s reads', (text, comma, scaled) => {
    expect(readMoney(text, comma)).toMatchObject({ ok: true, value: scaled });
  });

  it('the decimal mark of a column comes from its cells, the delimiter only breaks a tie', () => {
    expect(decimalCommaFromCells(['2.555', '12.50'], true)).toBe(false); // "12.50" decides: a point
    expect(decimalCommaFromCells(['2,555', '12,50'], false)).toBe(true);
    expect(decimalCommaFromCells(['2.555', '1.000'], true)).toBe(true); // no evidence: the fallback
  });

  it('a semicolon file with decimal points reads its 3-decimal prices as decimals', async () => {
    const read = await readOrders(csvSource('customer;date;quantity;price\nA;2024-01-05;2;2.555\nB;2024-01-05;1;12.50\n'));
    // 2 × 2.555 = 5.11 (5.110 rounded to cents); 1 × 12.50 = 12.50
    expect([...read.history.amounts]).toEqual([511, 1250]);
  });
});

describe('statuses', () => {
  it.each(['Возвращён', 'возвращен', 'Возвращено'])('%s excludes the order', (status) => {
    expect(isExcludedStatus(status)).toBe(true);
  });
});

describe('ragged rows are rejected the same way for every kind', () => {
  it('readRecords rejects a row with extra non-empty cells', async () => {
    const table = await readRecords(csvSource('customer,start\nA,2024-01-01\nB,2024-01-02,oops\nC,2024-01-03,\n'), SUBSCRIPTION_FIELDS);
    expect(table.records.map((record) => record.values['customer'])).toEqual(['A', 'C']);
    expect(table.ingest.skipped).toEqual({ ragged: 1 });
  });
});

describe('an order whose rows come back after another order', () => {
  it('is one order, re-judged on its whole amount', async () => {
    // Invoice 1 (A): 10.00, then credit note C1 (A): −4.00, then more of invoice 1: −12.00 → invoice 1 totals −2.00.
    const csv = 'order,customer,date,amount\n1,A,2024-01-05,10.00\nC1,A,2024-01-05,-4.00\n1,A,2024-01-05,-12.00\n2,B,2024-01-06,5.00\n';
    const read = await readOrders(csvSource(csv));
    expect(read.ingest).toMatchObject({ orders: 3, creditOrders: 2, customers: 1 });
    expect([...read.history.orders]).toEqual([0, 1]); // A has no qualifying order left; B has one
    expect([...read.history.amounts]).toEqual([-600, 500]);
  });
});

describe('a file that turns out not to be UTF-8 past its head', () => {
  // 1.3 MB of plain ASCII rows, then Cyrillic names in Windows-1251: sniffing sees only ASCII.
  const lines = ['order_id,customer,order_date,amount,note'];
  for (let i = 0; i < 30_000; i++) lines.push(`${i},C${i % 300},2024-01-05,10.00,plain note ${i}`);
  for (let i = 30_000; i < 30_003; i++) lines.push(`${i},C${i % 300},2024-02-01,20.00,Иван Петров`);
  const bytes = encodeWindows1251(lines.join('\n') + '\n');

  it('a file is read again in the encoding its bytes suggest, and the user is told', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-enc-'));
    const file = path.join(dir, 'late-cyrillic.csv');
    writeFileSync(file, bytes);
    const notices: string[] = [];
    const read = await readOrders(fileSource(file), { onNotice: (message) => notices.push(message) });
    expect(read.sniffed.encoding).toBe('windows-1251');
    expect(read.ingest.rows).toBe(30_003);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/not UTF-8 after all \(near byte \d+\); reading it again as windows-1251/);
  });

  it('standard input cannot be read twice: exit 3 with the encoding to pass', async () => {
    const error = await rejectionOf(readOrders(csvSource(bytes, { chunkSize: 65_536 })));
    expect(error).toMatchObject({ code: 'CARE_BAD_ENCODING', exitCode: 3, suggested: 'windows-1251' });
    expect(String(error['hint'])).toContain('--encoding windows-1251');
  });

  it('a reader that passed rows to onReject and cannot restart them does not read twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-enc-'));
    const file = path.join(dir, 'late-cyrillic.csv');
    writeFileSync(file, bytes);
    await expect(readOrders(fileSource(file), { onReject: () => undefined })).rejects.toMatchObject({ code: 'CARE_BAD_ENCODING' });
  });
});
