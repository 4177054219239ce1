/**
 * A generated export of several megabytes on disk, read through readOrders(fileSource): the path
 * big files take (possibly split into byte ranges read in parallel). Orders have several line
 * items and quoted multi-line notes, so any cut between readers lands inside orders and inside
 * quoted cells. The expected history comes from the generator, not from the code under test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readOrders, type OrdersRead } from '../../../src/ingest/orders.js';
import { fileSource } from '../../../src/ingest/source.js';
import type { Reject } from '../../../src/ingest/types.js';
import { csvSource } from '../../helpers/csv-source.js';

const ORDERS = 60_000;
const DAY0 = Date.UTC(2023, 0, 1) / 86_400_000;

interface Expected {
  text: string;
  /** `customer@day` → [qualifying orders, cents] */
  days: Map<string, [number, number]>;
  rows: number;
  orders: number;
  /** reason → physical lines */
  rejected: Record<string, number[]>;
}

function generate(): Expected {
  const parts = ['order_id,customer_id,order_date,note,quantity,unit_price\n'];
  const days = new Map<string, [number, number]>();
  const rejected: Record<string, number[]> = { badDate: [], noCustomer: [] };
  let line = 2;
  let rows = 0;
  let orders = 0;
  for (let k = 0; k < ORDERS; k++) {
    const customer = `C${k % 5003}`;
    const day = DAY0 + ((k * 7) % 700);
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    const bad = k % 1000 === 999 ? 'badDate' : k % 1500 === 749 ? 'noCustomer' : undefined;
    const lines = 1 + (k % 3);
    let cents = 0;
    for (let j = 0; j < lines; j++) {
      const quantity = 1 + ((k + j) % 2);
      const price = `${(k % 50) + 1}.${j}5`; // e.g. 12.05, 12.15, 12.25
      cents += quantity * ((k % 50) + 1) * 100 + quantity * (j * 10 + 5);
      const multi = (k + j) % 7 === 0;
      const note = multi ? `"gift, wrap it\nsay ""hello"" to ${k}"` : `plain ${k}`;
      const dateCell = bad === 'badDate' && j === 0 ? 'someday' : date;
      const customerCell = bad === 'noCustomer' ? '' : customer;
      parts.push(`${100_000 + k},${customerCell},${dateCell},${note},${quantity},${price}\n`);
      if (bad !== undefined) rejected[bad]!.push(line);
      line += multi ? 2 : 1;
      rows++;
    }
    if (bad !== undefined) continue;
    orders++;
    const key = `${customer}@${day}`;
    const entry = days.get(key) ?? [0, 0];
    days.set(key, [entry[0] + 1, entry[1] + cents]);
  }
  return { text: parts.join(''), days, rows, orders, rejected };
}

function actual(read: OrdersRead): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const { history } = read;
  history.customers.forEach((customer, c) => {
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) out.set(`${customer}@${history.days[i]}`, [history.orders[i]!, history.amounts[i]!]);
  });
  return out;
}

describe('a generated export of a few megabytes with line items and multi-line notes', () => {
  let dir: string;
  let file: string;
  let expected: Expected;
  beforeAll(() => {
    expected = generate();
    dir = mkdtempSync(path.join(tmpdir(), 'care-orders-large-'));
    file = path.join(dir, 'orders-large.csv');
    writeFileSync(file, expected.text);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is big enough to be cut into pieces', () => {
    expect(expected.text.length).toBeGreaterThan(3 * 1024 * 1024);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  // Over the two-thread threshold (CARE_PARALLEL_MIN_BYTES=1), a read that passes rejects on
  // stays on one thread, so rejects come in file order; CARE_DEBUG=threads says so. The two-thread
  // path itself needs the compiled worker: test/e2e/threads.test.ts runs it.
  it.each(['file', 'file over the two-thread threshold', 'stream'] as const)('read from a %s: every customer-day, count and reject as generated', async (how) => {
    const notices: string[] = [];
    if (how === 'file over the two-thread threshold') {
      vi.stubEnv('CARE_PARALLEL_MIN_BYTES', '1');
      vi.stubEnv('CARE_DEBUG', 'threads');
    }
    const rejects: Reject[] = [];
    const source = how !== 'stream' ? fileSource(file) : csvSource(expected.text, { name: file, chunkSize: 1 << 20 });
    const read = await readOrders(source, { onReject: (reject) => rejects.push(reject), onNotice: (notice) => notices.push(notice) });
    if (how === 'file over the two-thread threshold') expect(notices).toEqual([`${file}: read on 1 thread`]);
    expect(read.ingest).toMatchObject({ rows: expected.rows, orders: expected.orders, creditOrders: 0, excludedOrders: 0 });
    expect(read.ingest.skipped).toEqual({ noCustomer: expected.rejected['noCustomer']!.length, badDate: expected.rejected['badDate']!.length });
    const got = actual(read);
    expect(got.size).toBe(expected.days.size);
    const different = [...expected.days].filter(([key, [orders, cents]]) => got.get(key)?.[0] !== orders || got.get(key)?.[1] !== cents);
    expect(different.slice(0, 3)).toEqual([]);
    const lines = (reason: string) => rejects.filter((reject) => reject.reason === reason).map((reject) => reject.line).sort((a, b) => a - b);
    expect(lines('badDate')).toEqual(expected.rejected['badDate']);
    expect(lines('noCustomer')).toEqual(expected.rejected['noCustomer']);
    expect(read.firstLineBySkip).toEqual({ badDate: expected.rejected['badDate']![0], noCustomer: expected.rejected['noCustomer']![0] });
  });

  it.each(['small', 'over the two-thread threshold'] as const)('--strict names the physical line of the first bad row (file taken as %s: one thread either way)', async (how) => {
    const notices: string[] = [];
    if (how !== 'small') {
      vi.stubEnv('CARE_PARALLEL_MIN_BYTES', '1');
      vi.stubEnv('CARE_DEBUG', 'threads');
    }
    await expect(readOrders(fileSource(file), { strict: true, onNotice: (notice) => notices.push(notice) })).rejects.toMatchObject({ code: 'CARE_BAD_ROW', exitCode: 3, line: expected.rejected['badDate']![0], field: 'date' });
    if (how !== 'small') expect(notices).toEqual([`${file}: read on 1 thread`]);
  });
});
