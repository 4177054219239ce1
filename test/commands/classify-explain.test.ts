/** care classify FILE --explain ID: one record's reasons, consistent with what classify gives it. */
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

  it('an id the log does not have is exit 3, naming it', async () => {
    await expect(runClassify(fakeIo(), LOG, { explain: 'NOPE-1' })).rejects.toMatchObject({ exitCode: 3, code: 'CARE_NO_RECORD', message: 'no record with id "NOPE-1"' });
  });
});
