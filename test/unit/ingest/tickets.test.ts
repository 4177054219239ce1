import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDurationCell, readTimeOfDay } from '../../../src/ingest/fields/datetime.js';
import { profileIssues } from '../../../src/ingest/profiles/schema.js';
import { fileSource } from '../../../src/ingest/source.js';
import { type Ticket, readSatisfaction, readTickets } from '../../../src/ingest/tickets.js';
import { ZoneClock } from '../../../src/time/business-time.js';
import { dayFromYmd } from '../../../src/time/days.js';
import { csvSource } from '../../helpers/csv-source.js';

const fixture = (name: string) => fileSource(path.join(process.cwd(), 'fixtures/exports', name));
const utc = (iso: string) => Date.parse(iso);
const UTC = new ZoneClock('UTC');
const byId = (tickets: Ticket[], id: string) => tickets.find((ticket) => ticket.id === id);

// Each help desk's export as it comes, read with no options (no --map, --profile, --date-format):
// the profile is detected from the header line and maps the ticket fields.
describe('ticket exports read with no options', () => {
  it('Zendesk: first reply from its own minutes column (the export has no reply timestamp), solved from Solved at', async () => {
    const table = await readTickets(fixture('zendesk-tickets.csv'), { clock: UTC });
    expect(table.profile?.profile?.name).toBe('zendesk-tickets');
    // Row 1: created 2024-03-01 09:12, First reply time in minutes 35 → 09:47; Solved at 2024-03-02 10:00.
    expect(byId(table.tickets, '4101')).toEqual({
      line: 2, id: '4101', created: utc('2024-03-01T09:12:00Z'), createdDay: dayFromYmd(2024, 3, 1),
      firstReplyAt: utc('2024-03-01T09:47:00Z'), resolvedAt: utc('2024-03-02T10:00:00Z'), open: false,
      status: 'solved', channel: 'Web form', agent: 'Priya Shah', priority: 'high', type: 'incident', satisfaction: 'good', reopens: 0,
      subject: 'Refund not received for order #5512',
    });
    expect(byId(table.tickets, '4102')?.satisfaction).toBe('bad');
    expect(byId(table.tickets, '4103')?.satisfaction).toBeUndefined(); // Offered: asked, not answered
    expect(table.columns).toMatchObject({ firstReplyMinutes: 'First reply time in minutes', resolutionMinutes: 'Full resolution time in minutes', solved: 'Solved at' });
  });

  it('Freshdesk: first response from its own (in hrs) duration, resolution from Resolved time', async () => {
    const table = await readTickets(fixture('freshdesk-tickets.csv'), { clock: UTC });
    expect(table.profile?.profile?.name).toBe('freshdesk-tickets');
    expect(byId(table.tickets, '2301')).toMatchObject({
      // Created 09:00, First response time (in hrs) 00:20:00 → 09:20.
      created: utc('2024-04-01T09:00:00Z'), firstReplyAt: utc('2024-04-01T09:20:00Z'), resolvedAt: utc('2024-04-01T15:00:00Z'), open: false,
      channel: 'Email', agent: 'Tomás Ruiz', priority: 'High', type: 'Incident', satisfaction: 'good',
    });
    // 2303: created 08:30, First response time (in hrs) 00:15:00 → 08:45; Open with no Resolved or Closed time: running.
    expect(byId(table.tickets, '2303')?.firstReplyAt).toBe(utc('2024-04-02T08:45:00Z'));
    expect(byId(table.tickets, '2303')?.open).toBe(true);
    expect(byId(table.tickets, '2303')?.resolvedAt).toBeUndefined();
  });

  it('Help Scout: ISO timestamps with Z, no first-response column, ratings Great / Okay / Not Good', async () => {
    const table = await readTickets(fixture('helpscout-conversations.csv'), { clock: new ZoneClock('Europe/Sofia') });
    expect(table.profile?.profile?.name).toBe('helpscout-conversations');
    // Written with Z: the zone of the calendar does not move them.
    expect(byId(table.tickets, '2284410001')).toMatchObject({
      created: utc('2024-05-02T08:14:03Z'), resolvedAt: utc('2024-05-02T12:40:00Z'), open: false, agent: 'Mia Chen', channel: 'email', satisfaction: 'good',
    });
    expect(byId(table.tickets, '2284410001')?.firstReplyAt).toBeUndefined();
    expect(byId(table.tickets, '2284410002')?.open).toBe(true); // active
    expect(byId(table.tickets, '2284410003')?.satisfaction).toBe('bad'); // Okay is not satisfied
    // 2024-05-05T23:59:59Z is 06 May 02:59:59 in Sofia (EEST, +3): the local day of creation.
    expect(byId(table.tickets, '2284410006')?.createdDay).toBe(dayFromYmd(2024, 5, 6));
  });

  it('Jira Service Management: 09/Oct/25 1:42 PM, a 1–5 satisfaction', async () => {
    const table = await readTickets(fixture('jira-sm-issues.csv'), { clock: UTC });
    expect(table.profile?.profile?.name).toBe('jira-service-management');
    expect(byId(table.tickets, 'CS-101')).toMatchObject({
      created: utc('2025-10-09T13:42:00Z'), resolvedAt: utc('2025-10-10T09:15:00Z'), open: false,
      agent: 'Noor Hassan', priority: 'Medium', type: '[System] Service request', channel: 'Get help with billing', satisfaction: 'good',
    });
    expect(byId(table.tickets, 'CS-102')?.satisfaction).toBe('good'); // 4 of 5
    expect(byId(table.tickets, 'CS-103')).toMatchObject({ open: true, status: 'Waiting for support' });
  });

  it('Okdesk: Russian month names, semicolons, 1–5 ratings', async () => {
    const table = await readTickets(fixture('okdesk-issues.csv'), { clock: new ZoneClock('Europe/Moscow') });
    expect(table.profile?.profile?.name).toBe('okdesk-issues');
    // 5 марта 2024 09:14 Moscow (+3) = 06:14Z; решена 11:02 = 08:02Z.
    expect(byId(table.tickets, '1201')).toMatchObject({
      created: utc('2024-03-05T06:14:00Z'), resolvedAt: utc('2024-03-05T08:02:00Z'), open: false, agent: 'Громов Илья', priority: 'Высокий', type: 'Инцидент', satisfaction: 'good',
    });
    expect(byId(table.tickets, '1203')?.open).toBe(true); // В работе
    expect(byId(table.tickets, '1207')?.satisfaction).toBe('bad'); // 2 of 5
  });
});

describe('ticket cells', () => {
  it('reads wall-clock times in the export zone, offsets as written, AM/PM', async () => {
    const csv = [
      'id,created at,first reply at,solved at,status',
      '1,2024-03-29 16:00,2024-03-29T14:30:00Z,2024-04-01 11:00:00 +0300,solved',
      '2,03/31/2024 11:59 PM,,,open',
    ].join('\n');
    const table = await readTickets(csvSource(csv), { clock: new ZoneClock('Europe/Sofia') });
    // 16:00 EET (+2) = 14:00Z; 23:59 on 31 Mar is EEST (+3) = 20:59Z.
    expect(table.tickets.map((ticket) => [ticket.created, ticket.firstReplyAt, ticket.resolvedAt, ticket.open])).toEqual([
      [utc('2024-03-29T14:00:00Z'), utc('2024-03-29T14:30:00Z'), utc('2024-04-01T08:00:00Z'), false],
      [utc('2024-03-31T20:59:00Z'), undefined, undefined, true],
    ]);
  });

  it('skips a row whose timestamp cannot be read, naming the line and field; --strict fails on it', async () => {
    const csv = 'id,created at,solved at\n1,2024-03-01 09:00,2024-03-01 25:00\n2,2024-03-01 09:00,2024-03-01 10:00\n';
    const rejects: { line: number; field?: string; reason: string }[] = [];
    const table = await readTickets(csvSource(csv, { name: 't.csv' }), { clock: UTC, onReject: (reject) => rejects.push(reject) });
    expect(table.tickets.map((ticket) => ticket.id)).toEqual(['2']);
    expect(rejects).toMatchObject([{ line: 2, field: 'solved', reason: 'badDate' }]);
    expect(table.ingest.skipped).toEqual({ badDate: 1 });
    await expect(readTickets(csvSource(csv, { name: 't.csv' }), { clock: UTC, strict: true })).rejects.toMatchObject({ file: 't.csv', line: 2, field: 'solved', exitCode: 3 });
  });

  it('a reply before the ticket was created is a bad row', async () => {
    const csv = 'id,created at,first reply at\n1,2024-03-01 09:00,2024-03-01 08:00\n2,2024-03-01 09:00,\n';
    const table = await readTickets(csvSource(csv), { clock: UTC });
    expect(table.ingest.skipped).toEqual({ badValue: 1 });
  });

  it('time of day and duration cells', () => {
    expect(readTimeOfDay('09/Oct/25 1:42 PM')).toEqual({ seconds: 13 * 3600 + 42 * 60, millis: 0, offset: undefined });
    expect(readTimeOfDay('12/Oct/25 12:05 AM')).toEqual({ seconds: 5 * 60, millis: 0, offset: undefined });
    expect(readTimeOfDay('2012-01-01 11:13:25 -0500')).toEqual({ seconds: 11 * 3600 + 13 * 60 + 25, millis: 0, offset: -300 });
    expect(readTimeOfDay('2024-05-02T08:14:03.250+05:30')).toEqual({ seconds: 8 * 3600 + 14 * 60 + 3, millis: 250, offset: 330 });
    expect(readTimeOfDay('2024-05-02')).toBeUndefined();
    expect(readTimeOfDay('2024-05-02 24:10')).toBe('bad');
    expect(readDurationCell('35', 'minutes')).toBe(35 * 60_000);
    expect(readDurationCell('0.5', 'hours')).toBe(30 * 60_000);
    expect(readDurationCell('01:20:00', 'hours')).toBe(80 * 60_000);
    expect(readDurationCell('soon', 'hours')).toBeNaN();
  });

  it('satisfaction answers', () => {
    expect(['Good', 'Great', 'Extremely Happy', '5', '4'].map(readSatisfaction)).toEqual(['good', 'good', 'good', 'good', 'good']);
    expect(['Bad', 'Not Good', 'Okay', 'Neutral', '3', '1'].map(readSatisfaction)).toEqual(['bad', 'bad', 'bad', 'bad', 'bad', 'bad']);
    expect(['Offered', 'Unoffered', ''].map(readSatisfaction)).toEqual([undefined, undefined, undefined]);
    expect(readSatisfaction('7')).toBe('unreadable');
  });
});

describe('a user profile of a help desk', () => {
  const profile = (map: Record<string, string>) => ({ name: 'my-desk', title: 'My desk', kind: 'complaints', source: 'our export', fingerprint: { all: ['Ticket', 'Opened'] }, map });

  it('may map the ticket fields, and a ticket export is read with it', async () => {
    expect(profileIssues(profile({ id: 'Ticket', date: 'Opened', firstReply: 'Answered', solved: 'Done', agent: 'Who' }))).toEqual([]);
    expect(profileIssues(profile({ firstReplied: 'Answered' }))[0]).toMatch(/^map\.firstReplied: not a field of complaints exports/);
    const dir = mkdtempSync(path.join(tmpdir(), 'care-desk-'));
    const file = path.join(dir, 'my-desk.json');
    writeFileSync(file, JSON.stringify(profile({ id: 'Ticket', date: 'Opened', firstReply: 'Answered', solved: 'Done', agent: 'Who' })));
    const csv = 'Ticket,Opened,Answered,Done,Who\nT-1,2024-03-04 09:00,2024-03-04 09:40,2024-03-04 12:00,Ann\n';
    const table = await readTickets(csvSource(csv), { clock: UTC, profileName: file });
    expect(table.tickets[0]).toMatchObject({ id: 'T-1', firstReplyAt: utc('2024-03-04T09:40:00Z'), resolvedAt: utc('2024-03-04T12:00:00Z'), agent: 'Ann' });
  });
});
