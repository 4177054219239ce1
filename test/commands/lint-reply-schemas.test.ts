/**
 * care lint-reply --format sarif|rdjsonl validated against the official schemas
 * (fixtures/schemas/README.md: OASIS SARIF 2.1.0, reviewdog's rdf Diagnostic), with a draft that
 * has findings of every severity, a CSV of drafts, and suppressed findings.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runLintReply } from '../../src/commands/lint-reply.js';
import { fakeIo } from '../helpers/fake-io.js';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
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
