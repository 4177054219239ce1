/**
 * The lint readings of round 35 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: the customer told that nobody will answer ("nobody will pick up", «никто не возьмёт трубку», «никой няма
 * да вдигне») dismisses them; so does a shrug ("That's just how the post works.", «Так уж устроено.», «Така просто стоят
 * нещата.») and the door shown with a "maybe" ("Perhaps our classes aren't for you."); the bare order to come back reaches
 * a date ("Come back on the 25th.", «Приходите 25-го.», «Елате на 25-ти.»); a thank-you for patience or understanding on a
 * line of its own closes the letter whatever its stop, so the short line after it signs; and a rule named as what provides
 * for the remedy we give («возместим…, как предусмотрено правилами») is no rule cited as the answer.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

describe('the customer told that nobody will answer is dismissed', () => {
  it.each([
    ['en', 'Hello,\n\nThe office is shut over Easter. Ringing on Monday is a waste of time, no one will pick up.\n\nRegards,\nParkview Dental'],
    ['en', 'Hi Sam,\n\nYour ticket came in on Friday night. Nobody is going to read it before Tuesday.\n\nThanks,\nLeo'],
    ['ru', 'Здравствуйте.\n\nВ праздничные дни студия закрыта, никто не возьмёт трубку.\n\nС уважением,\nСтудия «Ритм»'],
    ['bg', 'Здравейте.\n\nНа 3 март сме затворени. Никой няма да отговори на имейла Ви до 4 март.\n\nПоздрави,\nСалон „Стил“'],
  ] as const)('%s: dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Good evening Ms Hart,\n\nThank you for your message. I am sorry nobody will answer the phone before 8am; your message is saved and I will call you tomorrow at 8:30.\n\nKind regards,\nNina Cole\nCustomer Care, Parkview Dental'],
    ['ru', 'Добрый вечер, Ольга!\n\nСпасибо за сообщение. Сегодня никто не ответит на звонок, но мы перезвоним вам завтра в 9:00.\n\nС уважением,\nИрина, служба заботы о клиентах'],
  ] as const)('%s guard: an apology or our own part with it is no dismissal, before round 35 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('a shrug, and the door shown with a "maybe", dismiss', () => {
  it.each([
    ['en', 'Hi Tom,\n\nParcels sometimes arrive a day late in winter. That\'s just how the post works.\n\nThanks,\nGreg'],
    ['en', 'Hi Ella,\n\nOur evening classes are busy and start when the room is free. Perhaps our classes aren\'t for you.\n\nBest wishes,\nDana'],
    ['ru', 'Здравствуйте, Павел.\n\nЗимой посылки иногда задерживаются. Так уж устроено.\n\nС уважением,\nГеннадий'],
    ['ru', 'Здравствуйте, Вера.\n\nЗанятия иногда начинаются позже. Может быть, наши курсы просто не для вас.\n\nС уважением,\nМарина'],
    ['bg', 'Здравейте, Иване.\n\nПрез зимата пратките понякога закъсняват. Така просто стоят нещата.\n\nПоздрави,\nГеорги'],
    ['bg', 'Здравейте, Мария.\n\nТренировките понякога започват по-късно. Може би тренировките при нас не са за Вас.\n\nПоздрави,\nДеси'],
  ] as const)('%s: dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hi Tom,\n\nParcels sometimes arrive a day late in winter. That\'s just how the post works.\n\nThanks,\nGreg'],
    ['ru', 'Здравствуйте, Вера.\n\nЗанятия иногда начинаются позже. Может быть, наши курсы просто не для вас.\n\nС уважением,\nМарина'],
  ] as const)('%s: the curt reply scores below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });

  it('bg guard: the curt reply scores below 50, before round 35 and after', () => {
    expect(scoreOf('Здравейте, Иване.\n\nПрез зимата пратките понякога закъсняват. Така просто стоят нещата.\n\nПоздрави,\nГеорги', 'bg')).toBeLessThan(50);
  });

  it('ru guard: a plan that may not suit, with an offer after it, is no door, before round 35 and after', () => {
    const text = 'Здравствуйте, Вера!\n\nСпасибо, что написали. Возможно, этот тариф вам не подходит — мы можем перевести вас на годовой с 1 июня.\n\nЕсли будут вопросы, просто ответьте на это письмо.\n\nС уважением,\nМарина, служба поддержки';
    expect(rulesOf(text, 'ru')).not.toContain('dismissive');
  });
});

describe('the bare order to come back reaches a date', () => {
  it.each([
    ['en', 'Hello,\n\nWe are closed on the 24th. Come back on the 25th.\n\nRegards,\nMill Lane Garage'],
    ['ru', 'Здравствуйте.\n\nВ четверг мастерская закрыта. Приходите 25-го.\n\nС уважением,\nМастерская «Ключ»'],
    ['bg', 'Здравейте.\n\nНа 24 май не работим. Елате на 25-ти.\n\nПоздрави,\nСервиз „Ключ“'],
  ] as const)('%s: a hated phrase: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['ru', 'В четверг закрыто. Приходите 25-го.'],
    ['bg', 'На 24-ти сме затворени. Елате на 25-ти.'],
  ] as const)('%s: the curt notice scores below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });

  it('en guard: the curt notice scores below 50, before round 35 and after', () => {
    expect(scoreOf('Closed on the 24th. Come back on the 25th.', 'en')).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Mr Reid,\n\nThank you for your message. The part arrives on the 24th, so please come back on the 25th and we will fit it while you wait.\n\nKind regards,\nTom Hale\nService Desk, Mill Lane Garage'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим за съобщението. Частта пристига на 24-ти, затова моля, елате на 25-ти и ще я монтираме веднага.\n\nПоздрави,\nИван Колев, сервиз „Ключ“'],
  ] as const)('%s guard: "please" and our own part ask, before round 35 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });
});

describe('a curt Bulgarian holiday notice closed by an apology stays curt', () => {
  it('bg: «Не звънете, никой няма да вдигне. Елате на 25-ти.» under «Извиняваме се за неудобството,» scores below 50', () => {
    const text = 'Здравейте,\n\nНа 24 май не работим. Не звънете, никой няма да вдигне. Елате на 25-ти.\n\nИзвиняваме се за неудобството,\nФризьорски салон „Мира“';
    const rules = rulesOf(text, 'bg');
    expect(rules).toContain('dismissive');
    expect(rules).toContain('hated-phrase');
    expect(scoreOf(text, 'bg')).toBeLessThan(50);
  });
});

// Polite notices closed by a thank-you for patience or understanding on a line of its own, then signed by the organisation.
const CLOSED_BY_PATIENCE = [
  ['en', 'Hello,\n\nThank you for riding with us. On Saturday 7 June the harbour kiosk is closed for the regatta. Bikes are available at our station by the beach from 9:00 to 19:00, and the kiosk opens again on Sunday 8 June.\n\nIf you have any questions, just reply to this email.\n\nThank you for your patience!\nThe folks at Harbour Bikes'],
  ['ru', 'Здравствуйте!\n\nСпасибо, что занимаетесь у нас. 12 июня зал на Садовой закрыт: меняем пол. Занятия в этот день проходят в нашем зале на Лесной, 8, с 8:00 до 21:00. С 13 июня ждём вас как обычно.\n\nЕсли будут вопросы, просто ответьте на это письмо.\n\nСпасибо за понимание!\nСтудия йоги «Лотос»'],
  ['bg', 'Здравейте,\n\nБлагодарим, че сте наш клиент. На 6 септември сервизът на ул. „Раковски“ няма да работи. Другият ни сервиз, на бул. „Руски“ 20, е отворен от 9:00 до 18:00. От 7 септември работим по обичайното време.\n\nАко имате въпроси, просто отговорете на този имейл.\n\nБлагодарим за търпението!\nАвтосервиз „Мотор“'],
] as const;

describe('a thank-you for patience or understanding on a line of its own closes the letter', () => {
  it.each(CLOSED_BY_PATIENCE)('%s: the line after it signs, with the hint that no person does: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('signature');
    expect(rules).toContain('signature-name');
  });

  it.each(CLOSED_BY_PATIENCE)('%s: the polite notice scores 80 or more: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['ru', 'Здравствуйте.\n\nВ субботу и воскресенье не работаем. Приходите в понедельник.\n\nСпасибо за понимание!\nСтудия йоги «Лотос»'],
    ['bg', 'Здравейте.\n\nВ събота и неделя не работим. Звънете в понеделник.\n\nБлагодарим за разбирането!\nАвтосервиз „Мотор“'],
  ] as const)('%s guard: a curt notice closed so stays below 50, before round 35 and after: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });

  it('ru guard: a thank-you that runs on into the body is no valediction, before round 35 and after', () => {
    expect(rulesOf('Спасибо за понимание! В воскресенье закрыто.\nЗвоните в понедельник.', 'ru')).toContain('signature');
  });
});

describe('a rule named as what provides for our remedy is no rule cited as the answer', () => {
  it.each([
    ['ru', 'Добрый день, Ирина!\n\nСпасибо, что сообщили, и простите нас: ваше платье испорчено при чистке. Мы возместим его двойную стоимость, как предусмотрено правилами бытового обслуживания, до 20 мая.\n\nЕсли будут вопросы, просто ответьте на это письмо.\n\nС уважением,\nОльга, менеджер химчистки «Лотос»'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nБлагодарим, че ни писахте, и се извиняваме: роклята Ви е повредена при почистването. Ще Ви възстановим двойната цена, както е предвидено в общите условия, до 20 май.\n\nАко имате въпроси, просто отговорете на този имейл.\n\nПоздрави,\nЕлена Попова, химическо чистене „Лотос“'],
  ] as const)('%s: no policy-citation, and the polite reply scores 80 or more: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('policy-citation');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['ru', 'Возврат невозможен, как предусмотрено правилами.'],
    ['ru', 'Мы вернём только половину стоимости, как предусмотрено правилами.'],
    ['bg', 'Връщане не е възможно, както е предвидено в общите условия.'],
  ] as const)('%s guard: a refusal or a part of the remedy still cites the rule, before round 35 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('policy-citation');
  });
});
