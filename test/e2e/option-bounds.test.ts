import { describe, expect, it } from 'vitest';
import { expectCleanError, runCare } from '../helpers/run-care.js';

// A file that does not exist: a bound checked before any work is reported instead of the missing file (exit 3).
const MISSING = 'no-such-orders.csv';

describe('numeric options have bounds, checked before any work (docs/contracts.md "Option bounds")', () => {
  it('--horizon 10000 is exit 2 at once, naming the bound in weeks', () => {
    const run = runCare(['ltv', MISSING, '--model', 'bgnbd', '--horizon', '10000']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --horizon 10000: expected a number of weeks above 0 and at most 520');
    expect(run.stdout).toBe('');
  });

  it('bounds --horizon by its --time-unit: ten years of days, weeks or months', () => {
    expect(runCare(['ltv', MISSING, '--model', 'bgnbd', '--time-unit', 'month', '--horizon', '121']).code).toBe(2);
    expect(runCare(['ltv', MISSING, '--model', 'bgnbd', '--time-unit', 'day', '--horizon', '3654']).code).toBe(2);
    // Within the bound the command goes on to read the file, which is missing: exit 3.
    expect(runCare(['ltv', MISSING, '--model', 'bgnbd', '--time-unit', 'day', '--horizon', '3653']).code).toBe(3);
  });

  it.each([
    ['retention', '--churn-after', '3654'],
    ['retention', '--last', '1001'],
    ['report', '--margin', '1.5'],
    ['report', '--cac', '1e10'],
    ['ltv', '--discount-rate', '2'],
    ['ltv', '--max-lifetime', '101'],
    ['ltv', '--churn-after', '0'],
    ['remind', '--within', '400'],
    ['remind', '--after', '-1'],
    ['remind', '--lapsed-within', 'x'],
    ['inspect', '--rows', '1001'],
  ])('care %s %s %s is exit 2 before the file is read', (command, flag, value) => {
    const extra = command === 'remind' ? ['--template', 'win-back'] : [];
    const run = runCare([command, MISSING, ...extra, `${flag}=${value}`]);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toContain(`${flag} ${value}: expected`);
  });

  it('lint-reply --fail-under 101 is exit 2', () => {
    const run = runCare(['lint-reply', '--fail-under', '101', MISSING]);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toContain('--fail-under 101: expected a number (a score) from 0 to 100');
  });
});
