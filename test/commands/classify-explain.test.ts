/** care classify FILE --explain ID: one record's reasons, consistent with what classify gives it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClassify } from '../../src/commands/classify.js';
import { fakeIo } from '../helpers/fake-io.js';

const LOG = 'fixtures/complaints.csv';

async function json(options: Parameters<typeof runClassify>[2]) {
  const io = fakeIo();
  await runClassify(io, LOG, { format: 'json', ...options });
  return JSON.parse(io.out());
}

describe('care classify --explain', () => {
  it("gives each record the type care classify gives it, and says which step decided", async () => {
    const all = await json({});
    for (const record of all.records.slice(0, 25)) {
      const explained = await json({ explain: record.id });
      expect(explained).toMatchObject({ id: record.id, type: record.type ?? undefined });
      expect(explained.because).toMatch(/\S/);
      expect(explained.evidence.some((hit: { decisive: boolean }) => hit.decisive) || explained.step === 'comment').toBe(true);
    }
  });

  it('finds a record by its line number, and prints plain lines in the terminal', async () => {
    const io = fakeIo();
    await runClassify(io, LOG, { explain: 'line:2' });
    expect(io.out()).toMatch(/^Record C0001 \(line 2\): activist\nBecause a third party is brought in/);
    expect(io.out()).toContain('"КЗП" — activist-authority, decided');
  });

  it('an id that is also a line number names the record with that id; line:N names the line', async () => {
    // Ids 1, 2, 3 on lines 2, 3, 4: "2" is the id of line 3, not the record on line 2.
    const dir = mkdtempSync(join(tmpdir(), 'care-explain-'));
    const log = join(dir, 'log.csv');
    writeFileSync(log, 'id,channel,text\n1,email,I will take you to court\n2,email,Posted it all on Facebook\n3,email,The parcel is late again\n');
    const explain = async (id: string, file = log) => {
      const io = fakeIo();
      await runClassify(io, file, { format: 'json', explain: id });
      return JSON.parse(io.out()) as { id: string | null; line: number; type: string };
    };
    expect(await explain('2')).toMatchObject({ id: '2', line: 3, type: 'irate' });
    expect(await explain('line:2')).toMatchObject({ id: '1', line: 2, type: 'activist' });
    // With no id column, a bare number is the line.
    const noIds = join(dir, 'no-ids.csv');
    writeFileSync(noIds, 'channel,text\nemail,I will take you to court\nemail,Posted it all on Facebook\n');
    expect(await explain('3', noIds)).toMatchObject({ id: null, line: 3, type: 'irate' });
  });

  it('an id the log does not have is exit 3, naming it', async () => {
    await expect(runClassify(fakeIo(), LOG, { explain: 'NOPE-1' })).rejects.toMatchObject({ exitCode: 3, code: 'CARE_NO_RECORD', message: 'no record with id "NOPE-1"' });
  });
});
