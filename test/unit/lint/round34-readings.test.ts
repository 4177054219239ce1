/**
 * The lint reading of round 34 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: a thank-you or an apology written as the letter's valediction — a line of its own that opens with it
 * and ends with a comma, leading into the signature ("Apologies for the inconvenience,", "With thanks for your patience,",
 * «Спасибо за понимание,», «Приносим свои извинения за доставленные неудобства,», «Извиняваме се за неудобството,», «Още
 * веднъж Ви благодарим за търпението,») — is a closing phrase, as "Kind regards," is. So the short line after it signs
 * the reply, here an organisation that names no person («Пекарня «Колосок»», «Аптеки „Лайка“», "Everyone at Old Mill
 * Bakery"): the `signature-name` hint, no longer the `signature` error. A valediction with nothing after it signs nothing,
 * a thank-you that opens a note is no valediction, and a curt notice that closes so stays curt.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

// Polite notices closed by a thank-you or an apology and a comma, then signed by the organisation alone.
const CLOSED_BY_COURTESY = [
  ['en', 'Hello,\n\nThank you for visiting us. On Saturday 14 and Sunday 15 June our shop on Mill Street is closed while we replace the oven. Our shop on Church Lane is open from 8:00 to 18:00. From Monday 16 June we are open as usual.\n\nIf you have any questions, just reply to this email.\n\nApologies for the inconvenience,\nEveryone at Old Mill Bakery'],
  ['en', 'Hello,\n\nThank you for riding with us. On Saturday 7 June the harbour kiosk is closed for the regatta. Bikes are available at our station by the beach from 9:00 to 19:00, and the kiosk opens again on Sunday 8 June.\n\nWith thanks for your patience,\nThe folks at Harbour Bikes'],
  ['ru', 'Добрый день!\n\nСпасибо, что заходите к нам. В субботу и воскресенье, 14 и 15 июня, пекарня на Садовой, 3 не работает: меняем печь. Свежий хлеб есть в нашей пекарне на Лесной, 8, она открыта с 8:00 до 20:00. С понедельника, 16 июня, ждём вас как обычно.\n\nЕсли будут вопросы, просто ответьте на это письмо.\n\nСпасибо за понимание,\nПекарня «Колосок»'],
  ['ru', 'Здравствуйте!\n\nБлагодарим вас за доверие. 12 июня, в праздничный день, клиника не принимает пациентов. Если у вас острая боль, дежурный врач нашей клиники на Невском, 40 принимает с 10:00 до 18:00. С 13 июня работаем по обычному графику.\n\nПриносим свои извинения за доставленные неудобства,\nООО «Дентал-Люкс»'],
  ['bg', 'Здравейте,\n\nБлагодарим, че пазарувате при нас. На 6 септември (официален празник) аптеката на ул. „Раковски“ няма да работи. Най-близката ни аптека е на бул. „Руски“ 20 и е отворена от 9:00 до 20:00. От 7 септември работим по обичайното време.\n\nИзвиняваме се за неудобството,\nАптеки „Лайка“'],
  ['bg', 'Здравейте,\n\nБлагодарим Ви, че карате с нас. В събота и неделя, 7 и 8 юни, пунктът в Морската градина няма да работи заради състезание. Велосипеди ще има в другия ни пункт, до входа на плажа, от 9:00 до 19:00. От понеделник, 9 юни, работим както обикновено.\n\nОще веднъж Ви благодарим за търпението,\nПрокат на велосипеди „Вело“'],
] as const;

describe('a thank-you or an apology written as the valediction is a closing phrase', () => {
  it.each(CLOSED_BY_COURTESY)('%s: the line after it signs, with the hint that no person does: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('signature');
    expect(rules).toContain('signature-name');
  });

  it.each(CLOSED_BY_COURTESY)('%s: the polite notice scores 80 or more: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello,\n\nThank you for riding with us. On Saturday 7 June the harbour kiosk is closed for the regatta. Bikes are available at our station by the beach from 9:00 to 19:00, and the kiosk opens again on Sunday 8 June.\n\nThank you for your patience,\nAnna Kotova\nHarbour Bikes'],
    ['ru', 'Здравствуйте!\n\nСпасибо, что заходите к нам. В субботу и воскресенье, 14 и 15 июня, пекарня на Садовой, 3 не работает. С понедельника, 16 июня, ждём вас как обычно.\n\nСпасибо за понимание,\nАнна Котова\nПекарня «Колосок»'],
  ] as const)('%s guard: a person signing after the valediction signed before round 34 and after: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('signature');
    expect(rules).not.toContain('signature-name');
  });

  it.each([
    ['en', 'Hello,\n\nThank you for riding with us. On Saturday 7 June the harbour kiosk is closed for the regatta. Bikes are available at our station by the beach from 9:00 to 19:00, and the kiosk opens again on Sunday 8 June.\n\nWith apologies for the inconvenience,'],
    ['bg', 'Здравейте,\n\nБлагодарим, че пазарувате при нас. На 6 септември аптеката на ул. „Раковски“ няма да работи. От 7 септември работим по обичайното време.\n\nИзвиняваме се за неудобството,'],
  ] as const)('%s guard: a valediction with nothing after it signs nothing, before round 34 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature');
  });

  it.each([
    ['ru', 'Спасибо за обращение,\nв воскресенье закрыто.\nЗвоните в понедельник.'],
    ['en', 'Thanks for your email,\nwe are shut on Sunday.\nPhone on Monday.'],
  ] as const)('%s guard: a thank-you opening a curt note is no valediction and signs nothing, before round 34 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature');
  });
});

describe('a curt notice that closes with a thank-you or an apology stays curt', () => {
  it.each([
    ['en', 'Closed Saturday and Sunday. Come back Monday.\n\nSorry for the inconvenience,\nEveryone at Old Mill Bakery'],
    ['ru', 'Здравствуйте.\n\nВ субботу и воскресенье не работаем. Приходите в понедельник.\n\nСпасибо за понимание,\nПекарня «Колосок»'],
    ['bg', 'Здравейте.\n\nВ събота и неделя не работим. Звънете в понеделник.\n\nБлагодарим за разбирането,\nПрокат на велосипеди „Вело“'],
  ] as const)('%s guard: below 50 before round 34 and after: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});
