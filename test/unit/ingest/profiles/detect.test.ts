import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../../../../src/ingest/profiles/builtin/index.js';
import { detectProfile, matchingProfiles } from '../../../../src/ingest/profiles/detect.js';
import { profileIssues } from '../../../../src/ingest/profiles/schema.js';
import { repoRoot } from '../../../helpers/datasets.js';

/** Fixtures named otherwise than their profile. */
const FIXTURE_OF: Record<string, string> = {
  'cloudcart-orders': 'cloudcart-orders-bgn-eur',
  delighted: 'delighted-nps',
  'google-forms': 'google-forms-en',
  'jira-service-management': 'jira-sm-issues',
  'moysklad-orders': 'moysklad-customerorders',
  surveymonkey: 'surveymonkey-responses',
  qualtrics: 'qualtrics-responses',
  'yandex-forms': 'yandex-forms-responses',
};

/** The header row of a fixture: the first line with three cells or more (1C and QuickBooks put title lines above it). */
function fixtureHeader(fixture: string): string[] | undefined {
  const file = path.join(repoRoot, 'fixtures', 'exports', `${fixture}.csv`);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : looksUtf8(bytes) ? 'utf-8' : 'windows-1251';
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  const delimiter = (text.match(/;/g) ?? []).length > (text.match(/,/g) ?? []).length ? ';' : ',';
  for (const line of text.split(/\r?\n/)) {
    const cells = splitLine(line, delimiter);
    if (cells.filter((cell) => cell.trim() !== '').length >= 3) return cells;
  }
  return undefined;
}

/** The header line a built-in profile was written from: its fixture's header when there is one, else the line it records. */
function headerLineOf(name: string, recorded: string[] | undefined): string[] {
  const fromFixture = fixtureHeader(FIXTURE_OF[name] ?? name);
  if (fromFixture !== undefined) return fromFixture;
  if (recorded === undefined) throw new Error(`${name}: neither a fixture nor a recorded header line`);
  return recorded;
}

function looksUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A CSV header line split into cells (quotes honoured; no newline inside a header cell). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe('built-in profiles', () => {
  it('are at least 30, with unique names', () => {
    expect(BUILTIN_PROFILES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BUILTIN_PROFILES.map((profile) => profile.name)).size).toBe(BUILTIN_PROFILES.length);
  });

  it.each(BUILTIN_PROFILES.map((profile) => [profile.name, profile] as const))('%s is a valid profile (the schema users\' files are checked with)', (_, profile) => {
    expect(profileIssues(profile)).toEqual([]);
  });

  it.each(BUILTIN_PROFILES.map((profile) => [profile.name, profile] as const))('%s is detected from its own header line, and no other profile claims that line', (name, profile) => {
    const headers = headerLineOf(name, profile.header);
    const choice = detectProfile(headers, profile.kind, BUILTIN_PROFILES);
    expect(choice.profile?.name).toBe(name);
    expect(choice.how).toBe('detected');
    expect(choice.alsoMatched).toBeUndefined();
    expect(matchingProfiles(headers, BUILTIN_PROFILES).map((match) => match.profile.name)).toEqual([name]);
  });

  it.each(BUILTIN_PROFILES.map((profile) => [profile.name, profile] as const))('%s maps only to columns of its own header line', (name, profile) => {
    const headers = headerLineOf(name, profile.header).map((header) => header.trim().toLowerCase());
    for (const header of Object.values(profile.map)) expect(headers, `${name}: ${header}`).toContain(header.trim().toLowerCase());
  });
});

describe('exports no profile knows', () => {
  it.each(['generic-en-orders', 'generic-ru-orders', 'polish-invoices'])('%s matches no profile', (fixture) => {
    const headers = fixtureHeader(fixture);
    if (headers === undefined) throw new Error(`fixtures/exports/${fixture}.csv is missing`);
    expect(matchingProfiles(headers, BUILTIN_PROFILES)).toEqual([]);
  });
});

describe('detectProfile', () => {
  it('names the headers that matched', () => {
    const choice = detectProfile(['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Amount'], 'orders', BUILTIN_PROFILES);
    expect(choice.profile?.name).toBe('hubspot-deals');
    expect(choice.reason).toBe('headers Record ID, Deal Name, Deal Stage, Close Date matched');
  });

  it('reports a tie as ambiguous and lists the others', () => {
    const twin = { ...BUILTIN_PROFILES.find((profile) => profile.name === 'hubspot-deals')!, name: 'my-hubspot' };
    const choice = detectProfile(['Record ID', 'Deal Name', 'Deal Stage', 'Close Date'], 'orders', [twin, ...BUILTIN_PROFILES]);
    expect(choice.profile?.name).toBe('my-hubspot');
    expect(choice.alsoMatched).toEqual(['hubspot-deals']);
    expect(choice.reason).toContain('ambiguous');
  });

  it('prefers the profile with more fingerprint headers present', () => {
    const loose = { ...BUILTIN_PROFILES.find((profile) => profile.name === 'hubspot-deals')!, name: 'loose', fingerprint: { all: ['Deal Stage'] } };
    const choice = detectProfile(['Record ID', 'Deal Name', 'Deal Stage', 'Close Date'], 'orders', [loose, ...BUILTIN_PROFILES]);
    expect(choice.profile?.name).toBe('hubspot-deals');
    expect(choice.alsoMatched).toBeUndefined();
  });

  it('says which profile is closest when none matches', () => {
    const choice = detectProfile(['Record ID', 'Deal Name', 'Stage', 'Close Date'], 'orders', BUILTIN_PROFILES);
    expect(choice).toEqual({ profile: undefined, how: 'none', reason: 'closest: hubspot-deals (lacks Deal Stage)' });
  });

  it('says when the headers are those of another kind of export', () => {
    const shopifyCustomers = BUILTIN_PROFILES.find((profile) => profile.name === 'shopify-customers')!;
    const choice = detectProfile(shopifyCustomers.header!, 'orders', BUILTIN_PROFILES);
    expect(choice.profile).toBeUndefined();
    expect(choice.reason).toContain('shopify-customers');
    expect(choice.reason).toContain('customers export, not orders');
  });

  it('compares headers folded: case, separators, a leading * and a BOM', () => {
    const choice = detectProfile(['\uFEFF*ContactName', 'invoice_number', 'Invoice-Date', 'DUEDATE', 'InvoiceAmountDue'], 'invoices', BUILTIN_PROFILES);
    expect(choice.profile?.name).toBeUndefined(); // InvoiceNumber and invoice_number are different words
    const xero = detectProfile(['\uFEFF*ContactName', '*InvoiceNumber', 'invoicedate', 'DUEDATE', 'InvoiceAmountDue'], 'invoices', BUILTIN_PROFILES);
    expect(xero.profile?.name).toBe('xero-invoices');
  });
});

describe('docs/profiles.md', () => {
  it('lists every built-in profile', () => {
    const docs = readFileSync(path.join(repoRoot, 'docs', 'profiles.md'), 'utf8');
    for (const profile of BUILTIN_PROFILES) expect(docs, profile.name).toContain(`| \`${profile.name}\` |`);
  });
});
