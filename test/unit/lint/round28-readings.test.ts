/**
 * The lint readings of round 28 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - dislike answered with the exit and its cost ("If you don't like it you can leave, the early termination charge
 *   applies"), or with the exit ordered («Не нравится — расторгните договор», «Ако не Ви харесва, прекратете абонамента»),
 *   shows the customer the door (`dismissive`); an exit offered free is still an offer;
 * - the customer told to do again what was called off or turned back ("Reschedule online.", «Запишитесь заново…»,
 *   «Резервирайте отново…») is a bare order (`hated-phrase`); "please", or our own part in the sentence, asks;
 * - the staff's training held up as the answer ("All our drivers are fully trained.") defends the staff, and the limit of our
 *   care told as the answer ("We cannot check every parcel.") shrugs the complaint off (`dismissive`); a concession before,
 *   or "but" after, leads to what we do;
 * - regret told with a refusal put on a policy ("Unfortunately, as per our terms, we are unable to refund…", «К сожалению,
 *   по правилам магазина вернуть … невозможно») is the policy blamed, no apology: round 27's reading stops at the policy.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('dislike answered with the exit and its cost, or with the exit ordered, is dismissive', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nThe gym fee rises to £38 from June. If you don\'t like it you can leave, the early termination charge applies.\n\nKind regards,\nOwen Pike\nMember Services'],
    ['en', 'Hello Ruth,\n\nThe line rental rises in May. If you do not agree with the change, you may cancel with the usual termination fee.\n\nKind regards,\nOwen Pike\nHome Broadband'],
    ['ru', 'Здравствуйте, Рита!\n\nС мая абонемент стоит 3 900 ₽. Не нравится — расторгните договор.\n\nС уважением,\nОлег Пиков\nФитнес-клуб «Тонус»'],
    ['bg', 'Здравейте, Рита,\n\nОт май абонаментът е 45 лв. Ако не Ви харесва, прекратете абонамента.\n\nПоздрави,\nОлег Пиков\nФитнес „Тонус“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nThe gym fee rises to £38 from June. If you don\'t like the change, you can cancel free of charge before then.\n\nKind regards,\nOwen Pike\nMember Services'],
    ['en', 'Hello Ruth,\n\nThe line rental rises in May. If you\'d rather leave, I can close the account with no early exit fee.\n\nKind regards,\nOwen Pike\nHome Broadband'],
  ] as const)('%s guard: an exit offered free is an offer, before round 28 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('the customer told to do again what was called off is a bare order', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nYour boiler service on Monday is off. Reschedule online.\n\nKind regards,\nOwen Pike\nHeatWell'],
    ['en', 'Hello Ruth,\n\nYour parking permit form was incomplete. Reapply next month.\n\nKind regards,\nOwen Pike\nParking Services'],
    ['ru', 'Здравствуйте, Рита!\n\nВаш визит к стоматологу отменён. Запишитесь заново через приложение.\n\nС уважением,\nОлег Пиков\nКлиника «Улыбка»'],
    ['bg', 'Здравейте, Рита,\n\nМасата Ви за събота е отменена. Резервирайте отново през сайта.\n\nПоздрави,\nОлег Пиков\nРесторант „Липа“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nI am sorry, your boiler service on Monday has to move. Please rebook online and we will waive the call-out fee.\n\nKind regards,\nOwen Pike\nHeatWell'],
  ] as const)('%s guard: "please" and our own part ask, before round 28 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });
});

describe('the staff\'s training, or the limit of our care, held up as the answer is dismissive', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nThank you for your email about the van. All our drivers are fully trained.\n\nKind regards,\nOwen Pike\nCity Removals'],
    ['en', 'Hello Ruth,\n\nThank you for your email about the missing charger. We cannot check every parcel.\n\nKind regards,\nOwen Pike\nGadget Store'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за письмо. Мы не можем уследить за каждым ребёнком на прогулке.\n\nС уважением,\nОлег Пиков\nДетский сад «Солнышко»'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за письмо. Все наши мастера имеют высшую квалификацию.\n\nС уважением,\nОлег Пиков\nАвтосервис «Мотор»'],
    ['bg', 'Здравейте, Рита,\n\nБлагодарим за писмото. Всички наши техници са обучени.\n\nПоздрави,\nОлег Пиков\nСервиз „Мотор“'],
    ['bg', 'Здравейте, Рита,\n\nБлагодарим за писмото. Не можем да следим всяка маса в ресторанта.\n\nПоздрави,\nОлег Пиков\nРесторант „Липа“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nThank you for telling us. Although our drivers are trained, this clearly went wrong, and I am sorry. I will call you on Friday at 10:00.\n\nKind regards,\nOwen Pike\nCity Removals'],
    ['en', 'Hello Ruth,\n\nThank you for telling us, and I am sorry. We can\'t check every parcel by hand, but we have added a second scan at the depot.\n\nKind regards,\nOwen Pike\nGadget Store'],
  ] as const)('%s guard: a concession before or "but" after leads to what we do, before round 28 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('regret told with a refusal put on a policy is no apology', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nThank you for your message about the refund. Unfortunately, as per our terms and conditions, we are unable to refund opened software.\n\nKind regards,\nOwen Pike\nCustomer Care'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за письмо о возврате. К сожалению, по правилам магазина вернуть вскрытый товар невозможно.\n\nС уважением,\nОлег Пиков\nМагазин «Север»'],
    ['bg', 'Здравейте, Рита,\n\nБлагодарим за писмото за връщането. За съжаление, според правилата на магазина не можем да върнем сумата за отворен продукт.\n\nПоздрави,\nОлег Пиков\nМагазин „Север“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('apology');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nThank you for your message about the refund. I\'m afraid we can\'t refund the joining fee, as the first class was attended.\n\nKind regards,\nOwen Pike\nMember Services'],
  ] as const)('%s guard: regret with a refusal and no policy still apologises (round 27): %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('apology');
  });
});
