/**
 * When sending stops or leaves messages behind (src/email/send-run.ts), the error and its hint in
 * Russian and Bulgarian; what the SMTP server or the network said stays as it was written.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEmail, type EmailOptions } from '../../src/commands/email.js';
import type { Interrupts } from '../../src/email/send.js';
import { CareError } from '../../src/errors.js';
import { sayIn } from '../../src/i18n/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { startSmtpServer, type TestServer } from '../helpers/smtp-server.js';

const PEOPLE = ['Anna', 'Boris', 'Vera', 'Gleb', 'Daria'];
const BATCH: EmailOptions = { csv: 'welcome.csv', set: ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'], send: true, yes: true, from: 'Care <care@northwind.example>' };

async function batchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'care-send-lang-'));
  const rows = PEOPLE.map((name, index) => `${name},${name.toLowerCase()}@example.com,2026-01-0${index + 5},10:00`);
  await writeFile(path.join(dir, 'welcome.csv'), `customer.name,email,onboarding.date,onboarding.time\n${rows.join('\n')}\n`);
  return dir;
}

async function failure(run: Promise<void>): Promise<CareError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof CareError) return error;
    throw error;
  }
  throw new Error('expected the run to fail');
}

/** The error line and the hint as the CLI says them in `lang`. */
function said(error: CareError, lang: 'ru' | 'bg'): [string, string] {
  expect(error.say).toBeDefined();
  expect(error.hintSay).toBeDefined();
  return [sayIn(lang, error.say!), sayIn(lang, error.hintSay!)];
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('sending stopped, in Russian and Bulgarian', () => {
  it('by SIGTERM mid-batch: 1 sent, 1 pending, 3 not sent', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    let raise: ((signal: 'SIGINT' | 'SIGTERM') => void) | undefined;
    const interrupts: Interrupts = { watch: (onSignal) => ((raise = onSignal), () => (raise = undefined)) };
    server.actions.set(2, 'hold');
    server.onMessage = (n) => {
      if (n === 2) raise?.('SIGTERM');
    };
    const error = await failure(runEmail(fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url } }), 'welcome', BATCH, { interrupts }));
    expect(error.message).toBe('sending stopped by SIGTERM: sent 1, pending (unknown) 1, not sent 3');
    const log = path.join(dir, 'care-send-log.jsonl');
    expect(said(error, 'ru')).toEqual(['отправка прервана сигналом SIGTERM: отправлено 1, под вопросом (неизвестно) 1, не отправлено 3', `запустите ту же команду снова, чтобы отправить остальные (${log})`]);
    expect(said(error, 'bg')).toEqual(['изпращането е спряно от сигнал SIGTERM: изпратени 1, под въпрос (неизвестни) 1, неизпратени 3', `пуснете същата команда отново, за да се изпратят останалите (${log})`]);
    server.release();
  });

  it('after 3 connection failures in a row: the count in words, the network\'s own error as written', async () => {
    const connections: Socket[] = [];
    const silent = createServer((socket) => void connections.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const error = await failure(runEmail(fakeIo({ cwd: await batchDir(), env: { CARE_SMTP_URL: url } }), 'welcome', { ...BATCH, smtpTimeout: 0.3 }));
      const last = /\(last: (.*)\): sent 0/.exec(error.message)?.[1];
      expect(last).toBeDefined();
      expect(said(error, 'ru')).toEqual([
        `отправка остановлена: 3 сбоя соединения подряд (последний: ${last}): отправлено 0, под вопросом (неизвестно) 0, не отправлено 5`,
        'проверьте SMTP-сервер и запустите ту же команду снова; --smtp-timeout SECONDS задаёт, сколько его ждать',
      ]);
      expect(said(error, 'bg')[0]).toBe(`изпращането е спряно: 3 неуспешни връзки подред (последна: ${last}): изпратени 0, под въпрос (неизвестни) 0, неизпратени 5`);
    } finally {
      for (const socket of connections) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('no STARTTLS for the password: refused before AUTH', async () => {
    server = await startSmtpServer({ auth: true });
    const url = `smtp://olga:s3cret@127.0.0.1:${server.port}`;
    const error = await failure(runEmail(fakeIo({ cwd: await batchDir(), env: { CARE_SMTP_URL: url } }), 'welcome', BATCH));
    expect(error.code).toBe('CARE_SMTP_REFUSED');
    const [line, hint] = said(error, 'ru');
    expect(line).toMatch(/^отправка остановлена: (соединение не зашифровано, поэтому пароль не передаётся|сбой TLS: .*): отправлено 0, под вопросом \(неизвестно\) 0, не отправлено 5$/);
    expect(hint).toBe('используйте smtps:// (порт 465) или сервер с STARTTLS; с --smtp-insecure пароль передаётся открытым текстом (только в доверенных сетях)');
  });

  it('a message stored without the server\'s "250": 1 of 5 unknown', async () => {
    server = await startSmtpServer();
    const dir = await batchDir();
    server.actions.set(3, 'store-then-drop');
    const error = await failure(runEmail(fakeIo({ cwd: dir, env: { CARE_SMTP_URL: server.url } }), 'welcome', BATCH));
    expect(error.message).toBe('1 may or may not have been delivered (unknown)');
    expect(said(error, 'ru')[0]).toBe('1 письмо, возможно, доставлено, а возможно, нет (неизвестно)');
    expect(said(error, 'bg')).toEqual([
      '1 може да е доставено, а може и да не е (неизвестно)',
      `пуснете същата команда отново, за да се опитат неизпратените; изпратените и неизвестните не се изпращат повторно (${path.join(dir, 'care-send-log.jsonl')})`,
    ]);
  });
});
