/**
 * The lint readings of round 26 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - a payment said to be due ("Your rent was due on Monday", «Взнос нужно было внести до…», «Таксата трябваше да бъде
 *   платена…») or a bare order to pay ("Pay today.") asks for payment: the reply is a payment reminder; "was due to" a
 *   cause is no debt;
 * - the customer's own IT people are a third party ("Raise it with your IT team.", «Спросите своего системного
 *   администратора.», «Обърнете се към вашия ИТ отдел.»): the fault handed back is a deflection;
 * - the fault put on the customer's side ("that's on your side", «это на вашей стороне», «това е от ваша страна») and a
 *   warning repeated to customers as the answer ("We have told customers many times…", «Мы неоднократно
 *   предупреждали…», «Много пъти сме казвали…») dismiss (`dismissive`);
 * - the team away from work now ("Our team is offline right now", «Сейчас мы не на связи», «В момента сме офлайн») makes
 *   an out-of-hours notice;
 * - a free visit offered ("we would like to invite you back for a free session", «Приглашаем вас на бесплатное…», «Каним
 *   ви на безплатна…») and a talk with the staff held, in the passive («С мастером проведена беседа», «Проведен е разговор
 *   със служителя»), are remedies: steps taken, nothing left to date;
 * - the signer's role signs the reply ("Office Administrator", «Координатор курсов», «Администратор на клуба»), and the
 *   name after the role is the signer's ("Support Manager Kate Lee", «Менеджер Ольга»).
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;

describe('a payment said to be due, or an order to pay, asks for payment', () => {
  it.each([
    ['en', 'Hello Sam,\n\nYour rent was due on Monday.\n\nKind regards,\nLena Fox\nLettings'],
    ['en', 'Hello Sam,\n\nThis term’s tuition fell due on the 1st.\n\nKind regards,\nLena Fox\nMusic School'],
    ['en', 'Hello Sam,\n\nWe wrote about the club membership last week. Pay today.\n\nKind regards,\nLena Fox\nMembership'],
    ['en', 'Hello Sam,\n\nThe invoice for the March lessons went out last week. Pay it by Friday.\n\nKind regards,\nLena Fox\nMusic School'],
    ['ru', 'Здравствуйте, Семён!\n\nВзнос за бассейн нужно было внести до 3-го числа.\n\nС уважением,\nЛена Фокина\nКлуб «Волна»'],
    ['bg', 'Здравейте, Симеон,\n\nТаксата за басейна трябваше да бъде платена до 3-ти.\n\nПоздрави,\nЛена Фокина\nКлуб „Вълна“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('reminder');
  });

  it.each([
    ['en', 'Hello Sam,\n\nI am sorry: the fee was due to an error on our side, and we have refunded it today.\n\nKind regards,\nLena Fox\nMembership'],
    ['en', 'Hello Sam,\n\nThank you for your note. Pay attention to the new locker codes from Monday.\n\nKind regards,\nLena Fox\nMembership'],
  ] as const)('%s guard: a cause, or "pay attention", asks for no payment: %s', (locale, text) => {
    expect(kindOf(text, locale)).not.toBe('reminder');
  });

  it.each([
    ['en', 'Hello Sam,\n\nThe club fees are now overdue.\n\nKind regards,\nLena Fox\nMembership'],
    ['en', 'Hello Sam,\n\nThe lessons for March are booked. Settle the balance online.\n\nKind regards,\nLena Fox\nMusic School'],
  ] as const)('%s guard: "overdue" and "settle the balance" asked for payment before round 26 too: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('reminder');
  });
});

describe("the customer's own IT people are a third party", () => {
  it.each([
    ['en', 'Hi Jo,\n\nThe export stops at the login page. Raise it with your IT team.\n\nThanks,\nMo\nSupport'],
    ['en', 'Hi Jo,\n\nThe export stops at the login page. Ask your system administrator.\n\nThanks,\nMo\nSupport'],
    ['ru', 'Здравствуйте, Иосиф!\n\nВыгрузка останавливается на входе. Спросите своего системного администратора.\n\nМо\nПоддержка'],
    ['ru', 'Здравствуйте, Иосиф!\n\nВыгрузка останавливается на входе. Обратитесь в ваш IT-отдел.\n\nМо\nПоддержка'],
    ['bg', 'Здравейте, Йосиф,\n\nЕкспортът спира на входа. Обърнете се към вашия ИТ отдел.\n\nМо\nПоддръжка'],
    ['bg', 'Здравейте, Йосиф,\n\nЕкспортът спира на входа. Питайте системния си администратор.\n\nМо\nПоддръжка'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Jo,\n\nThank you for the screenshot. Please forward this note to your IT team, and we will join a call with them on Monday at 10:00.\n\nKind regards,\nMo Clark\nSupport'],
    ['ru', 'Здравствуйте, Иосиф!\n\nСпасибо за снимок экрана. Пожалуйста, перешлите письмо в ваш IT-отдел — мы созвонимся с ними в понедельник в 10:00.\n\nС уважением,\nМо Кларк\nПоддержка'],
  ] as const)('%s guard: asked with "please" and a part of ours, it refers: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });
});

describe("the fault put on the customer's side, and a warning repeated as the answer, dismiss", () => {
  it.each([
    ['en', 'Hi Jo,\n\nThe backup was switched off in your settings, so that is on your side.\n\nThanks,\nMo\nSupport'],
    ['en', 'Hi Jo,\n\nWe have told customers many times to keep a backup of their files.\n\nThanks,\nMo\nSupport'],
    ['ru', 'Здравствуйте, Иосиф!\n\nРезервное копирование было выключено у вас, это на вашей стороне.\n\nМо\nПоддержка'],
    ['ru', 'Здравствуйте, Иосиф!\n\nМы неоднократно предупреждали клиентов, что копии нужно делать самим.\n\nМо\nПоддержка'],
    ['bg', 'Здравейте, Йосиф,\n\nАрхивирането беше изключено при вас, това е от ваша страна.\n\nМо\nПоддръжка'],
    ['bg', 'Здравейте, Йосиф,\n\nМного пъти сме казвали на клиентите да пазят копие на файловете си.\n\nМо\nПоддръжка'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Jo,\n\nI am sorry: the fault was on our side, and we have restored your files.\n\nKind regards,\nMo Clark\nSupport'],
    ['en', 'Hello Jo,\n\nI am sorry you have told us many times about the backup. We have fixed it today.\n\nKind regards,\nMo Clark\nSupport'],
  ] as const)('%s guard: our side owned, the customer\'s repeated word heard: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('the team away from work now makes an out-of-hours notice', () => {
  it.each([
    ['en', 'Hello Kim,\n\nThank you for writing. Our team is offline right now; an adviser will answer tomorrow by 10:00.\n\nBest wishes,\nNora Bell\nThe Lamp Shop'],
    ['ru', 'Здравствуйте, Ким!\n\nСпасибо за письмо. Сейчас мы не на связи; консультант ответит завтра до 10:00.\n\nС уважением,\nНора Белова\nМагазин «Лампа»'],
    ['bg', 'Здравейте, Ким,\n\nБлагодарим за писмото. В момента сме офлайн; консултант ще отговори утре до 10:00.\n\nПоздрави,\nНора Белова\nМагазин „Лампа“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('notice');
  });
});

describe('a free visit offered, and a talk with the staff held, are remedies', () => {
  it.each([
    ['en', 'Hello Tara,\n\nI am so sorry about the cold pool. We would like to invite you back for a free session whenever suits you.\n\nKind regards,\nIvo Shaw\nCity Baths'],
    ['ru', 'Здравствуйте, Тамара!\n\nПриносим извинения за холодный бассейн. Приглашаем вас на бесплатное занятие в любой удобный день.\n\nС уважением,\nИван Шаров\nБассейн «Нептун»'],
    ['ru', 'Здравствуйте, Тамара!\n\nПриносим извинения за грубость мастера. С мастером проведена беседа.\n\nС уважением,\nИван Шаров\nСалон «Нептун»'],
    ['bg', 'Здравейте, Тамара,\n\nИзвиняваме се за студения басейн. Каним ви на безплатна тренировка в удобен за вас ден.\n\nС уважение,\nИван Шаров\nБасейн „Нептун“'],
    ['bg', 'Здравейте, Тамара,\n\nИзвиняваме се за грубостта на служителя. Проведен е разговор със служителя.\n\nС уважение,\nИван Шаров\nСалон „Нептун“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
  });

  it.each([
    ['ru', 'Здравствуйте, Тамара!\n\nПриносим извинения за холодный бассейн. Мы разбираемся.\n\nС уважением,\nИван Шаров\nБассейн «Нептун»'],
  ] as const)('%s guard: a step with no remedy and no time still lacks one: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});

describe("the signer's role signs the reply, and the name after it is the signer's", () => {
  it.each([
    ['en', 'Hello Alex,\n\nThe pool is open again from Monday at 7:00. We are happy to answer any questions.\n\nThanks!\nCoordinator of the swim club'],
    ['ru', 'Здравствуйте, Алексей!\n\nБассейн снова открыт с понедельника, с 7:00. Будем рады ответить на вопросы.\n\nСпасибо!\nКоординатор курсов «Альфа»'],
    ['bg', 'Здравейте, Алекс,\n\nБасейнът отново работи от понеделник, от 7:00. С радост ще отговорим на въпросите Ви.\n\nБлагодарим!\nАдминистратор на клуба'],
  ] as const)('%s: a role alone is a signature: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('signature');
  });

  it.each([
    ['en', 'Hello Alex,\n\nThe pool is open again from Monday at 7:00. We are happy to answer any questions.\n\nBest wishes,\nSupport Manager Kate Lee'],
    ['ru', 'Здравствуйте, Алексей!\n\nБассейн снова открыт с понедельника, с 7:00. Будем рады ответить на вопросы.\n\nС уважением,\nМенеджер Ольга'],
    ['bg', 'Здравейте, Алекс,\n\nБасейнът отново работи от понеделник, от 7:00. С радост ще отговорим на въпросите Ви.\n\nПоздрави,\nМениджър Петя Иванова'],
  ] as const)('%s: the name after the role is the signer\'s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('signature-name');
  });

  it.each([
    ['en', 'Hello Alex,\n\nThe pool is open again from Monday at 7:00. We are happy to answer any questions.\n\nOffice Administrator'],
  ] as const)('%s guard: a role with a team word in it signed before round 26 too: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('signature');
  });

  it.each([
    ['en', 'Hello Alex,\n\nThe pool is open again from Monday at 7:00. We are happy to answer any questions.\n\nBest wishes,\nSupport Team'],
    ['bg', 'Здравейте, Алекс,\n\nБасейнът отново работи от понеделник, от 7:00. С радост ще отговорим на въпросите Ви.\n\nПоздрави,\nПоддръжка на Синя Вода'],
  ] as const)('%s guard: a team, or a team with its company, names no person: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature-name');
  });
});
