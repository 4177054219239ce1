/** care lint-reply --format sarif|rdjsonl: every finding at its place, for code-review tools. */
import { describe, expect, it } from 'vitest';
import { runLintReply } from '../../src/commands/lint-reply.js';
import { fakeIo } from '../helpers/fake-io.js';

const DRAFT = 'fixtures/replies/en/payment-curt.txt';

async function out(file: string | undefined, options: Parameters<typeof runLintReply>[2]) {
  const io = fakeIo();
  await runLintReply(io, file, options);
  return io.out();
}

describe('care lint-reply --format sarif|rdjsonl', () => {
  it('SARIF 2.1.0: one result per finding of the JSON, at its line and column, with the level of its severity', async () => {
    const findings = JSON.parse(await out(DRAFT, { format: 'json' })).findings as { rule: string; severity: string; line: number; column: number; length: number }[];
    expect(findings.length).toBeGreaterThan(0);
    const sarif = JSON.parse(await out(DRAFT, { format: 'sarif' }));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn?: number } } }[] }[];
    expect(results.map((result) => result.ruleId)).toEqual(findings.map((finding) => finding.rule));
    const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    results.forEach((result, i) => {
      const finding = findings[i]!;
      expect(result.level).toBe(level[finding.severity]);
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe(DRAFT);
      expect(result.locations[0]!.physicalLocation.region).toMatchObject({ startLine: finding.line, startColumn: finding.column });
      if (finding.length > 0) expect(result.locations[0]!.physicalLocation.region.endColumn).toBe(finding.column + finding.length);
    });
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...new Set(findings.map((finding) => finding.rule))].sort());
  });

  it('rdjsonl: one reviewdog diagnostic per line; a CSV of drafts places each at its row', async () => {
    const lines = (await out(DRAFT, { format: 'rdjsonl' })).trim().split('\n').map((line) => JSON.parse(line));
    const findings = JSON.parse(await out(DRAFT, { format: 'json' })).findings as { rule: string; severity: string; line: number }[];
    expect(lines.map((line) => [line.code.value, line.severity, line.location.range.start.line])).toEqual(findings.map((finding) => [finding.rule, finding.severity.toUpperCase(), finding.line]));
    const batch = (await out(undefined, { csv: 'fixtures/replies/drafts.csv', format: 'rdjsonl' })).trim().split('\n').map((line) => JSON.parse(line));
    const rows = JSON.parse(await out(undefined, { csv: 'fixtures/replies/drafts.csv', format: 'json' })) as { line: number; findings: unknown[] }[];
    expect(batch.map((line) => line.location.range.start.line)).toEqual(rows.flatMap((row) => row.findings.map(() => row.line)));
    expect(batch.every((line) => line.location.path === 'fixtures/replies/drafts.csv')).toBe(true);
  });
});
