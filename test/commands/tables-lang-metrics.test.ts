/**
 * The metric commands' text tables in the run's language (docs/messages.md): titles, heading
 * lines, column labels and notes are said in --lang; numbers, dates, periods, cohorts and ids stay
 * as data. Besides the phrases each case checks, no English phrase of the tables' catalog
 * (src/i18n/messages/tables/metrics-en.ts) is left in a Russian or Bulgarian table.
 */
import { describe, expect, it } from 'vitest';
import { metricsTablesBg } from '../../src/i18n/messages/tables/metrics-bg.js';
import { metricsTablesEn } from '../../src/i18n/messages/tables/metrics-en.js';
import { metricsTablesRu } from '../../src/i18n/messages/tables/metrics-ru.js';
import type { Message } from '../../src/i18n/types.js';
import { careInProcess } from '../helpers/care-in-process.js';

const TRANSLATED = { ru: metricsTablesRu, bg: metricsTablesBg } as const;

const variants = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => text !== undefined));

/**
 * The English phrases of the catalog a translation says otherwise: each text cut at its
 * placeholders, pieces of four letters or more (CRR, NPS, LTV and the like stay as they are).
 */
function englishPhrases(lang: keyof typeof TRANSLATED): string[] {
  const phrases = new Set<string>();
  for (const [key, english] of Object.entries(metricsTablesEn) as [keyof typeof metricsTablesEn, Message][]) {
    const translated = new Set(variants(TRANSLATED[lang][key]));
    for (const text of variants(english)) {
      if (translated.has(text)) continue;
      for (const piece of text.split(/\{\w+\}/)) {
        const phrase = piece.trim();
        // A phrase the translation keeps (CSAT, --format csv) is not English left behind.
        if ((phrase.match(/[A-Za-z]/g) ?? []).length >= 4 && ![...translated].some((text) => text.includes(phrase))) phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}

/** Whether a phrase stands in a text as whole words ("Segment" is not in "Segments"). */
function holds(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + phrase.length] ?? '')) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

/** Runs care and checks the run succeeded and its tables hold none of the catalog's English phrases (but the `data` asked for in English). */
async function tablesIn(lang: keyof typeof TRANSLATED, args: string[], data: readonly string[] = []): Promise<string> {
  const run = await careInProcess(['--lang', lang, ...args]);
  expect(run.code, run.stderr).toBe(0);
  const left = englishPhrases(lang).filter((phrase) => !data.includes(phrase) && holds(run.stdout, phrase));
  expect(left, `English left in the ${lang} tables of care ${args.join(' ')}`).toEqual([]);
  return run.stdout;
}

describe('care retention --compare and --mrr speak the run\'s language', () => {
  it('the comparison in Russian: metric names, points and the interval', async () => {
    const out = await tablesIn('ru', ['retention', 'fixtures/orders.csv', '--compare']);
    expect(out).toContain('Изменение: 2026-02 к 2026-01');
    expect(out).toMatch(/│ Показатель +│ 2026-01 │ 2026-02 │ +Изменение │/);
    expect(out).toMatch(/│ На начало +│ +421 │ +464 │ +\+43 \(\+10\.2%\) │/);
    expect(out).toContain('+2.1 п.п. (от -3.3 п.п. до +7.5 п.п.)');
    expect(out).toContain('Период 2026-03 ещё идёт (неполный) и не сравнивается.');
  });

  it('the comparison in Bulgarian Markdown', async () => {
    const out = await tablesIn('bg', ['retention', 'fixtures/orders.csv', '--compare', '-f', 'md']);
    expect(out).toContain('## Промяна: 2026-02 спрямо 2026-01');
    expect(out).toContain('| Показател | 2026-01 | 2026-02 | Промяна |');
    expect(out).toContain('| Отлив | 22.3% | 20.3% | -2.1 пр.п. (от -7.5 пр.п. до +3.3 пр.п.) |');
  });

  it('MRR movements in Russian and Bulgarian', async () => {
    const ru = await tablesIn('ru', ['retention', '--subscriptions', 'fixtures/subscriptions.csv', '--mrr']);
    expect(ru).toMatch(/^Движение MRR\n/);
    expect(ru).toMatch(/│ Период +│ MRR на начало │ +Новые │ Расширение │ Возврат │ Сокращение │ +Отток │ MRR на конец │ +GRR │ +NRR │ Quick ratio │ +ARPA │/);
    expect(ru).toContain('Удержание выручки по когортам');
    expect(ru).toContain('Показаны возрасты +0…+12 из +');
    const bg = await tablesIn('bg', ['retention', '--subscriptions', 'fixtures/subscriptions.csv', '--mrr', '-f', 'md']);
    expect(bg).toContain('## Задържане на приходите по кохорти');
    expect(bg).toContain('| Кохорта | Клиенти |');
  });
});

describe('care segments speaks the run\'s language', () => {
  it('in Russian: the segment names follow --lang when neither --names nor the config says', async () => {
    const out = await tablesIn('ru', ['segments', 'fixtures/orders.csv', '--since', '2025-06-01']);
    expect(out).toMatch(/^RFM-сегменты на 2026-03-05\n/);
    expect(out).toMatch(/│ Сегмент +│ Клиентов │ +Доля │ +Выручка │ Доля выручки │ Шаблон +│ Напоминание │/);
    expect(out).toMatch(/│ Чемпионы +│ +212 │ +9\.0% │/);
    expect(out).toContain('2,357 клиентов с покупкой не позже 2026-03-05; оценки 1–5 по давности, частоте и сумме покупок (по квинтилям).');
    expect(out).toContain('Переходы между сегментами с 2025-06-01 по 2026-03-05');
    expect(out).toMatch(/│ Откуда +│ Куда +│ Клиентов │/);
    expect(out).toContain('1,559 клиентов сменили сегмент, 798 остались в своём.');
  });

  it('in Bulgarian Markdown; --names en keeps English segment names, and CSV stays English', async () => {
    const out = await tablesIn('bg', ['segments', 'fixtures/orders.csv', '--names', 'en', '-f', 'md'], ['Lost', 'New']);
    expect(out).toMatch(/^## RFM сегменти към 2026-03-05\n\n\| Сегмент \| Клиенти \| Дял \| Приходи \| Дял от приходите \| Шаблон \| Напомняне \|/);
    expect(out).toContain('| Champions | 212 |');
    const csv = await careInProcess(['--lang', 'bg', 'segments', 'fixtures/orders.csv', '-f', 'csv']);
    expect(csv.stdout).toMatch(/^segment,customers,customerShare,revenue,revenueShare,template,rule\nChampions,212,/);
  });
});

describe('care sla speaks the run\'s language', () => {
  const tickets = 'fixtures/exports/zendesk-tickets.csv';
  /** The file's name is in the heading. */
  const fileName = ['tickets'];

  it('in Russian: the heading (12 takes "many"), the summary\'s labels and totals row, the notes and the breaches', async () => {
    const out = await tablesIn('ru', ['sla', tickets, '--first-response', '1h', '--resolution', '8h', '--period', 'week', '--by', 'channel'], fileName);
    expect(out).toMatch(/^Скорость ответа: fixtures\/exports\/zendesk-tickets\.csv на 2024-03-11T10:35:00\.000Z · 12 обращений\n/);
    expect(out).toMatch(/│ Период +│ Канал +│ Обращений │ Ещё открыто │ Ответ: медиана │ Ответ: p90 │ Ответ: в срок │ Ответ: просрочено │ Решение: медиана │/);
    expect(out).toMatch(/│ все +│ все +│ +12 │ +5 │ +35m │/);
    expect(out).toContain('Календарное время: от создания обращения до первого ответа / до (последнего) решения.');
    expect(out).toContain('Сроки: Первый ответ — 1h 00m, Решение — 8h 00m. «В срок»');
    expect(out).toContain('Нарушения SLA (10)');
    expect(out).toMatch(/│ 4104 +│ Решение +│ +7d 3h │ 8h 00m │ ещё открыто +│ Mail/);
  });

  it('in Bulgarian Markdown: business time, no target, and the --compare table', async () => {
    const out = await tablesIn('bg', ['sla', tickets, '--first-response', '1h', '--period', 'week', '--compare', '--business-hours', 'Mon-Fri 09:00-18:00', '-f', 'md'], fileName);
    expect(out).toMatch(/^# Скорост на отговор: fixtures\/exports\/zendesk-tickets\.csv към 2024-03-11T10:35:00\.000Z · 12 запитвания\n\n## Скорост на отговор\n/);
    expect(out).toContain('Работно време: Mon-Fri 09:00-18:00, часова зона UTC.');
    expect(out).toContain('Срокове: Първи отговор — 1h 00m, Решаване — няма зададен срок.');
    expect(out).toContain('## 2024-W10 спрямо 2024-W09');
    expect(out).toContain('| CSAT | 50.0% | 66.7% | +16.7 пр.п. |');
  });
});

describe('care nps speaks the run\'s language', () => {
  it('in Russian: the heading, the summary, the chart, the trend, value tiers and buyer types, and the known note', async () => {
    const out = await tablesIn('ru', ['nps', 'fixtures/survey/survey.csv', '--orders', 'fixtures/survey/orders.csv', '--period', 'month']);
    expect(out).toMatch(/^NPS — fixtures\/survey\/survey\.csv · 12 ответов · на 2024-03-20\n\nИндекс NPS\n/);
    expect(out).toMatch(/│ Промоутеры \(9–10\) │ +6 │ +50\.0% │/);
    expect(out).toContain('NPS +16.7 ± 50.8 пункта (погрешность 95%; NPS = % промоутеров − % критиков).');
    expect(out).toContain('CSAT 66.7%: 8 из 12 оценок — 4 или 5 из 5.');
    expect(out).toContain('█ критики 0–6  █ нейтралы 7–8  █ промоутеры 9–10');
    expect(out).toContain('NPS по месяцам');
    expect(out).toMatch(/│ Период +│ Ответов │ Промоутеры │ Нейтралы │ Критики │ +NPS │ Погрешность 95% │ Изменение │/);
    expect(out).toMatch(/│ Верхние 20% +│ +2 │/);
    expect(out).toMatch(/│ Повторные \(2\+ заказа\) +│ +3 │/);
    expect(out).toContain('На критиков приходится 41.5% выручки ответивших клиентов (1,120.00 EUR), 41.3% всей выручки.');
    expect(out).not.toContain('Only 12 answers');
  });

  it('in Bulgarian Markdown: the distribution table and a --by segment', async () => {
    const out = await tablesIn('bg', ['nps', 'fixtures/survey/survey.csv', '--by', 'Segment', '-f', 'md'], ['Segment']);
    expect(out).toMatch(/^# NPS — fixtures\/survey\/survey\.csv · 12 отговора · към 2024-03-20\n\n## Нетен промоутърски индекс \(NPS\)\n/);
    expect(out).toContain('| Оценка | Група | Отговори | Дял |');
    expect(out).toContain('| 9 | промоутър | 3 | 25.0% |');
    expect(out).toContain('## NPS по „Segment“');
  });
});

describe('care ltv speaks the run\'s language', () => {
  const cdnow = 'fixtures/cdnow/cdnow-sample.csv';

  it('the simple LTV in Russian: heading, metric names, years and the notes', async () => {
    const out = await tablesIn('ru', ['ltv', 'fixtures/orders.csv']);
    expect(out).toMatch(/^Ценность клиента \(LTV\) — на 2026-03-05 · простая модель\n\nПростой LTV\n/);
    expect(out).toMatch(/│ Показатель +│ +Значение │/);
    expect(out).toMatch(/│ Средний чек +│ 3,444\.87 RUB │/);
    expect(out).toMatch(/│ Ожидаемый срок жизни \(1 \/ отток\) │ +1\.2 года │/);
    expect(out).toContain('LTV = средний чек × покупок на клиента в год × ожидаемый срок жизни × маржа.');
  });

  it('the historical curves in Bulgarian Markdown', async () => {
    const out = await tablesIn('bg', ['ltv', 'fixtures/orders.csv', '--model', 'historical', '-f', 'md']);
    expect(out).toMatch(/^# Стойност на клиента \(LTV\) — към 2026-03-05 · историческа\n\n## Историческа LTV по възраст на кохортите\n/);
    expect(out).toContain('| Всички кохорти | 2,357 |');
    expect(out).toContain('Нетни приходи на клиент досега: 8,613.60 RUB (2,357 клиенти, 20,302,263.50 RUB).');
    expect(out).toContain('Текущият месец още тече: последната възраст на всяка кохорта е непълна.');
  });

  it('--model auto --calibration-end in Russian: parameters, comparison, holdout, report card and the tracking chart', async () => {
    const out = await tablesIn('ru', ['ltv', cdnow, '--model', 'auto', '--calibration-end', '1997-09-30']);
    expect(out).toMatch(/^Ценность клиента \(LTV\) — на 1998-06-30 · лучшая из BG\/NBD, Pareto\/NBD, MBG\/NBD \+ Gamma-Gamma\n\nПараметры модели\n/);
    expect(out).toMatch(/│ Pareto\/NBD α \(нед\.\), стандартная ошибка │ +0\.85 │/);
    expect(out).toMatch(/│ Модель +│ Логарифм правдоподобия │ +BIC │ MAE на проверке │ RMSE на проверке │ Выбрана │/);
    expect(out).toMatch(/│ Pareto\/NBD │ +-9590\.93 │ 19212\.90 │ +0\.7569 │ +1\.6055 │ да +│/);
    expect(out).toContain('Прогноз (Pareto/NBD + Gamma-Gamma)');
    expect(out).toMatch(/│ Ожидаемые покупки за 52 нед\. +│ +2,109\.31 │/);
    expect(out).toMatch(/│ +Все │ +2,349 │ +1,882 │ 1,665\.12 │/);
    expect(out).toContain('Оценка модели — удовлетворительно');
    expect(out).toContain('удовлетворительно: P(alive) лучше правила «покупал за последние 90 дн.» различает, кто купит снова (AUC 0.73 против 0.67), но общий прогноз ошибается на 12%.');
    expect(out).toMatch(/│ 39 \(конец калибровки\) │ 1997-09-30 +│/);
    // The sparklines start in one column whatever the names' lengths.
    expect(out).toMatch(/\nОжидание ▁+.*\nФакт {5}▁/);
  });

  it('--intervals in Bulgarian Markdown: the top customers with their intervals', async () => {
    const out = await tablesIn('bg', ['ltv', cdnow, '--model', 'bgnbd', '--intervals', '--seed', '3', '-f', 'md']);
    expect(out).toContain('## Клиенти с най-висока CLV, с 90% интервали');
    expect(out).toContain('| Клиент | Повторни покупки | P(alive) | Очаквани покупки | CLV | P(без покупка за 90 дни) |');
    expect(out).toContain('Интервали: параметричен бутстрап с извадки на параметрите: 200 (seed 3);');
  });

  it('the warnings the catalogs know, in Russian Markdown and under the Bulgarian report\'s LTV', async () => {
    const ltv = await tablesIn('ru', ['ltv', 'fixtures/survey/orders.csv', '--model', 'bgnbd', '-f', 'md']);
    expect(ltv).toContain('\n## Предупреждения\n\n- повторно купили лишь 3 из 10 клиентов (для подбора BG/NBD нужно не меньше 20)\n');
    const report = await tablesIn('bg', ['report', 'fixtures/survey/orders.csv'], ['historical']);
    expect(report).toContain('Предупреждение: само 3 от 10 клиенти са купили отново (за напасване на BG/NBD са нужни поне 20)');
  });

  it('sBG subscriptions in Bulgarian and Russian', async () => {
    const bg = await tablesIn('bg', ['ltv', '--subscriptions', 'fixtures/subscriptions.csv', '--model', 'sbg']);
    expect(bg).toMatch(/^LTV на абонатите \(sBG\) към 2026-03-01 · кохорти по месеци\n\nЗадържане на абонатите \(sBG\) по месечни кохорти\n/);
    expect(bg).toMatch(/│ Кохорта +│ Клиенти │ Още абонирани │ +α │ +β │ Прогноза след 12 месеца │ +DERL │ Остатъчна стойност │/);
    expect(bg).toContain('DERL: очакваните бъдещи плащания на все още абониран клиент, дисконтирани с 0.8% на месец (Fader & Hardie 2010).');
    const ru = await tablesIn('ru', ['ltv', '--subscriptions', 'fixtures/subscriptions.csv', '--model', 'sbg', '-f', 'md']);
    expect(ru).toContain('| Когорта | Клиенты | Ещё подписаны | α | β | Прогноз через 12 месяцев | DERL | Остаточная ценность |');
  });
});

describe('care report speaks the run\'s language', () => {
  const sections = ['--survey', 'fixtures/survey/survey.csv', '--tickets', 'fixtures/exports/zendesk-tickets.csv', '--subscriptions', 'fixtures/subscriptions.csv'];
  /** "care ltv --model historical" names an option's value. */
  const optionValue = ['historical'];

  it('in Russian: every section\'s titles, labels and notes, the headline figures, segment names', async () => {
    const out = await tablesIn('ru', ['report', 'fixtures/orders.csv', ...sections], optionValue);
    expect(out).toMatch(/^Отчёт по клиентам — на 2026-03-05\n\nКлючевые показатели\n/);
    expect(out).toMatch(/│ Активны сейчас \(покупали за последние 90 дн\.\) │ +441 │/);
    expect(out).toMatch(/│ Удержание, 2026-02 +│ +79\.7% │/);
    expect(out).toContain('\nПоследние 6 месяцев\n');
    expect(out).toContain('Ценность клиента (простой LTV)');
    expect(out).toContain('Показаны последние 6 когорт; все когорты — в care ltv --model historical.');
    expect(out).toMatch(/│ Чемпионы +│ +212 │/);
    expect(out).toContain('Подписки — последние 6 месяцев (на 2026-03-01)');
    expect(out).toContain('Движение MRR');
    expect(out).toContain('Индекс NPS');
    expect(out).toContain('█ критики 0–6  █ нейтралы 7–8  █ промоутеры 9–10');
    expect(out).toContain('Сроки: Первый ответ — срок не задан, Решение — срок не задан.');
  });

  it('the complaints section in Russian names the types in the table cells too', async () => {
    const out = await tablesIn('ru', ['report', 'fixtures/orders.csv', '--complaints', 'fixtures/complaints.csv'], optionValue);
    expect(out).toMatch(/│ Тип +│ Канал +│ Жалобы │\n│ активист +│/);
    expect(out).not.toMatch(/│ (activist|irate|voicer|silent) /);
  });

  it('in Bulgarian Markdown, and the CSV of the headline stays English', async () => {
    const out = await tablesIn('bg', ['report', 'fixtures/orders.csv', ...sections, '-f', 'md'], optionValue);
    expect(out).toMatch(/^# Отчет за клиентите — към 2026-03-05\n\n## Основни показатели\n\n\| Показател \| Стойност \|/);
    expect(out).toContain('| Клиенти (купували поне веднъж) | 2,357 |');
    expect(out).toContain('## Последните 6 месеца');
    expect(out).toContain('## Абонаменти — последните 6 месеца (към 2026-03-01)');
    expect(out).toContain('## Оценки 0–10');
    const csv = await careInProcess(['--lang', 'bg', 'report', 'fixtures/orders.csv', '-f', 'csv']);
    expect(csv.stdout).toMatch(/^metric,value\nCustomers \(ever bought\),2357\n/);
  });
});
