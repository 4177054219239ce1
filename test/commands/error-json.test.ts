/**
 * Under --format json a failing run writes its error as one JSON line on stderr (docs/contracts.md,
 * "Errors as JSON"), valid against `care schema error`, with the exit code of the text mode.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { errorJson, wantsJsonErrors } from '../../src/cli/error-json.js';
import { InputError } from '../../src/errors.js';
import { careInProcess } from '../helpers/care-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });

async function errorValidator() {
  const printed = await careInProcess(['schema', 'error']);
  return ajv.compile(JSON.parse(printed.stdout) as object);
}

/** The run's stderr as its one JSON line (fails when there is any other line). */
async function failing(args: string[]) {
  const run = await careInProcess(args);
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines, run.stderr).toHaveLength(1);
  const document = JSON.parse(lines[0] as string) as { schema: string; error: Record<string, unknown>; exit: number };
  const validate = await errorValidator();
  expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
  expect(document.exit).toBe(run.code);
  return { code: run.code, document, stdout: run.stdout };
}

describe('care … --format json: the error as one JSON line', () => {
  it('a missing file: exit 3, the code, the file and the hint', async () => {
    const { code, document } = await failing(['retention', 'no-such-orders.csv', '--format', 'json']);
    expect(code).toBe(3);
    expect(document).toEqual({
      schema: 'care.error/1',
      error: { code: 'CARE_NO_FILE', message: 'no such file', file: 'no-such-orders.csv', line: null, field: null, hint: 'check the path, or pass - to read standard input' },
      exit: 3,
    });
    // Without --format json: the same exit code, the text lines as before.
    const text = await careInProcess(['retention', 'no-such-orders.csv']);
    expect([text.code, text.stderr]).toEqual([3, 'care: no-such-orders.csv: no such file\n  hint: check the path, or pass - to read standard input\n']);
  });

  it('a bad CSV row under --strict: exit 3, with its line and field', async () => {
    // fixtures/broken/bad-dates.csv: line 3's date is 2024-13-45.
    const { code, document } = await failing(['retention', 'fixtures/broken/bad-dates.csv', '--strict', '--format', 'json']);
    expect(code).toBe(3);
    expect(document.error).toMatchObject({ code: 'CARE_BAD_ROW', file: 'fixtures/broken/bad-dates.csv', line: 3, field: 'date' });
  });

  it('a bad option value: exit 2, whether commander or care refuses it; commander prints nothing of its own', async () => {
    const period = await failing(['retention', 'fixtures/orders.csv', '--period', 'fortnight', '--format', 'json']);
    expect([period.code, period.document.error['code']]).toEqual([2, 'CARE_BAD_OPTION']);
    expect(period.document.error['message']).toContain("'fortnight' is invalid");
    const horizon = await failing(['ltv', 'fixtures/orders.csv', '--horizon', '99999', '-f', 'json']);
    expect([horizon.code, horizon.document.error['code']]).toEqual([2, 'CARE_BAD_OPTION']);
    const unknown = await failing(['nps', 'fixtures/survey/survey.csv', '--bogus', '--format=json']);
    expect([unknown.code, unknown.document.error]).toEqual([2, expect.objectContaining({ code: 'CARE_UNKNOWN_OPTION', message: "unknown option '--bogus'" })]);
  });

  it('care inspect still prints its diagnosis on stdout, and the error as JSON on stderr (exit 3)', async () => {
    const { code, document, stdout } = await failing(['inspect', 'fixtures/broken/missing-customer-column.csv', '--format', 'json']);
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({ schema: 'care.inspect/1', error: { code: 'CARE_MISSING_FIELD' } });
    expect(document.error).toMatchObject({ code: 'CARE_MISSING_FIELD', field: 'customer' });
  });
});

describe('wantsJsonErrors and errorJson', () => {
  it('reads --format json in each spelling, and nothing after --', () => {
    for (const argv of [['--format', 'json'], ['--format=json'], ['-f', 'JSON'], ['-fjson']]) expect(wantsJsonErrors(['node', 'care', 'nps', 'x.csv', ...argv]), argv.join(' ')).toBe(true);
    for (const argv of [['--format', 'csv'], [], ['--', '--format', 'json'], ['--fail-if', 'json']]) expect(wantsJsonErrors(['node', 'care', 'nps', 'x.csv', ...argv]), argv.join(' ')).toBe(false);
  });

  it('a care error keeps its English message and place; a bug is CARE_INTERNAL, exit 1', () => {
    expect(errorJson(new InputError('CARE_BAD_ROW', 'bad', { file: 'a.csv', line: 2 }), 3, '').error).toEqual({ code: 'CARE_BAD_ROW', message: 'bad', file: 'a.csv', line: 2, field: null, hint: null });
    const bug = errorJson(new Error('boom'), 1, 'care: internal error: boom\n  hint: this is a bug in care\n');
    expect(bug.error).toMatchObject({ code: 'CARE_INTERNAL', message: 'boom', hint: 'this is a bug in care' });
  });
});
