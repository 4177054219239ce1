import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKeyedRows } from '../../../src/ingest/keyed-rows.js';
import { fakeIo } from '../../helpers/fake-io.js';

describe('readKeyedRows (care email --csv)', () => {
  it('keys each row by header, relative to the cwd, with the line a quoted multi-line row starts on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-keyed-'));
    writeFileSync(path.join(dir, 'rows.csv'), 'name;note\nAnna;"two\nlines"\nBo\n');
    const { headers, rows } = await readKeyedRows(fakeIo({ cwd: dir }), 'rows.csv', {});
    expect(headers).toEqual(['name', 'note']);
    expect(rows).toEqual([
      { line: 2, cells: { name: 'Anna', note: 'two\nlines' } },
      { line: 4, cells: { name: 'Bo', note: '' } },
    ]);
  });
});
