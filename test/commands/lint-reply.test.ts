import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLintReply } from '../../src/commands/lint-reply.js';
import { fakeIo } from '../helpers/fake-io.js';

const REPLIES = fileURLToPath(new URL('../../fixtures/replies/', import.meta.url));
const at = (name: string): string => path.join(REPLIES, name);

interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  column: number;
  text?: string;
}
interface JsonResult {
  line?: number;
  score: number;
  locale: string;
  kind: string;
  findings: JsonFinding[];
}

async function lintJson(file: string | undefined, options: Record<string, unknown> = {}, io = fakeIo()): Promise<JsonResult> {
  await runLintReply(io, file, { format: 'json', ...options });
  return JSON.parse(io.out()) as JsonResult;
}

/** Windows-1251 bytes of Cyrillic text (what Notepad in a Russian Windows saves). */
function windows1251(text: string): Buffer {
  return Buffer.from([...text].map((char) => {
    const code = char.charCodeAt(0);
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x451) return 0xb8;
    if (code === 0x401) return 0xa8;
    return code;
  }));
}

describe('care lint-reply: one draft', () => {
  it('prints the score and findings as JSON (docs/contracts.md)', async () => {
    const result = await lintJson(at('en/weekend-curt.txt'));
    // Four errors (greeting, next step, no substance, signature) and three warnings (thanks, offer, goodbye):
    // 100 − 80 − 30, never below 0.
    expect(result.score).toBe(0);
    expect(result).toMatchObject({ locale: 'en', kind: 'notice' });
    expect(result.findings.map((finding) => finding.rule)).toEqual([
      'greeting', 'next-step', 'no-substance', 'signature', 'thanks', 'offer-questions', 'abrupt-sign-off',
    ]);
    expect(Object.keys(result.findings[0] ?? {})).toEqual(['rule', 'severity', 'message', 'suggestion', 'line', 'column']);
    expect(result.findings[6]).toMatchObject({ rule: 'abrupt-sign-off', severity: 'warning', line: 1, column: 25, text: 'Bye' });
  });

  it('prints a table with the offending words marked, plain when there is no colour', async () => {
    const io = fakeIo();
    await runLintReply(io, at('en/weekend-curt.txt'), {});
    const out = io.out();
    expect(out).toMatch(/^Score 0\/100 · locale en \(detected\) · kind notice \(detected\)\n/);
    expect(out).toMatch(/1:25\s+│?\s*warning\s+│?\s*abrupt-sign-off/);
    expect(out).toContain("We don't work weekends. [Bye]!");
    expect(out).toContain('What to do:');
    expect(out).not.toContain('\u001b[');
  });

  it('highlights the offending words in colour', async () => {
    const io = fakeIo({ color: true });
    await runLintReply(io, at('en/weekend-curt.txt'), {});
    expect(io.out()).toContain('\u001b[');
    expect(io.out()).toMatch(/weekends\. \u001b\[[\d;]+m(?:\u001b\[[\d;]+m)*Bye\u001b/);
  });

  it('says so when a draft breaks no rule', async () => {
    const io = fakeIo();
    await runLintReply(io, at('bg/payment-polite.txt'), {});
    expect(io.out()).toBe('Score 100/100 · locale bg (detected) · kind reminder (detected)\nNo findings: the reply follows every rule.\n');
  });

  it('reads a draft from stdin', async () => {
    const io = fakeIo({ stdinText: readFileSync(at('ru/after-hours-polite.txt'), 'utf8') });
    expect(await lintJson('-', {}, io)).toMatchObject({ score: 100, locale: 'ru', kind: 'notice', findings: [] });
  });

  it('reads stdin when no file is named, but never waits on a terminal', async () => {
    const piped = fakeIo({ stdinText: readFileSync(at('ru/weekend-curt.txt'), 'utf8') });
    expect((await lintJson(undefined, {}, piped)).score).toBe(0);
    const terminal = fakeIo({ isTTY: { stdin: true, stdout: true, stderr: true } });
    await expect(runLintReply(terminal, undefined, {})).rejects.toMatchObject({ exitCode: 2, code: 'CARE_NO_INPUT' });
  });

  it('decodes a Windows-1251 text file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-lint-'));
    const file = path.join(dir, 'draft.txt');
    writeFileSync(file, windows1251(readFileSync(at('ru/weekend-curt.txt'), 'utf8')));
    expect(await lintJson(file)).toMatchObject({ score: 0, locale: 'ru', kind: 'notice' });
  });

  it('checks the text part of an .eml, without the quoted original', async () => {
    // The quote ("> … НЕДОПУСТИМО!!!") would be shouting and would hide the signature if it were read.
    expect(await lintJson(at('ru/weekend-polite-reply.eml'))).toMatchObject({ score: 100, locale: 'ru', kind: 'notice', findings: [] });
  });

  it('recognises a MIME message on stdin', async () => {
    const io = fakeIo({ stdinText: readFileSync(at('ru/weekend-polite-reply.eml'), 'utf8') });
    expect((await lintJson('-', {}, io)).score).toBe(100);
  });

  it('applies the rules of the kind and locale given', async () => {
    // A weekend notice judged as a complaint reply lacks an apology: one error.
    const result = await lintJson(at('en/weekend-polite.txt'), { kind: 'complaint', locale: 'en' });
    expect(result).toMatchObject({ score: 80, kind: 'complaint', findings: [{ rule: 'apology', line: 1, column: 1 }] });
  });

  it('exits 4 under --fail-under after printing the findings', async () => {
    const io = fakeIo();
    await expect(runLintReply(io, at('en/payment-curt.txt'), { failUnder: 50 })).rejects.toMatchObject({
      exitCode: 4,
      code: 'CARE_SCORE_BELOW',
      message: 'the reply scores 0, below --fail-under 50',
    });
    expect(io.out()).toContain('Score 0/100');
    await expect(runLintReply(fakeIo(), at('en/payment-polite.txt'), { failUnder: 90 })).resolves.toBeUndefined();
  });

  it('exits 3 for a missing or empty draft', async () => {
    await expect(runLintReply(fakeIo(), at('en/no-such-draft.txt'), {})).rejects.toMatchObject({ exitCode: 3, code: 'CARE_NO_FILE' });
    const io = fakeIo({ stdinText: '\n  \n' });
    await expect(runLintReply(io, '-', {})).rejects.toMatchObject({ exitCode: 3, code: 'CARE_EMPTY_DRAFT' });
  });
});

describe('care lint-reply --csv', () => {
  it('lints every draft of a column, each with its line number', async () => {
    const io = fakeIo();
    const results = (await lintJson(undefined, { csv: at('drafts.csv'), column: 'reply' }, io)) as unknown as JsonResult[];
    // Row 2: the curt weekend notice; rows 3–13: a polite reply over several lines; 14: empty; 15: the Russian curt notice.
    expect(results.map((result) => [result.line, result.score, result.locale])).toEqual([[2, 0, 'en'], [3, 100, 'en'], [15, 0, 'ru']]);
    expect(io.err()).toBe('care: line 14: the reply cell is empty; skipped\n');
  });

  it('finds the drafts column by its name and prints one table per draft with a summary', async () => {
    const io = fakeIo();
    await runLintReply(io, undefined, { csv: at('drafts.csv') });
    expect(io.out()).toContain('line 2 — Score 0/100');
    expect(io.out()).toContain('line 3 — Score 100/100');
    // (0 + 100 + 0) / 3, rounded.
    expect(io.out()).toContain('3 drafts · average 33 · lowest 0 (line 2) · 2 below 90\n');
  });

  it('exits 4 when any draft is below --fail-under, naming the lines', async () => {
    await expect(runLintReply(fakeIo(), undefined, { csv: at('drafts.csv'), failUnder: 50 })).rejects.toMatchObject({
      exitCode: 4,
      message: '2 of 3 drafts score below --fail-under 50 (lines 2, 15)',
    });
  });

  it('refuses an unknown column, or a draft file and --csv together', async () => {
    await expect(runLintReply(fakeIo(), undefined, { csv: at('drafts.csv'), column: 'text' })).rejects.toMatchObject({
      exitCode: 2,
      code: 'CARE_NO_COLUMN',
      hint: 'columns: id, reply',
    });
    await expect(runLintReply(fakeIo(), at('en/weekend-curt.txt'), { csv: at('drafts.csv') })).rejects.toMatchObject({ exitCode: 2 });
  });
});
