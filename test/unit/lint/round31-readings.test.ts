/**
 * The lint readings of round 31 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - further correspondence or comment refused in the first person ("we will not enter into further correspondence",
 *   «больше комментировать не будем», «Няма да коментираме повече») closes the matter (`dismissive`), as "no further
 *   correspondence" does;
 * - the customer blamed for keeping us from our work or the line from others ("you are blocking the line", «вы занимаете
 *   линию», «пречите на работата») dismisses (`dismissive`), as round 30's "you are only slowing it down" does;
 * - round 17's matter told as out of our control reaches "it's out of our hands", «от нас ничего не зависит», «от нас нищо
 *   не зависи» (`dismissive`); with "but" and what we do it is still none;
 * - a line of ours given with its number to call ("call our 24-hour line on 0800 123 456", «по срочным вопросам звоните
 *   дежурному: +7 …», «денонощната ни линия е 0700 …») invites the customer to call (no `offer-questions`);
 * - «Пишете ни за трети път» tells the customer they write for the nth time (the present, which Bulgarian spells as the
 *   imperative): it invites nothing (`offer-questions`), as round 23's attempt to reach us told after the fact does not.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('further correspondence or comment refused in the first person closes the matter', () => {
  it.each([
    ['en', 'Dear Mr Price,\n\nOur club applied its membership rules. We will not enter into further correspondence about the fee.\n\nRegards,\nLeisure Desk'],
    ['en', 'Dear Mr Price,\n\nThe referee decision stands and we will not comment further.\n\nRegards,\nLeague Office'],
    ['ru', 'Здравствуйте, Вера.\n\nКлуб действовал по уставу. Больше комментировать не будем.\n\nАдминистрация клуба'],
    ['ru', 'Здравствуйте, Вера.\n\nМы ответили по существу. В дальнейшую переписку вступать не будем.\n\nАдминистрация клуба'],
    ['bg', 'Здравейте, Вера,\n\nКлубът е действал по устава. Повече няма да коментираме.\n\nАдминистрация на клуба'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Dear Mr Price,\n\nThank you for your letter. I am sorry about the fee. I will call you on Monday at 10:00 to talk it through.\n\nRegards,\nAnna Lee\nLeisure Desk'],
  ] as const)('%s guard: a reply that keeps the conversation going, before round 31 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('the customer blamed for keeping us from work or the line from others is dismissed', () => {
  it.each([
    ['en', 'Hello,\n\nThe engineers are on site. Calling every ten minutes, you are blocking the line for other callers.\n\nGas Control'],
    ['ru', 'Здравствуйте.\n\nБригада уже работает. Своими звонками вы занимаете линию.\n\nДиспетчерская'],
    ['ru', 'Здравствуйте.\n\nЛифт ремонтируют. Повторными звонками вы мешаете работать мастерам.\n\nУправляющая компания'],
    ['bg', 'Здравейте,\n\nЕкипът е на място. С тези обаждания пречите на работата на техниците.\n\nТоплофикация'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });
});

describe('a matter told as out of our hands is dismissed', () => {
  it.each([
    ['en', 'Hello Mr Bell,\n\nThe part is held at the border. It is out of our hands.\n\nSales'],
    ['ru', 'Добрый день, Олег.\n\nЗапчасть на складе поставщика, от нас ничего не зависит.\n\nОтдел продаж'],
    ['bg', 'Здравейте, Олег,\n\nЧастта е при доставчика, от нас нищо не зависи.\n\nОтдел продажби'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Mr Bell,\n\nThe part is held at the border, which is out of our hands, but I have ordered a second one and will call you on Friday.\n\nRegards,\nJo King\nSales'],
  ] as const)('%s guard: "but" and what we do, before round 31 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a line of ours given with its number to call invites the customer to call', () => {
  it.each([
    ['en', 'Hello,\n\nThank you for your message. Our office is closed until Monday. For anything urgent, call our 24-hour line on 0800 555 010.\nWe will reply on Monday by 11:00.\n\nRegards,\nMaple Lettings'],
    ['ru', 'Здравствуйте!\n\nСпасибо за письмо. В выходные офис не работает. По срочным вопросам звоните дежурному администратору: +7 812 555-01-01.\nОтветим в понедельник до 12:00.\n\nС уважением,\nкоманда «Клён»'],
    ['bg', 'Здравейте,\n\nБлагодарим за писмото. В неделя офисът не работи. При спешност можете да се обадите на 0888 555 010.\nЩе отговорим в понеделник до 12:00.\n\nПоздрави,\nЕкипът на „Клен“'],
    ['bg', 'Здравейте,\n\nБлагодарим за писмото. Извън работно време сме. Денонощната ни линия е 0700 555 010.\nЩе отговорим утре до 12:00.\n\nПоздрави,\nАбонатен отдел'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Hello,\n\nThank you for your message. Our office is closed until Monday. We will reply on Monday by 11:00; the parcel number is 0800 555 010.\n\nRegards,\nMaple Lettings'],
  ] as const)('%s guard: a number given with no line to call invites nothing, before round 31 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });
});

describe('«Пишете ни за N-ти път» is the present, not an invitation', () => {
  it.each([
    ['bg', 'Здравейте, Иван,\n\nПишете ни за трети път. Пратката е при куриера.\n\nПоздрави,\nМария Петрова\nМагазин „Лира“'],
    ['bg', 'Здравейте, Иван,\n\nПишете ни за пореден път за същото. Пратката е при куриера.\n\nПоздрави,\nМария Петрова\nМагазин „Лира“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });

  it.each([
    ['bg', 'Здравейте, Иван,\n\nПратката ще пристигне в петък до 12:00. Пишете ни по всяко време.\n\nПоздрави,\nМария Петрова\nМагазин „Лира“'],
  ] as const)('%s guard: «Пишете ни» with no count invites, before round 31 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });
});
