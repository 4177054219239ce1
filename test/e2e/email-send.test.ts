/**
 * `care email --send` as a process: killed with kill -9 or stopped with Ctrl-C mid-batch, and
 * with a send log it may not write. The SMTP server runs in this process on 127.0.0.1, so the
 * child is spawned asynchronously (a blocking spawn would stop the server from answering).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/datasets.js';
import { expectCleanError, runCare } from '../helpers/run-care.js';
import { deliveries, startSmtpServer, type TestServer } from '../helpers/smtp-server.js';

const PEOPLE = ['Anna', 'Boris', 'Vera', 'Gleb', 'Daria'];
const EVERYONE_ONCE = Object.fromEntries(PEOPLE.map((name) => [`${name.toLowerCase()}@example.com`, 1]));
const SIGNER = ['--set', 'agent.name=Olga Ivanova', '--set', 'agent.team=Customer Care', '--set', 'company.name=Northwind Tea'];

async function batchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'care-send-e2e-'));
  const rows = PEOPLE.map((name, index) => `${name},${name.toLowerCase()}@example.com,2026-01-0${index + 5},10:00`);
  await writeFile(path.join(dir, 'welcome.csv'), `customer.name,email,onboarding.date,onboarding.time\n${rows.join('\n')}\n`);
  return dir;
}

function sendArgs(server: TestServer): string[] {
  return ['email', 'welcome', '--csv', 'welcome.csv', ...SIGNER, '--send', '--yes', '--from', 'Care <care@northwind.example>', '--smtp-url', server.url];
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function startCare(args: string[], cwd: string, spawnOptions: { uid?: number; gid?: number } = {}): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'care.js'), ...args], {
    cwd, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], ...spawnOptions,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('care email --send, the process killed or stopped mid-batch', () => {
  it('kill -9 while the server holds the 3rd message: the re-run sends each remaining message exactly once', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    const first = startCare(sendArgs(server), dir);
    // The 3rd message reaches the server, which stores it; the sender dies before the answer.
    server.actions.set(3, 'hold');
    server.onMessage = (n) => {
      if (n === 3) first.child.kill('SIGKILL');
    };
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(deliveries(server)).toEqual({ 'anna@example.com': 1, 'boris@example.com': 1, 'vera@example.com': 1 });
    // kill -9 leaves at worst one pending line: Vera's.
    const log = (await readFile(path.join(dir, 'care-send-log.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as { status: string; to: string });
    expect(log.filter((line) => line.status === 'pending' && !log.some((other) => other.status === 'sent' && other.to === line.to)).map((line) => line.to)).toEqual(['vera@example.com']);
    server.onMessage = undefined;
    server.release();

    const again = await startCare(sendArgs(server), dir).done;
    expect(again.stderr).toMatch(/took over the lock of process \d+, which is no longer running/);
    expect(again.stderr).toContain('unknown — check the mailbox: line 4, vera@example.com');
    expect(again.stderr).toContain('sent 2, already sent before 2, unknown 1, failed 0');
    expect(again.code).toBe(0);
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);

    const third = await startCare(sendArgs(server), dir).done;
    expect(third.stderr).toContain('sent 0, already sent before 4, unknown 1, failed 0');
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
  });

  it('Ctrl-C (SIGINT) mid-batch: the log is written, the message in flight stays pending, exit 130 with one summary', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    const run = startCare(sendArgs(server), dir);
    server.actions.set(2, 'hold');
    server.onMessage = (n) => {
      if (n === 2) run.child.kill('SIGINT');
    };
    const stopped = await run.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('care: sending stopped by SIGINT: sent 1, pending (unknown) 1, not sent 3');
    const text = await readFile(path.join(dir, 'care-send-log.jsonl'), 'utf8');
    expect(text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { status: string }).status)).toEqual(['pending', 'sent', 'pending']);
    server.release();
    const again = await startCare(sendArgs(server), dir).done;
    expect(again.code).toBe(0);
    expect(deliveries(server)).toEqual(EVERYONE_ONCE);
  });
});

describe('care email --send: refusals before the first message', () => {
  it('a send log that cannot be written: nothing is sent, one line', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    // Root may write anything: the child runs as nobody when the tests run as root.
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    await chmod(dir, 0o777);
    await chmod(path.join(dir, 'welcome.csv'), 0o644);
    await writeFile(path.join(dir, 'care-send-log.jsonl'), '');
    await chmod(path.join(dir, 'care-send-log.jsonl'), 0o444);
    const run = await startCare(sendArgs(server), dir, asOther).done;
    expect(server.bodies()).toBe(0);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('care: '))).toEqual([expect.stringMatching(/^care: .*care-send-log\.jsonl: cannot write the send log: permission denied \(EACCES\)$/)]);
  });

  it('--to with group syntax is a usage error on one line (exit 2)', () => {
    const run = runCare(['email', 'welcome', ...SIGNER, '--set', 'customer.name=Anna', '--set', 'onboarding.date=2026-01-05', '--set', 'onboarding.time=10:00', '--to', 'anna@example.com: boris@example.com;']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --to "anna@example.com: boris@example.com;" is not one email address');
  });
});
