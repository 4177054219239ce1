/**
 * The lint readings of round 62 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. What the customer expected, asked back with scorn ("what did you expect — silence?", «а чего вы ожидали?»,
 * „какво очаквахте — тишина ли?“), a time put off by a tautology ("we'll refund it when we refund it", «вернём когда
 * вернём», „ще ги върнем, когато ги върнем“), the impersonal lecture at the head of a sentence («Надо было проверять…»,
 * "Should have checked…"; „Трябваше да проверите…“ lectured already) and the fault put on the customer's own things ("may have come from your
 * own clothing") dismiss; a fee as a bare amount after a condition („ако няма никой — 30 лв. такса“) threatens; regret with a
 * warranty claim turned down ("Unfortunately the dent is not covered by the warranty") is the refusal's apology; and an hour
 * with "h" or "o'clock" after "at" / "around" („около 13 ч.“, «в 13 ч.») is a time, but not a duration („около 2 часа“), not
 * hours kept („от 14 ч.“) and not the time the customer writes („Пишете в 23 ч.“).
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const score = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const { ru, bg } = ROUND_FRAME;
const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const dismiss: Case[] = [
  ['en', 'You booked a flat above a bar in July, what did you expect — silence?'],
  ['ru', 'Вы сняли квартиру над баром в июле, а чего вы ожидали — тишины?'],
  ['bg', 'Наехте апартамент над бар през юли, какво очаквахте — тишина ли?'],
  ['en', 'The flight was cancelled by the airline. We will refund it when we refund it.'],
  ['ru', 'Рейс отменила авиакомпания. Билеты вернём, когда вернём.'],
  ['bg', 'Полетът е отменен от авиокомпанията. Ще ги върнем, когато ги върнем.'],
  ['en', 'The parcel left us intact. Should have checked it on delivery.'],
  ['ru', 'Посылка ушла от нас целой. Надо было проверять её при получении.'],
  ['ru', 'Посылка ушла от нас целой. Следовало сразу сообщить курьеру.'],
  ['en', 'Our cleaner checked the room. The stains may have come from your own luggage.'],
  ['ru', 'Горничная проверила номер. Пятна могли попасть с вашей собственной одежды.'],
  ['bg', 'Камериерката провери стаята. Петната може да са дошли от собствените Ви дрехи.'],
];
const threat: Case[] = [
  ['en', 'The engineer comes on Friday. If nobody is in — a £30 fee.'],
  ['ru', 'Мастер придёт в пятницу. Если никого не будет — штраф 500 руб.'],
  ['bg', 'Техникът идва в петък. Ако няма никой — 30 лв. такса.'],
];
const regret: Case[] = [
  ['en', 'Unfortunately the dent is not covered by the warranty, as cosmetic damage is excluded. But we will check the seal free of charge: an engineer will come on Monday at 10:00.'],
  ['ru', 'К сожалению, вмятина на двери не покрывается гарантией — косметические повреждения исключены договором. Но мы бесплатно проверим уплотнитель: мастер приедет в понедельник в 10:00.'],
  ['bg', 'За съжаление вдлъбнатината не се покрива от гаранцията, козметичните повреди са изключени. Но ще проверим уплътнението безплатно: техник ще дойде в понеделник в 10:00.'],
];
const hour: Case[] = [
  ['en', 'We cannot check you in early, but we will keep your bags and your room will be ready at 1 o\'clock.'],
  ['ru', 'Заселить раньше не получится, но мы оставим ваш багаж, номер будет готов около 13 ч.'],
  ['bg', 'Не можем да Ви настаним по-рано, но ще оставим багажа Ви, стаята ще е готова около 13 ч.'],
];
const notOurs: Case[] = [
  ['bg', 'Сметката е вярна. Елате в центъра, чакането е около 2 часа.'],
  ['bg', 'Настаняване от 14 ч. По-рано не става.'],
  ['bg', 'Пишете в 23 ч. и очаквате отговор?'],
  ['ru', 'Пишете в 23 ч. и ждёте ответа?'],
];

describe('round 62: scorn, tautology, lecture and blame dismiss', () => {
  it.each(dismiss)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 62: a fee after a condition threatens', () => {
  it.each(threat)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 62: regret with a warranty claim turned down apologises for the refusal', () => {
  it.each(regret)('%s: %s', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('apology');
  });
});
describe('round 62: an hour with "h" or "o\'clock" is a time of our step', () => {
  it.each(hour)('%s: %s', (locale, body) => {
    expect(has('next-step', body, locale)).toBe(false);
    expect(score(draft[locale](body), locale)).toBeGreaterThanOrEqual(80);
  });
});
describe('guards (read so before the round too)', () => {
  it('bg: „Трябваше да я проверите…“ lectures', () => {
    const found = rules(bg('Пратката тръгна от нас цяла. Трябваше да я проверите при получаване.'), 'bg');
    expect(found.some((rule) => rule === 'dismissive' || rule === 'hated-phrase')).toBe(true);
  });
  it.each(notOurs)('%s: no step of ours: %s', (locale, body) => expect(has('next-step', body, locale)).toBe(true));
  it('a polite question about what was expected asks', () => {
    expect(has('dismissive', 'Could you tell us what you expected from the tour, so we can put it right?', 'en')).toBe(false);
  });
  it('«…с тем, что вы ожидали?» asks', () => {
    expect(has('dismissive', 'Как цена соотносится с тем, что вы ожидали?', 'ru')).toBe(false);
  });
  it('„Трябваше да получите SMS“ owns the fault', () => {
    expect(has('dismissive', 'Извиняваме се за таксата. Трябваше да получите SMS, но то не е изпратено.', 'bg')).toBe(false);
  });
  it('«Нам надо было…» owns the fault', () => {
    expect(has('dismissive', 'Нам надо было предупредить вас заранее, простите.', 'ru')).toBe(false);
  });
  it('"Unfortunately" with a delay still owes its apology', () => {
    expect(rules(ru('К сожалению, посылка задержалась. Курьер привезёт её в пятницу в 10:00.'), 'ru')).toContain('apology');
  });
});
