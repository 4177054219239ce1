import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/datasets.js';
import { expectCleanError, runCare } from '../helpers/run-care.js';

/*
 * The Monday cron job, as cron runs it: the built binary, no TTY, NO_COLOR.
 * A tiny shop, weekly periods, a 7-day window (active on x = a purchase in [x − 6, x]); as of Wed 28 Jan 2026.
 *   A buys 10, 17, 24 Jan; B 9, 16 Jan; C 11 and 23 Jan; D 14 Jan; E 20 Jan.
 * W04 (19–25 Jan): S {A B D} = 3, E {A C E} = 3 → retained 1, lost 2, new 1 (E), reactivated 1 (C):
 * CRR 33.3%, churn 66.7%. W03: S 3, retained 2, lost 1 → churn 33.3%. W05 is partial and never checked.
 */
const ORDERS = ['customer_id,order_date,amount', 'A,2026-01-10,10', 'A,2026-01-17,10', 'A,2026-01-24,10', 'B,2026-01-09,10', 'B,2026-01-16,10', 'C,2026-01-11,10', 'C,2026-01-23,10', 'D,2026-01-14,10', 'E,2026-01-20,10'];

function shop(lines: string[] = ORDERS) {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-cron-'));
  const orders = path.join(dir, 'orders.csv');
  writeFileSync(orders, `${lines.join('\n')}\n`);
  return { dir, orders, history: path.join(dir, 'history.csv') };
}

const cron = (orders: string, ...more: string[]) => ['retention', orders, '--period', 'week', '--churn-after', '7', '--as-of', '2026-01-28', ...more];

describe('care retention --history (the weekly cron job)', () => {
  it('two cron runs with the same --as-of leave the history file byte for byte the same', () => {
    const { dir, orders, history } = shop();
    const args = cron(orders, '--format', 'csv', '--out', path.join(dir, 'weekly-{isoWeek}.csv'), '--history', history);
    const first = runCare(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const before = readFileSync(history);
    expect(before.toString('utf8').split('\n')[3]).toBe('2026-W04,2026-01-19,2026-01-26,3,1,1,1,2,3,0.333333,0.666667,week,7,orders,2026-01-28');
    const second = runCare(args);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`care: history ${history}: up to date (3 periods)`);
    expect(readFileSync(history).equals(before)).toBe(true);
  });

  it('a period whose numbers changed is updated, not duplicated', () => {
    const { orders, history } = shop();
    expect(runCare(cron(orders, '--history', history)).code).toBe(0);
    writeFileSync(orders, `${[...ORDERS, 'B,2026-01-22,10'].join('\n')}\n`); // a late order keeps B in W04
    const run = runCare(cron(orders, '--history', history));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('0 periods added, 1 updated, 2 unchanged');
    const rows = readFileSync(history, 'utf8').trimEnd().split('\n').filter((line) => line.startsWith('2026-W04,'));
    expect(rows).toEqual(['2026-W04,2026-01-19,2026-01-26,3,1,1,2,1,4,0.666667,0.333333,week,7,orders,2026-01-28']);
  });

  it('a history file that is not ours: exit 3 naming it, never overwritten', () => {
    const { orders, history } = shop();
    writeFileSync(history, 'name,email\nAnna,anna@example.com\n');
    const run = runCare(cron(orders, '--history', history));
    expect(run.code).toBe(3);
    expect(expectCleanError(run)).toBe(`care: ${history}: not a care history file: its first line is not the history header`);
    expect(readFileSync(history, 'utf8')).toBe('name,email\nAnna,anna@example.com\n');
  });
});

describe('care retention --fail-if', () => {
  it('a crossed threshold exits 4 after writing the output, with one line naming it', () => {
    const { orders } = shop();
    const run = runCare(cron(orders, '--format', 'csv', '--fail-if', 'churn>50%'));
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('2026-W04,2026-01-19,2026-01-26,false,3,1,1,1,2,3,');
    expect(run.stderr).toBe('care: threshold crossed: churn 66.7% > 50% (period 2026-W04)\n');
  });

  it('repeated and comma-joined; every crossed one is named', () => {
    const { orders } = shop();
    const run = runCare(cron(orders, '--fail-if', 'churn>5%,retention<80%', '--fail-if', 'new<10'));
    expect(run.code).toBe(4);
    expect(run.stderr).toBe('care: threshold crossed: churn 66.7% > 5%, retention 33.3% < 80%, new 1 < 10 (period 2026-W04)\n');
  });

  it('a threshold that is not crossed exits 0', () => {
    const { orders } = shop();
    const run = runCare(cron(orders, '--fail-if', 'churn>70%', '--fail-if', 'retention<30%'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('a malformed expression exits 2 naming it', () => {
    const { orders } = shop();
    const run = runCare(cron(orders, '--fail-if', 'churn>>5%'));
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --fail-if "churn>>5%": expected METRIC OP VALUE');
    expect(run.stdout).toBe('');
  });

  it('an unknown metric exits 2 naming it', () => {
    const { orders } = shop();
    const run = runCare(cron(orders, '--fail-if', 'revenue<100'));
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --fail-if "revenue<100": unknown metric "revenue"');
  });
});

describe('care retention --compare', () => {
  it('shows the last complete week against the one before', () => {
    const { orders } = shop();
    const run = runCare(cron(orders, '--compare'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Change: 2026-W04 against 2026-W03');
    expect(run.stdout).toMatch(/Churn\s+│\s+33\.3% │\s+66\.7% │\s+\+33\.3 pt/);
  });

  it('in JSON under compare, on the bundled fixture too', () => {
    const run = runCare(['retention', fixture('orders.csv'), '--format', 'json', '--compare', '--as-of', '2025-12-31']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const periods = json.periods.filter((row: { partial: boolean }) => !row.partial);
    const [previous, current] = periods.slice(-2);
    expect(json.compare).toMatchObject({ period: current.period, previousPeriod: previous.period });
    expect(json.compare.metrics.lost).toMatchObject({ current: current.lost, previous: previous.lost, change: current.lost - previous.lost });
  });
});

describe('--fail-if on care nps and care report', () => {
  // fixtures/survey/survey.csv: 6 promoters, 2 passives, 4 detractors of 12 → NPS 16.7 (test/commands/nps.test.ts).
  it('care nps: nps<30 crossed exits 4 after the output; nps<10 is not crossed', () => {
    const crossed = runCare(['nps', fixture('survey', 'survey.csv'), '--fail-if', 'nps<30']);
    expect(crossed.code).toBe(4);
    expect(crossed.stdout).toContain('NPS');
    expect(crossed.stderr).toBe('care: threshold crossed: nps 16.7 < 30 (survey to 2024-03-20)\n');
    expect(runCare(['nps', fixture('survey', 'survey.csv'), '--fail-if', 'nps<10']).code).toBe(0);
  });

  it('care nps has no churn: exit 2 naming the expression', () => {
    const run = runCare(['nps', fixture('survey', 'survey.csv'), '--fail-if', 'churn>5%']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --fail-if "churn>5%": care nps has no churn');
  });

  it('care report: churn and retention of the last complete period, nps only with --survey', () => {
    const { orders } = shop();
    const base = ['report', orders, '--period', 'week', '--churn-after', '7', '--as-of', '2026-01-28'];
    const crossed = runCare([...base, '--fail-if', 'churn>50%']);
    expect(crossed.code).toBe(4);
    expect(crossed.stderr).toBe('care: threshold crossed: churn 66.7% > 50% (period 2026-W04)\n');
    expect(runCare([...base, '--fail-if', 'retention<30%']).code).toBe(0);
    const noSurvey = runCare([...base, '--fail-if', 'nps<30']);
    expect(noSurvey.code).toBe(2);
    expect(expectCleanError(noSurvey)).toBe('care: --fail-if "nps<30": care report has no nps');
    const withSurvey = runCare([...base, '--survey', fixture('survey', 'survey.csv'), '--fail-if', 'nps<30']);
    expect(withSurvey.code).toBe(4);
    expect(withSurvey.stderr).toMatch(/^care: threshold crossed: nps 16\.7 < 30 \(survey to \d{4}-\d{2}-\d{2}\)\n$/);
  });
});
