/**
 * care classify on help-desk exports: the desk's own fields, read through the export profile
 * (src/ingest/profiles/builtin/helpdesk.ts), count as evidence — Zendesk `Via` and `Tags`,
 * Jira Service Management `Custom field (Request Type)` and `Labels`, the satisfaction answer.
 * Headers: Zendesk's ticket CSV export as in fixtures/exports/zendesk-tickets.csv (its source is in
 * zendesk-tickets.expected.json); Jira's issue CSV export as in fixtures/exports/jira-sm-issues.csv.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClassify } from '../../src/commands/classify.js';
import { fakeIo } from '../helpers/fake-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-helpdesk-fields-'));

/** The fixture's header line with rows whose cells are given by header name (the others empty). */
function exportWith(fixture: string, rows: Record<string, string>[]): string {
  const header = (readFileSync(fixture, 'utf8').replace(/^\uFEFF/, '').split('\n')[0] as string).trim();
  const names = header.split(',');
  const lines = rows.map((row) => names.map((name, i) => (i === names.indexOf(name) ? (row[name] ?? '') : '')).join(','));
  const file = path.join(dir, path.basename(fixture));
  writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
  return file;
}

async function types(file: string): Promise<Record<string, string | null>> {
  const io = fakeIo();
  await runClassify(io, file, { format: 'json' });
  const records = JSON.parse(io.out()).records as { id: string; type: string | null }[];
  return Object.fromEntries(records.map((record) => [record.id, record.type]));
}

describe('care classify reads a help desk export’s own fields through its profile', () => {
  it('Zendesk: the Tags column is read as the channel is (twitter → irate, legal → activist, refund with no words → silent)', async () => {
    const base = { 'Requester email': 'a@example.com', 'Created at': '2024-03-01 09:12', Status: 'open', Via: 'Mail', 'Ticket type': 'incident' };
    const file = exportWith('fixtures/exports/zendesk-tickets.csv', [
      { ...base, Id: '1', Subject: 'Still waiting for my refund', Tags: 'twitter refund' },
      { ...base, Id: '2', Subject: 'Still waiting for my refund', Tags: 'legal billing' },
      { ...base, Id: '3', Subject: 'Still waiting for my refund', Tags: 'billing' },
      { ...base, Id: '4', Subject: '', Via: 'Web form', Tags: 'refund_request' },
    ]);
    expect(await types(file)).toEqual({ '1': 'irate', '2': 'activist', '3': 'voicer', '4': 'silent' });
  });

  it('Jira Service Management: Labels are read as the channel is, beside the request type', async () => {
    const base = { 'Issue id': '1', 'Issue Type': 'Service request', Status: 'Open', 'Project key': 'CS', Reporter: 'u1', Created: '09/Oct/25 1:42 PM' };
    const file = exportWith('fixtures/exports/jira-sm-issues.csv', [
      { ...base, 'Issue key': 'CS-1', Summary: 'Charged twice', Description: 'Please fix the double charge.', Labels: 'facebook', 'Custom field (Request Type)': 'Get help with billing' },
      { ...base, 'Issue key': 'CS-2', Summary: 'Charged twice', Description: 'Please fix the double charge.', Labels: 'billing', 'Custom field (Request Type)': 'Get help with billing' },
    ]);
    expect(await types(file)).toEqual({ 'CS-1': 'irate', 'CS-2': 'voicer' });
  });
});
