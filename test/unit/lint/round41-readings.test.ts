/**
 * The lint readings of round 41 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: the customer's duty given as the answer dismisses ("It is your responsibility to…", «— ваша обязанность»,
 * «Проверката е Ваша отговорност»), and so does what they suffer told as common practice ("Rescheduling is common practice",
 * «Переносы — обычная практика», «Отлагането е обичайна практика»); nothing more done than what was given, or a remedy told as
 * our limit, turns the rest down ("There is nothing more we can do", «Больше ничем помочь не можем», «это максимум»), so the
 * reply answers a complaint; the end of a working day, this one or the next, is a time («до конца следующего рабочего дня»);
 * a rule cited for what we or our people were bound to do owns our fault, no policy citation («Согласно условиям… курьер был
 * обязан…»), and a `forbid` check takes `except` as `require` does. What read so before the round is in the group "guards
 * (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import { compileTeamRules } from '../../../src/lint/team-rules.js';
import type { LintLocale } from '../../../src/lint/index.js';

const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;

describe('the customer\'s duty given as the answer dismisses', () => {
  it.each([
    ['en', 'Hello Mr Grant,\n\nThe parcel was left at the door as requested. Keeping it safe after delivery is your responsibility.\n\n'
      + 'Regards,\nDispatch Team'],
    ['ru', 'Здравствуйте, Олег.\n\nСчётчик опломбирован по правилам. Передавать показания вовремя — ваша обязанность.\n\n'
      + 'Абонентский отдел'],
    ['bg', 'Здравейте, г-н Илиев,\n\nПратката е оставена на адреса. Проверката при получаване е Ваша отговорност.\n\n'
      + 'Отдел „Доставки“'],
  ] as const)('%s: dismissive, below 50: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});

describe('what the customer suffers told as common practice dismisses', () => {
  it.each([
    ['en', 'Hello Ms Reed,\n\nOverbooking is standard practice in the industry. You can choose another flight on our website.\n\n'
      + 'Customer Service'],
    ['ru', 'Здравствуйте, Ирина.\n\nЗадержка рейса — обычная практика в сезон. Другой рейс можно выбрать на сайте.\n\n'
      + 'Служба поддержки'],
    ['bg', 'Здравейте, Петя,\n\nОтлагането на часовете е обичайна практика. Можете да си запишете нов час на сайта.\n\n'
      + 'Рецепция'],
  ] as const)('%s: dismissive, below 50: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});

describe('nothing more done than what was given, or a remedy told as our limit, answers a complaint', () => {
  it.each([
    ['en', 'Hello,\n\nA voucher for £5 is the most we can offer for the late order.\n\nKind regards,\nSupport'],
    ['ru', 'Здравствуйте.\n\nСкидка 10% на следующий заказ — это максимум, что мы можем предложить.\n\nС уважением,\nПоддержка'],
    ['bg', 'Здравейте,\n\nВаучер от 10 лв. за следващата поръчка — това е максимумът, който можем да предложим.\n\nПоздрави,\n'
      + 'Поддръжка'],
  ] as const)('%s: a complaint reply, which owes an apology: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('complaint');
    expect(rulesOf(text, locale)).toContain('apology');
  });
});

describe('the end of a working day, this one or the next, is a time', () => {
  it.each([
    ['en', 'Hello Anna,\n\nThank you for pointing this out, and I am sorry the fee was taken by mistake. The £12 will be back in your '
      + 'account by the end of the next business day. If you have any questions, just reply to this email.\n\nKind regards,\n'
      + 'Olga Reid\nCustomer Care'],
    ['ru', 'Добрый день, Анна!\n\nСпасибо, что написали. Приносим извинения: плата списана по ошибке. 800 рублей поступят на ваш '
      + 'счёт до конца следующего рабочего дня. Если будут вопросы, просто ответьте на это письмо.\n\nС уважением,\n'
      + 'Ольга Петрова\nСлужба заботы'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим, че ни писахте, и се извиняваме: таксата е удържана по грешка. Сумата ще бъде върната '
      + 'по сметката Ви до края на следващия работен ден. Ако имате въпроси, просто отговорете на този имейл.\n\nПоздрави,\n'
      + 'Олга Петрова\nОбслужване на клиенти'],
  ] as const)('%s: a polite reply at 80 or more: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('a rule cited for what we were bound to do owns our fault', () => {
  it.each([
    ['en', 'Hello Anna,\n\nThank you for telling us, and I am sorry the driver left the sofa downstairs. Under our terms the driver '
      + 'should have carried it to your flat. We will bring it up on Friday at 10:00. If you have any questions, just reply.\n\n'
      + 'Kind regards,\nOlga Reid\nDelivery Team'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо, что написали, и извините, что мастер не пришёл. Согласно договору мастер был обязан '
      + 'приехать в назначенный день. Он приедет в пятницу в 10:00. Если будут вопросы, просто ответьте на это письмо.\n\n'
      + 'С уважением,\nОльга Петрова\nСервисный центр'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим, че ни писахте, и се извиняваме, че техникът не дойде. Съгласно договора техникът '
      + 'беше длъжен да дойде в уречения ден. Той ще дойде в петък в 10:00. Ако имате въпроси, просто отговорете.\n\nПоздрави,\n'
      + 'Олга Петрова\nСервизен център'],
  ] as const)('%s: no policy citation, 80 or more: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('policy-citation');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('a team\'s forbid rule takes except, as require does', () => {
  it('a hit within a hit of an except lexicon is none; one outside still is', () => {
    const compiled = compileTeamRules({
      version: 1,
      lexicons: { sigh: { terms: { en: ['unfortunately'] } }, quoted: { patterns: ['"[^"]*"'] } },
      rules: { 'no-sigh': { severity: 'warning', message: 'A sigh.', suggestion: 'Say what happened.',
        check: { type: 'forbid', find: ['sigh'], except: ['quoted'] } } },
    });
    expect('rules' in compiled).toBe(true);
    if (!('rules' in compiled)) return;
    const sighs = (text: string): number => lintMessage(text, { locale: 'en' }, compiled.rules).findings
      .filter((finding) => finding.rule === 'no-sigh').length;
    expect(sighs('You wrote "unfortunately it broke". Unfortunately we are out of stock.')).toBe(1);
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // Not the customer's duty, and a common practice answered with our part or an apology: no dismissal.
    ['en', 'Hello Mr Grant,\n\nThank you for your message. Checking the parcel is not your responsibility: I am sorry it arrived '
      + 'damaged, and we will send a new one on Monday.\n\nKind regards,\nOlga Reid\nDispatch Team'],
    ['en', 'Hello Ms Reed,\n\nThank you for writing. Calling before a visit is standard practice, and I am sorry we did not do it. '
      + 'I will call you on Monday at 10:00.\n\nKind regards,\nOlga Reid\nService Team'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо, что написали. Перенос без звонка — это не обычная практика, и нам очень жаль. Мы '
      + 'позвоним вам в понедельник в 10:00.\n\nС уважением,\nОльга Петрова\nРегистратура'],
    ['bg', 'Здравейте, Петя,\n\nБлагодарим, че ни писахте. Проверката не е Ваше задължение: съжаляваме, че пратката пристигна '
      + 'повредена, и ще изпратим нова в понеделник.\n\nПоздрави,\nОлга Петрова\nОтдел „Доставки“'],
  ] as const)('%s: not dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });

  it.each([
    // A rule cited against the customer: what they were bound to do, a passive deadline, what the courier was only bound to do.
    ['en', 'Hello Anna,\n\nUnder our terms the item should have been returned within 30 days.\n\nKind regards,\nOlga\nSupport'],
    ['ru', 'Здравствуйте, Анна!\n\nСогласно условиям, вы были обязаны сообщить о повреждении в течение суток.\n\nС уважением,\n'
      + 'Ольга\nПоддержка'],
    ['ru', 'Здравствуйте, Анна!\n\nСогласно условиям, товар должен был быть возвращён в течение 14 дней.\n\nС уважением,\n'
      + 'Ольга\nПоддержка'],
    ['ru', 'Здравствуйте, Анна!\n\nСогласно условиям, курьер был обязан доставить заказ только до подъезда.\n\nС уважением,\n'
      + 'Ольга\nПоддержка'],
    ['bg', 'Здравейте, Анна,\n\nСъгласно условията куриерът беше длъжен да достави пратката само до входа.\n\nПоздрави,\n'
      + 'Олга\nПоддръжка'],
  ] as const)('%s: a policy citation: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('policy-citation');
  });

  it('ru: «Больше ничем помочь не могу» is still a hated phrase', () => {
    expect(rulesOf('Здравствуйте.\n\nБольше ничем помочь не могу.\n\nС уважением,\nОператор', 'ru')).toContain('hated-phrase');
  });
});
