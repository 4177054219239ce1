/** care lint-reply --type / --complaints FILE --id ID: the reply checked against what its complainer type needs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';
import { FIT_DRAFTS, elementsOf, replyWithout } from '../unit/lint/fit-drafts.js';

const LOG = [
  'id,customer,date,channel,text',
  'A-1,CU1,2024-08-10,email,"I have written to the consumer protection agency and my lawyer about this."',
  'I-2,CU2,2024-08-11,Google Maps,"Left a one-star review: the parcel came a week late."',
  'V-3,CU3,2024-08-12,email,"My parcel came a week late, please tell me why."',
].join('\n');

function setUp(reply: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-fit-'));
  writeFileSync(path.join(dir, 'complaints.csv'), `${LOG}\n`);
  writeFileSync(path.join(dir, 'reply.txt'), reply);
  return dir;
}

async function fitFindings(args: string[], dir: string) {
  const run = await careInProcess(['lint-reply', 'reply.txt', '--format', 'json', ...args], { cwd: dir });
  const json = run.stdout === '' ? undefined : JSON.parse(run.stdout);
  return { run, json, fit: (json?.findings ?? []).filter((finding: { rule: string }) => finding.rule.startsWith('fit-')).map((finding: { rule: string }) => finding.rule) };
}

// An irate reply without either element: it would fit no type.
const BARE = replyWithout(FIT_DRAFTS.irate.en, elementsOf(FIT_DRAFTS.irate.en));

describe('care lint-reply --type / --complaints --id', () => {
  it('--type irate names what the reply misses, and the JSON says the type', async () => {
    const { run, json, fit } = await fitFindings(['--type', 'irate'], setUp(BARE));
    expect(run.code).toBe(0);
    expect(fit).toEqual(['fit-irate-public', 'fit-irate-private']);
    expect(json.type).toBe('irate');
    expect(json.kind).toBe('complaint');
  });

  it('the table says which type the reply was checked against', async () => {
    const run = await careInProcess(['lint-reply', 'reply.txt', '--type', 'silent'], { cwd: setUp(BARE) });
    expect(run.stdout).toContain('· kind complaint (detected) · reply to a silent customer');
    expect(run.stdout).toContain('fit-silent-asks');
    expect((await careInProcess(['lint-reply', 'reply.txt', '--type', 'irate'], { cwd: setUp(BARE) })).stdout).toContain('· reply to an irate customer');
  });

  it.each([
    ['A-1', 'activist', ['fit-activist-person', 'fit-activist-escalation', 'fit-activist-compensation']],
    ['I-2', 'irate', ['fit-irate-public', 'fit-irate-private']],
    ['V-3', 'voicer', []],
    ['line:4', 'voicer', []],
  ])('--complaints FILE --id %s: the record is classified %s and the reply checked against it', async (id, type, expected) => {
    const { run, json, fit } = await fitFindings(['--complaints', 'complaints.csv', '--id', id], setUp(BARE));
    expect(run.code).toBe(0);
    expect(json.type).toBe(type);
    expect(fit).toEqual(expected);
    expect(run.stderr).toContain(`is ${type}; checking the reply against it`);
  });

  it.each([
    [['--type', 'irate', '--complaints', 'complaints.csv', '--id', 'I-2'], 2, 'give either --type or --complaints FILE --id ID'],
    [['--complaints', 'complaints.csv'], 2, '--complaints needs --id'],
    [['--id', 'I-2'], 2, '--id needs --complaints FILE'],
    [['--complaints', 'complaints.csv', '--id', 'Z-9'], 3, 'no record with id'], // (the JSON error escapes the quotes),
  ])('%j: exit %i', async (args, code, message) => {
    const { run } = await fitFindings(args, setUp(BARE));
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });
});
