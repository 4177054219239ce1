/**
 * The lint readings of round 42 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: the customer's duty told of the customer in the third person dismisses as "your responsibility" does
 * ("Reactions are the client's responsibility", «— ответственность клиента», «е отговорност на клиента»), and so does the
 * customers' duty told of them as a group ("Parents need to arrive on time", «Родители должны…», «Родителите трябва да…»);
 * a month named as the owner of its fees ("February's fees of £740") names what a reminder is for; our person offering to
 * pay in the third person («Управляющая хочет оплатить лечение») is a payment of ours, no request; what failed opened for the
 * customer from afar ("we opened it remotely", «открыли удалённо», «отворихме я дистанционно») is a remedy made. What read so
 * before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;

describe('the customer\'s duty told of the customer in the third person dismisses', () => {
  it.each([
    ['en', 'Hello Mr Grant,\n\nThe boots were sold as seen. Checking the size before wearing them is the customer\'s responsibility.\n\n'
      + 'Regards,\nShop Team'],
    ['ru', 'Здравствуйте, Олег.\n\nШкафчики не охраняются. Сохранность вещей — ответственность клиента.\n\nАдминистрация клуба'],
    ['bg', 'Здравейте, г-н Илиев,\n\nПратката е оставена на адреса. Проверката при получаване е отговорност на клиента.\n\n'
      + 'Отдел „Доставки“'],
  ] as const)('%s: dismissive, below 50: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});

describe('the customers\' duty told of them as a group dismisses', () => {
  it.each([
    ['en', 'Hello,\n\nThe teachers cannot wait after the lesson ends. Parents need to collect their children on time.\n\n'
      + 'The School Office'],
    ['ru', 'Здравствуйте.\n\nВоспитатели не могут ждать после закрытия. Родители должны забирать детей вовремя.\n\n'
      + 'Администрация сада'],
    ['bg', 'Здравейте,\n\nУчителите не могат да чакат след края на часа. Родителите трябва да идват навреме.\n\n'
      + 'Канцелария'],
  ] as const)('%s: dismissive, below 50: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});

describe('a month named as the owner of its fees names what a reminder is for', () => {
  it('en: "March\'s fees of £420" names it; a polite reminder at 80 or more', () => {
    const text = 'Dear Anna,\n\nI hope you are well. Just a gentle reminder that March\'s fees of £420 were due on 5 March. If '
      + 'you have already paid, thank you. If you have any questions, just reply to this email.\n\nKind regards,\nOlga Reid\n'
      + 'Office Manager';
    expect(kindOf(text, 'en')).toBe('reminder');
    expect(rulesOf(text, 'en')).not.toContain('reminder-invoice');
    expect(scoreOf(text, 'en')).toBeGreaterThanOrEqual(80);
  });
});

describe('our person offering to pay, in the third person, asks the customer for no payment', () => {
  it('ru: «Управляющая хочет оплатить лечение» is a complaint reply, not a payment reminder', () => {
    const text = 'Здравствуйте, Анна!\n\nСпасибо, что рассказали нам. Приносим извинения за ожог. Управляющая хочет оплатить '
      + 'ваше лечение и приглашает вас на встречу в среду в 11:00. Если будут вопросы, просто ответьте на это письмо.\n\n'
      + 'С уважением,\nОльга Петрова\nСалон «Лён»';
    expect(kindOf(text, 'ru')).toBe('complaint');
    expect(scoreOf(text, 'ru')).toBeGreaterThanOrEqual(80);
  });
});

describe('what failed opened for the customer from afar is a remedy made', () => {
  it.each([
    ['en', 'Hello Anna,\n\nThank you for writing, and I am sorry the locker would not open. We opened it remotely and your parcel '
      + 'is inside. If you have any questions, just reply to this email.\n\nKind regards,\nOlga Reid\nSupport'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо, что написали, и извините, что ячейка не открылась. Мы открыли её удалённо, посылка '
      + 'внутри. Если будут вопросы, просто ответьте на это письмо.\n\nС уважением,\nОльга Петрова\nПоддержка'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим, че ни писахте, и се извиняваме, че клетката не се отвори. Отворихме я дистанционно и '
      + 'пратката е вътре. Ако имате въпроси, просто отговорете на този имейл.\n\nПоздрави,\nОлга Петрова\nПоддръжка'],
  ] as const)('%s: no next step owed, 80 or more: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // Not the customer's duty, and the group's duty answered with our part or "but": no dismissal.
    ['en', 'Hello Mr Grant,\n\nThank you for your message. Checking the parcel is not the customer\'s responsibility: I am sorry '
      + 'it arrived damaged, and we will send a new one on Monday.\n\nKind regards,\nOlga Reid\nDispatch Team'],
    ['en', 'Hello Ms Reed,\n\nThank you for writing. Guests need to check in by 22:00, but we can leave a key for you at the desk.'
      + '\n\nKind regards,\nOlga Reid\nReception'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо, что написали. Родители должны приходить к 18:00, но мы подождём вас в пятницу до '
      + '18:30.\n\nС уважением,\nОльга Петрова\nАдминистрация сада'],
    ['bg', 'Здравейте, Петя,\n\nБлагодарим, че ни писахте. Гостите трябва да се настанят до 22:00, но ние ще Ви оставим ключ на '
      + 'рецепцията.\n\nПоздрави,\nОлга Петрова\nРецепция'],
  ] as const)('%s: not dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });

  it.each([
    // The customer's own payment still asks for one.
    ['en', 'Dear Anna,\n\nYour March fees of £420 are overdue. Please pay by Friday.\n\nKind regards,\nOlga\nOffice'],
    ['ru', 'Здравствуйте, Анна!\n\nОплата за март просрочена. Если вы хотите оплатить сегодня, счёт № 12 во вложении.\n\n'
      + 'С уважением,\nОльга\nБухгалтерия'],
  ] as const)('%s: a payment reminder: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('reminder');
  });

  it('en: "Please read the handbook." asks, as "please" did before the round', () => {
    expect(rulesOf('Hello Anna,\n\nPlease read the handbook.\n\nKind regards,\nOlga\nThe Club', 'en')).not.toContain('dismissive');
  });
});
