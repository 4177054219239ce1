/**
 * The lint readings of round 16 (fixtures/eval/README.md, "Lint round 16"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a day of the month told by its ordinal ("on the 22nd", «к 22-му числу», «до 22-ри число») is a date: a
 *   step with it is concrete, as one with "22 March" is;
 * - how long our action takes counted from a point the sentence names ("Once we have it, the transfer takes
 *   3 working days", «После получения … займёт 3 рабочих дня», «След като го получим, … отнема 3 работни дни»)
 *   is a time for the step, as "within 3 working days" is; a bare "Delivery takes 10 days." is not;
 * - a word in capitals right before a name in quotation marks is the organisation's legal form
 *   («МБДОУ «Берёзка»», «СБАЛ „Света Анна“»), written so by convention: no shouting.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a day of the month told by its ordinal is a date', () => {
  it.each([
    ['en', 'Dear Mark,\n\nThank you for waiting. We are sorry the sofa is late: the factory is short of fabric.\nIt will reach you on the 22nd, and the driver will ring you that morning.\n\nKind regards,\nAnna'],
    ['ru', 'Здравствуйте, Марк!\n\nСпасибо, что ждёте. Извините, что диван задерживается: на фабрике не хватает ткани.\nМы привезём его к 22-му числу, водитель позвонит накануне.\n\nС уважением,\nАнна'],
    ['bg', 'Здравейте, Марк,\n\nБлагодарим Ви за търпението. Съжаляваме, че диванът закъснява: във фабриката няма плат.\nЩе Ви го доставим до 22-ри число, шофьорът ще Ви се обади предния ден.\n\nПоздрави,\nАнна'],
  ] as const)('%s: the step has its date', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
  });
});

describe('how long our action takes is a time for the step', () => {
  it.each([
    ['en', 'Dear Ms Reyes,\n\nThank you for your message. We are sorry for the wait, but we still need a signed form to move the policy to your name.\nCould you upload it in your account? Once we have it, the transfer takes 3 working days.\n\nKind regards,\nTom'],
    ['ru', 'Уважаемая Ольга Петровна!\n\nСпасибо за обращение. Приносим извинения за ожидание, но для переоформления договора нужна подписанная форма.\nЗагрузите её, пожалуйста, в личном кабинете. После получения переоформление займёт 3 рабочих дня.\n\nС уважением,\nТимур'],
    ['bg', 'Уважаема госпожо Петрова,\n\nБлагодарим Ви за запитването. Извиняваме се за чакането, но за прехвърлянето на договора ни трябва подписан формуляр.\nМоля, качете го в профила си. След като го получим, промяната отнема 3 работни дни.\n\nПоздрави,\nТодор'],
  ] as const)('%s: the step has its time', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
  });
});

describe('a legal form in capitals before a quoted name is no shouting', () => {
  it.each([
    ['ru', 'Уважаемый Павел Андреевич!\n\nНапоминаем, что оплата за март пока не поступила. Если вы уже заплатили, пришлите, пожалуйста, чек.\n\nС уважением,\nБухгалтерия МБДОУ «Берёзка»'],
    ['bg', 'Уважаеми господин Иванов,\n\nНапомняме, че плащането за март още не е постъпило. Ако вече сте платили, моля, изпратете ни квитанцията.\n\nПоздрави,\nСчетоводство, СБАЛ „Света Анна“'],
  ] as const)('%s: the signature names the organisation', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('shouting');
  });
});

describe('curt drafts with these readings stay below 50', () => {
  it.each([
    // A bare duration with no starting point is a general fact, no step.
    ['en', 'Delivery takes 10 days. Nothing we can do.'],
    ['ru', 'Доставка занимает 10 дней. Ждите.'],
    ['bg', 'Доставката отнема 10 дни. Чакайте.'],
    // A date does not make up for the rest a curt reply leaves out.
    ['en', 'Your sofa is late because the factory is slow, not our fault. It comes on the 22nd.'],
    ['ru', 'Диван задерживается по вине фабрики, мы тут ни при чём. Привезём к 22-му числу.'],
    ['bg', 'Диванът закъснява заради фабриката, не е наша вина. Ще дойде до 22-ри число.'],
    ['ru', 'ПЛАТИТЕ СРОЧНО!!! Бухгалтерия МБДОУ «Берёзка»'],
    ['en', 'PAY NOW!!! Accounts, HOMECARE "Sunny Days"'],
  ] as const)('%s: %s', (locale, text) => {
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });
});
