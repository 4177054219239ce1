/**
 * The lint readings of round 60 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. What the customer did not know told as what everyone knows ("everyone knows that", «это знают все»,
 * „всички знаят това“) dismisses (`dismissive`), and the customer told not to panic ("No need to panic", «Не надо паниковать»,
 * „Не се паникьосвайте“) is a hated phrase, as "calm down" is; the time the customer wrote or called, told back to them ("You
 * wrote at 22:30.", «Вы написали в 22:30», „Писали сте в 22:30.“), is no step of ours; what we do at once, in the future ("a
 * crew will set off at once", «экипаж выедет сразу»), is a next step with its time; a receipt named by its number ("receipt
 * no. 2231", „квитанция № 2231“) is the invoice reference of a payment reminder; a refund already paid out („Възстановените
 * 35 лв. вече са изплатени“, "Your refund of £35 has already been paid out", «Возврат 3 500 ₽ уже выплачен») is a remedy made;
 * and an apology for the customer's dissatisfaction whose remedy the reply makes later is no insincere apology ("sorry you feel
 * that way" is, with a remedy or without, and so is a dissatisfaction apology with none). What read so before the round is in
 * the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME as draft, dismissesInFrame as dismisses, lintIn as lint, rulesIn as rules } from './drafts.js';

const cases = {
  dismiss: [
    ['en', 'The bubbles go away on their own within a week, everyone knows that.'],
    ['en', 'No need to panic. The film settles by itself.'],
    ['ru', 'Пузыри уходят сами через неделю, это знают все.'],
    ['ru', 'Такие пузыри уходят сами, это всем известно.'],
    ['ru', 'Не надо паниковать, плёнка уляжется сама.'],
    ['ru', 'Не паникуйте. Плёнка уляжется сама.'],
    ['bg', 'Мехурчетата изчезват сами за седмица, всички знаят това.'],
    ['bg', 'Не се паникьосвайте, фолиото ще се изглади само.'],
  ] as [LintLocale, string][],
  // The customer's time held up to them: the reply has no step of ours.
  theirTime: [
    ['en', 'Support closes at 5 pm. You wrote at 10:30 pm. We will answer when your turn comes.'],
    ['en', 'Our line is open until 17:00. You called us at 22:30. We will get to it.'],
    ['ru', 'Мы работаем до 17:00. Вы написали в 22:30. Когда дойдёт очередь, ответим.'],
    ['ru', 'Мы работаем до 17:00. Вы нам позвонили в 22:30. Ответим, когда дойдёт очередь.'],
    ['bg', 'Работим до 17:00. Писали сте в 22:30. Като дойде ред, ще ви отговорим.'],
    ['bg', 'Работим до 17:00. Вие ни писахте в 22:30. Ще ви отговорим, когато дойде ред.'],
  ] as [LintLocale, string][],
  // What we do at once, in the future: a next step with its time.
  atOnce: [
    ['en', 'Our office is closed until 9:00. If you need roadside help now, call our 24-hour line 0800 700 414 and a crew will set off at once. We will answer your other questions in the morning.'],
    ['ru', 'Сейчас офис закрыт до 9:00. Если вам нужна помощь на дороге прямо сейчас, позвоните по круглосуточному номеру 8 800 700-41-41 — экипаж выедет сразу. На остальные вопросы ответим утром.'],
    ['ru', 'Сейчас офис закрыт до 9:00. Если вопрос срочный, оставьте номер в ответном письме — мы сразу перезвоним.'],
  ] as [LintLocale, string][],
  // A receipt named by its number in a payment reminder: the invoice reference.
  receipt: [
    ['en', 'Thank you for choosing our workshop. This is a reminder that the balance of £45 for cleaning your watch (receipt no. 2231) is due on Saturday, 31 January, when the watch will be ready. Could you please arrange the payment by then, in person or by bank transfer?'],
    ['bg', 'Благодарим ви, че избрахте нашия сервиз. Напомняме, че остатъкът от 45 лв. за почистване на часовника (квитанция № 2231) е дължим до събота, 31 януари, когато часовникът ще е готов. Можете да платите на място или по банков път.'],
    ['bg', 'Напомняме, че доплащането от 60 лв. по квитанция номер 4410 е дължимо до петък, 6 февруари. Можете да платите на място или по банков път.'],
  ] as [LintLocale, string][],
  // An apology for dissatisfaction with the refund paid later in the reply: owned, and the refund is the step taken.
  refunded: [
    ['en', 'Thank you for coming to the desk, and we are sorry you were not satisfied with the sauna.\n\nYour refund of £35 has already been paid out. We would be grateful if you told us what you did not like. You can write to us at any time at this address.'],
    ['ru', 'Спасибо, что зашли на кассу, и нам жаль, что вы остались недовольны сауной.\n\nВозврат 3 500 ₽ уже выплачен. Будем благодарны, если расскажете, что вам не понравилось. Вы можете написать нам в любое время на этот адрес.'],
    ['bg', 'Благодарим Ви, че посетихте касата ни, и съжаляваме, че не сте останали доволна от сауната.\n\nВъзстановените 35 лв. вече са изплатени. Ще бъдем благодарни, ако ни кажете какво не Ви е харесало. Можете да ни пишете по всяко време на този имейл.'],
  ] as [LintLocale, string][],
};

const guards = {
  noDismiss: [
    ['en', 'Please don\'t worry: the bubbles usually go within a week, and if they are still there on Friday, I will send a fitter on Monday.'],
    ['ru', 'Не волнуйтесь: такие пузыри обычно уходят за неделю, а если в пятницу они останутся, мастер приедет в понедельник.'],
    ['bg', 'Не се притеснявайте: мехурчетата обикновено изчезват за седмица, а ако в петък са още там, майсторът ще дойде в понеделник.'],
  ] as [LintLocale, string][],
  // «Сразу» with no step of ours in the future is none.
  noStep: [
    ['ru', 'Надо было сразу звонить по круглосуточному номеру.'],
  ] as [LintLocale, string][],
  // Bulgarian „веднага“ is a step's time already.
  atOnce: [
    ['bg', 'В момента офисът е затворен до 9:00. Ако имате нужда от помощ на пътя сега, обадете се на денонощния ни телефон 0800 11 222 — екипът ще тръгне веднага.'],
  ] as [LintLocale, string][],
  // "Sorry you feel that way" stays insincere with a refund after it; a dissatisfaction apology with no remedy after it too.
  insincere: [
    ['en', 'We are sorry you feel that way.\n\nYour refund of £35 has already been paid out. You can write to us at any time at this address.'],
    ['ru', 'Извините, если вам так показалось.\n\nВозврат 3 500 ₽ уже выплачен. Вы можете написать нам в любое время на этот адрес.'],
    ['en', 'We are sorry you were not satisfied with the sauna. We will look into it by Friday.'],
    ['bg', 'Съжаляваме, че не сте останали доволна от сауната. Ще проверим до петък.'],
  ] as [LintLocale, string][],
};

describe('round 60: everyone knows, no need to panic; the customer\'s time; at once; a numbered receipt; a refund paid after a dissatisfaction apology', () => {
  it.each(cases.dismiss)('%s: %s dismisses the customer', (locale, body) => {
    expect(dismisses(body, locale)).toBe(true);
  });
  it.each(cases.theirTime)('%s: %s gives no step of ours', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('next-step');
    expect(lint(body, locale).score).toBeLessThan(50);
  });
  it.each(cases.atOnce)('%s: %s gives a next step', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.findings.map((finding) => finding.rule)).not.toContain('next-step');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
  it.each(cases.receipt)('%s: %s names the invoice', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-invoice');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
  it.each(cases.refunded)('%s: %j apologises for what went wrong and refunds', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.findings.map((finding) => finding.rule)).not.toContain('insincere-apology');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('next-step');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each(guards.noDismiss)('%s: %s dismisses nobody', (locale, body) => {
    expect(dismisses(body, locale)).toBe(false);
  });
  it.each(guards.noStep)('%s: %s gives no step of ours', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('next-step');
  });
  it.each(guards.atOnce)('%s: %s gives a next step', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('next-step');
  });
  it.each(guards.insincere)('%s: %j stays an insincere apology', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('insincere-apology');
  });
});
