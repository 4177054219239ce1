/** care lint-reply --rules FILE: a team's own rules merged over the built-in ones. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLintReply } from '../../src/commands/lint-reply.js';
import { fakeIo } from '../helpers/fake-io.js';

function rulesFile(data: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'care-lint-rules-')), 'team.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

function draft(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'care-lint-draft-')), 'draft.txt');
  writeFileSync(file, text);
  return file;
}

async function findings(file: string, rules?: string) {
  const io = fakeIo();
  await runLintReply(io, file, { format: 'json', locale: 'en', kind: 'complaint', ...(rules === undefined ? {} : { rules }) });
  return JSON.parse(io.out()) as { score: number; findings: { rule: string; severity: string; line: number }[] };
}

const TEXT = 'Hello Anna,\n\nThank you for writing to us. Unfortunately the parcel left our warehouse late, and I am sorry for the wait. It arrives tomorrow.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n';

describe('care lint-reply --rules', () => {
  it("adds the team's words to avoid (forbid) and to include (require), at their places, with their severities", async () => {
    const team = rulesFile({
      version: 1,
      lexicons: { unfortunately: { terms: { en: ['unfortunately'] } }, 'ticket-number': { patterns: ['#\\d{4,}'] } },
      rules: {
        'no-unfortunately': { severity: 'warning', message: '"Unfortunately" opens bad news with a sigh.', suggestion: 'Say what happened and what you do about it.', check: { type: 'forbid', find: ['unfortunately'] } },
        'ticket-number': { severity: 'info', message: 'No ticket number.', suggestion: 'Quote the ticket number (#12345).', check: { type: 'require', find: ['ticket-number'] } },
      },
    });
    const before = await findings(draft(TEXT));
    const after = await findings(draft(TEXT), team);
    expect(before.findings.map((finding) => finding.rule)).not.toContain('no-unfortunately');
    expect(after.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'no-unfortunately', severity: 'warning', line: 3 }), expect.objectContaining({ rule: 'ticket-number', severity: 'info' })]));
    expect(after.score).toBeLessThan(before.score);
  });

  it('switches a built-in rule off with false', async () => {
    const curt = draft('Hello Anna,\n\nThe parcel left late. It arrives tomorrow.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n');
    expect((await findings(curt)).findings.map((finding) => finding.rule)).toContain('apology');
    expect((await findings(curt, rulesFile({ version: 1, rules: { apology: false } }))).findings.map((finding) => finding.rule)).not.toContain('apology');
  });

  it('a rule naming a lexicon nobody defined is exit 2, naming its path', async () => {
    const bad = rulesFile({ version: 1, rules: { 'no-x': { severity: 'error', message: 'm', suggestion: 's', check: { type: 'forbid', find: ['nowhere'] } } } });
    await expect(runLintReply(fakeIo(), draft(TEXT), { rules: bad })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_BAD_RULES', message: expect.stringContaining('rules.no-x.check.find.0: unknown lexicon "nowhere"') });
  });
});
