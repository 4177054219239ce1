/**
 * The lint readings of round 82 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The repeat the customer must pay for again ("If you want another fitting you'll have to pay again.", «…вам
 * придётся оплатить её заново», „…ще трябва да платите отново“) dismisses; the trouble the customer had with the thing named
 * ("sorry for the trouble you have had with your washer") names the fault; penalty interest cancelled („лихвата е анулирана“)
 * is a remedy made; a certificate, policy or plan named with its number is what a reminder bills; the signer's role in lower
 * case between the team's dash and the name („Отдел „Сервиз“ – старши техник Мария Петрова“) signs; a Freepost address in
 * capitals is no shouting.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, rulesIn } from './drafts.js';

type Case = [LintLocale, string];
const payAgain: Case[] = [
  ['en', 'You missed the fitting on Monday. If you want another fitting you\'ll have to pay again.'],
  ['en', 'The class has gone. You will need to pay for another one again.'],
  ['ru', 'Вы не пришли на примерку. Если нужна новая примерка, вам придётся оплатить её заново.'],
  ['ru', 'Урок сгорел. За новый урок нужно будет заплатить повторно.'],
  ['bg', 'Ако искате нова проба, ще трябва да я платите пак.'],
];
const notPayAgain: Case[] = [
  ['en', 'Normally you would have to pay again, but we have waived the fee this time.'],
  ['ru', 'Обычно придётся оплатить повторно, но мы сделаем новую примерку бесплатно.'],
  ['bg', 'Пробата ще бъде повторена, без да я плащате отново.'],
];
const namedTrouble: Case[] = [
  ['en', 'Dear Mr Hale,\n\nThank you for your letter. I am so sorry for the trouble you have had with your washer. Our engineer will call you on Monday 4 May at 10:00.\n\nKind regards,\nAnna Reed\nCustomer Care, Brightwash'],
  ['ru', 'Здравствуйте, Олег!\n\nСпасибо за письмо. Приносим извинения за неудобства, которые возникли у вас с котлом. Мастер позвонит вам в понедельник, 4 мая, в 10:00.\n\nС уважением,\nАнна Белова\nслужба поддержки «ТеплоДом»'],
  ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви за писмото. Извиняваме се за неудобствата, които имахте с бойлера. Техникът ще Ви се обади в понеделник, 4 май, в 10:00.\n\nС уважение,\nАнна Иванова\nотдел „Обслужване“, ТоплоДом'],
];
const interestLifted: Case[] = [
  ['en', 'Dear Ms Hale,\n\nThank you for letting us know, and sorry for the reminder. Your payment arrived late in our system; the late interest has been waived.\n\nKind regards,\nAnna Reed\nBilling team, Brightwash'],
  ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви, че ни писахте, и се извиняваме за напомнянето. Плащането Ви е постъпило със закъснение; наказателната лихва е анулирана.\n\nС уважение,\nАнна Иванова\nотдел „Фактуриране“, ТоплоДом'],
];
const numberedPlan: Case[] = [
  ['ru', 'Здравствуйте, Олег!\n\nНапоминаем, что срок вашего сертификата ТД-2026-4471 заканчивается 31 мая 2026 года. Продление стоит 3 900 ₽; оплатить его нужно до 31 мая.\n\nС уважением,\nАнна Белова\nотдел продлений «ТеплоДом»'],
  ['bg', 'Здравейте, г-н Петров,\n\nНапомняме, че срокът на сертификат № ТД-2026-4471 изтича на 31 май 2026 г. Подновяването струва 89 лв.; моля, платете до 31 май.\n\nС уважение,\nАнна Иванова\nотдел „Подновявания“, ТоплоДом'],
];
const interestGuard: Case[] = [
  ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что сообщили, и извините за напоминание. Ваш платёж пришёл с задержкой; проценты за просрочку аннулированы.\n\nС уважением,\nАнна Белова\nотдел расчётов «ТеплоДом»'],
];
const planGuard: Case[] = [
  ['en', 'Dear Mr Hale,\n\nA reminder that your cover certificate HW-2026-4471 ends on 31 May 2026. The renewal costs £89; please pay by 31 May.\n\nKind regards,\nAnna Reed\nRenewals, Brightwash'],
];
const roleBeforeName: Case[] = [
  ['ru', 'Здравствуйте!\n\nСейчас мы не работаем. Ответим вам завтра до 10:00.\n\nСпасибо за понимание!\nСлужба поддержки «ТеплоДом», дежурный диспетчер Олег Белов'],
  ['bg', 'Здравейте,\n\nВ момента сме извън работно време. Ще Ви отговорим утре до 10:00.\n\nБлагодарим Ви за разбирането!\nЕкип „Обслужване“, ТоплоДом – дежурен ръководител Мария Петрова'],
  ['bg', 'Здравейте,\n\nВ момента сме извън работно време. Ще Ви отговорим утре до 10:00.\n\nБлагодарим Ви за разбирането!\nЕкип „Обслужване на клиенти“, ТоплоДом – дежурен ръководител Мария Петрова'],
];

describe('round 82: the repeat to be paid for again is dismissive', () => {
  it.each(payAgain)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 82: the trouble the customer had with the thing named names the fault', () => {
  it.each(namedTrouble)('%s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('name-the-fault'));
});
describe('round 82: penalty interest cancelled is a remedy made', () => {
  it.each(interestLifted)('%s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('no-substance'));
});
describe('round 82: a certificate named with its number is what a reminder bills', () => {
  it.each(numberedPlan)('%s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('reminder-invoice'));
});
describe('round 82: the signer\'s role between the dash and the name signs with a name', () => {
  it.each(roleBeforeName)('%s: %s', (locale, text) => expect(rulesIn(text, locale).filter((rule) => rule.startsWith('signature'))).toEqual([]));
});
describe('round 82: a Freepost address in capitals is no shouting', () => {
  it('en', () => expect(rulesIn('Dear Mr Hale,\n\nThank you for your letter. We will call you on Monday 4 May at 10:00.\n\nKind regards,\nAnna Reed\nCustomer Care, Brightwash\nFreepost BRIGHTWASH', 'en')).not.toContain('shouting'));
});
describe('guards (read so before the round too)', () => {
  it.each(interestGuard)('a remedy made: %s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('no-substance'));
  it.each(planGuard)('an invoice named: %s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('reminder-invoice'));
  it.each(notPayAgain)('no dismissal: %s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
});
