/**
 * --delimiter and --encoding are one option for every command that reads a CSV (docs/contracts.md,
 * "Reading options"): `tab` is a TAB for `email --csv` and `lint-reply --csv` as for the data
 * commands, and an unknown encoding is a usage error (exit 2) everywhere.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanError, runCare } from '../helpers/run-care.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-csv-options-'));
const recipients = path.join(dir, 'recipients.tsv');
writeFileSync(
  recipients,
  'email\tcustomer.name\tagent.name\tagent.team\tcompany.name\tonboarding.date\tonboarding.time\n' +
    'ann@example.com\tAnn\tBo\tCare\tTea Co\t2025-05-01\t10:00\n' +
    'cy@example.com\tCy\tBo\tCare\tTea Co\t2025-05-02\t11:00\n',
);
const drafts = path.join(dir, 'drafts.tsv');
// "tablet" holds the letters t-a-b: read with the text "tab" as the delimiter it would be cut there.
writeFileSync(drafts, 'id\treply\n1\tDear Ann, thank you for writing.\n2\tHello Cy, your tablet is on its way.\n');

describe('--delimiter tab', () => {
  it('reads a tab-separated --csv for care email: one message per row', () => {
    const out = path.join(dir, 'out');
    const run = runCare(['email', 'welcome', '--csv', recipients, '--delimiter', 'tab', '--from', 'shop@example.com', '--out-dir', out]);
    expect(run.stderr).toBe('care: wrote 2 messages to ' + out + '\n');
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('reads a tab-separated --csv for care lint-reply: one result per draft', () => {
    const run = runCare(['lint-reply', '--csv', drafts, '--delimiter', 'tab', '--format', 'json']);
    expect(run.code).not.toBe(2);
    expect((JSON.parse(run.stdout) as { line: number }[]).map((result) => result.line)).toEqual([2, 3]);
  });
});

describe('--encoding with an unknown name', () => {
  for (const args of [
    ['email', 'welcome', '--csv', recipients],
    ['lint-reply', '--csv', drafts],
    ['retention', recipients],
  ]) {
    it(`is exit 2 for care ${args[0]}`, () => {
      const run = runCare([...args, '--encoding', 'foo']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("'foo' is invalid");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('names the delimiter it could not take, exit 2', () => {
    const run = runCare(['email', 'welcome', '--csv', recipients, '--delimiter', 'ab']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toContain('--delimiter ab: one character expected');
  });
});
