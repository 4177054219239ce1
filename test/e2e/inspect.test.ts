/**
 * care inspect on the blind export corpus (fixtures/exports/): the profile and kind chosen and
 * why, each header's field and why, status values with their meaning, the line to copy when a
 * required field has no column, exit 3 with the diagnosis still printed, and --rejects written
 * when every row is rejected (docs/contracts.md, "care inspect"). Spawns the built bin/care.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/datasets.js';
import { expectCleanError, expectJsonError } from '../helpers/run-care.js';
import { careInProcess } from '../helpers/care-in-process.js';

const corpus = (name: string) => `fixtures/exports/${name}`;
const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>;
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'care-inspect-'));

describe('care inspect picks the kind from the profile', () => {
  it('reads a Zendesk ticket export as complaints without --kind, and says why', async () => {
    const run = await careInProcess(['inspect', corpus('zendesk-tickets.csv'), '--format', 'json']);
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.kind).toBe('complaints');
    expect(result.kindHow).toBe('profile');
    expect(result.profile).toMatchObject({ name: 'zendesk-tickets', how: 'detected' });
    expect(result.profile.reason).toContain('Requester email');
    expect(result.headers).toContainEqual({ header: 'Requester email', field: 'customer', why: 'profile' });
    // The expected file, worked by hand: 12 tickets from 7 requesters.
    expect(result.counts).toMatchObject({ records: 12, customers: 7 });
  });

  it('reads a Typeform export as a survey without --kind', async () => {
    const run = await careInProcess(['inspect', corpus('typeform-responses.csv'), '--format', 'json']);
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.kind).toBe('survey');
    expect(result.profile.name).toBe('typeform-responses');
    // The NPS question has no synonym: its wording finds it.
    expect(result.headers).toContainEqual({ header: 'How likely are you to recommend Brightbean to a friend or colleague?', field: 'score', why: 'question' });
  });

  it('says orders was assumed, and the --kind to pass, when no profile matches', async () => {
    const run = await careInProcess(['inspect', corpus('generic-en-orders.csv'), '--format', 'json']);
    const result = json(run.stdout);
    expect(result).toMatchObject({ kind: 'orders', kindHow: 'assumed', profile: { name: null, how: 'none' } });
    expect(result.kindHint).toContain('--kind');
    // `Total (USD)`: matched as `total` once the currency is folded away.
    expect(result.headers).toContainEqual({ header: 'Total (USD)', field: 'amount', why: 'synonym', unitFolded: 'usd' });
  });

  it('names a customer list and refuses it as orders with exit 3, headers still printed', async () => {
    const run = await careInProcess(['inspect', corpus('shopify-customers.csv'), '--format', 'json']);
    expect(run.code).toBe(3);
    expectJsonError(run);
    const result = json(run.stdout);
    expect(result.kind).toBe('customers');
    expect(result.profile.name).toBe('shopify-customers');
    expect(result.headers.map((header: { header: string }) => header.header)).toContain('Total Spent');
    // Nine customers, one row each (the expected file; a CSV reader agrees).
    expect(result.counts.rows).toBe(9);
  });
});

describe('care inspect says why each header was read as its field', () => {
  it('--map, the config file, a synonym; and the other columns a synonym could have taken', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, 'Customer ID,Email,Order Date,Created At,Grand Total,Total\nc1,a@example.com,2024-01-02,2024-01-01,10.00,9.00\nc2,b@example.com,2024-01-03,2024-01-02,20.00,18.00\n');
    writeFileSync(path.join(dir, 'care.config.json'), JSON.stringify({ map: { orders: { amount: 'Total' } } }));
    const run = await careInProcess(['inspect', 'orders.csv', '--map', 'date=Created At', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.headers).toEqual([
      { header: 'Customer ID', field: 'customer', why: 'synonym' },
      { header: 'Email', field: null, why: null },
      { header: 'Order Date', field: null, why: null },
      { header: 'Created At', field: 'date', why: '--map' },
      { header: 'Grand Total', field: null, why: null },
      { header: 'Total', field: 'amount', why: 'config' },
    ]);
    // `Email` is a customer synonym too; fields decided by --map or the config list no other column.
    expect(result.candidates).toEqual([{ field: 'customer', taken: 'Customer ID', others: ['Email'] }]);
  });

  it('--kind that is not what the file is: the command for what it is', async () => {
    const run = await careInProcess(['inspect', corpus('zendesk-tickets.csv'), '--kind', 'orders', '--format', 'json']);
    expect(run.code).toBe(3);
    const result = json(run.stdout);
    expect(result.kindHow).toBe('given');
    expect(result.missing).toContainEqual(expect.objectContaining({ field: null, suggestion: 'care classify fixtures/exports/zendesk-tickets.csv' }));
  });
});

describe('care inspect lists status values and what each means', () => {
  it('for an orders export with no profile (counted by hand from the file)', async () => {
    const result = json((await careInProcess(['inspect', corpus('generic-en-orders.csv'), '--format', 'json'])).stdout);
    expect(result.statuses).toEqual({
      Complete: { meaning: 'completed', rows: 4 },
      Shipped: { meaning: 'completed', rows: 1 },
      Cancelled: { meaning: 'excluded', rows: 1 },
      Refunded: { meaning: 'refunded', rows: 1 },
      Pending: { meaning: 'pending', rows: 1 },
      Failed: { meaning: 'excluded', rows: 1 },
    });
  });

  it('for an invoices export (Xero): paid, void, draft and awaiting payment', async () => {
    const run = await careInProcess(['inspect', corpus('xero-invoices.csv'), '--format', 'json']);
    const result = json(run.stdout);
    expect(result.kind).toBe('invoices');
    expect(result.statuses).toEqual({
      'Awaiting Payment': { meaning: 'pending', rows: 8 },
      Paid: { meaning: 'completed', rows: 3 },
      Voided: { meaning: 'excluded', rows: 1 },
      Draft: { meaning: 'excluded', rows: 1 },
      // Xero's profile: an invoice awaiting approval is a draft submitted for approval, never sent.
      'Awaiting Approval': { meaning: 'excluded', rows: 1 },
    });
    const table = (await careInProcess(['inspect', corpus('xero-invoices.csv')])).stdout;
    expect(table).toMatch(/Status values[\s\S]*Voided\s+│ excluded\s+│\s+1 │/);
  });
});

describe('care inspect when the file cannot be read as asked', () => {
  it('an export with no buyer column: headers, the --map customer line to copy, exit 3', async () => {
    const run = await careInProcess(['inspect', corpus('ozon-postings.csv')]);
    expect(run.code).toBe(3);
    expect(expectCleanError(run)).toContain('"customer"');
    expect(run.stdout).toContain('Columns');
    expect(run.stdout).toMatch(/Номер заказа\s+│ order/);
    expect(run.stdout).toContain('to read it, run:\n  care retention fixtures/exports/ozon-postings.csv --map customer=HEADER');
    const result = json((await careInProcess(['inspect', corpus('ozon-postings.csv'), '--format', 'json'])).stdout);
    expect(result.missing[0]).toMatchObject({ field: 'customer', option: '--map customer=HEADER' });
    expect(result.error.code).toBe('CARE_MISSING_FIELD');
  });

  it('names the likeliest columns, and the line it prints reads the file', async () => {
    const run = await careInProcess(['inspect', corpus('hubspot-deals.csv'), '--profile', 'none', '--format', 'json']);
    expect(run.code).toBe(3);
    const result = json(run.stdout);
    // No customer synonym: the contact column is the likeliest (a name on every row, `contact` in its header).
    expect(result.missing[0]).toMatchObject({ field: 'customer', option: '--map customer="Associated Contact"', candidates: ['Associated Contact'] });
    expect(result.suggestion).toMatch(/^care retention fixtures\/exports\/hubspot-deals\.csv --profile none --map customer="Associated Contact"/);
    // Copied into a shell as printed, it runs.
    const copied = spawnSync('sh', ['-c', result.suggestion.replace(/^care /, `"${process.execPath}" bin/care.js `) + ' --format json'], {
      cwd: repoRoot,
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(copied.status, copied.stderr).toBe(0);
  });

  it('dates that read either way: the --date-format line, exit 3', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, 'Customer ID,Order Date,Total\nc1,01/02/2024,10.00\nc2,03/04/2024,20.00\n');
    const run = await careInProcess(['inspect', file, '--format', 'json']);
    expect(run.code).toBe(3);
    expect(expectJsonError(run).code).toBe('CARE_AMBIGUOUS_DATES');
    const result = json(run.stdout);
    expect(result.error.code).toBe('CARE_AMBIGUOUS_DATES');
    expect(result.suggestion).toBe(`care retention ${file} --date-format DMY`);
    expect(result.counts.rows).toBe(2);
  });
});

describe('care inspect says why rows were rejected', () => {
  it('a quote that closes mid-field: its reason, line and what is wrong, the other rows read', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, 'Customer ID,Order Date,Total,Note\nc1,2024-01-02,10.00,ok\nc2,2024-01-03,20.00,"say "hi" there"\nc3,2024-01-04,5.00,fine\n');
    const run = await careInProcess(['inspect', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.rejects.badQuote).toMatchObject({ rows: 1, firstLine: 3 });
    expect(result.rejects.badQuote.detail).toContain('quote');
    expect(result.counts).toMatchObject({ rows: 3, orders: 2, customers: 2 });
  });
});

describe('--rejects is written even when every row is rejected', () => {
  /** Three orders, none with a date care can read. */
  const everyRowBad = (dir: string) => {
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, 'Customer ID,Order Date,Total\nc1,someday,10.00\nc2,tomorrow,20.00\nc3,,5.00\n');
    return file;
  };

  it('by care inspect, which also counts the reasons', async () => {
    const dir = tempDir();
    const rejects = path.join(dir, 'rejects.csv');
    const run = await careInProcess(['inspect', everyRowBad(dir), '--rejects', rejects, '--format', 'json']);
    expect(run.code).toBe(3);
    expect(json(run.stdout).rejects.badDate).toMatchObject({ rows: 3, firstLine: 2 });
    const lines = readFileSync(rejects, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('line,reason,field,detail,row');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['2,badDate', '3,badDate', '4,badDate']);
  });

  it('by care nps, whose every answer lacks a score', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'answers.csv');
    writeFileSync(file, 'Email,Score,Comment\na@example.com,ten,great\nb@example.com,,meh\n');
    const rejects = path.join(dir, 'rejects.csv');
    const run = await careInProcess(['nps', file, '--rejects', rejects]);
    expect(run.code).toBe(3);
    expect(readFileSync(rejects, 'utf8').trimEnd().split('\n').map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['line,reason', '2,badScore', '3,badScore']);
  });

  it('by care retention, which exits 3', async () => {
    const dir = tempDir();
    const rejects = path.join(dir, 'rejects.csv');
    const run = await careInProcess(['retention', everyRowBad(dir), '--rejects', rejects]);
    expect(run.code).toBe(3);
    expect(existsSync(rejects)).toBe(true);
    expect(readFileSync(rejects, 'utf8').trimEnd().split('\n')).toHaveLength(4);
  });
});
