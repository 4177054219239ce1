/**
 * care's own words that were English only (docs/messages.md, "What is translated"): care ltv
 * --model sbg's warnings, and the readers' reasons care inspect shows in its tables. Said in
 * Russian and Bulgarian; the English and the JSON stay as they were.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownProfileReason, PROFILE_REASON_KEYS, sayIn } from '../../src/i18n/index.js';
import { sbgByCohort } from '../../src/metrics/ltv/sbg-cohorts.js';
import { careInProcess } from '../helpers/care-in-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-lang-inspect-sbg-'));
function file(name: string, lines: string[]): string {
  const full = path.join(dir, name);
  writeFileSync(full, `${lines.join('\n')}\n`);
  return full;
}

/** Two customers who started in January 2025 and are still subscribed: nobody churned, so no sBG fit. */
const NO_CHURN = file('no-churn.csv', ['customer_id,plan,start_date,end_date,mrr', 'A,basic,2025-01-10,,19.00', 'B,basic,2025-01-20,,19.00']);
const sbg = (lang: string, subscriptions: string, ...rest: string[]) => careInProcess(['--lang', lang, 'ltv', '--subscriptions', subscriptions, '--model', 'sbg', ...rest]);

describe('care ltv --model sbg: its warnings', () => {
  it('no fit: nobody churned by 30 June (five ended months), no full month by 25 January; the JSON in English', async () => {
    expect((await sbg('en', NO_CHURN, '--as-of', '2025-06-30')).stderr).toBe('care: warning: no customer has churned yet: sBG cannot estimate churn\n');
    expect((await sbg('ru', NO_CHURN, '--as-of', '2025-06-30')).stderr).toBe('care: предупреждение: ещё ни один клиент не ушёл: sBG не может оценить отток\n');
    expect((await sbg('bg', NO_CHURN, '--as-of', '2025-06-30')).stderr).toBe('care: предупреждение: още нито един клиент не е напуснал: sBG не може да оцени отлива\n');
    expect((await sbg('en', NO_CHURN, '--as-of', '2025-01-25')).stderr).toBe('care: warning: no cohort has a full period to fit sBG on\n');
    expect((await sbg('ru', NO_CHURN, '--as-of', '2025-01-25')).stderr).toBe('care: предупреждение: ни у одной когорты нет полного периода, чтобы подобрать sBG\n');
    expect((await sbg('bg', NO_CHURN, '--as-of', '2025-01-25')).stderr).toBe('care: предупреждение: нито една кохорта няма пълен период, по който да се напасне sBG\n');
    // The JSON keeps the English warning, its code and message only, in a Russian run.
    const json = JSON.parse((await sbg('ru', NO_CHURN, '--as-of', '2025-06-30', '--format', 'json')).stdout);
    expect(json.warnings).toEqual([{ code: 'CARE_LTV_SBG_NOT_FITTED', message: 'no customer has churned yet: sBG cannot estimate churn' }]);
  });

  it('no heterogeneity (the bundled fixture): which fits, α + β in millions, the pooled churn per month', async () => {
    const en = await sbg('en', 'fixtures/subscriptions.csv');
    expect(en.stderr).toMatch(/^care: warning: sBG's α and β ran off to huge values in the pooled fit and \d+ of \d+ cohort fits \(α \+ β up to [\d.]+ million\): .*\(geometric, [\d.]+% a month pooled\), and the rising retention sBG projects is not in these data\n$/);
    const [, flat, of, size, rate] = /in the pooled fit and (\d+) of (\d+) cohort fits \(α \+ β up to ([\d.]+) million\).*geometric, ([\d.]+)%/.exec(en.stderr)!;
    expect((await sbg('ru', 'fixtures/subscriptions.csv')).stderr).toBe(
      `care: предупреждение: у sBG α и β ушли к огромным значениям в общей модели и ${flat} из ${of} моделей по когортам (α + β до ${size} млн): отток не различается от клиента к клиенту, поэтому честная модель — постоянная доля оттока θ = α / (α + β) (геометрическая, ${rate}% в месяц по общей модели), а растущего удержания, которое прогнозирует sBG, в этих данных нет\n`,
    );
    expect((await sbg('bg', 'fixtures/subscriptions.csv')).stderr).toBe(
      `care: предупреждение: α и β на sBG отидоха към огромни стойности в общата оценка и ${flat} от ${of} оценки по кохорти (α + β до ${size} млн.): отливът не се различава между клиентите, затова честният модел е постоянен дял на отлива θ = α / (α + β) (геометричен, ${rate}% на месец по общата оценка), а нарастващото задържане, което sBG прогнозира, го няма в тези данни\n`,
    );
  });

  // Survivors of cohorts from test/unit/metrics/ltv/sbg-no-heterogeneity.test.ts: a constant 20% churn, and Fader & Hardie's (2007) regular and high-end cohorts.
  const GEOMETRIC = [1000, 800, 640, 512, 410, 328, 262];
  const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
  const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

  it('no heterogeneity in the pooled fit and the one cohort, no period named: "1 of 1", "a period"; the catalog\'s English is the message', () => {
    const [warning] = sbgByCohort([{ cohort: 'flat', survivors: GEOMETRIC }], 3, 0.01).warnings;
    expect(warning!.message).toContain('in the pooled fit and 1 of 1 cohort fits (α + β up to');
    expect(sayIn('en', warning!.say!)).toBe(warning!.message);
    expect(sayIn('ru', warning!.say!)).toMatch(/^у sBG α и β ушли к огромным значениям в общей модели и 1 из 1 модели по когортам \(α \+ β до [\d.]+ млн\): .*\(геометрическая, 20\.0% за период по общей модели\)/);
    expect(sayIn('bg', warning!.say!)).toMatch(/^α и β на sBG отидоха към огромни стойности в общата оценка и 1 от 1 оценка по кохорти \(α \+ β до [\d.]+ млн\.\): .*\(геометричен, 20\.0% на период по общата оценка\)/);
  });

  it('no heterogeneity in one cohort of three only: no pooled churn', () => {
    const cohorts = [{ cohort: 'flat', survivors: GEOMETRIC }, { cohort: 'regular', survivors: REGULAR }, { cohort: 'high end', survivors: HIGH_END }];
    const [warning] = sbgByCohort(cohorts, 3, 0.01, 'week').warnings;
    expect(warning!.message).toContain('in 1 of 3 cohort fits (α + β');
    expect(sayIn('en', warning!.say!)).toBe(warning!.message);
    expect(sayIn('ru', warning!.say!)).toMatch(/^у sBG α и β ушли к огромным значениям в 1 из 3 моделей по когортам \(α \+ β до [\d.]+ млн\): .*\(геометрическая\), а растущего/);
    expect(sayIn('bg', warning!.say!)).toMatch(/^α и β на sBG отидоха към огромни стойности в 1 от 3 оценки по кохорти \(α \+ β до [\d.]+ млн\.\): .*\(геометричен\), а нарастващото/);
  });
});

/** Headers close to HubSpot's deals export without its Deal Stage (test/unit/ingest/profiles/detect.test.ts), and no customer column. */
const CLOSEST = file('closest.csv', ['Record ID,Deal Name,Stage,Close Date,Amount', '1,Acme,won,2024-01-05,10']);
/** An orders export with a status value no list knows. */
const STATUS = file('status.csv', ['order_id,customer_id,order_date,amount,status', '1,A,2024-01-05,10,paid', '2,B,2024-01-06,12,Тест']);
const inspect = (lang: string, ...args: string[]) => careInProcess(['--lang', lang, 'inspect', ...args]);

describe("care inspect: the readers' reasons in its tables", () => {
  it('no profile matches, orders assumed: the profile row and the --kind note', async () => {
    const en = (await inspect('en', 'fixtures/orders.csv')).stdout;
    expect(en).toContain('│ none: no built-in profile matches these headers │');
    expect(en).toContain('\nno profile names the kind: read as orders; if it is another kind, pass --kind subscriptions|survey|complaints|invoices\n');
    const ru = (await inspect('ru', 'fixtures/orders.csv')).stdout;
    expect(ru).toContain('│ нет: ни один встроенный профиль не подходит к этим заголовкам │');
    expect(ru).toContain('\nни один профиль не называет вид: прочитан как orders; если это другой вид, укажите --kind subscriptions|survey|complaints|invoices\n');
    const bg = (await inspect('bg', 'fixtures/orders.csv')).stdout;
    expect(bg).toContain('│ няма: нито един вграден профил не съвпада с тези заглавия │');
    expect(bg).toContain('\nникой профил не посочва вида: прочетен като orders; ако е друг вид, подайте --kind subscriptions|survey|complaints|invoices\n');
  });

  it('a profile detected, forced, turned off: why', async () => {
    expect((await inspect('en', 'fixtures/exports/amocrm-deals.csv')).stdout).toContain('amocrm-deals (amoCRM (Kommo) — deals export): headers Название сделки, Бюджет, Этап сделки, Воронка matched │');
    expect((await inspect('ru', 'fixtures/exports/amocrm-deals.csv')).stdout).toContain('amocrm-deals (amoCRM (Kommo) — deals export): совпали заголовки Название сделки, Бюджет, Этап сделки, Воронка │');
    expect((await inspect('bg', 'fixtures/exports/amocrm-deals.csv')).stdout).toContain('amocrm-deals (amoCRM (Kommo) — deals export): съвпаднаха заглавията Название сделки, Бюджет, Этап сделки, Воронка │');
    const forced = ['fixtures/orders.csv', '--profile', 'shopify-orders'];
    const lacks = 'Name, Financial Status, Fulfillment Status, Lineitem quantity, Lineitem name';
    expect((await inspect('en', ...forced)).stdout).toContain(`: forced by --profile shopify-orders (the file lacks ${lacks} of its fingerprint) │`);
    expect((await inspect('ru', ...forced)).stdout).toContain(`: задан через --profile shopify-orders (в файле нет ${lacks} из его отпечатка) │`);
    expect((await inspect('bg', ...forced)).stdout).toContain(`: зададен с --profile shopify-orders (във файла липсват ${lacks} от отпечатъка му) │`);
    expect((await inspect('en', 'fixtures/orders.csv', '--profile', 'none')).stdout).toContain('│ none: detection turned off (--profile none) │');
    expect((await inspect('ru', 'fixtures/orders.csv', '--profile', 'none')).stdout).toContain('│ нет: определение профиля выключено (--profile none) │');
    expect((await inspect('bg', 'fixtures/orders.csv', '--profile', 'none')).stdout).toContain('│ няма: разпознаването на профил е изключено (--profile none) │');
  });

  it('the closest profile, and a required column missing without a header like it', async () => {
    const en = (await inspect('en', CLOSEST)).stdout;
    expect(en).toContain('│ none: closest: hubspot-deals (lacks Deal Stage) │');
    expect(en).toContain('\nmissing: no column for the required field "customer"; no header looks like one: put the right header in place of HEADER\nmissing: no profile matched; the closest is hubspot-deals\n');
    const ru = (await inspect('ru', CLOSEST)).stdout;
    expect(ru).toContain('│ нет: ближе всего: hubspot-deals (нет Deal Stage) │');
    expect(ru).toContain('\nне хватает: нет столбца для обязательного поля «customer»; ни один заголовок на него не похож: подставьте нужный заголовок вместо HEADER\nне хватает: ни один профиль не подошёл; ближе всего hubspot-deals\n');
    const bg = (await inspect('bg', CLOSEST)).stdout;
    expect(bg).toContain('│ няма: най-близо: hubspot-deals (липсват Deal Stage) │');
    expect(bg).toContain('\nлипсва: няма колона за задължителното поле „customer“; нито едно заглавие не прилича на него: поставете правилното заглавие на мястото на HEADER\nлипсва: нито един профил не съвпадна; най-близо е hubspot-deals\n');
    // The JSON keeps the English, and carries no catalog message.
    const json = (await inspect('ru', CLOSEST, '--format', 'json')).stdout;
    expect(JSON.parse(json).missing.map((entry: { problem: string }) => entry.problem)).toEqual(['no column for the required field "customer"; no header looks like one: put the right header in place of HEADER', 'no profile matched; the closest is hubspot-deals']);
    expect(json).not.toMatch(/Say"/);
  });

  it('--kind orders on a help-desk export: the profile of another kind, a column that could be the customer, the headers of what it is', async () => {
    const args = ['fixtures/exports/zendesk-tickets.csv', '--kind', 'orders'];
    const en = (await inspect('en', ...args)).stdout;
    expect(en).toContain('│ none: the headers are those of zendesk-tickets (Zendesk — tickets CSV export), a complaints export, not orders │');
    expect(en).toContain('\nmissing: no column for the required field "customer" (could be: Requester email, Requester, Requester id, Requester domain, Requester external id)\nmissing: the headers are those of Zendesk — tickets CSV export, a complaints export\n');
    const ru = (await inspect('ru', ...args)).stdout;
    expect(ru).toContain('│ нет: это заголовки zendesk-tickets (Zendesk — tickets CSV export), выгрузки вида complaints, а не orders │');
    expect(ru).toContain('\nне хватает: нет столбца для обязательного поля «customer» (возможно: Requester email, Requester, Requester id, Requester domain, Requester external id)\nне хватает: это заголовки Zendesk — tickets CSV export, выгрузки вида complaints\n');
    const bg = (await inspect('bg', ...args)).stdout;
    expect(bg).toContain('│ няма: това са заглавията на zendesk-tickets (Zendesk — tickets CSV export), експорт от вида complaints, а не orders │');
    expect(bg).toContain('\nлипсва: това са заглавията на Zendesk — tickets CSV export, експорт от вида complaints\n');
  });

  it('rejected rows: the reason and the first one in words (the details --strict says, known-notes.ts)', async () => {
    expect((await inspect('en', 'fixtures/broken/bad-dates.csv')).stdout).toMatch(/│ unreadable date │ +3 │ line 3 │ "2024-13-45" is not a date │/);
    expect((await inspect('ru', 'fixtures/broken/bad-dates.csv')).stdout).toMatch(/│ нечитаемая дата │ +3 │ строка 3 │ «2024-13-45» — не дата │/);
    expect((await inspect('bg', 'fixtures/broken/bad-dates.csv')).stdout).toMatch(/│ нечетима дата │ +3 │ ред 3 │ „2024-13-45“ не е дата │/);
    expect((await inspect('en', 'fixtures/broken/ragged.csv')).stdout).toMatch(/│ wrong number of fields │ +2 │ line 3 │ 3 fields where the header has 4 │/);
    expect((await inspect('ru', 'fixtures/broken/ragged.csv')).stdout).toMatch(/│ неверное число полей │ +2 │ строка 3 │ 3 поля, а в заголовке 4 │/);
    expect((await inspect('bg', 'fixtures/broken/ragged.csv')).stdout).toMatch(/│ грешен брой полета │ +2 │ ред 3 │ 3 полета, а заглавният ред има 4 │/);
    // A row without a customer: its detail is the reason itself (the amoCRM export's last row, a total).
    expect((await inspect('en', 'fixtures/exports/amocrm-deals.csv')).stdout).toMatch(/│ no customer id │ +1 │ line 11 │ no customer id │/);
    expect((await inspect('ru', 'fixtures/exports/amocrm-deals.csv')).stdout).toMatch(/│ нет идентификатора клиента │ +1 │ строка 11 │ нет идентификатора клиента │/);
    expect((await inspect('bg', 'fixtures/exports/amocrm-deals.csv')).stdout).toMatch(/│ няма идентификатор на клиента │ +1 │ ред 11 │ няма идентификатор на клиента │/);
  });

  it("a reader's warning (an unknown status value), a reader's error, a customer list", async () => {
    expect((await inspect('en', STATUS)).stdout).toContain(`\nwarning: ${STATUS}: status values not recognised, counted as purchases: "Тест" (1 row); to leave one out pass --exclude-status "Тест", to confirm it --include-status "Тест"\n`);
    expect((await inspect('ru', STATUS)).stdout).toContain(`\nпредупреждение: ${STATUS}: нераспознанные значения статуса, учтены как покупки: "Тест" (1 строка); чтобы исключить значение, укажите --exclude-status "Тест", чтобы подтвердить — --include-status "Тест"\n`);
    expect((await inspect('bg', STATUS)).stdout).toContain(`\nпредупреждение: ${STATUS}: неразпознати стойности на статуса, отчетени като покупки: "Тест" (1 ред); за да изключите стойност, подайте --exclude-status "Тест", за да я потвърдите — --include-status "Тест"\n`);
    const empty = 'fixtures/broken/header-only.csv';
    expect((await inspect('en', empty)).stdout).toContain(`\ncannot read it as orders: ${empty}: the file has a header but no rows\n`);
    expect((await inspect('ru', empty)).stdout).toContain(`\nне читается как orders: ${empty}: в файле есть заголовки, но нет ни одной строки данных\n`);
    expect((await inspect('bg', empty)).stdout).toContain(`\nне може да се прочете като orders: ${empty}: файлът има заглавия, но няма нито един ред с данни\n`);
    const customers = 'fixtures/exports/shopify-customers.csv';
    expect((await inspect('en', customers)).stdout).toContain('\nmissing: this is Shopify — customers export: one row per customer, with no orders or dates to read\n');
    expect((await inspect('ru', customers)).stdout).toContain('\nне хватает: это Shopify — customers export: по строке на клиента, без заказов и дат, которые можно прочитать\n');
    expect((await inspect('bg', customers)).stdout).toContain('\nлипсва: това е Shopify — customers export: по един ред на клиент, без поръчки и дати за четене\n');
  });
});

describe('care inspect: care\'s words in its cells', () => {
  it('what each status value means, how the dates are written', async () => {
    const en = (await inspect('en', 'fixtures/orders.csv', '--rows', '1')).stdout;
    expect(en).toMatch(/│ dates +│ ISO date +│/);
    expect(en).toMatch(/│ paid +│ completed │ +9,356 │\n│ cancelled │ excluded +│ +281 │\n│ refunded +│ refunded +│ +195 │/);
    const ru = (await inspect('ru', 'fixtures/orders.csv', '--rows', '1')).stdout;
    expect(ru).toMatch(/│ даты +│ ISO-дата +│/);
    expect(ru).toMatch(/│ paid +│ выполнено +│ +9,356 │\n│ cancelled │ исключено +│ +281 │\n│ refunded +│ возвращено │ +195 │/);
    const bg = (await inspect('bg', 'fixtures/orders.csv', '--rows', '1')).stdout;
    expect(bg).toMatch(/│ дати +│ ISO дата +│/);
    expect(bg).toMatch(/│ paid +│ изпълнено │ +9,356 │\n│ cancelled │ изключено │ +281 │\n│ refunded +│ върнато +│ +195 │/);
  });

  it('a date in the first rows that does not read', async () => {
    expect((await inspect('en', 'fixtures/broken/bad-dates.csv')).stdout).toMatch(/│ +4 │ C +│ yesterday \(unreadable\) +│/);
    expect((await inspect('ru', 'fixtures/broken/bad-dates.csv')).stdout).toMatch(/│ +4 │ C +│ yesterday \(не читается\) +│/);
    expect((await inspect('bg', 'fixtures/broken/bad-dates.csv')).stdout).toMatch(/│ +4 │ C +│ yesterday \(не се чете\) +│/);
  });
});

describe('a profile\'s reason known by its shape (src/i18n/known-notes.ts)', () => {
  const said = (reason: string, lang: 'en' | 'ru' | 'bg') => sayIn(lang, knownProfileReason(reason)!);

  it('an ambiguous match, a forced profile of another kind, the headers of another kind: the English as written', () => {
    const ambiguous = 'headers Name, Email matched; ambiguous: shopify-orders, woocommerce-orders matched as well (pick one with --profile)';
    expect(said(ambiguous, 'en')).toBe(ambiguous);
    expect(said(ambiguous, 'ru')).toBe('совпали заголовки Name, Email; неоднозначно: совпали также shopify-orders, woocommerce-orders (выберите профиль через --profile)');
    expect(said(ambiguous, 'bg')).toBe('съвпаднаха заглавията Name, Email; нееднозначно: shopify-orders, woocommerce-orders също съвпаднаха (изберете един с --profile)');
    const otherKind = '--profile shopify-orders describes orders exports, not survey; no built-in profile matches these headers';
    expect(said(otherKind, 'en')).toBe(otherKind);
    expect(said(otherKind, 'ru')).toBe('--profile shopify-orders описывает выгрузки вида orders, а не survey; ни один встроенный профиль не подходит к этим заголовкам');
    expect(said(otherKind, 'bg')).toBe('--profile shopify-orders описва експорти от вида orders, а не survey; нито един вграден профил не съвпада с тези заглавия');
    expect(knownProfileReason('--profile shopify-orders')).toBeUndefined();
  });

  it('every key the shapes say is reached by one of the tests above', () => {
    expect([...PROFILE_REASON_KEYS].sort()).toEqual([
      'inspect.profileClosest', 'inspect.profileDetectionOff', 'inspect.profileForcedLacks', 'inspect.profileForcedOtherKind',
      'inspect.profileMatched', 'inspect.profileMatchedAmbiguous', 'inspect.profileNoneMatches', 'inspect.profileOtherKind',
    ]);
  });
});
