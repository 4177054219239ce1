import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { runEmail } from '../../src/commands/email.js';
import type { Prompts } from '../../src/email/prompts.js';
import { fakeIo } from '../helpers/fake-io.js';

interface TestServer {
  url: string;
  received: { to: string; subject: string; messageId: string }[];
  /** Destroy the connection while the n-th DATA (1-based, counted over the server's life) is under way. */
  killOnData: Set<number>;
  close(): Promise<void>;
}

async function startServer(): Promise<TestServer> {
  const received: TestServer['received'] = [];
  const killOnData = new Set<number>();
  const sockets = new Set<Socket>();
  let dataCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      dataCount += 1;
      const kill = killOnData.has(dataCount);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (kill) {
          // The connection dies before the server accepts the message: it is not delivered.
          for (const socket of sockets) socket.destroy();
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          const to = mail.to && !Array.isArray(mail.to) ? (mail.to.value[0]?.address ?? '') : '';
          received.push({ to, subject: mail.subject ?? '', messageId: mail.messageId ?? '' });
          callback();
        }, callback);
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    killOnData,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];
const PEOPLE = ['Anna', 'Boris', 'Vera', 'Gleb', 'Daria'];

async function batchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'care-send-'));
  const rows = PEOPLE.map((name, index) => `${name},${name.toLowerCase()}@example.com,2026-01-0${index + 5},10:00`);
  await writeFile(path.join(dir, 'welcome.csv'), `customer.name,email,onboarding.date,onboarding.time\n${rows.join('\n')}\n`);
  return dir;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('care email --send over SMTP', () => {
  it('sends each message exactly once across a failure half-way and a re-run', async () => {
    server = await startServer();
    const dir = await batchDir();
    const options = { csv: 'welcome.csv', set: SIGNER, send: true, yes: true, from: 'Care <care@northwind.example>' };
    server.killOnData.add(3);

    const first = fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url } });
    await expect(runEmail(first, 'welcome', options)).rejects.toMatchObject({ code: 'CARE_SEND_FAILED', exitCode: 3 });
    expect(first.err()).toMatch(/line 4, vera@example\.com: not sent/);
    expect(first.err()).toContain('sent 4, already sent before 0, failed 1');
    expect(server.received.map((mail) => mail.to)).toEqual(['anna@example.com', 'boris@example.com', 'gleb@example.com', 'daria@example.com']);

    const second = fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url } });
    await runEmail(second, 'welcome', options);
    expect(second.err()).toContain('sent 1, already sent before 4, failed 0');

    const third = fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url } });
    await runEmail(third, 'welcome', options);
    expect(third.err()).toContain('sent 0, already sent before 5, failed 0');

    const counts = new Map<string, number>();
    for (const mail of server.received) counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(PEOPLE.map((name) => [`${name.toLowerCase()}@example.com`, 1])));
    expect(server.received.find((mail) => mail.to === 'vera@example.com')?.subject).toBe('Welcome to Northwind Tea, Vera');

    const log = (await readFile(path.join(dir, 'care-send-log.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; to: string });
    expect(log).toHaveLength(5);
    expect(new Set(log.map((entry) => entry.id)).size).toBe(5);
    expect(log.map((entry) => entry.id).sort()).toEqual(server.received.map((mail) => mail.messageId).sort());
  });

  it('shows what will be sent and asks on a terminal; a "no" sends nothing', async () => {
    server = await startServer();
    const dir = await batchDir();
    const questions: string[] = [];
    const prompts: Prompts = { input: async () => '', confirm: async (message) => { questions.push(message); return false; } };
    const io = fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url }, isTTY: { stdin: true, stdout: true, stderr: true } });
    await runEmail(io, 'welcome', { csv: 'welcome.csv', set: SIGNER, send: true, from: 'care@northwind.example', sendLog: 'log/sent.jsonl' }, { prompts });
    expect(questions).toEqual(['Send 5 messages?']);
    expect(io.err()).toContain(`about to send 5 messages via ${server.url} from care@northwind.example`);
    expect(io.err()).toContain('line 2, anna@example.com');
    expect(io.err()).toContain('nothing sent');
    expect(server.received).toHaveLength(0);
  });
});
