import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEmail, type EmailOptions } from '../../src/commands/email.js';
import type { Prompts } from '../../src/email/prompts.js';
import type { Interrupts } from '../../src/email/send.js';
import { fakeIo } from '../helpers/fake-io.js';
import { deliveries, startSmtpServer, type TestServer } from '../helpers/smtp-server.js';

const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];
const PEOPLE = ['Anna', 'Boris', 'Vera', 'Gleb', 'Daria'];
const EVERYONE_ONCE = Object.fromEntries(PEOPLE.map((name) => [`${name.toLowerCase()}@example.com`, 1]));

async function batchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'care-send-'));
  const rows = PEOPLE.map((name, index) => `${name},${name.toLowerCase()}@example.com,2026-01-0${index + 5},10:00`);
  await writeFile(path.join(dir, 'welcome.csv'), `customer.name,email,onboarding.date,onboarding.time\n${rows.join('\n')}\n`);
  return dir;
}

interface LogLine { status: string; id: string; to: string }

async function readLog(dir: string, name = 'care-send-log.jsonl'): Promise<LogLine[]> {
  const text = await readFile(path.join(dir, name), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as LogLine);
}

const BATCH: EmailOptions = { csv: 'welcome.csv', set: SIGNER, send: true, yes: true, from: 'Care <care@northwind.example>' };

let server: TestServer | undefined;
const extraServers: Server[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const extra of extraServers.splice(0)) await new Promise<void>((resolve) => extra.close(() => resolve()));
});

function ioFor(dir: string, url: string) {
  return fakeIo({ cwd: dir, env: { CARE_SMTP_URL: url } });
}

describe('care email --send: exactly once (docs/guarantees.md, "Mail")', () => {
  it('a message the server stored without answering "250" is listed as unknown and not sent again; --resend-unknown sends it', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    server.actions.set(3, 'store-then-drop');

    const first = ioFor(dir, server.url);
    await expect(runEmail(first, 'welcome', BATCH)).rejects.toMatchObject({ code: 'CARE_SEND_FAILED', exitCode: 3 });
    expect(first.err()).toMatch(/line 4, vera@example\.com: no answer after the message went out/);
    expect(first.err()).toContain('sent 4, already sent before 0, unknown 1, failed 0');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);

    // Vera's message is in her mailbox: a plain re-run must not send it again.
    const second = ioFor(dir, server.url);
    await runEmail(second, 'welcome', BATCH);
    expect(second.err()).toMatch(/unknown — check the mailbox: line 4, vera@example\.com \(Message-ID <[0-9a-f]{32}@northwind\.example>\)/);
    expect(second.err()).toContain('sent 0, already sent before 4, unknown 1, failed 0');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);

    const third = ioFor(dir, server.url);
    await runEmail(third, 'welcome', { ...BATCH, resendUnknown: true });
    expect(third.err()).toContain('sent 1, already sent before 4, unknown 0, failed 0');
    expect(deliveries(server)['vera@example.com']).toBe(2);

    const log = await readLog(dir);
    const vera = server.received.find((mail) => mail.to === 'vera@example.com')!.messageId;
    expect(log.filter((line) => line.id === vera).map((line) => line.status)).toEqual(['pending', 'pending', 'sent']);
  });

  it('a connection that dies before the server stored the message: unknown too, and --resend-unknown delivers it exactly once', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    server.actions.set(3, 'drop');
    await expect(runEmail(ioFor(dir, server.url), 'welcome', BATCH)).rejects.toMatchObject({ exitCode: 3 });
    expect(server.received.map((mail) => mail.to)).toEqual(['anna@example.com', 'boris@example.com', 'gleb@example.com', 'daria@example.com']);
    const resent = ioFor(dir, server.url);
    await runEmail(resent, 'welcome', { ...BATCH, resendUnknown: true });
    expect(resent.err()).toContain('sent 1, already sent before 4, unknown 0, failed 0');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
    const sent = (await readLog(dir)).filter((line) => line.status === 'sent').map((line) => line.id).sort();
    expect(sent).toEqual(server.received.map((mail) => mail.messageId).sort());
  });

  it('a torn last line of the log is moved to .torn, never glued to, and its message is not sent again', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    await runEmail(ioFor(dir, server.url), 'welcome', BATCH);
    const logFile = path.join(dir, 'care-send-log.jsonl');
    const whole = await readFile(logFile, 'utf8');
    // A crash in the middle of writing Daria's "sent" line: 20 bytes and the newline never reached the disk.
    await truncate(logFile, Buffer.byteLength(whole) - 21);
    const torn = whole.slice(whole.lastIndexOf('\n', whole.length - 2) + 1, whole.length - 21);

    const second = ioFor(dir, server.url);
    await runEmail(second, 'welcome', BATCH);
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
    expect(second.err()).toContain(`${logFile}: its last line was cut off`);
    expect(second.err()).toContain('unknown — check the mailbox: line 6, daria@example.com');
    expect(await readFile(`${logFile}.torn`, 'utf8')).toBe(`${torn}\n`);

    // The next line written starts a line of its own: the log stays whole.
    await runEmail(ioFor(dir, server.url), 'welcome', { ...BATCH, resendUnknown: true });
    const log = await readLog(dir);
    expect(log.at(-1)).toMatchObject({ status: 'sent', to: 'daria@example.com' });
    expect(deliveries(server)['daria@example.com']).toBe(2);
  });

  it('an old log (sent lines only) whose torn line was glued to the next: both messages count as unknown, none is sent again', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    await runEmail(ioFor(dir, server.url), 'welcome', { ...BATCH, sendLog: 'first.jsonl' });
    const id = Object.fromEntries(server.received.map((mail) => [mail.to, mail.messageId]));
    const old = (to: string) => JSON.stringify({ id: id[to], to, status: 'sent', at: '2026-01-05T09:00:00.000Z' });
    // The old writer appended "sent" lines after sending; a crash tore Boris's line and the next run glued Vera's to it.
    await writeFile(path.join(dir, 'old.jsonl'), `${old('anna@example.com')}\n${old('boris@example.com').slice(0, 60)}${old('vera@example.com')}\n`);
    const io = ioFor(dir, server.url);
    await runEmail(io, 'welcome', { ...BATCH, sendLog: 'old.jsonl' });
    expect(deliveries(server)).toMatchObject({ 'anna@example.com': 1, 'boris@example.com': 1, 'vera@example.com': 1 });
    expect(io.err()).toContain(`${path.join(dir, 'old.jsonl')}, line 2: not a send-log entry; the 2 messages named in it count as unknown`);
    expect(io.err()).toContain('sent 2, already sent before 1, unknown 2, failed 0');
  });

  it('refuses a second run on the same send log while the first is sending (exit 3, naming the pid)', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    server.actions.set(1, 'hold');
    const arrived = new Promise<void>((resolve) => (server!.onMessage = () => resolve()));
    const first = runEmail(ioFor(dir, server.url), 'welcome', BATCH);
    await arrived;

    const second = ioFor(dir, server.url);
    await expect(runEmail(second, 'welcome', BATCH)).rejects.toMatchObject({ code: 'CARE_LOCKED', exitCode: 3, message: expect.stringContaining(`is locked by pid ${process.pid}`) });
    server.release();
    await first;
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
    // The lock is gone with the run that held it.
    await runEmail(ioFor(dir, server.url), 'welcome', BATCH);
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
  });

  it('a stale lock of a process that is gone is taken over with a notice', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    // Pid 2^22+1 is above Linux's pid_max limit: no such process can run.
    await writeFile(path.join(dir, 'care-send-log.jsonl.lock'), `${JSON.stringify({ pid: 4_194_305, host: (await import('node:os')).hostname(), at: '2026-01-01T00:00:00Z' })}\n`);
    const io = ioFor(dir, server.url);
    await runEmail(io, 'welcome', BATCH);
    expect(io.err()).toContain('took over the lock of process 4194305, which is no longer running');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
  });

  it('stops the batch after 3 connection failures in a row instead of waiting on every row', async () => {
    // A server that accepts connections and never greets: the worst kind of down.
    const connections: Socket[] = [];
    const silent = createServer((socket) => void connections.push(socket));
    extraServers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const dir = await batchDir();
    const started = Date.now();
    const io = ioFor(dir, url);
    await expect(runEmail(io, 'welcome', { ...BATCH, smtpTimeout: 0.3 })).rejects.toMatchObject({
      code: 'CARE_SMTP_DOWN', exitCode: 3, message: expect.stringMatching(/^sending stopped after 3 connection failures in a row .*: sent 0, pending \(unknown\) 0, not sent 5$/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(connections).toHaveLength(3);
    for (const socket of connections) socket.destroy();
    // Nothing went out, so nothing is unknown: the next run sends all five.
    expect((await readLog(dir)).map((line) => line.status)).toEqual(['pending', 'failed', 'pending', 'failed', 'pending', 'failed']);
  });

  it('refuses to send the password over a server without STARTTLS, before AUTH; --smtp-insecure allows it; over STARTTLS or smtps it goes', async () => {
    server = await startSmtpServer({ auth: true });
    const dir = await batchDir();
    const url = `smtp://olga:s3cret@127.0.0.1:${server.port}`;
    const io = ioFor(dir, url);
    await expect(runEmail(io, 'welcome', BATCH)).rejects.toMatchObject({ code: 'CARE_SMTP_REFUSED', exitCode: 2, message: expect.stringContaining('TLS') });
    expect(server.logins).toEqual([]);
    expect(server.received).toEqual([]);
    expect(server.bodies()).toBe(0);

    const insecure = ioFor(dir, url);
    await runEmail(insecure, 'welcome', { ...BATCH, smtpInsecure: true });
    expect(server.logins).toContain('olga');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);

    // Over TLS — STARTTLS offered, or TLS from the start (smtps) — the same login goes without the flag.
    for (const tls of ['starttls', 'implicit'] as const) {
      const secure = await startSmtpServer({ auth: true, tls });
      try {
        const scheme = tls === 'implicit' ? 'smtps' : 'smtp';
        await runEmail(ioFor(await batchDir(), `${scheme}://olga:s3cret@127.0.0.1:${secure.port}/?tls.rejectUnauthorized=false`), 'welcome', BATCH);
        expect([tls, secure.logins, deliveries(secure)]).toEqual([tls, ['olga'], EVERYONE_ONCE]);
      } finally {
        await secure.close();
      }
    }
  });

  it('SIGTERM mid-batch: the message in flight stays pending, the rest are not tried, exit 143', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    let raise: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const interrupts: Interrupts = { watch: (onSignal) => ((raise = onSignal), () => (raise = undefined)) };
    server.actions.set(2, 'hold');
    server.onMessage = (n) => {
      if (n === 2) raise?.('SIGTERM');
    };
    const io = ioFor(dir, server.url);
    await expect(runEmail(io, 'welcome', BATCH, { interrupts })).rejects.toMatchObject({
      code: 'CARE_INTERRUPTED', exitCode: 143, message: 'sending stopped by SIGTERM: sent 1, pending (unknown) 1, not sent 3',
    });
    expect(raise).toBeUndefined();
    const log = await readLog(dir);
    expect(log.map((line) => [line.to, line.status])).toEqual([
      ['anna@example.com', 'pending'], ['anna@example.com', 'sent'], ['boris@example.com', 'pending'],
    ]);
    // Boris's message reached the server (held, stored): the re-run leaves it and sends the other three.
    server.release();
    const again = ioFor(dir, server.url);
    await runEmail(again, 'welcome', BATCH);
    expect(again.err()).toContain('sent 3, already sent before 1, unknown 1, failed 0');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
  });

  it('--send --format json: what was sent, unknown (with since when) and not tried, on stdout', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    server.actions.set(2, 'store-then-drop');
    const first = ioFor(dir, server.url);
    await expect(runEmail(first, 'welcome', { ...BATCH, format: 'json' })).rejects.toMatchObject({ exitCode: 3 });
    const doc = JSON.parse(first.out()) as { sendLog: string; sent: { to: string }[]; alreadySent: number; unknown: { to: string; label: string; since: string; id: string }[]; failed: unknown[]; notTried: unknown[]; stopped: unknown };
    expect(doc.sendLog).toBe(path.join(dir, 'care-send-log.jsonl'));
    expect(doc.sent.map((message) => message.to)).toEqual(['anna@example.com', 'vera@example.com', 'gleb@example.com', 'daria@example.com']);
    expect(doc.unknown).toEqual([{ id: expect.stringMatching(/^<[0-9a-f]{32}@northwind\.example>$/), to: 'boris@example.com', label: 'line 3, boris@example.com', since: 'this run' }]);
    expect([doc.failed, doc.notTried, doc.stopped]).toEqual([[], [], null]);

    const second = ioFor(dir, server.url);
    await runEmail(second, 'welcome', { ...BATCH, format: 'json' });
    const again = JSON.parse(second.out()) as typeof doc;
    expect([again.sent, again.alreadySent, again.unknown.map((message) => [message.to, message.since])]).toEqual([[], 4, [['boris@example.com', 'an earlier run']]]);
  });

  it('shows what will be sent and asks on a terminal; a "no" sends nothing', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    const questions: string[] = [];
    const prompts: Prompts = { input: async () => '', confirm: async (message) => { questions.push(message); return false; } };
    const io = fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url }, isTTY: { stdin: true, stdout: true, stderr: true } });
    await runEmail(io, 'welcome', { csv: 'welcome.csv', set: SIGNER, send: true, from: 'care@northwind.example', sendLog: 'sent.jsonl' }, { prompts });
    expect(questions).toEqual(['Send 5 messages?']);
    expect(io.err()).toContain(`about to send 5 messages via ${server.url} from care@northwind.example`);
    expect(io.err()).toContain('line 2, anna@example.com');
    expect(io.err()).toContain('nothing sent');
    expect(server.received).toHaveLength(0);
  });
});

describe('care email: one recipient means one address', () => {
  it.each([
    ['a group', 'anna@example.com: boris@example.com;'],
    ['a group without the semicolon', 'anna@example.com: boris@example.com'],
    ['an address as the display name', '"anna@example.com" <boris@example.com>'],
    ['two bare addresses', 'anna@example.com boris@example.com'],
  ])('--to with %s is a usage error (exit 2), nothing sent', async (_what, to) => {
    server = await startSmtpServer();
    const dir = await batchDir();
    const io = ioFor(dir, server.url);
    const error = await runEmail(io, 'welcome', { ...BATCH, csv: undefined, set: [...SIGNER, 'customer.name=Anna', 'onboarding.date=2026-01-05', 'onboarding.time=10:00'], to }).then(() => undefined, (caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CARE_BAD_ADDRESS', exitCode: 2, message: `--to "${to}" is not one email address` });
    expect(server.bodies()).toBe(0);
  });
});
