/**
 * The lint readings of round 55 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Three more ways of dismissing the customer (`dismissive`): their competence mocked ("you clearly don't
 * understand…", "you know nothing about…", «вы не разбираетесь в…», «ничего не смыслите в…», „не разбирате от…“); a
 * contempt emoji (🙄 😒 🤦 🤷 🥱 😤); and a bare one-word verdict opening the reply or a line of it ("Cancelled.", "Declined.",
 * "No.", "Noted.", «Отменено.», «Отказано.», «Нет.», „Анулирано.“, „Отказано.“, „Не.“). Help offered to a customer who may
 * not know something ("If you don't understand the bill…", «Если вы не разбираетесь в настройках…», „Ако не разбирате от…“),
 * "I understand…", a friendly emoji, a verdict told in a sentence with more in it ("Cancelled, as you asked: …") and a "No."
 * answering a question in mid-line stay what they were. What read so before the round is in the group "guards (read so before
 * the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const score = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const draft = ROUND_FRAME;

const cases = {
  // The customer's competence mocked.
  mock: [
    ['en', 'You clearly don\'t understand how hosting works.'],
    ['en', 'You obviously do not know much about wine.'],
    ['en', 'You know nothing about cars, so leave it to the mechanic.'],
    ['en', 'Frankly, you don\'t understand anything about sourdough.'],
    ['ru', 'Вы явно не разбираетесь в суши.'],
    ['ru', 'Похоже, вы ничего не смыслите в технике.'],
    ['ru', 'Вы просто не разбираетесь в сортах кофе.'],
    ['bg', 'Сигурно не разбирате от баница.'],
    ['bg', 'Явно нищо не разбирате от вино.'],
    ['bg', 'Вие не знаете нищо за тези коли.'],
  ],
  // A contempt emoji.
  emoji: [
    ['en', 'The rolls are served cold, that is how sushi works 🙄'],
    ['en', 'We checked the order twice 😒'],
    ['ru', 'Заказ доставлен вовремя 🤦'],
    ['ru', 'Товара нет в наличии 🤷'],
    ['bg', 'Поръчката пристигна навреме 🙄'],
    ['bg', 'Курсът се провежда както е обявено 😤'],
  ],
  // A bare one-word verdict opening a line.
  verdict: [
    ['en', 'Cancelled. Your account closes today.'],
    ['en', 'Declined.\nThe warranty has expired.'],
    ['en', 'No. The fare is non-refundable.'],
    ['ru', 'Отменено. Доступ закроется сегодня.'],
    ['ru', 'Отказано.\nГарантия закончилась.'],
    ['ru', 'Нет. Тариф невозвратный.'],
    ['bg', 'Анулирано. Достъпът спира днес.'],
    ['bg', 'Отказано.\nГаранцията е изтекла.'],
    ['bg', 'Прекратено. Абонаментът спира днес.'],
  ],
  // Help offered, understanding shown, a friendly emoji, a verdict with more in its sentence, a "No." in mid-line: no dismissal.
  none: [
    ['en', 'If you don\'t understand the bill, just call me and I will go through it on Monday.'],
    ['en', 'I understand how frustrating the outage was.'],
    ['en', 'Cancelled, as you asked: you will not be charged again.'],
    ['en', 'Is there a fee for the transfer? No. It is free, and I will move it today.'],
    ['en', 'Your refund is on its way 😊'],
    ['ru', 'Если вы не разбираетесь в настройках, мы поможем по телефону в понедельник.'],
    ['ru', 'Отменили, как вы просили: больше списаний не будет.'],
    ['bg', 'Ако не разбирате от настройките, ще ви помогнем по телефона в понеделник.'],
    ['bg', 'Отказахме таксата: няма да плащате нищо.'],
  ],
} as const;

// Curt drafts of our own in the shape of the two this round read: no greeting, no signature, a sneer or a bare verdict.
const CURT = [
  ['bg', 'Кифлите си бяха от днес. Явно не разбирате от хляб 🙄'],
  ['ru', 'Пирог был испечён сегодня. Вы, видимо, просто не разбираетесь в выпечке 🙄'],
  ['en', 'The bread was baked today. You clearly don\'t understand sourdough 🙄'],
  ['en', 'Declined. Your plan ends today, the archive is not available after that.'],
  ['ru', 'Отменено. Сайт отключается сегодня, экспорт после отмены недоступен.'],
  ['bg', 'Анулирано. Сайтът спира днес, експорт след анулиране няма.'],
] as const;

// A polite cancellation reply of our own: greeting, the cancellation told with what the customer can still do, signed.
const POLITE = {
  en: `Hi Tom,\n\nThank you for letting us know. Your subscription is cancelled as you asked, and you will not be charged again.\n\nYour site stays online until 30 June, and you can export everything from Settings until then. If you would like me to send you the export, just reply and I will do it today.\n\nIf you have any questions, I am happy to help.\n\nBest wishes,\nAnna Price\nCustomer Care`,
  ru: `Здравствуйте, Олег!\n\nСпасибо, что сообщили. Подписка отменена, как вы просили, больше списаний не будет.\n\nСайт будет работать до 30 июня, и до этого дня вы можете выгрузить все данные в настройках. Если хотите, я пришлю выгрузку сегодня — просто ответьте на это письмо.\n\nЕсли появятся вопросы, пишите, я с радостью помогу.\n\nС уважением,\nИрина Котова\nСлужба поддержки`,
} as const;

describe('round 55: the customer\'s competence mocked, a contempt emoji and a bare verdict dismiss', () => {
  it.each(cases.mock)('%s: %s mocks the customer', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('dismissive');
  });

  it.each(cases.emoji)('%s: %s sneers', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('dismissive');
  });

  it.each(cases.verdict)('%s: %s opens with a bare verdict', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('dismissive');
  });

  it.each(CURT)('%s: the curt draft %s scores below 50', (locale, text) => {
    expect(score(text, locale)).toBeLessThan(50);
  });
});

describe('guards (read so before the round too)', () => {
  it.each(cases.none)('%s: %s dismisses nobody', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('dismissive');
  });

  it.each(Object.entries(POLITE))('%s: a polite cancellation reply scores 80 or more', (locale, text) => {
    expect(rules(text, locale as LintLocale)).not.toContain('dismissive');
    expect(score(text, locale as LintLocale)).toBeGreaterThanOrEqual(80);
  });
});
