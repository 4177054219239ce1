/**
 * Every `--format json` document validates against the JSON Schema `care schema` prints for it
 * (docs/contracts.md, "Schema names"), with a real validator (Ajv, draft 2020-12): each command on
 * the bundled fixtures, in-process. The schemas are strict (no unknown key, every required key), so
 * a key added to or removed from an output without its schema fails here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmail } from '../../src/commands/email.js';
import { runRemind } from '../../src/commands/remind.js';
import { SCHEMA_NAMES, type SchemaName } from '../../src/report/schemas/index.js';
import { careInProcess } from '../helpers/care-in-process.js';
import { duckdbAvailable } from '../helpers/duckdb.js';
import { day } from '../helpers/day.js';
import { fakeIo } from '../helpers/fake-io.js';
import { startSmtpServer, type TestServer } from '../helpers/smtp-server.js';


/** A campaign file and orders for care lift: two sent, two held out, orders after the campaign day. */
function liftFiles(): [string, string] {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-schema-lift-'));
  const campaign = path.join(dir, 'campaign.csv');
  const orders = path.join(dir, 'orders.csv');
  writeFileSync(campaign, 'customer,segment,group,template,as_of,seed,holdout\na,at-risk,sent,win-back,2024-03-01,7,0.5\nb,at-risk,sent,win-back,2024-03-01,7,0.5\nc,at-risk,held-out,win-back,2024-03-01,7,0.5\nd,at-risk,held-out,win-back,2024-03-01,7,0.5\n');
  writeFileSync(orders, 'Order ID,Customer ID,Order Date,Amount,Currency\n1,a,2024-01-01,10.00,EUR\n2,b,2024-01-01,10.00,EUR\n3,c,2024-01-01,10.00,EUR\n4,d,2024-01-01,10.00,EUR\n5,a,2024-03-10,12.00,EUR\n6,c,2024-03-20,8.00,EUR\n7,d,2024-06-01,1.00,EUR\n');
  return [campaign, orders];
}

const [campaign, liftOrders] = liftFiles();
const SUBSCRIPTIONS = 'fixtures/subscriptions.csv';
const ORDERS = 'fixtures/orders.csv';

/** Each run: the schema its output is, and the command line (`--format json` is added). */
const RUNS: [SchemaName, string[]][] = [
  ['inspect', ['inspect', ORDERS]],
  ['inspect', ['inspect', 'fixtures/exports/zendesk-tickets.csv']],
  ['retention', ['retention', ORDERS, '--cohorts', '--revenue']],
  ['retention', ['retention', ORDERS, '--compare', '--cohort-mode', 'on-or-after', '--fail-if', 'churn>99%']],
  ['retention', ['retention', '--subscriptions', SUBSCRIPTIONS, '--period', 'quarter']],
  ['retention.conventions', ['retention', '--subscriptions', SUBSCRIPTIONS, '--conventions']],
  ['retention.convention', ['retention', '--subscriptions', SUBSCRIPTIONS, '--convention', 'chartmogul']],
  ['retention.mrr', ['retention', '--subscriptions', SUBSCRIPTIONS, '--mrr']],
  ['nps', ['nps', 'fixtures/survey/survey.csv', '--period', 'month']],
  ['nps', ['nps', 'fixtures/survey/survey.csv', '--orders', 'fixtures/survey/orders.csv', '--by', 'segment']],
  ['ltv', ['ltv', ORDERS, '--model', 'simple', '--cac', '1500']],
  ['ltv', ['ltv', ORDERS, '--model', 'historical']],
  ['ltv', ['ltv', ORDERS, '--model', 'bgnbd', '--calibration-end', '2025-06-30']],
  ['ltv', ['ltv', ORDERS, '--model', 'auto', '--intervals']],
  ['ltv.sbg', ['ltv', '--subscriptions', SUBSCRIPTIONS, '--model', 'sbg']],
  ['classify', ['classify', 'fixtures/complaints.csv', '--by-customer']],
  ['classify.explain', ['classify', 'fixtures/complaints.csv', '--explain', 'C0016']],
  ['report', ['report', ORDERS, '--survey', 'fixtures/survey/survey.csv', '--complaints', 'fixtures/complaints.csv', '--subscriptions', SUBSCRIPTIONS, '--tickets', 'fixtures/exports/zendesk-tickets.csv']],
  ['segments', ['segments', ORDERS, '--since', '2025-01-01']],
  ['lift', ['lift', campaign, liftOrders]],
  ['sla', ['sla', 'fixtures/exports/zendesk-tickets.csv', '--period', 'week', '--by', 'channel', '--breaches', '--first-response', '1h', '--resolution', '8h', '--compare']],
  ['remind', ['remind', 'fixtures/remind/invoices.csv', '--template', 'payment-reminder', '--as-of', '2025-12-16', '--customers', 'fixtures/remind/customers.csv']],
  ['remind', ['remind', 'fixtures/remind/orders.csv', '--template', 'reorder-reminder', '--as-of', '2025-12-16']],
  ['remind', ['remind', 'fixtures/remind/orders.csv', '--template', 'win-back', '--as-of', '2025-12-16']],
  ['remind', ['remind', 'fixtures/remind/orders.csv', '--template', 'anniversary', '--as-of', '2025-12-16']],
  ['lint-reply', ['lint-reply', 'fixtures/replies/en/after-hours-curt.txt']],
  ['lint-reply.batch', ['lint-reply', '--csv', 'fixtures/replies/drafts.csv']],
  ['templates', ['templates', 'list']],
  ['templates.show', ['templates', 'show', 'win-back']],
  ['templates.check', ['templates', 'check']],
  ['profiles', ['profiles']],
  ['config', ['config', 'show']],
  // The engine's numbers against the CSV path's (needs the optional DuckDB driver).
  ...(duckdbAvailable ? [['verify', ['verify', '--engine', 'duckdb:fixtures/orders.csv', ORDERS]] as [SchemaName, string[]]] : []),
];

// allowUnionTypes: `type: ["string", "number"]` is plain JSON Schema (a complaint's date may be either).
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = new Map<SchemaName, ReturnType<Ajv2020['compile']>>();

/** The validator of the schema `care schema NAME` prints. */
async function validatorOf(name: SchemaName) {
  const known = validators.get(name);
  if (known) return known;
  const printed = await careInProcess(['schema', ...name.split('.')]);
  expect(printed.code, printed.stderr).toBe(0);
  const validate = ajv.compile(JSON.parse(printed.stdout) as object);
  validators.set(name, validate);
  return validate;
}

async function expectValid(name: SchemaName, document: unknown): Promise<void> {
  const validate = await validatorOf(name);
  const ok = validate(document);
  expect(ok ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 8), name).toEqual([]);
}

describe('every JSON output validates against the schema care schema prints', () => {
  it.each(RUNS)('%s: care %j', async (name, args) => {
    const run = await careInProcess([...args, '--format', 'json']);
    expect([0, 4], run.stderr).toContain(run.code);
    const document = JSON.parse(run.stdout) as Record<string, unknown>;
    if (!Array.isArray(document)) expect(Object.keys(document)[0]).toBe('schema');
    await expectValid(name, document);
  });

  it('covers every document but the send summaries and the error (tested below)', () => {
    const covered = new Set([...RUNS.map(([name]) => name), 'email', 'error', 'verify']);
    expect(SCHEMA_NAMES.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('--send --format json: care remind and care email', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];

  it('care remind: the list and what became of each reminder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-schema-remind-'));
    const io = fakeIo();
    // One reminder has no address the server takes: the run fails (exit 3) after writing its JSON.
    await runRemind(io, 'fixtures/remind/orders.csv', {
      asOf: day('2025-12-16'), template: 'anniversary', customers: 'fixtures/remind/customers.csv', send: true, yes: true, from: 'care@example.com', smtpUrl: server.url,
      sendLog: path.join(dir, 'send-log.jsonl'), format: 'json',
      set: [...SIGNER, 'customer.name=friend', 'gift.description=a tin of tea', 'offer.code=TEA', 'offer.until=2026-01-31'],
    }).catch((error: unknown) => error);
    const document = JSON.parse(io.out()) as { send: unknown };
    expect(document.send).not.toBeNull();
    await expectValid('remind', document);
  });

  it('care email: the send summary', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-schema-email-'));
    writeFileSync(path.join(dir, 'welcome.csv'), 'customer.name,email,onboarding.date,onboarding.time\nAnna,anna@example.com,2026-03-02,10:00\n');
    const io = fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url } });
    await runEmail(io, 'welcome', { csv: 'welcome.csv', set: SIGNER, send: true, yes: true, from: 'Care <care@northwind.example>', format: 'json' });
    await expectValid('email', JSON.parse(io.out()));
  });
});

describe('care schema', () => {
  it('alone lists every document with its schema name and version', async () => {
    const run = await careInProcess(['schema']);
    expect(run.code).toBe(0);
    for (const name of SCHEMA_NAMES) expect(run.stdout, name).toMatch(new RegExp(`^care\\.${name.replace('.', '\\.')}/1\\b`, 'm'));
  });

  it('names a view either way, prints draft 2020-12 titled with the name, and refuses an unknown one (exit 2)', async () => {
    const spaced = await careInProcess(['schema', 'retention', 'mrr']);
    expect((await careInProcess(['schema', 'retention.mrr'])).stdout).toBe(spaced.stdout);
    expect(JSON.parse(spaced.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'care.retention.mrr/1', additionalProperties: false });
    expect((await careInProcess(['schema', 'retention', 'cohorts'])).code).toBe(2);
    expect((await careInProcess(['schema', 'weather'])).code).toBe(2);
  });
});
