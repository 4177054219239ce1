import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/datasets.js';

/**
 * 200,000 tiny complaints to JSON under a capped heap. The records themselves (read whole, see
 * docs/guarantees.md "Not covered") need about 200–300 MB; the output must add nothing on top:
 * before it was streamed, the whole JSON document was one string beside its object tree, and this
 * run died even with 448 MB.
 */
describe('care classify --format json adds no memory per record (docs/guarantees.md)', () => {
  it('writes 200,000 records with a 384 MB heap', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-classify-heap-'));
    const input = path.join(dir, 'complaints.csv');
    const lines = ['id,customer,date,channel,text'];
    for (let i = 0; i < 200_000; i += 1) lines.push(`${i},c${i % 5000},2024-0${1 + (i % 9)}-1${i % 9},email,I want a refund now`);
    writeFileSync(input, `${lines.join('\n')}\n`);
    const output = path.join(dir, 'out.json');
    const fd = openSync(output, 'w');
    const run = spawnSync(process.execPath, ['--max-old-space-size=384', path.join(repoRoot, 'bin', 'care.js'), 'classify', input, '--format', 'json'], {
      stdio: ['ignore', fd, 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    closeSync(fd);
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.status).toBe(0);
    const size = statSync(output).size;
    expect(size).toBeGreaterThan(50_000_000);
    // The summary closes the document: every record was read and classified.
    const tail = readFileSync(output, 'utf8').slice(-4000);
    expect(tail).toMatch(/"summary": \{\n    "records": 200000,\n    "classified": 200000,/);
    expect(tail.endsWith('}\n')).toBe(true);
  }, 120_000);
});
