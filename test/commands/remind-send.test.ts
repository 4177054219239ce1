import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RemindOptions, runRemind } from '../../src/commands/remind.js';
import { fakeIo } from '../helpers/fake-io.js';
import { startSmtpServer, type TestServer } from '../helpers/smtp-server.js';
import { day } from '../helpers/day.js';

const ORDERS = 'fixtures/remind/orders.csv';
const CUSTOMERS = 'fixtures/remind/customers.csv';
const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('care remind --send --format json', () => {
  it('puts what became of each reminder in the JSON: a reminder the server took without answering is unknown, not sent again', async () => {
    server = await startSmtpServer();
    server.actions.set(1, 'store-then-drop');
    const dir = await mkdtemp(path.join(tmpdir(), 'care-remind-json-'));
    const options: RemindOptions = {
      asOf: day('2025-12-16'), template: 'anniversary', customers: CUSTOMERS, send: true, yes: true, from: 'care@example.com', smtpUrl: server.url,
      sendLog: path.join(dir, 'send-log.jsonl'), format: 'json',
      set: [...SIGNER, 'customer.name=friend', 'gift.description=a tin of tea', 'offer.code=TEA', 'offer.until=2026-01-31'],
    };
    const first = fakeIo();
    await expect(runRemind(first, ORDERS, options)).rejects.toMatchObject({ exitCode: 3, code: 'CARE_SEND_FAILED' });
    const doc = JSON.parse(first.out()) as { kind: string; send: { sent: unknown[]; unknown: { to: string; since: string }[]; noRecipient: number; stopped: unknown } };
    expect(doc.kind).toBe('anniversary');
    expect(doc.send.sent).toEqual([]);
    expect(doc.send.unknown).toMatchObject([{ to: 'vera@example.com', since: 'this run' }]);
    expect(doc.send.noRecipient).toBeGreaterThan(0);

    const second = fakeIo();
    await expect(runRemind(second, ORDERS, options)).rejects.toMatchObject({ exitCode: 3 });
    expect((JSON.parse(second.out()) as typeof doc).send.unknown).toMatchObject([{ to: 'vera@example.com', since: 'an earlier run' }]);
    expect(server.received.map((mail) => mail.to)).toEqual(['vera@example.com']);
  });
});
