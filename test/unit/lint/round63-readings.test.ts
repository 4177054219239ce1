/**
 * The lint readings of round 63 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A penalty in the passive after a condition on the customer ("If you do not collect it within 14 days, it will
 * be sold", «…он будет продан», „…ще бъде продаден“) and a thing sold in the active («продадим», „ще го продадем“) threaten; the
 * matter named as one between the customer and a third party ("a matter between you and your bank", «вопрос между вами и вашим
 * банком», „въпрос между Вас и Вашата банка“) deflects; further action on the customer's request refused ("We will not be
 * taking further action on this request", «дальнейших действий по вашему обращению предприниматься не будет», „Няма да
 * предприемаме по-нататъшни действия по Вашето искане“) dismisses; and what the customer should have been able to do, a way
 * in, on or through ("You should have been able to board safely", «Вы должны были спокойно войти в автобус», „Трябваше да можете
 * спокойно да се качите“), is our fault owned, no lecture.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const score = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const threat: Case[] = [
  ['en', 'Your watch has been here for six months. If you do not collect it within 14 days, it will be sold to cover our costs.'],
  ['en', 'If you don\'t pay the balance by Friday, your account will be suspended.'],
  ['en', 'If you haven\'t picked up the bike by the 20th, we will sell it.'],
  ['ru', 'Часы лежат у нас полгода. Если вы не заберёте их в течение 14 дней, они будут проданы в счёт расходов.'],
  ['ru', 'Если не заберёте велосипед до 20-го, его продадут.'],
  ['ru', 'Если вы не заберёте заказ до пятницы, мы его продадим.'],
  ['bg', 'Часовникът Ви стои тук 6 месеца. Ако не го вземете до 14 дни, ще бъде продаден за покриване на разходите.'],
  ['bg', 'Ако не платите до петък, услугата ще бъде спряна.'],
  ['bg', 'Ако не приберете колелото до 20-ти, ще го продадем.'],
];
const between: Case[] = [
  ['en', 'Our records show only one charge. Any second charge is a matter between you and your bank.'],
  ['en', 'We only sent the parcel. Whatever happened at the door is between you and the courier.'],
  ['ru', 'У нас одно списание. Любое второе списание — это вопрос между вами и вашим банком.'],
  ['ru', 'Посылку мы отправили. Дальше это дело между вами и курьером.'],
  ['bg', 'При нас има едно плащане. Второто таксуване е въпрос между Вас и Вашата банка.'],
  ['bg', 'Пратката е изпратена. Това е между Вас и куриера.'],
];
const noFurtherAction: Case[] = [
  ['en', 'Our records show only one charge. We will not be taking further action on this request.'],
  ['en', 'The fare was correct. No further action will be taken on your complaint.'],
  ['ru', 'Тариф применён верно. Мы не будем предпринимать дальнейших действий по вашему запросу.'],
  ['ru', 'Тариф применён верно. По вашему обращению дальнейших действий предприниматься не будет.'],
  ['bg', 'Тарифата е приложена правилно. Няма да предприемаме по-нататъшни действия по Вашето искане.'],
  ['bg', 'Тарифата е приложена правилно. По-нататъшни действия по жалбата Ви няма да бъдат предприети.'],
];
const ability: Case[] = [
  ['en', 'We are very sorry for what happened on route 43 on 3 March. You should have been able to board the bus safely. The driver has been suspended, and we will write to you with the results by 25 March.'],
  ['en', 'We are very sorry for what happened at the gate. You should have had no trouble getting on the train. We will write to you with the results by 25 March.'],
  ['ru', 'Приносим искренние извинения за то, что произошло 3 марта на маршруте 43. Вы должны были спокойно войти в автобус. Водитель отстранён, результаты проверки мы сообщим вам до 25 марта.'],
  ['ru', 'Приносим извинения за случившееся на вокзале. Вы должны были без проблем пройти к поезду. Результаты проверки мы сообщим вам до 25 марта.'],
  ['bg', 'Извиняваме се искрено за случилото се на 3 март по линия 43. Трябваше да можете спокойно да се качите в автобуса. Шофьорът е отстранен, а резултатите ще Ви изпратим до 25 март.'],
  ['bg', 'Извиняваме се искрено за случилото се на гарата. Трябваше да се качите спокойно във влака. Резултатите ще Ви изпратим до 25 март.'],
];

describe('round 63: a penalty in the passive after a condition, or a thing sold, threatens', () => {
  it.each(threat)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 63: the matter named as one between the customer and a third party deflects', () => {
  it.each(between)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
});
describe('round 63: further action on the customer\'s request refused dismisses', () => {
  it.each(noFurtherAction)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 63: what the customer should have been able to do is our fault owned', () => {
  it.each(ability)('%s: %s', (locale, body) => {
    const found = rules(draft[locale](body), locale);
    expect(found).not.toContain('hated-phrase');
    expect(found).not.toContain('dismissive');
    expect(score(draft[locale](body), locale)).toBeGreaterThanOrEqual(80);
  });
});
describe('guards (read so before the round too)', () => {
  const lectures: Case[] = [
    ['en', 'You should have been able to find the answer in our FAQ.'],
    ['en', 'You should have kept the receipt.'],
    ['ru', 'Вы должны были спокойно дождаться водителя.'],
    ['ru', 'Вы должны были сохранить чек.'],
  ];
  it.each(lectures)('%s: what the customer should have done still lectures: %s', (locale, body) => {
    expect(has('hated-phrase', body, locale)).toBe(true);
  });
  it('bg: „Трябваше да запазите бележката“ still lectures', () => {
    expect(has('dismissive', 'Трябваше да запазите касовата бележка.', 'bg')).toBe(true);
  });
  const offers: Case[] = [
    ['en', 'If you do not hear from us by Friday, your case will be passed to a senior manager.'],
    ['en', 'If you don\'t recognise this payment, your card will be blocked and a new one sent to you free of charge.'],
    ['ru', 'Если вы не получите посылку до пятницы, мы вернём деньги.'],
    ['bg', 'Ако не сте у дома, пратката ще бъде предадена на съседа.'],
  ];
  it.each(offers)('%s: no penalty, no threat: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  it('no further action on an account reassures', () => {
    expect(has('dismissive', 'We have cancelled the fine and no further action will be taken on your account.', 'en')).toBe(false);
  });
  it('our part after "between you and your bank" asks for the customer', () => {
    expect(has('hated-phrase', 'The dispute is between you and your bank, and we will send you a statement for them today.', 'en')).toBe(false);
  });
});
