/**
 * Wiring of care segments, care remind --holdout and care lift through the built binary: a
 * campaign written by remind is read back by lift. The numbers are tested in-process
 * (test/unit/metrics/segments-rfm.test.ts, lift.test.ts); here, that the commands are reachable.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanError, runCare } from '../helpers/run-care.js';

const ORDERS = path.resolve('fixtures/orders.csv');

describe('care segments, remind --holdout, lift', () => {
  it('segments: JSON whose segment sizes add up to the customers scored', () => {
    const run = runCare(['segments', ORDERS, '-f', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { customers: number; segments: { customers: number }[] };
    expect(json.segments.reduce((sum, segment) => sum + segment.customers, 0)).toBe(json.customers);
  });

  it('remind --holdout writes the campaign that lift reads; lift refuses a window not yet over', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'care-lift-'));
    const remind = runCare(['remind', ORDERS, '--template', 'win-back', '--as-of', '2025-12-01', '--holdout', '20%', '--seed', '11', '--campaign', 'campaign.csv'], { cwd });
    expect(remind.code).toBe(0);
    expect(remind.stderr).toMatch(/care: wrote campaign\.csv: \d+ sent, \d+ held out/);
    expect(readFileSync(path.join(cwd, 'campaign.csv'), 'utf8')).toContain(',held-out,win-back,2025-12-01,11,0.2');
    const lift = runCare(['lift', 'campaign.csv', ORDERS, '--window', '60', '-f', 'json'], { cwd });
    expect(lift.code).toBe(0);
    const measured = JSON.parse(lift.stdout) as { sent: { customers: number }; heldOut: { customers: number }; verdict: { code: string } };
    expect(measured.sent.customers + measured.heldOut.customers).toBe(readFileSync(path.join(cwd, 'campaign.csv'), 'utf8').trim().split('\n').length - 1);
    expect(['lift', 'negative', 'no-evidence', 'no-lift', 'not-measurable']).toContain(measured.verdict.code);
    const early = runCare(['lift', 'campaign.csv', ORDERS, '--window', '365'], { cwd });
    expect(early.code).toBe(3);
    expect(expectCleanError(early)).toContain('no campaign day has a finished 365-day window');
  });
});
