/**
 * argv → the typed options each command receives, with every command's action replaced by a
 * recorder (as changesets tests its CLI): the option table (src/cli/command-table.ts) is the one
 * declaration, so this is where a flag's parsing, bounds, defaults and config merging are checked,
 * in-process and without reading a file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/command-table.js';
import type { CommandSpec } from '../../../src/cli/command-spec.js';
import { main } from '../../../src/cli/main.js';
import { packageVersion } from '../../../src/cli/program.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { day } from '../../helpers/day.js';

interface Call {
  command: string;
  args: (string | undefined)[];
  options: Record<string, unknown>;
}

/** Runs care in-process with every command recording what it was given instead of running. */
async function parse(argv: string[], cwd = process.cwd()) {
  const calls: Call[] = [];
  const recording: CommandSpec[] = COMMANDS.map((spec) => ({
    ...spec,
    run: (async (_io: unknown, args: (string | undefined)[], options: Record<string, unknown>) => {
      calls.push({ command: spec.name, args, options });
    }) as CommandSpec['run'],
  }));
  const io = fakeIo({ cwd });
  const code = await main(['node', 'care', ...argv], io, recording);
  return { code, call: calls[0], err: io.err(), out: io.out() };
}

describe('argv → typed options', () => {
  it.each<[string[], Record<string, unknown>]>([
    [['retention', 'o.csv'], { format: 'table', color: true }],
    [['retention', 'o.csv', '--churn-after', '30', '--last', '4', '--period', 'WEEK'], { churnAfter: 30, last: 4, period: 'week' }],
    [['retention', 'o.csv', '--as-of', '2024-03-31'], { asOf: day('2024-03-31') }],
    [['retention', 'o.csv', '--delimiter', 'tab', '--encoding', 'Windows-1251'], { delimiter: '\t', encoding: 'windows-1251' }],
    [['retention', 'o.csv', '--map', 'customer=Клиент', '--map', 'date=Дата'], { map: ['customer=Клиент', 'date=Дата'] }],
    [['retention', 'o.csv', '--fail-if', 'churn>5%', '--fail-if', 'new<10'], { failIf: ['churn>5%', 'new<10'] }],
    [['retention', 'o.csv', '--no-color', '-f', 'json'], { color: false, format: 'json' }],
    [['retention', 'o.csv', '--cohort-mode', 'on-or-after', '--convention', 'ProfitWell'], { cohortMode: 'on-or-after', convention: 'profitwell' }],
    [['retention', '--subscriptions', 's.csv', '--mrr'], { subscriptions: 's.csv', mrr: true }],
    [['ltv', 'o.csv', '--margin', '0.3', '--cac', '40', '--calibration-end', '1997-09-30'], { model: 'simple', timeUnit: 'week', margin: 0.3, cac: 40, calibrationEnd: day('1997-09-30') }],
    [['ltv', 'o.csv', '--model', 'bgnbd', '--time-unit', 'day', '--horizon', '3653'], { model: 'bgnbd', timeUnit: 'day', horizon: 3653 }],
    [['ltv', 'o.csv', '--model', 'auto', '--intervals', '--seed', '9'], { model: 'auto', intervals: true, seed: 9 }],
    [['ltv', '--subscriptions', 's.csv', '--model', 'sbg', '--horizon', '24', '--period', 'year'], { subscriptions: 's.csv', model: 'sbg', horizon: 24, period: 'year' }],
    [['classify', 'c.csv', '--explain', 'C0001'], { explain: 'C0001', format: 'table' }],
    [['report', 'o.csv'], { last: 6, format: 'table' }],
    [['report', 'o.csv', '-f', 'html', '--locale', 'bg'], { format: 'html', locale: 'bg' }],
    [['inspect', 'o.csv'], { rows: 5 }],
    [['remind', 'o.csv', '--template', 'win-back', '--lapsed-within', '60', '--smtp-timeout', '2.5'], { template: 'win-back', lapsedWithin: 60, smtpTimeout: 2.5 }],
    [['email', 'welcome', '--delimiter', 'tab', '--smtp-timeout', '5'], { format: 'txt', delimiter: '\t', smtpTimeout: 5 }],
    [['lint-reply', 'd.txt', '--fail-under', '80', '--kind', 'complaint', '--delimiter', 'tab'], { failUnder: 80, kind: 'complaint', delimiter: '\t', format: 'table' }],
    [['lint-reply', 'd.txt', '--type', 'IRATE', '--fix', '--dry-run'], { type: 'irate', fix: true, dryRun: true }],
    [['lint-reply', 'd.txt', '--complaints', 'c.csv', '--id', 'C-17', '--diff'], { complaints: 'c.csv', id: 'C-17', diff: true }],
    [['remind', 'o.csv', '--template', 'win-back', '--holdout', '10%', '--seed', '3'], { holdout: 0.1, seed: 3 }],
    [['remind', 'o.csv', '--template', 'win-back', '--holdout', '0.25'], { holdout: 0.25 }],
    [['sla', 't.csv', '--first-response', '1h30m', '--resolution', '2d', '--by', 'channel', '--period', 'week'], { firstResponse: 90, resolution: 2880, by: 'channel', period: 'week' }],
    [['sql', 'retention', '--dialect', 'ClickHouse', '--table', 'shop.orders', '--as-of', '2026-03-05', '--since', '2024-01-01', '--map', 'customer=c', '--status-values', 'paid,cancelled'], { dialect: 'clickhouse', table: 'shop.orders', asOf: day('2026-03-05'), since: day('2024-01-01'), map: ['customer=c'], statusValues: ['paid,cancelled'] }],
    [['report', '--engine', 'postgres://care@db/shop', '--table', 'sales.orders', '--engine-date-format', 'DD.MM.YYYY'], { engine: 'postgres://care@db/shop', table: 'sales.orders', engineDateFormat: 'dd.mm.yyyy' }],
    [['ltv', '--engine', 'duckdb:shop.duckdb', '--query', 'SELECT * FROM orders WHERE shop = 1'], { engine: 'duckdb:shop.duckdb', query: 'SELECT * FROM orders WHERE shop = 1' }],
    [['segments', 'o.csv', '--since', '2024-01-01', '--names', 'ru'], { since: day('2024-01-01'), names: 'ru' }],
    [['lift', 'c.csv', 'o.csv', '--fail-if', 'no-evidence,lift', '--fail-if', 'negative', '--window', '60'], { failIf: ['no-evidence', 'lift', 'negative'], window: 60 }],
  ])('care %j', async (argv, expected) => {
    const { code, call, err } = await parse(argv);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(call?.options).toMatchObject(expected);
  });

  it('hands the positional arguments over in order, with their defaults', async () => {
    expect((await parse(['templates'])).call?.args).toEqual(['list', undefined]);
    expect((await parse(['templates', 'show', 'apology'])).call?.args).toEqual(['show', 'apology']);
    expect((await parse(['retention'])).call?.args).toEqual([undefined]);
    // With --engine the orders file is left out (the command refuses a run with neither).
    expect((await parse(['report', '--engine', 'duckdb:x.csv'])).call?.args).toEqual([undefined]);
    expect((await parse(['remind', '--engine', 'duckdb:x.csv', '--template', 'win-back'])).call?.args).toEqual([undefined]);
  });

  it('leaves an option out when it was not given (the command decides its default)', async () => {
    const { call } = await parse(['retention', 'o.csv']);
    expect(call?.options).not.toHaveProperty('churnAfter');
    expect(call?.options).not.toHaveProperty('asOf');
  });
});

describe('config defaults are merged once, at the edge', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-argv-'));
  writeFileSync(path.join(dir, 'care.config.json'), JSON.stringify({ churnAfterDays: 45, period: 'quarter', locale: 'ru' }));

  it('takes churnAfterDays, period and locale from the config when the command line leaves them out', async () => {
    expect((await parse(['retention', 'o.csv'], dir)).call?.options).toMatchObject({ churnAfter: 45, period: 'quarter' });
    expect((await parse(['report', 'o.csv'], dir)).call?.options).toMatchObject({ churnAfter: 45, period: 'quarter', locale: 'ru' });
    expect((await parse(['remind', 'o.csv', '--template', 'win-back'], dir)).call?.options).toMatchObject({ churnAfter: 45, locale: 'ru' });
  });

  it('lets the command line win over the config', async () => {
    expect((await parse(['retention', 'o.csv', '--churn-after', '7', '--period', 'week'], dir)).call?.options).toMatchObject({ churnAfter: 7, period: 'week' });
  });

  it('leaves lint-reply to detect the language instead of taking the config locale', async () => {
    expect((await parse(['lint-reply', 'd.txt'], dir)).call?.options).not.toHaveProperty('locale');
  });

  it('a broken config file is exit 2 before the command runs', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'care-argv-bad-'));
    writeFileSync(path.join(broken, 'care.config.json'), '{"churnAfterDays": "ninety"}');
    const { code, call, err } = await parse(['retention', 'o.csv'], broken);
    expect(code).toBe(2);
    expect(call).toBeUndefined();
    expect(err).toMatch(/^care: .*care\.config\.json.*churnAfterDays/m);
  });
});

describe('bad values are exit 2 before any command runs', () => {
  it.each<[string[], string]>([
    [['retention', 'o.csv', '--churn-after', '0'], '--churn-after 0: expected a whole number of days from 1 to 3,653'],
    [['retention', 'o.csv', '--churn-after', 'x'], '--churn-after x: expected'],
    [['retention', 'o.csv', '--as-of', '31.03.2024'], '--as-of 31.03.2024: expected a date as YYYY-MM-DD'],
    [['retention', 'o.csv', '--encoding', 'foo'], "argument 'foo' is invalid. expected one of utf-8"],
    [['email', 'welcome', '--csv', 'f.csv', '--encoding', 'foo'], "argument 'foo' is invalid. expected one of utf-8"],
    [['ltv', 'o.csv', '--margin', '1.5'], '--margin 1.5: expected a number (a share of revenue) from 0 to 1'],
    [['ltv', 'o.csv', '--cac', 'lots'], '--cac lots: expected'],
    [['ltv', 'o.csv', '--model', 'forest'], "argument 'forest' is invalid. expected one of simple, historical, bgnbd, pnbd, mbgnbd, auto, sbg"],
    [['ltv', 'o.csv', '--model', 'bgnbd', '--horizon', '0'], '--horizon 0: expected a number of weeks above 0 and at most 520'],
    [['ltv', 'o.csv', '--model', 'bgnbd', '--time-unit', 'month', '--horizon', '121'], '--horizon 121: expected a number of months above 0 and at most 120'],
    [['ltv', 'o.csv', '--horizon', 'soon'], '--horizon soon: expected a number'],
    [['ltv', '--subscriptions', 's.csv', '--model', 'sbg', '--horizon', '2.5'], '--horizon 2.5: expected a whole number of periods from 1 to 120'],
    [['ltv', 'o.csv', '--calibration-end', '30.09.1997'], '--calibration-end 30.09.1997: expected a date as YYYY-MM-DD'],
    [['remind', 'o.csv', '--template', 'reorder-reminder', '--after', 'soon'], '--after soon: expected'],
    [['remind', 'o.csv', '--template', 'x', '--kind', 'birthday'], "argument 'birthday' is invalid"],
    [['email', 'welcome', '--smtp-timeout', '301'], '--smtp-timeout 301: expected'],
    [['lint-reply', 'd.txt', '--locale', 'de'], "argument 'de' is invalid. expected one of en, ru, bg"],
    [['lint-reply', 'd.txt', '--kind', 'spam'], "argument 'spam' is invalid"],
    [['lint-reply', 'd.txt', '--type', 'angry'], "argument 'angry' is invalid. expected one of activist, irate, voicer, silent"],
    [['lint-reply', 'd.txt', '--format', 'csv'], "argument 'csv' is invalid. expected one of table, json, sarif, rdjsonl"],
    [['lint-reply', 'd.txt', '--fail-under', '150'], '--fail-under 150: expected a number (a score) from 0 to 100'],
    [['lint-reply', 'd.txt', '--fail-under', 'high'], '--fail-under high: expected'],
    [['remind', 'o.csv'], "required option '--template <name>' not specified"],
    [['remind', 'o.csv', '--template', 'win-back', '--holdout', '100%'], '--holdout 1: expected a number (a share of the due customers) above 0 and below 1'],
    [['remind', 'o.csv', '--template', 'win-back', '--seed', '-1'], '--seed -1: expected'],
    [['lift', 'c.csv', 'o.csv', '--fail-if', 'maybe'], "argument 'maybe' is invalid. expected one of lift, negative"],
    [['lift', 'c.csv', 'o.csv', '--min-lift', '0'], '--min-lift 0: expected'],
    [['retention', 'o.csv', '--convention', 'hubspot'], "argument 'hubspot' is invalid. expected one of care, chartmogul"],
    [['retention', 'o.csv', '--cohort-mode', 'after'], "argument 'after' is invalid. expected one of on, on-or-after"],
    [['completion', 'powershell'], "value 'powershell' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish"],
    [['sql', 'revenue', '--dialect', 'duckdb', '--table', 't', '--as-of', '2026-03-05'], "value 'revenue' is invalid for argument 'what'. Allowed choices are retention, cohorts, customers, customer-days"],
    [['sql', 'retention', '--table', 't', '--as-of', '2026-03-05'], "required option '--dialect <name>' not specified"],
    [['sql', 'retention', '--dialect', 'oracle', '--table', 't', '--as-of', '2026-03-05'], "argument 'oracle' is invalid. expected one of duckdb, postgres"],
    [['retention', '--engine', 'duckdb:x.csv', '--engine-date-format', 'dd-mm-yyyy'], "argument 'dd-mm-yyyy' is invalid. expected one of iso, yyyymmdd"],
    [['sla', 't.csv', '--first-response', 'soon'], '--first-response soon: not a duration'],
    [['sla', 't.csv', '--period', 'quarter'], "argument 'quarter' is invalid. expected one of week, month"],
  ])('care %j', async (argv, message) => {
    const { code, call, err } = await parse(argv);
    expect(code).toBe(2);
    expect(call).toBeUndefined();
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('care --version', () => {
  it('prints the version of package.json', async () => {
    const { code, out } = await parse(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toBe(packageVersion());
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
