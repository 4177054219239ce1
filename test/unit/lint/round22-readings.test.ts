/**
 * The lint readings of round 22 (fixtures/eval/README.md, "Lint round 22"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - an abbreviation that cannot be read as a word is written in capitals by convention, no shouting: one with no vowel
 *   ("HMRC", «НДФЛ», «ДНСК»), one ending in a consonant and a doubled consonant («ГИБДД», "NSPCC"), or one opening with two
 *   consonants no English word opens with ("DVLA", "RSPCA"). A shouted word is a word and still shouts;
 * - what we just said told as written somewhere already ("it says so on our website", «это указано на сайте», «пише го в
 *   договора») is a lecture (`dismissive`); a place to look up more is help;
 * - the customer scolded for writing or calling more than once ("There is no need to write five times.", «Звонить каждый
 *   день не нужно», «Не е нужно да пишете по три пъти») is a reproach for contacting us (`dismissive`); "no need to write
 *   again" without a count, or with our part after it, reassures.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

describe('an abbreviation read letter by letter is no shouting', () => {
  it.each([
    ['en', 'Hello Sam,\n\nThank you for writing. Your new licence was sent by the DVLA on Monday, and we will check on Friday that it has arrived.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['en', 'Hello Sam,\n\nThank you for your question. The tax refund comes from HMRC directly; we will send you the form by Friday.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['en', 'Hello Sam,\n\nThank you for asking. Our shelter works with the RSPCA and the NSPCC, and I will send you both contacts today.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Справку из ГИБДД мы получили вчера, выплату переведём в пятницу.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за вопрос. Вычет по НДФЛ мы оформим, а документы пришлём вам в пятницу.\n\nС уважением,\nАнна Волкова\nбухгалтерия'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви за въпроса. Разрешението от ДНСК получихме вчера и ще започнем ремонта в понеделник.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте. Протоколът от СДВР е при нас и ще Ви изпратим копие в петък.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('shouting');
  });

  it.each([
    ['en', 'As I said TWICE, we do not refund opened items.'],
    ['en', 'You should KNOW this by now.'],
    ['en', 'Please STOP calling the office.'],
    ['en', 'This is your THIRD reminder.'],
    ['ru', 'Я вам уже ДВАЖДЫ писала: возврата нет.'],
    ['ru', 'ПОВТОРЯЮ, мы работаем до 20:00.'],
    ['bg', 'Вече ТРИ ПЪТИ Ви обяснихме.'],
    ['bg', 'ПОВТАРЯМ, работим до 18:00.'],
  ] as const)('%s guard: a shouted word still shouts: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('shouting');
  });
});

describe('what we said told as written already is a lecture', () => {
  it.each([
    ['en', 'We close at 19:00, it says so on our website.'],
    ['en', 'Prices go up every April. This is in your contract.'],
    ['en', 'Your appointment was moved to Friday. It\'s all in the app.'],
    ['ru', 'Мы работаем до 19:00, это указано на сайте.'],
    ['ru', 'Цены меняются каждый апрель. Всё написано в договоре.'],
    ['ru', 'Доставка платная, об этом написано на сайте.'],
    ['bg', 'Работим до 19:00, пише го на сайта.'],
    ['bg', 'Цените се променят всеки април. Това е посочено в договора.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Sam,\n\nThank you for writing. We are open until 19:00 on weekdays. The full timetable is on our website at northwind.example/hours, and I will call you tomorrow at 10:00.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['en', 'Hello Sam,\n\nThank you for writing. We are open until 19:00 on weekdays. This is also on our website, with the holiday hours, and I will call you tomorrow at 10:00.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Мы работаем до 19:00 по будням, это также указано на сайте вместе с праздничным графиком. Я позвоню вам завтра в 10:00.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте. Работим до 19:00 в делнични дни, а пълното разписание ще намерите на сайта. Ще Ви се обадя утре в 10:00.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s guard: a place to look up more is help', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('the customer scolded for writing more than once', () => {
  it.each([
    ['en', 'There is no need to write five times.'],
    ['en', "Don't call us every day about it."],
    ['ru', 'Не надо писать по пять раз.'],
    ['ru', 'Звонить каждый день не нужно.'],
    ['bg', 'Не е нужно да пишете по три пъти.'],
    ['bg', 'Няма нужда да звъните всеки ден.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'There is no need to write again.'],
    ['en', 'You do not need to call several times: we have your message and will call you back by 12:00.'],
    ['ru', 'Не нужно писать повторно.'],
    ['ru', 'Не нужно звонить несколько раз: мы получили ваше письмо и перезвоним до 12:00.'],
    ['bg', 'Няма нужда да пишете отново.'],
    ['bg', 'Не е нужно да звъните няколко пъти: ще Ви се обадим до 12:00.'],
  ] as const)('%s guard: reassured, not scolded: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a curt after-hours notice of both faults stays below 50', () => {
  it.each([
    ['en', 'Hello.\n\nYou wrote at 22:50. We are open until 19:00, it says so on our website.\nThere is no need to write four times.\n\nBye!'],
    ['ru', 'Здравствуйте.\n\nВы написали в 22:50. Мы работаем до 19:00, это указано на сайте.\nНе нужно писать по четыре раза.\n\nПока!'],
    ['bg', 'Здравейте.\n\nПисали сте в 22:50. Работим до 19:00, пише го на сайта.\nНяма нужда да пишете по четири пъти.\n\nЧао!'],
  ] as const)('%s', (locale, text) => {
    expect(lint(text, locale).score).toBeLessThan(50);
  });
});
