/** care sla through the built binary: help-desk exports read with no options (the numbers: test/commands/sla.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCare } from '../helpers/run-care.js';

describe('care sla', () => {
  it.each(['zendesk-tickets', 'freshdesk-tickets', 'jira-sm-issues', 'okdesk-issues'])('reads the %s export with no options: every ticket measured', (name) => {
    const file = `fixtures/exports/${name}.csv`;
    const run = runCare(['sla', file, '--first-response', '1h', '-f', 'json']);
    expect(run.code).toBe(0);
    // The record count written blind beside each corpus export (test/e2e/exports-corpus.test.ts).
    const expected = JSON.parse(readFileSync(`fixtures/exports/${name}.expected.json`, 'utf8')) as { records: number };
    expect((JSON.parse(run.stdout) as { total: { tickets: number } }).total.tickets).toBe(expected.records);
  });
});
