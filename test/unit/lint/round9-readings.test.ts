/**
 * The lint readings of round 9 (fixtures/eval/README.md, "Lint round 9"), with drafts written for
 * this file, not taken from any evaluation set:
 * - an ultimatum ("if you don't like it, go elsewhere", «не нравится — обращайтесь в другой салон»,
 *   «ако не Ви устройва, търсете друг магазин», "take it or leave it") dismisses the customer;
 *   The condition may name what is disliked or say it costs too much ("If the new fee is too much for
 *   you, there are other gyms", «Дорого — есть другие операторы»), and a shrug is one too ("that's
 *   life", «такова жизнь», «такъв е животът», «никой не Ви държи»);
 * - telling the customer to be more careful next time ("Next time, please read the size guide more
 *   carefully.", «В следующий раз проверяйте адрес внимательнее.») lectures; our own promise to be
 *   more careful ("We will pack your orders more carefully") does not;
 * - refusing to answer on a channel ("We do not answer emails.", «По телефону не консультируем.»,
 *   «По имейл не отговаряме.») closes the conversation; the hours a channel is not answered
 *   ("we don't answer emails at weekends") are a notice's, not a dismissal;
 * - "no other" said as a sentence of its own ("There is no other date.", «Других окон нет.», «Друга
 *   дата няма.») is a rule stated as a wall, a `policy-citation` warning; said inside a sentence that
 *   goes on ("…is the only slot left, but I have put you on the waiting list") it is not;
 * - a remedy offered in the first person ("we can refund…", "I'd like to offer you 15% off",
 *   «можем предложить скидку 10%», «мога да Ви възстановя разликата») is a step taken: nothing left to date.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('an ultimatum dismisses the customer', () => {
  it.each([
    ['en', 'Your delivery slot is now Saturday morning.\nIf you don\'t like it, shop somewhere else.'],
    ['en', 'Your table is booked for 9 pm, the earliest we have. If that doesn\'t suit you, too bad.'],
    ['en', 'The repair costs 40 euros. Take it or leave it.'],
    ['ru', 'Ваша стрижка перенесена на пятницу, 15:00.\nЕсли не нравится — обращайтесь в другой салон.'],
    ['ru', 'Замена фильтра стоит 900 рублей. Не согласны — ваше право, можете отказаться.'],
    ['bg', 'Доставката Ви е в събота.\nАко не Ви устройва, търсете друг магазин.'],
    ['bg', 'Ремонтът е в сряда. Не сте съгласни — откажете поръчката.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'If that time doesn\'t suit you, just reply and I will find another slot.'],
    ['en', 'If you don\'t like the new colour, we will exchange it free of charge.'],
    ['ru', 'Если время не подходит, напишите — подберём другое.'],
    ['ru', 'Если вас не устраивает замена, обращайтесь к нам — вернём деньги.'],
    ['bg', 'Ако часът не Ви устройва, пишете ни и ще намерим друг.'],
  ] as const)('guard: %s: an offer for when it does not suit is no ultimatum: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('refusing to answer on a channel closes the conversation', () => {
  it.each([
    ['en', 'Complaints are handled at the front desk only.\nWe do not answer emails.'],
    ['en', 'Refund requests go through the website form. By phone we don\'t deal with refunds.'],
    ['ru', 'Претензии принимаются в отделении, с паспортом.\nПо телефону не консультируем.'],
    ['ru', 'Заявления только в письменном виде, в офисе. По электронной почте претензии не принимаем.'],
    ['bg', 'Рекламации се приемат само в магазина.\nПо имейл не отговаряме.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'We don\'t answer emails at weekends, so I will reply on Monday morning.'],
    ['en', 'Our team does not answer emails after 18:00; the chat is open until 22:00.'],
    ['ru', 'В выходные на письма не отвечаем, поэтому ответим в понедельник до 12:00.'],
    ['bg', 'В неделя не отговаряме на имейли, затова ще Ви пишем в понеделник.'],
  ] as const)('guard: %s: the hours a channel is not answered are no dismissal: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a remedy offered in the first person is a step taken', () => {
  const OFFERED: Record<LintLocale, string> = {
    en: 'Dear Ms Hart,\n\nThank you for telling us about the broken kettle in room 12, and I am sorry it spoiled your mornings.\nWe can refund the room service charge, and I would like to offer you 15% off your next stay.\n\nKind regards,\nAnna Price\nFront Office, Seaview Hotel',
    ru: 'Здравствуйте, Ирина!\n\nСпасибо, что сообщили о сломанном чайнике в номере 12, и простите, что он испортил вам утро.\nМы можем вернуть плату за обслуживание в номере и готовы предложить вам скидку 15% на следующее проживание.\n\nС уважением,\nАнна Прохорова\nслужба приёма, отель «Приморье»',
    bg: 'Здравейте, г-жо Христова,\n\nБлагодарим, че ни съобщихте за счупената кана в стая 12, и се извиняваме, че Ви развали сутрините.\nМожем да Ви възстановим таксата за обслужване в стаята, а при следващия Ви престой мога да Ви предложа по-голяма стая на същата цена.\n\nС уважение,\nАнна Петрова\nрецепция, хотел „Приморие“',
  };

  it.each(['en', 'ru', 'bg'] as const)('%s: no next step is missing, and the reply scores 80 or more', (locale) => {
    expect(rulesOf(OFFERED[locale], locale)).not.toContain('next-step');
    expect(lintMessage(OFFERED[locale], { locale }).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Dear Ms Hart,\n\nThank you for your message. I am sorry, but we cannot refund the room service charge.\n\nKind regards,\nAnna Price'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо за письмо. К сожалению, мы не можем вернуть плату за обслуживание.\n\nАнна Прохорова'],
    ['bg', 'Здравейте, г-жо Христова,\n\nБлагодарим за писмото. За съжаление не можем да Ви възстановим таксата.\n\nАнна Петрова'],
  ] as const)('guard: %s: a remedy refused is no step', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});

describe('"no other" as a sentence of its own is a wall', () => {
  it.each([
    ['en', 'Your course now starts on 3 March. There is no other date.'],
    ['en', 'The fitter comes on Friday. That is the only slot.'],
    ['ru', 'Мастер придёт в пятницу. Других окон нет.'],
    ['ru', 'Ваш рейс перенесён на 14:30. Это единственный вариант.'],
    ['bg', 'Курсът започва на 3 март. Друга дата няма.'],
    ['bg', 'Техникът идва в петък. Няма друг час.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('policy-citation');
  });

  it.each([
    ['en', 'Friday is the only slot left, but I have put you on the waiting list and will call you if one opens.'],
    ['ru', 'Других окон на этой неделе нет, но я записала вас в лист ожидания.'],
    ['bg', 'Друг свободен час тази седмица няма, но Ви записахме в списъка на чакащите.'],
  ] as const)('guard: %s: said with what we do about it, it is no wall: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('policy-citation');
  });
});

describe('an ultimatum that names what is disliked, or a shrug, dismisses too', () => {
  it.each([
    ['en', 'Membership fees rise in April. If the new fee is too much for you, there are other gyms.'],
    ['en', 'If you do not like the new timetable you are free to cancel your membership.'],
    ['en', 'Our fees go up in April, that\'s life.'],
    ['ru', 'Тариф меняется с мая. Дорого — есть другие операторы.'],
    ['ru', 'Не устраивает новый график — можете расторгнуть договор.'],
    ['ru', 'Цены на абонемент выросли, такова жизнь.'],
    ['bg', 'Таксата се вдига от май. Ако Ви излиза скъпо, никой не Ви държи.'],
    ['bg', 'Цените растат, такъв е животът.'],
    ['en', 'The gym now opens at 8. Don\'t like the new hours? Go elsewhere.'],
    ['ru', 'Запись только на субботу. Не устраивает? Ищите другой сервис.'],
    ['bg', 'Новото меню е такова. Не Ви харесва? Идете в друг ресторант.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'If the new fee does not suit you, just reply and we will find a plan that does.'],
    ['en', 'If you are not happy with the repair, you can cancel free of charge and I will refund you today.'],
    ['ru', 'Если новый тариф дорог для вас, напишите — подберём другой.'],
    ['bg', 'Ако Ви излиза скъпо, пишете ни и ще Ви предложим по-евтин план.'],
    ['en', 'Don\'t like the new colour? Just reply and we will swap it for free.'],
    ['ru', 'Не устраивает время? Напишите, и мы подберём другое.'],
  ] as const)('guard: %s: an offer for a customer the change does not suit: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('telling the customer to be more careful next time lectures', () => {
  it.each([
    ['en', 'Next time, please read the size guide more carefully.'],
    ['en', 'Your parcel went to the address you typed. Please fill in the delivery form more carefully.'],
    ['en', 'Check the address more carefully before you order.'],
    ['ru', 'Проверяйте реквизиты внимательнее.'],
    ['bg', 'Моля, четете условията по-внимателно.'],
    ['ru', 'В следующий раз проверяйте адрес внимательнее.'],
    ['bg', 'Следващия път попълвайте формуляра за поръчка по-внимателно.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'We will pack your orders more carefully from now on.'],
    ['ru', 'Мы будем проверять адреса внимательнее.'],
    ['bg', 'Ще проверяваме адресите по-внимателно.'],
  ] as const)('guard: %s: our promise to be more careful is no lecture: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});
