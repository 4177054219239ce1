/**
 * care lint-reply --format sarif|rdjsonl validated against the official schemas
 * (fixtures/schemas/README.md: OASIS SARIF 2.1.0, reviewdog's rdf Diagnostic), with a draft that
 * has findings of every severity, a CSV of drafts, and suppressed findings.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runLintReply } from '../../src/commands/lint-reply.js';
import { SCHEMAS } from '../../src/report/schemas/index.js';
import { fakeIo } from '../helpers/fake-io.js';

// Both are CommonJS modules whose exports also carry themselves as `default` (how their types see them).
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validSarif = ajv.compile(JSON.parse(readFileSync('fixtures/schemas/sarif-schema-2.1.0.json', 'utf8')));
const validDiagnostic = ajv.compile(JSON.parse(readFileSync('fixtures/schemas/rdf-Diagnostic.json', 'utf8')));

async function out(file: string | undefined, options: Parameters<typeof runLintReply>[2]): Promise<string> {
  const io = fakeIo();
  await runLintReply(io, file, options);
  return io.out();
}

const DRAFTS = ['fixtures/replies/en/payment-curt.txt', 'fixtures/replies/ru/payment-curt.txt'];

describe('care lint-reply output against the official schemas', () => {
  it.each(DRAFTS)('SARIF of %s is valid SARIF 2.1.0', async (draft) => {
    const sarif = JSON.parse(await out(draft, { format: 'sarif' }));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(validSarif(sarif), JSON.stringify(validSarif.errors)).toBe(true);
  });

  it('SARIF of a CSV of drafts is valid SARIF 2.1.0', async () => {
    const sarif = JSON.parse(await out(undefined, { csv: 'fixtures/replies/drafts.csv', format: 'sarif' }));
    expect(validSarif(sarif), JSON.stringify(validSarif.errors)).toBe(true);
  });

  it('a suppressed finding is a SARIF result with an in-source suppression and its reason, and the log is still valid; rdjsonl leaves it out', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'care-sarif-')), 'draft.md');
    writeFileSync(file, 'Hello Anna,\n\nThank you for writing, and I am sorry it was late!!!\n<!-- care-lint-disable-next-line shouting -- quoting the customer -->\nYou wrote: "WHERE IS IT!!"\nIt arrives tomorrow.\nIf you have any questions, I am glad to help.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n');
    const sarif = JSON.parse(await out(file, { format: 'sarif' }));
    expect(validSarif(sarif), JSON.stringify(validSarif.errors)).toBe(true);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown[] }[];
    expect(results.map((result) => [result.ruleId, result.locations[0]?.physicalLocation.region.startLine, result.suppressions])).toEqual([
      ['shouting', 3, undefined],
      ['shouting', 5, [{ kind: 'inSource', status: 'accepted', justification: 'quoting the customer' }]],
      ['shouting', 5, [{ kind: 'inSource', status: 'accepted', justification: 'quoting the customer' }]],
    ]);
    const json = JSON.parse(await out(file, { format: 'json' }));
    expect(json.findings.map((finding: { line: number }) => finding.line)).toEqual([3]);
    expect(json.suppressed.map((finding: { line: number; text: string }) => [finding.line, finding.text])).toEqual([[5, 'WHERE'], [5, '!!']]);
    expect(json.score).toBe(90);
    // care's own contract of the JSON (care schema lint-reply) takes the suppressed findings and the replacements.
    const typed = JSON.parse(await out(file, { format: 'json', type: 'irate' }));
    expect(typed.type).toBe('irate');
    expect(SCHEMAS['lint-reply'].schema.safeParse(typed).error).toBeUndefined();
    const rd = (await out(file, { format: 'rdjsonl' })).trim().split('\n').map((line) => JSON.parse(line));
    expect(rd.map((line) => line.location.range.start.line)).toEqual([3]);
  });

  it("rdjsonl columns are UTF-8 bytes (reviewdog's Position), and a fixable finding carries its suggestion", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'care-rd-')), 'draft.txt');
    writeFileSync(file, 'Здравствуйте, Анна!\nСпасибо!!! Посылка придёт завтра.\n');
    const finding = (JSON.parse(await out(file, { format: 'json' })).findings as { rule: string; line: number; column: number }[]).find((item) => item.rule === 'shouting');
    // "Спасибо" is 7 characters, 14 bytes: the "!!!" starts at character 8, byte 15, and ends before byte 18.
    expect(finding).toMatchObject({ line: 2, column: 8 });
    const rd = (await out(file, { format: 'rdjsonl' })).trim().split('\n').map((line) => JSON.parse(line)).find((line) => line.code.value === 'shouting');
    expect(rd.location.range).toEqual({ start: { line: 2, column: 15 }, end: { line: 2, column: 18 } });
    expect(rd.suggestions).toEqual([{ range: { start: { line: 2, column: 15 }, end: { line: 2, column: 18 } }, text: '!' }]);
    expect(validDiagnostic(rd), JSON.stringify(validDiagnostic.errors)).toBe(true);
  });

  it('the validator is not vacuous: a result without its message, or a log without its version, is rejected', async () => {
    const sarif = JSON.parse(await out(DRAFTS[0], { format: 'sarif' }));
    const noMessage = structuredClone(sarif);
    delete noMessage.runs[0].results[0].message;
    expect(validSarif(noMessage)).toBe(false);
    expect(JSON.stringify(validSarif.errors)).toContain('message');
    const noVersion = structuredClone(sarif);
    delete noVersion.version;
    expect(validSarif(noVersion)).toBe(false);
  });

  it.each([DRAFTS[0], undefined])('every rdjsonl line is a reviewdog Diagnostic (%s; undefined: a CSV)', async (draft) => {
    const text = await out(draft, draft === undefined ? { csv: 'fixtures/replies/drafts.csv', format: 'rdjsonl' } : { format: 'rdjsonl' });
    const lines = text.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(validDiagnostic(line), JSON.stringify(validDiagnostic.errors)).toBe(true);
    const broken = { ...lines[0], severity: 'FATAL' };
    expect(validDiagnostic(broken)).toBe(false);
  });
});
