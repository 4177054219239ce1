/**
 * --as-of is one option parsed once, at the edge, for every data command: a day that does not
 * exist is exit 2 with the same message before any file is opened (docs/exit-codes.md), even
 * when the file is missing too (that alone would be exit 3).
 */
import { describe, expect, it } from 'vitest';
import { expectCleanError, runCare } from '../helpers/run-care.js';

const MISSING = 'no-such-export.csv';

describe('--as-of 2025-02-30', () => {
  for (const args of [
    ['retention', MISSING],
    ['ltv', MISSING],
    ['report', MISSING],
    ['nps', MISSING],
    ['classify', MISSING],
    ['remind', MISSING, '--template', 'win-back'],
  ]) {
    it(`is exit 2 for care ${args[0]}, before the file is looked for`, () => {
      const run = runCare([...args, '--as-of', '2025-02-30']);
      expect(run.code).toBe(2);
      expect(expectCleanError(run)).toBe('care: --as-of 2025-02-30: expected a date as YYYY-MM-DD');
    });
  }

  it('--calibration-end goes through the same date-option parser: a year outside the dates care reads is named so', () => {
    const run = runCare(['ltv', 'fixtures/orders.csv', '--model', 'bgnbd', '--calibration-end', '1000-01-01']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toMatch(/^care: --calibration-end 1000-01-01: outside the dates care reads/);
  });
});
