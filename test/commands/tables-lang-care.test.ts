/**
 * The other commands' text tables in the run's language (docs/messages.md): titles, column
 * labels, notes and summary lines are said in --lang; ids, file names, complaint words, rule and
 * template names and numbers stay as data. CSV, JSON, SARIF and rdjsonl stay English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careTablesEn } from '../../src/i18n/messages/tables/care-en.js';
import { careInProcess } from '../helpers/care-in-process.js';
import { duckdbAvailable } from '../helpers/duckdb.js';

/** The English texts of a command's tables (its keys' prefix): none may show in a ru or bg run. */
function englishTexts(prefix: string, except: readonly string[] = []): string[] {
  const texts: string[] = [];
  for (const [key, message] of Object.entries(careTablesEn)) {
    if (!key.startsWith(prefix) || except.some((skip) => key.startsWith(skip))) continue;
    for (const variant of typeof message === 'string' ? [message] : Object.values(message)) {
      // The words around the placeholders: "{count} more customers" → "more customers".
      for (const piece of variant.split(/\{\w+\}/)) if (/\p{L}{4}/u.test(piece)) texts.push(piece.trim());
    }
  }
  return texts;
}

function expectNoEnglish(stdout: string, prefix: string, except: readonly string[] = []): void {
  const left = englishTexts(prefix, except).filter((text) => stdout.includes(text));
  expect(left).toEqual([]);
}

describe('care classify speaks the run\'s language in its tables', () => {
  it('in Russian: the heading, the four types by their names, the iceberg and the manager list', async () => {
    const run = await careInProcess(['--lang', 'ru', 'classify', 'fixtures/complaints.csv', '--locale', 'ru']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Жалобы — fixtures\/complaints\.csv · записей: 334, классифицировано: 327 · на 2024-10-28\n/);
    expect(run.stdout).toMatch(/│ Тип +│ Жалобы │ +Доля │ Эталон │ +Разница │/);
    expect(run.stdout).toMatch(/│ Молчуны — жалобы нет, только сигнал +│ +48 │ +14\.7% │ +14\.0% │ +\+0\.7 п\. п\. │/);
    expect(run.stdout).toContain('Айсберг жалоб');
    expect(run.stdout).toMatch(/│ активист +│ C0016 │ CU0011 │ 2024-03-11 │ +99\.0% │ Court/);
    expect(run.stdout).toContain('… и ещё 145 (все — в --format csv или json).');
    expectNoEnglish(run.stdout, 'table.classify.');
  });

  it('in Bulgarian Markdown, and the roll-up per customer', async () => {
    const md = await careInProcess(['--lang', 'bg', 'classify', 'fixtures/complaints.csv', '--locale', 'bg', '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Оплаквания — fixtures\/complaints\.csv · записи: 334, класифицирани: 327 · към 2024-10-28\n\n## Типове оплакващи се\n\n\| Тип \| Оплаквания \| Дял \| Еталон \| Разлика \|/);
    expect(md.stdout).toContain('## За мениджър днес');
    expectNoEnglish(md.stdout, 'table.classify.');
    const rollUp = await careInProcess(['--lang', 'bg', 'classify', 'fixtures/complaints.csv', '--locale', 'bg', '--by-customer']);
    expect(rollUp.code).toBe(0);
    expect(rollUp.stdout).toContain('Клиенти по най-сериозния им тип');
    expect(rollUp.stdout).toMatch(/│ Клиент +│ Тип +│ Увереност │ Записи │ Активисти │ Раздразнени │ Изказващи се │ Мълчаливи │ Основание/);
    // The evidence column quotes rule names ("activist-legal"), which are data: the type names are left out of this check.
    expectNoEnglish(rollUp.stdout, 'table.classify.', ['table.classify.type.']);
  });
});

describe('care lint-reply speaks the run\'s language around the findings', () => {
  it('in Russian: each CSV draft\'s headline, the labels, severities and the batch summary; rule names stay', async () => {
    const run = await careInProcess(['--lang', 'ru', 'lint-reply', '--csv', 'fixtures/replies/drafts.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^строка 2 — Оценка 0\/100 · язык en \(определён\) · вид notice \(определён\)\n/);
    expect(run.stdout).toMatch(/│ Стр\.:поз\. │ Важность +│ Правило +│ Замечание +│ Слова +│/);
    expect(run.stdout).toMatch(/│ +1:1 │ ошибка +│ greeting +│/);
    expect(run.stdout).toContain('Что исправить:\n  greeting: ');
    expect(run.stdout).toContain('Замечаний нет: ответ соответствует всем правилам.');
    expect(run.stdout).toContain('3 черновика · в среднем 33 · ниже всех 0 (строка 2) · ниже 90: 2\n');
    expectNoEnglish(run.stdout, 'table.lint.');
  });

  it('in Bulgarian: the complainer type and the findings switched off by a directive', async () => {
    const draft = 'Hello Anna,\n\nThank you for writing, and I am sorry it was late!!!\n<!-- care-lint-disable-next-line shouting -- quoting the customer -->\nYou wrote: "WHERE IS IT!!"\nIt arrives tomorrow.\nIf you have any questions, I am glad to help.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n';
    const run = await careInProcess(['--lang', 'bg', 'lint-reply', '-', '--type', 'irate'], { input: draft });
    expect(run.stdout).toMatch(/^Оценка \d+\/100 · език en \(разпознат\) · вид \S+ \(разпознат\) · отговор на раздразнен клиент\n/);
    expect(run.stdout).toContain('2 забележки са изключени с директиви care-lint: shouting (ред 5), shouting (ред 5).');
    // The findings are in the reply's own language (English here): "The reply to an irate customer does not…".
    expectNoEnglish(run.stdout, 'table.lint.', ['table.lint.replyTo.']);
  });
});

describe('care remind speaks the run\'s language in its list', () => {
  const remind = (lang: string, file: string, template: string, ...more: string[]) =>
    careInProcess(['--lang', lang, 'remind', `fixtures/remind/${file}`, '--template', template, '--as-of', '2025-12-16', '--customers', 'fixtures/remind/customers.csv', ...more]);

  it('in Russian: title, labels, the reason per row and the notes (ids, names, dates, template stay)', async () => {
    const reorder = await remind('ru', 'orders.csv', 'reorder-reminder');
    expect(reorder.code).toBe(0);
    expect(reorder.stdout).toMatch(/^Пора напомнить о повторной покупке — на 2025-12-16 \(reorder-reminder\)\n/);
    expect(reorder.stdout).toMatch(/│ Клиент │ Имя +│ Эл\. почта +│ Последняя покупка │ Дней прошло │ Обычный интервал │ Покупки │ Почему/);
    expect(reorder.stdout).toContain('│ C001   │ Anna Petrova │');
    expect(reorder.stdout).toContain('с последней покупки прошло 45 дней; обычно покупает раз в 30 дн.');
    expect(reorder.stdout).toContain('Пора напомнить: 1 из 5 клиентов.\nУ 2 клиентов меньше трёх дней с покупками');
    expectNoEnglish(reorder.stdout, 'table.remind.');
    const payment = await remind('ru', 'invoices.csv', 'payment-reminder');
    expect(payment.stdout).toContain('не оплачен, просрочка 21 день (срок 2025-11-25)');
    expect(payment.stdout).toContain('Пора напомнить: 3 из 5 счетов.\nСчетов, оплаченных к дате отчёта: 1.');
    expectNoEnglish(payment.stdout, 'table.remind.');
  });

  it('in Bulgarian Markdown: win-back and anniversaries', async () => {
    const winBack = await remind('bg', 'orders.csv', 'win-back', '-f', 'md');
    expect(winBack.stdout).toMatch(/^## Загубени клиенти за връщане — към 2025-12-16 \(win-back\)\n\n\| Клиент \| Име \| Имейл \| Последна покупка \| Изминали дни \| Загубен на \|/);
    expect(winBack.stdout).toContain('без покупка от 276 дни (активен 90 дни след покупка); загубен на 2025-06-13');
    expect(winBack.stdout).toContain('За напомняне: 1 от 5 клиенти.');
    expectNoEnglish(winBack.stdout, 'table.remind.');
    const anniversary = await remind('bg', 'orders.csv', 'anniversary');
    expect(anniversary.stdout).toContain('1 година от първата покупка (2024-12-18), след 2 дни');
    expectNoEnglish(anniversary.stdout, 'table.remind.');
  });
});

describe('care lift speaks the run\'s language in its comparison', () => {
  // test/commands/lift.test.ts's history: a campaign on 2024-04-10 (4 sent, 3 held out) and one
  // customer sent on 2024-06-29 whose 30-day window is still open on 2024-07-19.
  function liftFiles(): { campaign: string; orders: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-lift-lang-'));
    const orders = path.join(dir, 'orders.csv');
    const campaign = path.join(dir, 'campaign.csv');
    const rows = [['s1', '2024-02-20', '1.00'], ['s1', '2024-04-20', '5.00'], ['h1', '2024-02-20', '1.00'], ['h1', '2024-04-15', '3.00'], ['h2', '2024-02-20', '1.00'], ['p1', '2024-07-19', '1.00']];
    writeFileSync(orders, `Order ID,Customer ID,Order Date,Amount,Currency\n${rows.map(([customer, day, amount], i) => `${i + 1},${customer},${day},${amount},EUR`).join('\n')}\n`);
    const sent = [['s1', 'sent', '2024-04-10'], ['h1', 'held-out', '2024-04-10'], ['h2', 'held-out', '2024-04-10'], ['p1', 'sent', '2024-06-29']];
    writeFileSync(campaign, `customer,segment,group,template,as_of,seed,holdout\n${sent.map(([customer, group, day]) => `${customer},at-risk,${group},win-back,${day},7,0.4`).join('\n')}\n`);
    return { campaign, orders };
  }

  it('in Russian: title, labels, metrics, the verdict and the notes', async () => {
    const { campaign, orders } = liftFiles();
    const run = await careInProcess(['--lang', 'ru', 'lift', campaign, orders]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Эффект рассылки win-back, отправленной 2024-04-10 … 2024-06-29\n/);
    expect(run.stdout).toMatch(/│ Показатель +│ Получили │ Контрольная группа │ +Разница │ +95%: от │ +95%: до │/);
    expect(run.stdout).toMatch(/│ Доля купивших +│ +100\.00% │ +50\.00% │ +50\.00 п\. п\. │/);
    expect(run.stdout).toMatch(/\nВывод: .+\.\nПокупки за 30 дн\. после каждого дня рассылки; заказы прочитаны по 2024-07-19\.\n1 клиент не учтён: его окно в 30 дн\. ещё не закончилось\.\n/);
    expectNoEnglish(run.stdout, 'table.lift.');
  });

  it('in Bulgarian Markdown', async () => {
    const { campaign, orders } = liftFiles();
    const run = await careInProcess(['--lang', 'bg', 'lift', campaign, orders, '-f', 'md']);
    expect(run.stdout).toMatch(/^## Ефект на win-back, изпратено 2024-04-10 … 2024-06-29\n\n\| Показател \| Получили \| Контролна група \| Разлика \|/);
    expect(run.stdout).toContain('1 клиент не е включен: неговият 30-дневен прозорец още не е изтекъл.');
    expectNoEnglish(run.stdout, 'table.lift.');
  });
});

describe('care inspect speaks the run\'s language around what it found', () => {
  it('in Russian: the Detected table\'s rows, the columns, the sample and the advice (headers, fields and the command to run stay)', async () => {
    const run = await careInProcess(['--lang', 'ru', 'inspect', 'fixtures/broken/missing-customer-column.csv']);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^fixtures\/broken\/missing-customer-column\.csv — прочитан как orders\n/);
    expect(run.stdout).toMatch(/│ Определено +│ Значение +│/);
    expect(run.stdout).toMatch(/│ вид +│ orders \(по умолчанию\) +│/);
    expect(run.stdout).toMatch(/│ разделитель │ запятая \(,\) +│/);
    expect(run.stdout).toMatch(/│ числа +│ десятичная точка \(1,234\.56\) +│/);
    expect(run.stdout).toMatch(/│ Заголовок +│ Читается как │ Почему +│\n│ order_id +│ order +│ синоним │/);
    expect(run.stdout).toContain('Первые 2 строки, как записаны');
    expect(run.stdout).toContain('не хватает: ');
    expect(run.stdout).toContain('\nчтобы прочитать его, запустите:\n  care retention fixtures/broken/missing-customer-column.csv --map customer=HEADER\n');
    // "orders" is the kind's id, which the title and the kind row quote; "profile" and "kind" are
    // also words of ingest's own reasons ("no built-in profile matches these headers"), quoted as they are.
    expectNoEnglish(run.stdout, 'table.inspect.', ['table.inspect.count.orders', 'table.inspect.row.profile', 'table.inspect.row.kind', 'table.inspect.why.profile']);
  });

  it('in Bulgarian Markdown: a forced profile, the BOM and the counts', async () => {
    const run = await careInProcess(['--lang', 'bg', 'inspect', 'fixtures/exports/amocrm-deals.csv', '--profile', 'amocrm-deals', '-f', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## fixtures\/exports\/amocrm-deals\.csv — прочетен като orders\n\n\| Разпознато \| Стойност \|/);
    expect(run.stdout).toContain('| профил | amocrm-deals (amoCRM (Kommo) — deals export): зададен с --profile amocrm-deals |');
    expect(run.stdout).toContain('| кодиране | utf-8 (с BOM) |');
    expect(run.stdout).toContain('| изключени поръчки | 5 |');
    expect(run.stdout).toContain('## Колони');
  });
});

describe.skipIf(!duckdbAvailable)('care verify speaks the run\'s language in its table', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-verify-lang-'));
  const header = 'order,customer,date,amount';
  const csv = path.join(dir, 'orders.csv');
  writeFileSync(csv, [header, '1,a,2024-01-05,10.00', '2,a,2024-02-10,20.00', '3,b,2024-01-20,5.00', ''].join('\n'));
  // a's second order is 26.00 in the engine's copy: 2 differences (test/commands/verify.test.ts).
  const changed = path.join(dir, 'changed.csv');
  writeFileSync(changed, [header, '1,a,2024-01-05,10.00', '2,a,2024-02-10,26.00', '3,b,2024-01-20,5.00', ''].join('\n'));

  it('in Russian: the count of differences, the summary and the labels; tables, keys and fields stay', async () => {
    const run = await careInProcess(['--lang', 'ru', 'verify', '--engine', `duckdb:${changed}`, csv]);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(`2 расхождения. ${csv} и duckdb:${changed} на 2024-02-10: сравнено периодов — 2, когорт — 1, клиентов — 2.\n`);
    expect(run.stdout).toMatch(/│ Таблица +│ Период \/ когорта \/ клиент │ Поле +│ +CSV │ База данных │\n│ cohort +│ 2024-01 age 1 +│ revenue +│/);
    expectNoEnglish(run.stdout, 'table.verify.');
  }, 60_000);

  it('in Bulgarian: the same numbers, and Markdown', async () => {
    const same = await careInProcess(['--lang', 'bg', 'verify', '--engine', `duckdb:${csv}`, csv]);
    expect(same.stdout).toBe(`Числата съвпадат. ${csv} и duckdb:${csv} към 2024-02-10: сравнени периоди — 2, кохорти — 1, клиенти — 2.\n`);
    const md = await careInProcess(['--lang', 'bg', 'verify', '--engine', `duckdb:${changed}`, csv, '-f', 'md']);
    expect(md.stdout).toMatch(/^## 2 разлики\. .+\n\n\| Таблица \| Период \/ кохорта \/ клиент \| Поле \| CSV \| База данни \|/);
    expectNoEnglish(md.stdout, 'table.verify.');
  }, 60_000);
});

describe('care config show speaks the run\'s language', () => {
  it('in Russian and Bulgarian: no settings, then the settings with where each comes from', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'care-config-lang-'));
    const none = await careInProcess(['--lang', 'ru', 'config', 'show'], { cwd: project, env: {} });
    expect(none.stdout).toBe('Настроек нет. Настройки пользователя: нет (не заданы $XDG_CONFIG_HOME и $HOME); настройки проекта: care.config.json нет ни здесь, ни выше.\n');
    writeFileSync(path.join(project, 'care.config.json'), '{ "churnAfterDays": 60 }\n');
    const shown = await careInProcess(['--lang', 'bg', 'config', 'show'], { cwd: project, env: {} });
    expect(shown.stdout).toMatch(/^Действащи настройки\n/);
    expect(shown.stdout).toMatch(/│ Ключ +│ Стойност │ Откъде +│\n│ churnAfterDays │ 60 +│ проект: .*care\.config\.json │/);
    expect(shown.stdout).toContain('Настройката на проекта е с предимство пред потребителската със същия ключ; командният ред е с предимство пред двете.');
    expectNoEnglish(none.stdout + shown.stdout, 'table.config.');
  });
});

describe('care templates speaks the run\'s language in its lists', () => {
  it('in Russian: the list\'s and the check\'s column heads; names, locales and rules stay', async () => {
    const list = await careInProcess(['--lang', 'ru', 'templates']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^ШАБЛОН +ЯЗЫКИ +ОПИСАНИЕ$/);
    expect(list.stdout).toMatch(/\nwin-back +en ru bg +/);
    expectNoEnglish(list.stdout, 'table.templates.');
    const check = await careInProcess(['--lang', 'ru', 'templates', 'check']);
    const [head, first] = check.stdout.split('\n');
    expect(head).toMatch(/^ШАБЛОН +ЯЗЫК {2}ОЦЕНКА {2}ПРАВИЛА$/);
    // Each column under its head: the score right-aligned under ОЦЕНКА.
    expect(first).toMatch(/^after-sale-thanks +en {4} {3}\d{3} {2}/);
    expect(first!.indexOf('en')).toBe(head!.indexOf('ЯЗЫК'));
    expectNoEnglish(check.stdout, 'table.templates.');
  });

  it('in Bulgarian: a template shown with its variables and the example rendered', async () => {
    const run = await careInProcess(['--lang', 'bg', 'templates', 'show', 'win-back', '--locale', 'bg']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^win-back \(bg; езици: en, ru, bg; вграден\)\n/);
    expect(run.stdout).toContain('\nПроменливи:\n  customer.name   text     задължителна    ');
    expect(run.stdout).toContain('\nПисмото с примерните данни:\n\nТема: ');
    expectNoEnglish(run.stdout, 'table.templates.');
  });

  it('in English the check\'s columns line up under their heads', async () => {
    const run = await careInProcess(['templates', 'check']);
    const [head, first] = run.stdout.split('\n');
    expect(head).toMatch(/^TEMPLATE +LOCALE {2}SCORE {2}RULES$/);
    expect(first!.indexOf('en')).toBe(head!.indexOf('LOCALE'));
    expect(first!.indexOf('100') + 3).toBe(head!.indexOf('SCORE') + 5);
  });
});

describe('care retention --conventions speaks the run\'s language', () => {
  // The notes cite docs/definitions.md's section by its English title, "Churn conventions".
  const cited = ['table.conventions.churn', 'table.conventions.seriesHeading'];
  it('in Russian: the title, labels, notes and the bridge sentences (vendors and conventions stay)', async () => {
    const run = await careInProcess(['--lang', 'ru', 'retention', '--subscriptions', 'fixtures/subscriptions.csv', '--conventions']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Отток по разным методикам — месяц, закончившийся 2026-02-28\n/);
    expect(run.stdout).toMatch(/│ Методика +│ Чьё правило +│ Учтённые дни +│ База │ Ушли │ Отток │ Удержание │/);
    expect(run.stdout).toMatch(/│ amplitude-n-day +│ Amplitude \(N-day, Return On\) +│ когорта впервые замечена 2025-12-01 – 2025-12-30 │/);
    expect(run.stdout).toContain('ChartMogul: те же клиенты, что у care.\n');
    expect(run.stdout).toContain('Клиентов: 12 — новые в окне: добавлены в базу; Stripe Billing: +12 в базе относительно care.\n');
    expectNoEnglish(run.stdout, 'table.conventions.', cited);
  });

  it('in Bulgarian: one convention month by month, and Markdown', async () => {
    const run = await careInProcess(['--lang', 'bg', 'retention', '--subscriptions', 'fixtures/subscriptions.csv', '--convention', 'stripe']);
    expect(run.stdout).toMatch(/^Отлив по месеци — правилото на Stripe Billing\n.*\n│ Месец +│ Отчетени дни +│ База │ Напуснали │ Отлив │ Задържане │/);
    expectNoEnglish(run.stdout, 'table.conventions.', cited);
    const md = await careInProcess(['--lang', 'bg', 'retention', '--subscriptions', 'fixtures/subscriptions.csv', '--conventions', '-f', 'md']);
    expect(md.stdout).toMatch(/^# Отлив по различни методики — 2026-02\n\n## Отлив по различни методики — месецът, завършващ на 2026-02-28\n/);
    expectNoEnglish(md.stdout, 'table.conventions.', cited);
  });
});

describe('care profiles and care schema speak the run\'s language in their lists', () => {
  it('profiles in Russian and in Bulgarian Markdown: title, labels and the note; names, kinds and exports stay', async () => {
    const run = await careInProcess(['--lang', 'ru', 'profiles']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Профили выгрузок \(\d+\) — care inspect ФАЙЛ подскажет, какому профилю файл соответствует; --profile ИМЯ задаёт профиль явно\n/);
    expect(run.stdout).toMatch(/│ Профиль +│ Вид +│ Выгрузка +│\n│ shopify-orders +│ orders +│ Shopify — orders export +│/);
    expect(run.stdout).toContain('care profiles ИМЯ выводит один профиль в JSON');
    // The profiles' own titles are data, and some name an "Export".
    expectNoEnglish(run.stdout, 'table.profiles.', ['table.profiles.export']);
    const md = await careInProcess(['--lang', 'bg', 'profiles', '-f', 'md']);
    expect(md.stdout).toMatch(/^## Профили на експорти \(\d+\) — .+\n\n\| Профил \| Вид \| Експорт \|/);
    expectNoEnglish(md.stdout, 'table.profiles.', ['table.profiles.export']);
  });

  it('the schema list in Bulgarian: its note and the array documents; ids and what prints them stay', async () => {
    const run = await careInProcess(['--lang', 'bg', 'schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ \(масив\) +/);
    expect(run.stdout).toMatch(/\n\ncare schema КОМАНДА \[ИЗГЛЕД\] извежда JSON Schema на един от тях \(например care schema retention mrr\)\.\n$/);
    expectNoEnglish(run.stdout, 'table.schema.');
  });
});

describe('care classify --explain speaks the run\'s language around the record\'s words', () => {
  it('in Russian: the record line, the reading, the evidence table\'s types, parts and statuses, the what-if types', async () => {
    const run = await careInProcess(['--lang', 'ru', 'classify', 'fixtures/complaints.csv', '--explain', 'C0016']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Запись C0016 \(строка 17\): активист\nОснование: .+\nКак прочитано: тема — слова клиента, текст — слова клиента\.\n\nОснования:\n/);
    expect(run.stdout).toContain('  высказывающий канал   "email" — voicer-contact, учтено, перевешено\n  активист      тема    "Court" — activist-legal, решило\n');
    expect(run.stdout).toMatch(/\nЧто изменило бы тип:\n {2}.+ → высказывающий\n$/);
  });

  it('the reason and the what-ifs too, with the record\'s words as written; English unchanged', async () => {
    const ru = await careInProcess(['--lang', 'ru', 'classify', 'fixtures/complaints.csv', '--explain', 'C0016']);
    expect(ru.stdout).toContain('\nОснование: привлечена третья сторона (активист важнее любого другого типа): «Court» (activist-legal, тема), «court» (activist-legal, текст).\n');
    expect(ru.stdout).toContain('\n  без третьей стороны (или с отрицанием: «не пойду в суд») → высказывающий\n');
    expectNoEnglish(ru.stdout, 'table.explain.');
    const bg = await careInProcess(['--lang', 'bg', 'classify', 'fixtures/complaints.csv', '--explain', 'C0002']);
    expect(bg.stdout).toContain('\n  ако беше назована трета страна (адвокат, съд, регулатор, медии) → активист\n');
    expectNoEnglish(bg.stdout, 'table.explain.');
    const en = await careInProcess(['classify', 'fixtures/complaints.csv', '--explain', 'C0016']);
    expect(en.stdout).toContain('\nBecause a third party is brought in (activist beats every other type): "Court" (activist-legal, subject), "court" (activist-legal, text).\n');
    expect(en.stdout).toContain('\n  without the third party (or with it negated or, for a post, only hedged: "might post") → voicer\n');
  });

  it('in Bulgarian: a word set aside as negated', async () => {
    const run = await careInProcess(['--lang', 'bg', 'classify', 'fixtures/complaints.csv', '--explain', 'C0002']);
    expect(run.stdout).toMatch(/^Запис C0002 \(ред 3\): изказващ се\n/);
    expect(run.stdout).toContain('Как е прочетен: тема — няма, текст — думи на клиента.');
    expect(run.stdout).toContain('  активист    текст   "lawyers" — activist-legal, не е отчетено (с отрицание)\n');
    expect(run.stdout).toContain('\nКакво би променило типа:\n');
  });
});
