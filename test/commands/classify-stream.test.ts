import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_CAP } from '../../src/classify/index.js';
import { runClassify } from '../../src/commands/classify.js';
import { computeClassify } from '../../src/commands/load-complaints.js';
import { classifyJson } from '../../src/report/classify-contract.js';
import { withSchema } from '../../src/report/schemas/ids.js';
import { renderClassify } from '../../src/report/classify-render.js';
import { toJson } from '../../src/commands/output.js';
import { fakeIo } from '../helpers/fake-io.js';
import { day } from '../helpers/day.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'care-classify-stream-'));

/** An Io that also records the length of every stdout write. */
function countingIo() {
  const io = fakeIo();
  const writes: number[] = [];
  const write = io.stdout.write;
  io.stdout.write = (text: string) => {
    writes.push(text.length);
    write(text);
  };
  return { io, writes };
}

/** 5,000 small complaints, one in fifty with a lawyer in it. */
function manyComplaints(): string {
  const lines = ['id,customer,date,channel,text'];
  for (let i = 1; i <= 5000; i += 1) lines.push(`${i},C${i % 700},2024-03-${String(1 + (i % 28)).padStart(2, '0')},email,${i % 50 === 0 ? 'My lawyer will call you' : 'The parcel came late'}`);
  const file = path.join(tempDir(), 'many.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('care classify streams json and csv (docs/guarantees.md)', () => {
  const file = manyComplaints();

  it('writes the JSON document in pieces, the same bytes as the whole object', async () => {
    const { io, writes } = countingIo();
    await runClassify(io, file, { format: 'json' });
    const whole = toJson(withSchema('classify', classifyJson(await computeClassify(fakeIo(), file, {}, {}), false)));
    expect(io.out()).toBe(whole);
    expect(whole.length).toBeGreaterThan(2_000_000);
    // Never the whole output in one string: pieces of about 64 KB.
    expect(Math.max(...writes)).toBeLessThan(200_000);
    expect(JSON.parse(io.out()).records).toHaveLength(5000);
  });

  it('writes the CSV in pieces to stdout, and the same file to --out; the by-customer JSON ends with its roll-up', async () => {
    const { io, writes } = countingIo();
    await runClassify(io, file, { format: 'csv' });
    const whole = renderClassify(await computeClassify(fakeIo(), file, {}, {}), 'csv', { byCustomer: false, color: false });
    expect(io.out()).toBe(whole);
    expect(Math.max(...writes)).toBeLessThan(200_000);

    const out = path.join(tempDir(), 'classified.csv');
    const toFile = fakeIo();
    await runClassify(toFile, file, { format: 'csv', out });
    expect(readFileSync(out, 'utf8')).toBe(whole);
    expect(toFile.err()).toContain(`care: wrote ${out}`);

    const byCustomer = countingIo();
    await runClassify(byCustomer.io, file, { format: 'json', byCustomer: true });
    expect(byCustomer.io.out()).toBe(toJson(withSchema('classify', classifyJson(await computeClassify(fakeIo(), file, { byCustomer: true }, {}), true))));

    // No record at all (every one is after --as-of): an empty array, as JSON.stringify writes it.
    const none = fakeIo();
    await runClassify(none, file, { format: 'json', asOf: day('2024-01-01') });
    expect(none.out()).toContain('"records": [],\n');
    expect(JSON.parse(none.out()).records).toEqual([]);
  });
});

describe('a field over the text cap', () => {
  it('is classified on its first TEXT_CAP characters, with a note on stderr and in the record', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'long.csv');
    // The lawyer comes only after the cap: the record is a voicer (a comment), not an activist.
    const long = `${'a'.repeat(TEXT_CAP)} my lawyer will call`;
    writeFileSync(input, `id,text\n1,short and polite\n2,${long}\n`);
    const io = fakeIo();
    await runClassify(io, input, { format: 'json' });
    const records = JSON.parse(io.out()).records;
    expect(records[0].truncated).toBeUndefined();
    expect(records[1]).toMatchObject({ type: 'voicer', truncated: { text: long.length } });
    expect(io.err()).toContain(`line 3, field "text": ${long.length.toLocaleString('en-US')} characters; classified on the first 1,048,576`);
  });
});
