/**
 * A hint that lists a file's headers shows the first 30 as written and says how many more in the
 * run's language (docs/messages.md): "(5 more)", «(ещё 5)», „(още 5)“.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';

// 35 columns, none of them a customer id: the orders reader lists them in its hint.
const headers = Array.from({ length: 35 }, (_, i) => `col${i + 1}`);
const dir = mkdtempSync(path.join(tmpdir(), 'care-header-list-'));
const wide = path.join(dir, 'wide.csv');
writeFileSync(wide, `${headers.join(',')}\n${headers.map(() => 'x').join(',')}\n`);

describe('the headers listed in a hint', () => {
  it.each([
    ['en', 'col30, … (5 more)'],
    ['ru', 'col30, … (ещё 5)'],
    ['bg', 'col30, … (още 5)'],
  ])('%s: the first 30 as written, then how many more', async (lang, tail) => {
    const run = await careInProcess(['--lang', lang, 'retention', wide]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`col1, col2, col3`);
    expect(run.stderr).toContain(tail);
    expect(run.stderr).not.toContain('col31');
  });
});
