/**
 * The errors and notices that were care's own words in English only (docs/messages.md, "What is
 * translated"): --fail-if crossed by care retention/weekly and by care lift, an invalid --rules
 * file, a bad row under --strict, the orders reader's repeated-amount warning, a win-back list not
 * ranked. Said in Russian and Bulgarian; the English stays as it was.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-own-words-'));
function file(name: string, lines: string[]): string {
  const full = path.join(dir, name);
  writeFileSync(full, `${lines.join('\n')}\n`);
  return full;
}

/*
 * Weekly periods, active for 7 days after a purchase, as of Wed 28 Jan 2026 (test/commands/weekly.test.ts):
 * the last complete week 2026-W04 starts with {A B D} and ends with {A C E}: B and D lost, churn 2/3 = 66.7%.
 */
const WEEKLY = file('weekly.csv', ['customer_id,order_date,amount', 'A,2026-01-10,10', 'A,2026-01-17,10', 'A,2026-01-24,10', 'B,2026-01-09,10', 'B,2026-01-16,10', 'C,2026-01-11,10', 'C,2026-01-23,10', 'D,2026-01-14,10', 'E,2026-01-20,10']);
const weekly = (lang: string) => careInProcess(['--lang', lang, 'retention', WEEKLY, '--period', 'week', '--churn-after', '7', '--as-of', '2026-01-28', '--format', 'csv', '--fail-if', 'churn>50%,lost>=2']);

describe('--fail-if crossed (care retention, weekly)', () => {
  it('Russian: the frame and the period in words, the checks as --fail-if writes them; the English as before', async () => {
    const en = await weekly('en');
    expect(en.code).toBe(4);
    expect(en.stderr).toBe('care: threshold crossed: churn 66.7% > 50%, lost 2 >= 2 (period 2026-W04)\n');
    const run = await weekly('ru');
    expect(run.code).toBe(4);
    expect(run.stderr).toBe('care: сработал порог: churn 66.7% > 50%, lost 2 >= 2 (период 2026-W04)\n');
  });

  it('Bulgarian', async () => {
    expect((await weekly('bg')).stderr).toBe('care: задействан праг: churn 66.7% > 50%, lost 2 >= 2 (период 2026-W04)\n');
  });

  it('a threshold that cannot be checked yet (as of 10 Jan, no week has ended): the reason in words', async () => {
    const args = ['retention', WEEKLY, '--period', 'week', '--churn-after', '7', '--as-of', '2026-01-10', '--format', 'csv', '--fail-if', 'churn>50%'];
    expect((await careInProcess(args)).stderr).toBe('care: --fail-if "churn>50%": not checked: no complete period yet\n');
    expect((await careInProcess(['--lang', 'ru', ...args])).stderr).toBe('care: --fail-if "churn>50%": не проверено: ещё нет ни одного завершённого периода\n');
    expect((await careInProcess(['--lang', 'bg', ...args])).stderr).toBe('care: --fail-if "churn>50%": не е проверено: още няма завършен период\n');
  });
});

/*
 * care lift: 4 sent and 3 held-out customers with a finished 30-day window (one more sent customer
 * is pending). Sent: s1 (day 110), s2 (130), s3 (131) bought within 30 days of day 100 → 3/4; s4's
 * only later order is a refund (-1.00) → no purchase. Held out: h1 (105) bought → 1/3. The rates
 * differ by 75% − 33.3% = 41.7 points, with an interval wide enough to span 0 → "no evidence yet".
 */
const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
const LIFT_ORDERS = file('lift-orders.csv', [
  'Order ID,Customer ID,Order Date,Amount,Currency',
  ...([['s1', 50, '1.00'], ['s1', 110, '5.00'], ['s2', 50, '1.00'], ['s2', 130, '10.00'], ['s2', 140, '2.00'], ['s3', 50, '1.00'], ['s3', 131, '7.00'], ['s4', 50, '1.00'], ['s4', 120, '-1.00'], ['h1', 50, '1.00'], ['h1', 105, '3.00'], ['h2', 50, '1.00'], ['h3', 99, '4.00'], ['p1', 200, '1.00']] as const).map(
    ([customer, n, amount], i) => `${i + 1},${customer},${day(n)},${amount},EUR`,
  ),
]);
const CAMPAIGN = file('campaign.csv', [
  'customer,segment,group,template,as_of,seed,holdout',
  ...([['s1', 'sent'], ['s2', 'sent'], ['s3', 'sent'], ['s4', 'sent'], ['h1', 'held-out'], ['h2', 'held-out'], ['h3', 'held-out']] as const).map(([customer, group]) => `${customer},at-risk,${group},win-back,${day(100)},7,0.4`),
]);
const lift = (lang: string) => careInProcess(['--lang', lang, 'lift', CAMPAIGN, LIFT_ORDERS, '--fail-if', 'no-evidence']);

describe('--fail-if crossed by care lift', () => {
  it('English as before; the numbers of the Russian and Bulgarian verdicts are the same, written with a decimal comma', async () => {
    const en = await lift('en');
    expect(en.code).toBe(4);
    const verdict = /^care: the lift verdict is no-evidence: no evidence yet: about (\d+) more customers per group are needed to see a 2-point lift \(95% interval (-?[\d.]+) to ([\d.]+) points\)$/m.exec(en.stderr);
    expect(verdict).not.toBeNull();
    expect(en.stderr).toContain('\n  hint: the output above was printed in full; --fail-if decides only the exit code\n');
    const [, more, low, high] = verdict!;
    const comma = (text: string) => text.replace('.', ',');
    const grouped = (text: string) => Number(text).toLocaleString('ru-RU').replace(/\s/g, '\u00a0');

    const ru = await lift('ru');
    expect(ru.code).toBe(4);
    expect(ru.stderr).toContain(
      `care: вывод care lift — no-evidence: доказательств пока нет: чтобы увидеть прирост в 2 п. п., нужно ещё примерно ${grouped(more!)} клиентов в каждой группе (95%-й интервал от ${comma(low!)} до ${comma(high!)} п. п.)\n  подсказка: вывод выше напечатан полностью; --fail-if влияет только на код выхода\n`,
    );
    const bg = await lift('bg');
    expect(bg.stderr).toContain(
      `care: изводът на care lift е no-evidence: още няма доказателство: за да се види ръст от 2 п.п., са нужни още около ${grouped(more!)} клиенти на група (95% интервал от ${comma(low!)} до ${comma(high!)} п.п.)\n  подсказка: изходът по-горе е отпечатан изцяло; --fail-if решава само кода на изход\n`,
    );
  });
});

/** A new rule without a type or terms, an unknown key in a rule and one at the top, a rule disabled that does not exist. */
const RULES = path.join(dir, 'rules.json');
writeFileSync(RULES, JSON.stringify({ rules: { 'new-rule': { weight: 0.5, channel: 1 }, 'no-such-rule': { disabled: true } }, extra: 1 }));
const MERGED = path.join(dir, 'merged-rules.json');
writeFileSync(MERGED, JSON.stringify({ rules: { 'new-rule': { weight: 0.5 }, 'no-such-rule': { disabled: true } } }));
const classify = (lang: string, rules = RULES) => careInProcess(['--lang', lang, 'classify', 'fixtures/complaints.csv', '--rules', rules]);

describe('an invalid --rules file', () => {
  it('Russian and Bulgarian: care\'s words translated, the key paths as written; the English as before', async () => {
    const run = await classify('en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`care: ${RULES}: invalid rules: rules.new-rule.channel: unknown key; extra: unknown key\n  hint: fix the entries named above; the format is described in src/classify/schema.ts\n`);
    expect((await classify('ru')).stderr).toBe(`care: ${RULES}: некорректные правила: rules.new-rule.channel: неизвестный ключ; extra: неизвестный ключ\n  подсказка: исправьте названные выше записи; формат описан в src/classify/schema.ts\n`);
    expect((await classify('bg')).stderr).toBe(`care: ${RULES}: невалидни правила: rules.new-rule.channel: непознат ключ; extra: непознат ключ\n  подсказка: поправете посочените по-горе записи; форматът е описан в src/classify/schema.ts\n`);
  });

  it('the rules merged over the built-in ones: a new rule without its fields, a rule disabled that is not there', async () => {
    const en = await classify('en', MERGED);
    expect(en.stderr.split('\n')[0]).toBe(`care: ${MERGED}: invalid rules: rules.new-rule.type: required for a new rule; rules.new-rule.terms: required for a new rule; rules.no-such-rule.disabled: there is no rule "no-such-rule" to disable`);
    expect((await classify('ru', MERGED)).stderr.split('\n')[0]).toBe(
      `care: ${MERGED}: некорректные правила: rules.new-rule.type: обязательно для нового правила; rules.new-rule.terms: обязательно для нового правила; rules.no-such-rule.disabled: правила «no-such-rule» нет, отключать нечего`,
    );
    expect((await classify('bg', MERGED)).stderr.split('\n')[0]).toBe(
      `care: ${MERGED}: невалидни правила: rules.new-rule.type: задължително за ново правило; rules.new-rule.terms: задължително за ново правило; rules.no-such-rule.disabled: няма правило „no-such-rule“, което да се изключи`,
    );
  });
});

describe('an invalid --rules file: the schema\'s own words', () => {
  const SCHEMA = path.join(dir, 'schema-rules.json');
  writeFileSync(SCHEMA, JSON.stringify({ rules: { 'new-rule': { type: 'irate', weight: 2, terms: { ru: ['с*'], EN: ['x'] } } } }));

  it('a weight out of range, a stem too short, a language code in capitals', async () => {
    const en = await classify('en', SCHEMA);
    expect(en.stderr.split('\n')[0]).toBe(
      `care: ${SCHEMA}: invalid rules: rules.new-rule.weight: a weight is between 0 and 1; rules.new-rule.terms.ru[0]: stem "с*" is too short: a stem needs at least 3 letters before "*"; rules.new-rule.terms.EN: bad key: a language code is two or three lower-case letters, e.g. "en", "ru", "bg"`,
    );
    expect((await classify('ru', SCHEMA)).stderr.split('\n')[0]).toBe(
      `care: ${SCHEMA}: некорректные правила: rules.new-rule.weight: вес лежит в пределах от 0 до 1; rules.new-rule.terms.ru[0]: основа «с*» слишком короткая: перед «*» нужны хотя бы 3 буквы; rules.new-rule.terms.EN: неверный ключ: код языка — две или три строчные латинские буквы, например "en", "ru", "bg"`,
    );
    expect((await classify('bg', SCHEMA)).stderr.split('\n')[0]).toBe(
      `care: ${SCHEMA}: невалидни правила: rules.new-rule.weight: теглото е между 0 и 1; rules.new-rule.terms.ru[0]: основата „с*“ е твърде къса: преди „*“ са нужни поне 3 букви; rules.new-rule.terms.EN: грешен ключ: кодът на езика е две или три малки латински букви, например "en", "ru", "bg"`,
    );
  });
});

describe('a bad row under --strict', () => {
  const BAD_DATE = file('bad-date.csv', ['customer_id,order_date,amount', 'A,2026-01-10,10', 'B,2026-13-45,10']);
  const RAGGED = file('ragged.csv', ['customer_id,order_date,amount', 'A,2026-01-10,10', 'B,2026-01-11,10,extra']);

  it('Russian and Bulgarian: the detail and the hint; the English as before', async () => {
    const run = await careInProcess(['retention', BAD_DATE, '--strict']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`care: ${BAD_DATE}, line 3, field "date": "2026-13-45" is not a date\n  hint: fix the row, or run without --strict to skip bad rows and count them\n`);
    expect((await careInProcess(['--lang', 'ru', 'retention', BAD_DATE, '--strict'])).stderr).toBe(
      `care: ${BAD_DATE}, строка 3, поле «date»: «2026-13-45» — не дата\n  подсказка: исправьте строку или запустите без --strict, чтобы плохие строки пропускались и подсчитывались\n`,
    );
    expect((await careInProcess(['--lang', 'bg', 'retention', BAD_DATE, '--strict'])).stderr).toBe(
      `care: ${BAD_DATE}, ред 3, поле „date“: „2026-13-45“ не е дата\n  подсказка: поправете реда или пуснете без --strict, за да се пропускат и броят лошите редове\n`,
    );
  });

  it('a row with 4 fields where the header has 3, with the Russian plural', async () => {
    const run = await careInProcess(['--lang', 'ru', 'retention', RAGGED, '--strict']);
    expect(run.code).toBe(3);
    expect(run.stderr.split('\n')[0]).toBe(`care: ${RAGGED}, строка 3: 4 поля, а в заголовке 3`);
  });
});

describe('notices', () => {
  // Order 1 (3 items) and order 2 (2 items) repeat their total on every row: taken once per order.
  const ITEMS = file('items.csv', ['Order,Customer,Date,Order Total,Product', '1,A,2024-01-05,30.00,Tea', '1,A,2024-01-05,30.00,Cups', '1,A,2024-01-05,30.00,Honey', '2,B,2024-01-06,20.00,Tea', '2,B,2024-01-06,20.00,Jam', '3,B,2024-02-06,7.00,Tea']);

  it('the orders reader\'s repeated amounts', async () => {
    const en = await careInProcess(['retention', ITEMS, '--format', 'csv']);
    expect(en.stderr).toContain(`care: warning: ${ITEMS}: every row of an order repeats its "Order Total" while the items differ (2 such orders in the first rows): taken once per order, not summed;`);
    const ru = await careInProcess(['--lang', 'ru', 'retention', ITEMS, '--format', 'csv']);
    expect(ru.stderr).toContain(`care: предупреждение: ${ITEMS}: каждая строка заказа повторяет его «Order Total», хотя товары разные (2 таких заказа в первых строках): сумма взята один раз на заказ, без сложения;`);
    const bg = await careInProcess(['--lang', 'bg', 'retention', ITEMS, '--format', 'csv']);
    expect(bg.stderr).toContain(`care: предупреждение: ${ITEMS}: всеки ред на поръчка повтаря нейното „Order Total“, макар артикулите да са различни (2 такива поръчки в първите редове): взето е веднъж на поръчка, не е сумирано;`);
  });

  it('a win-back list not ranked, with the reason in the language', async () => {
    // fixtures/remind/orders.csv: 5 customers, all of whom bought again — too few for BG/NBD (20 needed).
    const args = ['remind', 'fixtures/remind/orders.csv', '--template', 'win-back', '--as-of', '2025-12-16', '--format', 'json'];
    expect((await careInProcess(args)).stderr).toContain('care: win-back: not ranked by P(no purchase): only 5 of 5 customers bought again (at least 20 are needed to fit BG/NBD)\n');
    expect((await careInProcess(['--lang', 'ru', ...args])).stderr).toContain('care: win-back: без порядка по P(нет покупки): повторно купили лишь 5 из 5 клиентов (для подбора BG/NBD нужно не меньше 20)\n');
    expect((await careInProcess(['--lang', 'bg', ...args])).stderr).toContain('care: win-back: без подреждане по P(без покупка): само 5 от 5 клиенти са купили отново (за напасване на BG/NBD са нужни поне 20)\n');
  });
});
