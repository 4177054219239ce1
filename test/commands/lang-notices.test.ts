/**
 * The notices that were written in English only (issue 19, docs/messages.md): care email --send's
 * progress, the --history lines of care retention and care sla, care remind's "N of M due",
 * care lint-reply's skipped rows and --fix summary, care classify's renamed columns, care config
 * set's confirmation. Said in Russian and Bulgarian with their plurals; the English as before.
 * A message's label (line 3, anna@…) and what the server said stay as written.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEmail, type EmailOptions } from '../../src/commands/email.js';
import { runRemind } from '../../src/commands/remind.js';
import { runRetention } from '../../src/commands/retention.js';
import { runSla } from '../../src/commands/sla.js';
import type { Prompts } from '../../src/email/prompts.js';
import { type Sender, SendFailure } from '../../src/email/send.js';
import type { CareError } from '../../src/errors.js';
import { sayIn } from '../../src/i18n/index.js';
import type { Locale } from '../../src/locale.js';
import { TEXT_CAP } from '../../src/text/text-cap.js';
import { dayFromYmd } from '../../src/time/days.js';
import { careInProcess } from '../helpers/care-in-process.js';
import { day } from '../helpers/day.js';
import { fakeIo } from '../helpers/fake-io.js';

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-notices-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const ioIn = (lang: Locale | undefined, extra: Parameters<typeof fakeIo>[0] = {}) => fakeIo({ ...(lang === undefined ? {} : { lang }), ...extra });

/*
 * care email --send, five rows (lines 2–6) and a sixth without an address (line 7): Anna's is
 * refused by the server (failed), Boris's gets no answer (unknown), the other three are sent.
 */
const PEOPLE = ['Anna', 'Boris', 'Vera', 'Gleb', 'Daria'];
const WELCOME = `customer.name,email,onboarding.date,onboarding.time\n${PEOPLE.map((name, i) => `${name},${name.toLowerCase()}@example.com,2026-01-0${i + 5},10:00`).join('\n')}\nNobody,,2026-01-10,10:00\n`;
const BATCH: EmailOptions = { csv: 'welcome.csv', set: ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'], send: true, yes: true, from: 'care@northwind.example' };
const sender = (): Sender => ({
  send: async (message) => {
    if (message.to.address === 'anna@example.com') throw new SendFailure('550 mailbox unavailable', 'rejected');
    if (message.to.address === 'boris@example.com') throw new Error('socket hang up');
    return '250 ok';
  },
  close: () => undefined,
});

async function sendRun(dir: string, lang: Locale | undefined): Promise<string> {
  const io = ioIn(lang, { cwd: dir, env: { CARE_SMTP_URL: 'smtp://127.0.0.1:2525' } });
  await expect(runEmail(io, 'welcome', BATCH, { sender })).rejects.toMatchObject({ code: 'CARE_SEND_FAILED' });
  return io.err();
}

describe('care email --send: the progress on the terminal', () => {
  it('English as before; Russian and Bulgarian with their plurals, labels and the server\'s words as written', async () => {
    const runs: Record<string, [string, string]> = {};
    for (const lang of [undefined, 'ru', 'bg'] as const) {
      const dir = tempDir({ 'welcome.csv': WELCOME });
      runs[lang ?? 'en'] = [await sendRun(dir, lang), path.join(dir, 'care-send-log.jsonl')];
    }
    const [en, log] = runs['en']!;
    const lines = (text: string) => text.split('\n').map((line) => line.replace(/<[0-9a-f]+@northwind\.example>/, '<ID>'));
    expect(lines(en)).toEqual([
      'care: line 7: no recipient; not sent (add --to or an email column)',
      'care: about to send 5 messages via smtp://127.0.0.1:2525 from care@northwind.example',
      ...PEOPLE.map((name, i) => `  line ${i + 2}, ${name.toLowerCase()}@example.com`),
      `  send log: ${log} (messages listed there are not sent again)`,
      'care: line 2, anna@example.com: not sent: 550 mailbox unavailable',
      'care: line 3, boris@example.com: no answer after the message went out (socket hang up); it may have been delivered',
      'care: unknown — check the mailbox: line 3, boris@example.com (Message-ID <ID>); --resend-unknown sends it again',
      'care: sent 3, already sent before 0, unknown 1, failed 1',
      '',
    ]);
    const [ru, ruLog] = runs['ru']!;
    expect(lines(ru)).toEqual([
      'care: line 7: нет получателя; не отправлено (добавьте --to или столбец с адресом)',
      'care: будет отправлено 5 писем через smtp://127.0.0.1:2525 от care@northwind.example',
      ...PEOPLE.map((name, i) => `  line ${i + 2}, ${name.toLowerCase()}@example.com`),
      `  журнал отправки: ${ruLog} (письма, записанные в нём, повторно не отправляются)`,
      'care: line 2, anna@example.com: не отправлено: 550 mailbox unavailable',
      'care: line 3, boris@example.com: нет ответа после того, как письмо ушло (socket hang up); возможно, оно доставлено',
      'care: под вопросом — проверьте почтовый ящик: line 3, boris@example.com (Message-ID <ID>); --resend-unknown отправит его снова',
      'care: отправлено 3, уже отправлено раньше 0, под вопросом 1, сбоев 1',
      '',
    ]);
    const [bg, bgLog] = runs['bg']!;
    expect(lines(bg)).toEqual([
      'care: line 7: няма получател; не е изпратено (добавете --to или колона с адрес)',
      'care: ще бъдат изпратени 5 писма през smtp://127.0.0.1:2525 от care@northwind.example',
      ...PEOPLE.map((name, i) => `  line ${i + 2}, ${name.toLowerCase()}@example.com`),
      `  дневник на изпращането: ${bgLog} (писмата, записани в него, не се изпращат отново)`,
      'care: line 2, anna@example.com: не е изпратено: 550 mailbox unavailable',
      'care: line 3, boris@example.com: няма отговор, след като писмото е тръгнало (socket hang up); може да е доставено',
      'care: под въпрос — проверете пощенската кутия: line 3, boris@example.com (Message-ID <ID>); --resend-unknown го изпраща отново',
      'care: изпратени 3, вече изпратени преди 0, под въпрос 1, неуспешни 1',
      '',
    ]);
  });

  it('a second run: the messages already sent and the unknown one are not sent again (1 письмо / 3 письма)', async () => {
    const dir = tempDir({ 'welcome.csv': WELCOME });
    await sendRun(dir, undefined);
    const ru = await sendRun(dir, 'ru');
    // Anna's failed message is tried again: 1 to send; Vera, Gleb, Daria sent before; Boris unknown.
    expect(ru).toContain('care: будет отправлено 1 письмо через smtp://127.0.0.1:2525 от care@northwind.example\n');
    expect(ru).toContain('\n  3 письма уже отправлены раньше (есть в журнале отправки): повторно не отправляются\n');
    expect(ru).toContain('\n  1 письмо под вопросом после прошлого запуска (возможно, доставлено): без --resend-unknown повторно не отправляется\n');
    expect(ru).toContain('care: отправлено 0, уже отправлено раньше 3, под вопросом 1, сбоев 1\n');
    const bg = await sendRun(dir, 'bg');
    expect(bg).toContain('care: ще бъде изпратено 1 писмо през smtp://127.0.0.1:2525 от care@northwind.example\n');
    expect(bg).toContain('\n  3 писма вече са изпратени преди (в дневника на изпращането): не се изпращат отново\n');
    expect(bg).toContain('\n  1 писмо е под въпрос от предишно пускане (може да е доставено): не се изпраща отново без --resend-unknown\n');
    const en = await sendRun(dir, undefined);
    expect(en).toContain('care: about to send 1 message via smtp://127.0.0.1:2525 from care@northwind.example\n');
    expect(en).toContain('\n  3 already sent before (in the send log): not sent again\n');
    expect(en).toContain('\n  1 unknown from an earlier run (maybe delivered): not sent again without --resend-unknown\n');
  });

  it('more than ten messages: the first ten listed, "… and 2 more"', async () => {
    const twelve = `customer.name,email,onboarding.date,onboarding.time\n${Array.from({ length: 12 }, (_, i) => `P${i},p${i}@example.com,2026-01-05,10:00`).join('\n')}\n`;
    const more = async (lang: Locale | undefined) => {
      const io = ioIn(lang, { cwd: tempDir({ 'welcome.csv': twelve }), env: { CARE_SMTP_URL: 'smtp://127.0.0.1:2525' } });
      await runEmail(io, 'welcome', BATCH, { sender: () => ({ send: async () => '250 ok', close: () => undefined }) });
      const lines = io.err().split('\n');
      return [lines[0], lines[10], lines[11], lines.at(-2)];
    };
    expect(await more(undefined)).toEqual(['care: about to send 12 messages via smtp://127.0.0.1:2525 from care@northwind.example', '  line 11, p9@example.com', '  … and 2 more', 'care: sent 12, already sent before 0, unknown 0, failed 0']);
    expect(await more('ru')).toEqual(['care: будет отправлено 12 писем через smtp://127.0.0.1:2525 от care@northwind.example', '  line 11, p9@example.com', '  … и ещё 2', 'care: отправлено 12, уже отправлено раньше 0, под вопросом 0, сбоев 0']);
    expect(await more('bg')).toEqual(['care: ще бъдат изпратени 12 писма през smtp://127.0.0.1:2525 от care@northwind.example', '  line 11, p9@example.com', '  … и още 2', 'care: изпратени 12, вече изпратени преди 0, под въпрос 0, неуспешни 0']);
  });

  it('the send log\'s own notices: a line that is not an entry, a torn last line, a stale lock taken over', async () => {
    // Line 1 names no message (ignored); line 2 names two (unknown); 8 bytes after the last newline are a torn line.
    const damaged = 'garbage\n{"note":[{"id":"<a1@x.example>"},{"id":"<b2@x.example>"}]}\n{"id":"<';
    const notices = async (lang: Locale | undefined) => {
      const dir = tempDir({ 'welcome.csv': WELCOME.split('\n').slice(0, 2).join('\n'), 'care-send-log.jsonl': damaged });
      // Pid 2^22+1 is above Linux's pid_max: no such process runs (test/commands/email-send.test.ts).
      writeFileSync(path.join(dir, 'care-send-log.jsonl.lock'), `${JSON.stringify({ pid: 4_194_305, host: hostname(), at: '2026-01-01T00:00:00Z' })}\n`);
      const io = ioIn(lang, { cwd: dir, env: { CARE_SMTP_URL: 'smtp://127.0.0.1:2525' } });
      await runEmail(io, 'welcome', BATCH, { sender: () => ({ send: async () => '250 ok', close: () => undefined }) });
      return io.err().split('\n').slice(0, 4).map((line) => line.replaceAll(dir, 'D'));
    };
    expect(await notices(undefined)).toEqual([
      'care: send log D/care-send-log.jsonl: took over the lock of process 4194305, which is no longer running',
      'care: D/care-send-log.jsonl: its last line was cut off (8 bytes: a run stopped while writing it); moved to D/care-send-log.jsonl.torn',
      'care: D/care-send-log.jsonl, line 1: not a send-log entry; ignored',
      'care: D/care-send-log.jsonl, line 2: not a send-log entry; the 2 messages named in it count as unknown',
    ]);
    expect(await notices('ru')).toEqual([
      'care: журнал отправки D/care-send-log.jsonl: блокировка процесса с PID 4194305 перехвачена — этот процесс больше не работает',
      'care: D/care-send-log.jsonl: последняя строка оборвана (8 байт: запуск остановился, когда писал её); перенесена в D/care-send-log.jsonl.torn',
      'care: D/care-send-log.jsonl, строка 1: это не запись журнала отправки; пропущена',
      'care: D/care-send-log.jsonl, строка 2: это не запись журнала отправки; названные в ней 2 письма считаются письмами под вопросом',
    ]);
    expect(await notices('bg')).toEqual([
      'care: дневника на изпращането D/care-send-log.jsonl: заключването на процеса с PID 4194305 е поето — този процес вече не работи',
      'care: D/care-send-log.jsonl: последният ред е прекъснат (8 байта: пускане е спряло, докато го е записвало); преместен е в D/care-send-log.jsonl.torn',
      'care: D/care-send-log.jsonl, ред 1: това не е запис от дневника на изпращането; пропуснат',
      'care: D/care-send-log.jsonl, ред 2: това не е запис от дневника на изпращането; посочените в него 2 писма се смятат за писма под въпрос',
    ]);
  });

  it('the question on a terminal and a "no": Отправить 5 писем? / Да се изпратят ли 5 писма?', async () => {
    const asked = async (lang: Locale | undefined) => {
      const questions: string[] = [];
      const prompts: Prompts = { input: async () => '', confirm: async (question) => (questions.push(question), false) };
      const io = ioIn(lang, { cwd: tempDir({ 'welcome.csv': WELCOME.split('\n').slice(0, 6).join('\n') }), env: { CARE_SMTP_URL: 'smtp://127.0.0.1:2525' }, isTTY: { stdin: true, stdout: true, stderr: true } });
      await runEmail(io, 'welcome', { ...BATCH, yes: false }, { sender, prompts });
      return [questions, io.err().split('\n').at(-2)];
    };
    expect(await asked(undefined)).toEqual([['Send 5 messages?'], 'care: nothing sent']);
    expect(await asked('ru')).toEqual([['Отправить 5 писем?'], 'care: ничего не отправлено']);
    expect(await asked('bg')).toEqual([['Да се изпратят ли 5 писма?'], 'care: нищо не е изпратено']);
  });
});

/* --history: the weekly shop of test/commands/weekly.test.ts records W02–W04 (3 periods), then is up to date. */
const ORDERS = ['customer_id,order_date,amount', 'A,2026-01-10,10', 'A,2026-01-17,10', 'A,2026-01-24,10', 'B,2026-01-09,10', 'B,2026-01-16,10', 'C,2026-01-11,10', 'C,2026-01-23,10', 'D,2026-01-14,10', 'E,2026-01-20,10'];

describe('--history: the line saying what changed', () => {
  it('care retention: 3 периода добавлено, then up to date; English as before', async () => {
    const said: Record<string, string[]> = {};
    for (const lang of [undefined, 'ru', 'bg'] as const) {
      const dir = tempDir({ 'orders.csv': `${ORDERS.join('\n')}\n` });
      const history = path.join(dir, 'history.csv');
      const lines: string[] = [];
      for (let run = 0; run < 2; run += 1) {
        const io = ioIn(lang);
        await runRetention(io, path.join(dir, 'orders.csv'), { period: 'week', churnAfter: 7, asOf: day('2026-01-28'), history, format: 'csv' });
        lines.push(io.err().replace(history, 'H'));
      }
      said[lang ?? 'en'] = lines;
    }
    expect(said['en']).toEqual(['care: history H: 3 periods added, 0 updated, 0 unchanged\n', 'care: history H: up to date (3 periods)\n']);
    expect(said['ru']).toEqual(['care: история H: добавлено 3 периода, обновлено 0, без изменений 0\n', 'care: история H: всё записано (3 периода)\n']);
    expect(said['bg']).toEqual(['care: история H: добавени са 3 периода, обновени 0, без промяна 0\n', 'care: история H: всичко е записано (3 периода)\n']);
  });

  it('care retention: one week later, 1 period added (ru 1 период, bg 1 период)', async () => {
    const next = async (lang: Locale | undefined) => {
      const dir = tempDir({ 'orders.csv': `${ORDERS.join('\n')}\n` });
      const history = path.join(dir, 'history.csv');
      await runRetention(fakeIo(), path.join(dir, 'orders.csv'), { period: 'week', churnAfter: 7, asOf: day('2026-01-28'), history });
      const io = ioIn(lang);
      await runRetention(io, path.join(dir, 'orders.csv'), { period: 'week', churnAfter: 7, asOf: day('2026-02-04'), history });
      return io.err().replace(history, 'H');
    };
    // W05 is complete by 4 Feb: added; W02–W04 are as they were.
    expect(await next(undefined)).toBe('care: history H: 1 period added, 0 updated, 3 unchanged\n');
    expect(await next('ru')).toBe('care: история H: добавлен 1 период, обновлено 0, без изменений 3\n');
    expect(await next('bg')).toBe('care: история H: добавен е 1 период, обновени 0, без промяна 3\n');
  });

  it('a stale lock of the history taken over; the lock error names the history in words', async () => {
    const locked = async (lang: Locale | undefined, pid: number) => {
      const dir = tempDir({ 'orders.csv': `${ORDERS.join('\n')}\n` });
      const history = path.join(dir, 'history.csv');
      writeFileSync(`${history}.lock`, `${JSON.stringify({ pid, host: hostname(), at: new Date().toISOString() })}\n`);
      const io = ioIn(lang, { env: { CARE_LOCK_TIMEOUT: '0.2' } });
      const run = runRetention(io, path.join(dir, 'orders.csv'), { period: 'week', churnAfter: 7, asOf: day('2026-01-28'), history, format: 'csv' });
      const error = await run.then(() => undefined, (caught: unknown) => caught as CareError);
      return { notice: io.err().split('\n')[0], error: error?.say === undefined ? undefined : sayIn(lang ?? 'en', error.say) };
    };
    // Pid 2^22+1 is above Linux's pid_max: no such process runs; this process's own pid is alive.
    expect(await locked(undefined, 4_194_305)).toEqual({ notice: 'care: the history: took over the lock of process 4194305, which is no longer running', error: undefined });
    expect(await locked('ru', 4_194_305)).toEqual({ notice: 'care: файл истории: блокировка процесса с PID 4194305 перехвачена — этот процесс больше не работает', error: undefined });
    expect(await locked('bg', 4_194_305)).toEqual({ notice: 'care: файла с историята: заключването на процеса с PID 4194305 е поето — този процес вече не работи', error: undefined });
    expect((await locked('ru', process.pid)).error).toBe(`блокировку на файл истории держит процесс с PID ${process.pid}`);
    expect((await locked('bg', process.pid)).error).toBe(`ключалката на файла с историята е заета от процес с PID ${process.pid}`);
  });

  it('care sla: 2 weeks recorded, then up to date', async () => {
    // test/commands/sla.test.ts: three tickets in W18 and W19 of 2024, as of Sun 12 May.
    const tickets = [
      'id,created at,first reply at,solved at,status,channel,assignee,priority,satisfaction',
      '1,2024-05-03 17:00,2024-05-07 09:30,2024-05-07 12:00,solved,email,Ann,high,good',
      '2,2024-05-07 10:00,2024-05-07 10:20,2024-05-08 10:00,solved,chat,Bob,normal,bad',
      '3,2024-05-08 16:00,,,open,chat,Bob,normal,',
    ].join('\n');
    const runs = async (lang: Locale | undefined) => {
      const dir = tempDir({ 't.csv': tickets });
      const history = path.join(dir, 'h.csv');
      const options = { firstResponse: 60, resolution: 480, businessHours: 'Mon-Fri 09:00-18:00', timezone: 'Europe/Sofia', asOf: dayFromYmd(2024, 5, 12), period: 'week' as const, history, format: 'json' as const };
      const lines: string[] = [];
      for (let run = 0; run < 2; run += 1) {
        const io = ioIn(lang);
        await runSla(io, path.join(dir, 't.csv'), options);
        lines.push(io.err().replace(history, 'H'));
      }
      return lines;
    };
    expect(await runs(undefined)).toEqual(['care: history H: 2 periods added, 0 updated, 0 unchanged\n', 'care: history H: up to date (2 periods)\n']);
    expect(await runs('ru')).toEqual(['care: история H: добавлено 2 периода, обновлено 0, без изменений 0\n', 'care: история H: всё записано (2 периода)\n']);
    expect(await runs('bg')).toEqual(['care: история H: добавени са 2 периода, обновени 0, без промяна 0\n', 'care: история H: всичко е записано (2 периода)\n']);
  });
});

describe('care remind: who is due, nobody due, an address that is not one', () => {
  const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];
  const remind = async (lang: Locale | undefined, template: string, extra: Record<string, unknown> = {}) => {
    const io = ioIn(lang);
    await runRemind(io, 'fixtures/remind/orders.csv', { asOf: day('2025-12-16'), template, render: true, set: SIGNER, ...extra });
    return io.err();
  };

  it('0 of 5 customers due for win-back; nobody is due', async () => {
    expect(await remind(undefined, 'win-back', { lapsedWithin: 30 })).toBe('care: 0 of 5 customers due for win-back as of 2025-12-16\ncare: nobody is due; no reminders to render\n');
    expect(await remind('ru', 'win-back', { lapsedWithin: 30 })).toBe('care: клиентов к напоминанию win-back на 2025-12-16: 0 из 5\ncare: напоминать некому; писем нет\n');
    expect(await remind('bg', 'win-back', { lapsedWithin: 30 })).toBe('care: клиенти за напомняне win-back към 2025-12-16: 0 от 5\ncare: няма на кого да се напомни; няма писма\n');
  });

  it('an address from --customers that is not one', async () => {
    // fixtures/remind: C002 (Ivan Orlov) is the one due a re-order reminder on 2025-12-16.
    const dir = tempDir({ 'customers.csv': 'customer,name,email\nC001,Anna,not-an-address\nC002,Ivan,not-an-address\nC003,Boris,not-an-address\nC004,Vera,not-an-address\nC005,Gleb,not-an-address\n' });
    const extra = { customers: path.join(dir, 'customers.csv'), set: [...SIGNER, 'product.name=Assam', 'suggestion.name=Darjeeling', 'offer.until=2026-01-15'] };
    const line = (text: string) => text.split('\n')[0];
    expect(line(await remind(undefined, 'reorder-reminder', extra))).toMatch(/^care: customer C00\d: "not-an-address" is not an email address; left without a recipient$/);
    expect(line(await remind('ru', 'reorder-reminder', extra))).toMatch(/^care: клиент C00\d: «not-an-address» — не адрес электронной почты; оставлен без получателя$/);
    expect(line(await remind('bg', 'reorder-reminder', extra))).toMatch(/^care: клиент C00\d: „not-an-address“ не е имейл адрес; оставен е без получател$/);
  });
});

describe('care lint-reply: a skipped row, the --fix summary', () => {
  it('a draft over the length cap: checked the first 1,048,576 characters', async () => {
    // 'we are looking into it ' is 23 characters, repeated past the cap.
    const text = `Hello Anna,\n${'we are looking into it '.repeat(Math.ceil(TEXT_CAP / 23))}\nBest regards, Olga`;
    const dir = tempDir({ 'draft.txt': text });
    const run = async (lang: string) => (await careInProcess(['--lang', lang, 'lint-reply', 'draft.txt', '--format', 'json'], { cwd: dir })).stderr;
    const n = (value: number) => value.toLocaleString('ru-RU').replace(/\s/g, '\u00a0');
    expect(await run('en')).toBe(`care: draft.txt: the draft has ${text.length.toLocaleString('en-US')} characters; checked the first 1,048,576\n`);
    expect(await run('ru')).toBe(`care: draft.txt: в черновике ${n(text.length)} симв.; проверены первые ${n(TEXT_CAP)} симв.\n`);
    expect(await run('bg')).toBe(`care: draft.txt: черновата има ${n(text.length)} знака; проверени са първите ${n(TEXT_CAP)} знака\n`);
  });

  it('--complaints FILE --id ID: which type the record is (the type as care classify names it)', async () => {
    const dir = tempDir({ 'complaints.csv': 'id,customer,date,channel,text\nA-1,CU1,2024-08-10,email,"I have written to the consumer protection agency and my lawyer about this."\n', 'reply.txt': 'Hello Anna,\n\nthank you for your letter.\n\nKind regards,\nOlga\n' });
    const run = async (lang: string) => (await careInProcess(['--lang', lang, 'lint-reply', 'reply.txt', '--format', 'json', '--complaints', 'complaints.csv', '--id', 'A-1'], { cwd: dir })).stderr;
    expect(await run('en')).toBe('care: complaints.csv, line 2: the record "A-1" is activist; checking the reply against it\n');
    expect(await run('ru')).toBe('care: complaints.csv, строка 2: запись «A-1» — activist; ответ проверяется по ней\n');
    expect(await run('bg')).toBe('care: complaints.csv, ред 2: записът „A-1“ е activist; отговорът се проверява спрямо него\n');
  });

  it('an empty cell of --csv is skipped with a note', async () => {
    const dir = tempDir({ 'drafts.csv': 'id,reply\n1,"Hello Anna, thank you for your letter. Kind regards, Olga"\n2,\n' });
    const run = (lang: string) => careInProcess(['--lang', lang, 'lint-reply', '--csv', 'drafts.csv', '--column', 'reply', '--format', 'json'], { cwd: dir });
    expect((await run('en')).stderr).toBe('care: line 3: the reply cell is empty; skipped\n');
    expect((await run('ru')).stderr).toBe('care: строка 3: ячейка reply пуста; пропущена\n');
    expect((await run('bg')).stderr).toBe('care: ред 3: клетката reply е празна; пропусната\n');
  });

  // test/commands/lint-reply-fix.test.ts: shouting (warning, 10) and a bureaucratic phrase (info, 3) twice, one inside {{ }}: 84 → 97.
  const TEAM = { version: 1, rules: { 'plain-words': { severity: 'info', message: 'A bureaucratic phrase where a plain word does.', suggestion: 'Use the plain word.', check: { type: 'substitute', swap: { ru: { 'в настоящее время': 'сейчас' } } } } } };
  const RU = ['Здравствуйте, Анна!', '', 'Спасибо за письмо, и простите за задержку!!!', 'В настоящее время посылка в пути, {{t "в настоящее время"}} она придёт завтра.', 'Если у вас остались вопросы, я с радостью помогу.', '', 'С уважением,', 'Ольга Иванова', 'Служба заботы о клиентах', ''].join('\n');
  const fix = async (lang: string, ...more: string[]) => {
    const dir = tempDir({ 'reply.txt': RU, 'team.json': JSON.stringify(TEAM) });
    return (await careInProcess(['--lang', lang, 'lint-reply', 'reply.txt', '--fix', '--rules', 'team.json', ...more], { cwd: dir })).stderr;
  };

  it('--fix: fixed 2 of 3 findings (ru из 3 замечаний, bg от 3 забележки)', async () => {
    expect(await fix('en')).toBe('care: reply.txt: fixed 2 of 3 findings; 1 inside {{ }} left alone; score 84 → 97\n');
    expect(await fix('ru')).toBe('care: reply.txt: исправлено 2 из 3 замечаний; внутри {{ }} не тронуто: 1; оценка 84 → 97\n');
    expect(await fix('bg')).toBe('care: reply.txt: поправени 2 от 3 забележки; оставени без промяна вътре в {{ }}: 1; оценка 84 → 97\n');
  });

  it('--fix --dry-run: nothing written', async () => {
    expect(await fix('en', '--dry-run')).toBe('care: reply.txt: would fix 2 of 3 findings; 1 inside {{ }} left alone; score 84 → 97 (nothing written)\n');
    expect(await fix('ru', '--dry-run')).toBe('care: reply.txt: можно исправить 2 из 3 замечаний; внутри {{ }} не тронуто: 1; оценка 84 → 97 (ничего не записано)\n');
    expect(await fix('bg', '--dry-run')).toBe('care: reply.txt: могат да се поправят 2 от 3 забележки; оставени без промяна вътре в {{ }}: 1; оценка 84 → 97 (нищо не е записано)\n');
  });
});

describe('care classify --format csv: the input\'s own columns renamed', () => {
  const run = async (lang: string, header: string) => {
    const dir = tempDir({ 'log.csv': `${header}\n1,incident,x,email,The app crashes on start.\n` });
    return (await careInProcess(['--lang', lang, 'classify', 'log.csv', '--format', 'csv'], { cwd: dir })).stderr;
  };

  it('one column (ru один столбец, bg една колона)', async () => {
    const header = 'id,Type,note,channel,text';
    expect(await run('en', header)).toBe('care: the input\'s own "Type" column is written as "… (original)" so the added columns keep their names\n');
    expect(await run('ru', header)).toBe('care: собственный столбец входного файла "Type" записан как «… (original)», чтобы добавленные столбцы сохранили свои имена\n');
    expect(await run('bg', header)).toBe('care: собствената колона "Type" на входния файл е записана като „… (original)“, за да запазят добавените колони имената си\n');
  });

  it('two columns', async () => {
    const header = 'id,Type,Action,channel,text';
    expect(await run('en', header)).toBe('care: the input\'s own "Type", "Action" columns are written as "… (original)" so the added columns keep their names\n');
    expect(await run('ru', header)).toBe('care: собственные столбцы входного файла "Type", "Action" записаны как «… (original)», чтобы добавленные столбцы сохранили свои имена\n');
    expect(await run('bg', header)).toBe('care: собствените колони "Type", "Action" на входния файл са записани като „… (original)“, за да запазят добавените колони имената си\n');
  });
});

describe('care classify: a text over the cap', () => {
  it('classified on its first 1,048,576 characters, (and 1 more record) / (and 2 more records)', async () => {
    // Each long text is TEXT_CAP + 5 = 1,048,581 characters; the first is on line 3.
    const long = `${'a'.repeat(TEXT_CAP)} late`;
    const run = async (lang: string, records: number) => {
      const dir = tempDir({ 'log.csv': `id,text\n1,short and polite\n${Array.from({ length: records }, (_, i) => `${i + 2},${long}`).join('\n')}\n` });
      return (await careInProcess(['--lang', lang, 'classify', 'log.csv', '--format', 'json'], { cwd: dir })).stderr;
    };
    const n = (text: string) => text.replace(/ /g, '\u00a0');
    expect(await run('en', 2)).toBe('care: log.csv, line 3, field "text": 1,048,581 characters; classified on the first 1,048,576 (and 1 more record)\n');
    expect(await run('ru', 2)).toBe(`care: log.csv, строка 3, поле "text": ${n('1 048 581')} симв.; классифицировано по первым ${n('1 048 576')} симв. (и ещё 1 запись)\n`);
    expect(await run('ru', 3)).toBe(`care: log.csv, строка 3, поле "text": ${n('1 048 581')} симв.; классифицировано по первым ${n('1 048 576')} симв. (и ещё 2 записи)\n`);
    expect(await run('bg', 3)).toBe(`care: log.csv, ред 3, поле "text": ${n('1 048 581')} знака; класифицирано по първите ${n('1 048 576')} знака (и още 2 записа)\n`);
  });
});

describe('care config set: the confirmation', () => {
  it('says which key was set in which file', async () => {
    for (const [lang, said] of [['en', 'locale set in'], ['ru', 'locale записан в'], ['bg', 'locale е зададен в']] as const) {
      const dir = tempDir({});
      const run = await careInProcess(['--lang', lang, 'config', 'set', 'locale', 'bg', '--config', 'care.config.json'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(`care: ${said} ${path.join(dir, 'care.config.json')}\n`);
    }
  });
});
