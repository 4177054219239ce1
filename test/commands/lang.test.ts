/**
 * care speaks Russian and Bulgarian (docs/messages.md): every command's --help, a missing file,
 * commander's own errors, chosen by --lang, the environment or the config.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { careInProcess } from '../helpers/care-in-process.js';
import { duckdbAvailable } from '../helpers/duckdb.js';

const CYRILLIC = /[А-Яа-яЁё]/;
/** English words no Russian or Bulgarian help line has (values, flags and names aside). */
const ENGLISH = /(?<=^|[\s(])(the|of|and|or|to|with|from|for|when|each|every|this|instead|display|output|default|required|repeatable|Usage:|Options:|Commands:|Arguments:)(?=[\s,;:)]|$)/;

function untranslated(help: string): string[] {
  return help.split('\n').filter((line) => ENGLISH.test(line));
}

describe.each(['ru', 'bg'] as const)('care --lang %s', (lang) => {
  it.each(COMMANDS.map((command) => command.name))(`%s --help is in ${lang}`, async (name) => {
    const run = await careInProcess(['--lang', lang, name, '--help']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    // The usage line, a blank line, then the description.
    expect(lines[2]).toMatch(CYRILLIC);
    expect(untranslated(run.stdout)).toEqual([]);
  });

  it('care --help lists the commands in the language', async () => {
    const run = await careInProcess(['--lang', lang, '--help']);
    expect(run.code).toBe(0);
    expect(untranslated(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(lang === 'ru' ? 'Команды:' : 'Команди:');
  });
});

describe('a missing file', () => {
  it('is said in Russian, exit 3', async () => {
    const run = await careInProcess(['--lang', 'ru', 'retention', 'missing.csv']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('care: missing.csv: файл не найден\n  подсказка: проверьте путь или укажите -, чтобы читать стандартный ввод\n');
  });

  it('is said in Bulgarian, exit 3', async () => {
    const run = await careInProcess(['report', 'missing.csv', '--lang', 'bg']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('care: missing.csv: файлът не съществува\n  подсказка: проверете пътя или подайте -, за да се чете стандартният вход\n');
  });

  it('stays English without a language', async () => {
    const run = await careInProcess(['retention', 'missing.csv']);
    expect(run.stderr).toBe('care: missing.csv: no such file\n  hint: check the path, or pass - to read standard input\n');
  });
});

describe('the language of the run', () => {
  it('LANG=ru_RU.UTF-8 selects Russian, LC_ALL overrides it', async () => {
    expect((await careInProcess(['nps', 'missing.csv'], { env: { LANG: 'ru_RU.UTF-8' } })).stderr).toContain('файл не найден');
    expect((await careInProcess(['nps', 'missing.csv'], { env: { LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8' } })).stderr).toContain('файлът не съществува');
    expect((await careInProcess(['nps', 'missing.csv'], { env: { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stderr).toContain('no such file');
  });

  it('--lang wins over the environment; the config decides when the environment does not', async () => {
    expect((await careInProcess(['--lang', 'en', 'nps', 'missing.csv'], { env: { LANG: 'bg_BG.UTF-8' } })).stderr).toContain('no such file');
    const folder = mkdtempSync(path.join(tmpdir(), 'care-lang-'));
    writeFileSync(path.join(folder, 'care.config.json'), JSON.stringify({ lang: 'bg' }));
    expect((await careInProcess(['nps', 'missing.csv'], { cwd: folder, env: { LANG: 'C.UTF-8' } })).stderr).toContain('файлът не съществува');
    expect((await careInProcess(['nps', 'missing.csv'], { cwd: folder, env: { LANG: 'ru_RU.UTF-8' } })).stderr).toContain('файл не найден');
  });

  it('a language care does not speak is exit 2', async () => {
    const run = await careInProcess(['--lang', 'de', 'nps', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('care: --lang de: expected one of en, ru, bg\n');
  });
});

describe("commander's errors and option bounds", () => {
  it('an unknown option in Russian', async () => {
    const run = await careInProcess(['--lang', 'ru', 'retention', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ошибка: неизвестный параметр «--bogus»\n(список команд: care --help)\n');
  });

  it('a missing argument and an unknown command in Bulgarian', async () => {
    const missing = await careInProcess(['--lang', 'bg', 'nps']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('грешка: липсва задължителният аргумент „survey“\n(списък на командите: care --help)\n');
    const unknown = await careInProcess(['--lang', 'bg', 'retentoin']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('грешка: непозната команда „retentoin“\n(Може би имате предвид retention?)\n(списък на командите: care --help)\n');
  });

  it('a value out of bounds and a bad choice', async () => {
    const bound = await careInProcess(['--lang', 'ru', 'retention', 'x.csv', '--churn-after', '0']);
    expect(bound.code).toBe(2);
    expect(bound.stderr).toBe('care: --churn-after 0: ожидается целое число дней от 1 до 3\u00a0653\n  подсказка: допустимые значения всех числовых параметров — в docs/contracts.md («Option bounds»)\n');
    const choice = await careInProcess(['--lang', 'bg', 'retention', 'x.csv', '--period', 'decade']);
    expect(choice.code).toBe(2);
    expect(choice.stderr.split('\n')[0]).toBe('грешка: невалидна стойност „decade“ на опцията „--period <period>“: очаква се едно от: week, month, quarter, year');
  });

  it('a bad date option in Bulgarian', async () => {
    const run = await careInProcess(['--lang', 'bg', 'retention', 'x.csv', '--as-of', '2024-13-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('care: --as-of 2024-13-01: очаква се дата във вида ГГГГ-ММ-ДД\n  подсказка: например --as-of 2011-12-09\n');
  });
});

describe('notes and warnings', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'care-notes-'));
  const orders = path.join(folder, 'orders.csv');
  const survey = path.join(folder, 'survey.csv');
  // Two months of orders (no customer active a year before as-of) and three answers.
  writeFileSync(orders, 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-05,20\nA,2024-03-05,30\n');
  writeFileSync(survey, 'score,date\n9,2024-01-01\n3,2024-01-02\n10,2024-01-02\n');

  it("the HTML report's LTV warnings and NPS notes are in the page's language (--locale)", async () => {
    const ru = await careInProcess(['report', orders, '--survey', survey, '--format', 'html', '--locale', 'ru']);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain('<li>ни один клиент не был активен 2023-03-06, за год до даты отчёта:');
    expect(ru.stdout).toContain('<li>Всего 3 ответа: погрешность (нормальное приближение) даёт лишь грубую оценку');
    const bg = await careInProcess(['report', orders, '--survey', survey, '--format', 'html', '--locale', 'bg']);
    expect(bg.stdout).toContain('<li>само 1 от 2 клиенти са купили отново (за напасване на BG/NBD са нужни поне 20)');
    const en = await careInProcess(['report', orders, '--survey', survey, '--format', 'html']);
    expect(en.stdout).toContain('<li>Only 3 answers: the margin of error');
  });

  it("care ltv's warnings on stderr are in the language of the run", async () => {
    const run = await careInProcess(['--lang', 'bg', 'ltv', orders]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('care: предупреждение: нито един клиент не е бил активен на 2023-03-06, година преди датата на отчета:');
  });

  it("the orders reader's warning of unknown status values", async () => {
    const statuses = path.join(folder, 'statuses.csv');
    writeFileSync(statuses, 'customer,date,amount,status\nA,2024-01-05,10,Оплачен\nB,2024-02-05,20,Загадка\nA,2024-03-05,30,Загадка\n');
    const ru = await careInProcess(['--lang', 'ru', 'retention', statuses]);
    expect(ru.code).toBe(0);
    expect(ru.stderr).toContain(`care: предупреждение: ${statuses}: нераспознанные значения статуса, учтены как покупки: "Загадка" (2 строки); чтобы исключить значение, укажите --exclude-status "Загадка"`);
  });

  it('what a run wrote, in the language', async () => {
    const detractors = path.join(folder, 'detractors.csv');
    const ru = await careInProcess(['--lang', 'ru', 'nps', survey, '--detractors', detractors]);
    expect(ru.code).toBe(0);
    expect(ru.stderr).toContain(`care: записан 1 критик в ${detractors}\n`);
    const out = path.join(folder, 'report.txt');
    const bg = await careInProcess(['--lang', 'bg', 'report', orders, '--out', out]);
    expect(bg.code).toBe(0);
    expect(bg.stderr).toContain(`care: записан е файлът ${out}\n`);
  });

  it('the skipped rows, with their plural', async () => {
    const bad = path.join(folder, 'bad.csv');
    writeFileSync(bad, 'customer,date,amount\nA,2024-01-05,10\nB,not a date,20\nC,2024-13-45,5\n,2024-01-07,3\nA,2024-03-05,30\n');
    const run = await careInProcess(['--lang', 'ru', 'retention', bad]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`care: ${bad}: пропущены 3 строки: нет идентификатора клиента: 1 (впервые в строке 5); нечитаемая дата: 2 (впервые в строке 3)`);
  });
});

describe('the common input and usage errors', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'care-errors-'));
  const orders = path.join(folder, 'orders.csv');
  writeFileSync(orders, 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-05,20\n');

  it('a --map header the file does not have, in Russian', async () => {
    const run = await careInProcess(['--lang', 'ru', 'retention', orders, '--map', 'amount=Сумма']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`care: ${orders}: --map amount=Сумма: в файле нет заголовка «Сумма»\n  подсказка: заголовки файла: customer, date, amount\n`);
  });

  it('an unknown template and an unknown --fail-if metric, in Bulgarian', async () => {
    const template = await careInProcess(['--lang', 'bg', 'email', 'no-such-template']);
    expect(template.code).toBe(2);
    expect(template.stderr.split('\n')[0]).toBe('care: непознат шаблон „no-such-template“');
    expect(template.stderr.split('\n')[1]).toMatch(/^ {2}подсказка: познати шаблони: /);
    const failIf = await careInProcess(['--lang', 'bg', 'retention', orders, '--fail-if', 'happiness<5']);
    expect(failIf.code).toBe(2);
    expect(failIf.stderr.split('\n')[0]).toBe('care: --fail-if "happiness<5": непознат показател „happiness“');
  });

  it('a draft column the CSV lacks and an invalid config, in Russian', async () => {
    const drafts = path.join(folder, 'drafts.csv');
    writeFileSync(drafts, 'id,reply\n1,Здравствуйте!\n');
    const column = await careInProcess(['--lang', 'ru', 'lint-reply', '--csv', drafts, '--column', 'body']);
    expect(column.code).toBe(2);
    expect(column.stderr).toBe(`care: ${drafts}: --column «body»: в файле нет такого столбца\n  подсказка: столбцы: id, reply\n`);
    const config = path.join(folder, 'bad.config.json');
    writeFileSync(config, JSON.stringify({ period: 'decade' }));
    const invalid = await careInProcess(['--lang', 'ru', 'retention', orders, '--config', config]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^care: .*bad\.config\.json: неверная конфигурация: .*period.*\n {2}подсказка: см\. README, раздел «Configuration»\n$/);
  });

  it('options that do not go together, in Bulgarian and Russian', async () => {
    const perCustomer = await careInProcess(['--lang', 'bg', 'ltv', orders, '--per-customer', path.join(folder, 'pc.csv')]);
    expect(perCustomer.code).toBe(2);
    expect(perCustomer.stderr).toBe('care: --per-customer записва прогнозите за всеки клиент\n  подсказка: добавете --model bgnbd (или pnbd, mbgnbd, auto)\n');
    const views = await careInProcess(['--lang', 'ru', 'retention', orders, '--conventions', '--mrr']);
    expect(views.code).toBe(2);
    expect(views.stderr).toBe('care: --conventions и --mrr — разные представления\n  подсказка: запрашивайте одно представление за запуск\n');
  });

  it("care sla's warning of no first-reply column, in Bulgarian", async () => {
    const run = await careInProcess(['--lang', 'bg', 'sla', 'fixtures/exports/helpscout-conversations.csv', '--resolution', '8h']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('care: предупреждение: fixtures/exports/helpscout-conversations.csv: няма колона за първи отговор (');
  });

  it("care segments' notice of a --since before the first order, in Russian", async () => {
    const run = await careInProcess(['--lang', 'ru', 'segments', orders, '--since', '2023-06-01']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('care: --since 2023-06-01 раньше первого заказа: каждый клиент приходит из «ещё не клиент»\n');
  });
});

describe('reading, option and email errors (issue 19: the English-only error sites translated)', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'care-errors-2-'));
  const orders = path.join(folder, 'orders.csv');
  writeFileSync(orders, 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-05,20\n');

  it('a --fail-if rate written as a whole number, in Russian and still in English', async () => {
    const ru = await careInProcess(['--lang', 'ru', 'retention', orders, '--fail-if', 'churn>5']);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toBe('care: --fail-if "churn>5": churn — это доля: процент или дробь от 0 до 1\n  подсказка: для 5% напишите churn>5%, для доли — дробь, например 0.05\n');
    const en = await careInProcess(['retention', orders, '--fail-if', 'churn>5']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('care: --fail-if "churn>5": churn is a rate: a percentage or a fraction from 0 to 1\n  hint: write churn>5% for 5 percent, or a fraction such as 0.05\n');
  });

  it('an .xlsx workbook given as CSV, in Bulgarian', async () => {
    const workbook = path.join(folder, 'orders-xlsx.csv');
    writeFileSync(workbook, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    const run = await careInProcess(['--lang', 'bg', 'retention', workbook]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`care: ${workbook}: това е ZIP файл (работна книга .xlsx?), а не CSV текст\n  подсказка: отворете файла в програмата за таблици и го запишете или експортирайте като CSV (UTF-8)\n`);
  });

  it('a quote that never closes, in Russian', async () => {
    const unclosed = path.join(folder, 'unclosed.csv');
    writeFileSync(unclosed, 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-05,"20\n');
    const run = await careInProcess(['--lang', 'ru', 'retention', unclosed]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`care: ${unclosed}, строка 3: файл заканчивается внутри поля в кавычках: кавычка, открытая в строке 3, так и не закрывается\n  подсказка: закройте эту кавычку (кавычку внутри поля пишут как "") или выгрузите файл заново\n`);
  });

  it('--send without an SMTP server, and an unknown templates action, in Bulgarian', async () => {
    const send = await careInProcess(['--lang', 'bg', 'email', 'welcome', '--send'], { cwd: folder });
    expect(send.code).toBe(2);
    expect(send.stderr).toBe('care: --send изисква SMTP сървър\n  подсказка: задайте CARE_SMTP_URL=smtp://user:password@host:587 (или smtpUrl в care.config.json)\n');
    const action = await careInProcess(['--lang', 'bg', 'templates', 'frobnicate']);
    expect(action.code).toBe(2);
    expect(action.stderr).toBe('care: непознато действие „frobnicate“\n  подсказка: използвайте `care templates list`, `care templates show NAME` или `care templates check [NAME]`\n');
  });

  it('--business-hours whose span ends before it starts, in Bulgarian', async () => {
    const tickets = path.join(folder, 'tickets.csv');
    writeFileSync(tickets, 'id,created,first reply at,resolved at\n1,2024-01-02 10:00,2024-01-02 11:00,2024-01-03 10:00\n');
    const run = await careInProcess(['--lang', 'bg', 'sla', tickets, '--business-hours', 'Mon-Fri 18:00-09:00']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'care: --business-hours "Mon-Fri 18:00-09:00": „18:00-09:00“ свършва, преди да е започнал (интервал през полунощ е два интервала: "Mon 22:00-24:00, Tue 00:00-06:00")\n' +
        '  подсказка: пишете дните, после интервалите, а групите разделяйте с "," или ";": "Mon-Fri 09:00-18:00", "Mon-Fri 09:00-13:00 14:00-18:00; Sat 10:00-14:00" или "24/7"\n',
    );
  });

  it('an --out in a folder that does not exist, in Russian', async () => {
    const missingFolder = path.join(folder, 'missing');
    const out = path.join(missingFolder, 'retention.txt');
    const run = await careInProcess(['--lang', 'ru', 'retention', orders, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`care: ${out}: не удаётся записать --out: его папка ${missingFolder} не существует\n  подсказка: укажите путь к файлу в существующей папке, куда у вас есть право записи\n`);
  });

  it("a template's missing variables, with the Russian plural, and a template that is no reminder, in Bulgarian", async () => {
    const missing = await careInProcess(['--lang', 'ru', 'email', 'welcome'], { cwd: folder });
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toMatch(/^care: шаблон «welcome» \(en\): не заданы переменные: \S/);
    expect(missing.stderr.split('\n')[1]).toBe('  подсказка: задайте значения через --set name=value, --data FILE.json или столбцы CSV либо запросите их с --interactive');
    const remind = await careInProcess(['--lang', 'bg', 'remind', orders, '--template', 'welcome']);
    expect(remind.code).toBe(2);
    expect(remind.stderr.split('\n')[0]).toBe('care: „welcome“ не е шаблон за напомняне, затова care не може да определи за кого е');
    expect(remind.stderr.split('\n')[1]).toMatch(/^ {2}подсказка: използвайте .*payment-reminder.* или изберете правилото с --kind /);
  });
});

describe('the SQL engines\' errors (src/sql): care\'s words in the language, exit codes unchanged', () => {
  it('an --engine that is no engine URL, in Russian and Bulgarian (exit 2)', async () => {
    const ru = await careInProcess(['--lang', 'ru', 'retention', '--engine', 'sqlite:x.db']);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toBe('care: --engine sqlite:x.db: это не адрес базы данных\n  подсказка: укажите duckdb:FILE, postgres://…, clickhouse://host:port/db\n');
    const bg = await careInProcess(['--lang', 'bg', 'retention', '--engine', 'sqlite:x.db']);
    expect(bg.code).toBe(2);
    expect(bg.stderr).toBe('care: --engine sqlite:x.db: това не е адрес на база данни\n  подсказка: подайте duckdb:FILE, postgres://…, clickhouse://host:port/db\n');
  });

  it('--table with --query, in Russian and Bulgarian (exit 2)', async () => {
    const args = ['retention', '--engine', 'duckdb:fixtures/orders.csv', '--table', 'orders', '--query', 'SELECT 1'];
    const ru = await careInProcess(['--lang', 'ru', ...args]);
    expect([ru.code, ru.stderr]).toEqual([2, 'care: --table и --query оба задают заказы: укажите что-то одно\n']);
    const bg = await careInProcess(['--lang', 'bg', ...args]);
    expect([bg.code, bg.stderr]).toEqual([2, 'care: --table и --query посочват поръчките и двете: подайте само едното\n']);
  });

  describe.skipIf(!duckdbAvailable)('DuckDB', () => {
    let database = '';
    beforeAll(async () => {
      database = path.join(mkdtempSync(path.join(tmpdir(), 'care-lang-duckdb-')), 'shop.duckdb');
      const name = '@duckdb/node-api';
      const { DuckDBInstance } = (await import(name)) as typeof import('@duckdb/node-api');
      const instance = await DuckDBInstance.create(database);
      const connection = await instance.connect();
      await connection.run(`CREATE TABLE orders AS SELECT * FROM read_csv('fixtures/orders.csv')`);
      connection.closeSync();
      instance.closeSync();
    });

    it('a .duckdb file that is not there, in Russian and Bulgarian (exit 3)', async () => {
      const ru = await careInProcess(['--lang', 'ru', 'retention', '--engine', 'duckdb:fixtures/missing.duckdb']);
      expect([ru.code, ru.stderr]).toEqual([3, 'care: fixtures/missing.duckdb: файл не найден\n']);
      const bg = await careInProcess(['--lang', 'bg', 'retention', '--engine', 'duckdb:fixtures/missing.duckdb']);
      expect([bg.code, bg.stderr]).toEqual([3, 'care: fixtures/missing.duckdb: файлът не съществува\n']);
    });

    it('a database without --table, and with a --table it does not hold, in Russian and Bulgarian (exit 2)', async () => {
      const engine = `duckdb:${database}`;
      const ru = await careInProcess(['--lang', 'ru', 'retention', '--engine', engine]);
      expect([ru.code, ru.stderr]).toEqual([2, `care: --engine ${engine}: для базы данных нужен --table NAME\n  подсказка: есть таблицы: orders\n`]);
      const bg = await careInProcess(['--lang', 'bg', 'retention', '--engine', engine, '--table', 'nope']);
      expect([bg.code, bg.stderr]).toEqual([2, `care: --table nope: в ${database} няма такава таблица\n  подсказка: наличните таблици: orders\n`]);
      const ruTable = await careInProcess(['--lang', 'ru', 'retention', '--engine', engine, '--table', 'nope']);
      expect([ruTable.code, ruTable.stderr]).toEqual([2, `care: --table nope: в ${database} нет такой таблицы\n  подсказка: есть таблицы: orders\n`]);
    });
  });
});

describe('--fail-under of lint-reply in the language (exit 4 unchanged)', () => {
  it('a reply below the bar, in Russian and Bulgarian', async () => {
    const args = ['lint-reply', 'fixtures/replies/en/payment-curt.txt', '--fail-under', '50'];
    const ru = await careInProcess(['--lang', 'ru', ...args]);
    expect(ru.code).toBe(4);
    expect(ru.stderr).toBe('care: оценка ответа 0 — ниже --fail-under 50\n  подсказка: исправьте замечания выше и проверьте снова\n');
    const bg = await careInProcess(['--lang', 'bg', ...args]);
    expect(bg.code).toBe(4);
    expect(bg.stderr).toBe('care: оценката на отговора е 0, под --fail-under 50\n  подсказка: поправете забележките по-горе и проверете отново\n');
  });
});
