/**
 * The lint readings of round 54 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. What the customer should have been given or done to, in the passive, is our fault owned, not a lecture:
 * "You should have been asked before…", "you should have been consulted", «Вы должны были быть проинформированы заранее» —
 * the passive's unnamed doer is us, as round 12's "you should have been told" and «вы должны были быть уведомлены» are read.
 * So no `hated-phrase`. What the customer should have done ("You should have asked…", «Вы должны были спросить…»,
 * «Трябваше да прочетете…»), and a state the customer should have been in ("You should have been prepared…", "…more
 * careful", "…familiarised with the terms", «…ознакомлены с условиями договора», «…внимательнее»), still lecture.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const score = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const { bg } = ROUND_FRAME;
const draft = ROUND_FRAME;

const cases = {
  // What the customer should have been given or done to, in the passive: our fault owned.
  ownedPassive: [
    ['en', 'You should have been asked before any change to your plan.'],
    ['en', 'You should have been consulted first.'],
    ['en', 'You should have been properly informed about the fee.'],
    ['en', 'You should have been shown the room before paying.'],
    ['en', 'I am sorry: you should have been met at the gate, and you should have been seated at once.'],
    ['ru', 'Вы должны были быть проинформированы заранее.'],
    ['ru', 'Вы должны были быть своевременно спрошены о согласии.'],
    ['ru', 'Вы должны были быть приглашены на приём.'],
  ],
  // What the customer should have done, or a state they should have been in: a lecture still.
  lecture: [
    ['en', 'You should have asked before the change.'],
    ['en', 'You should have read the rules.'],
    ['en', 'You should have been prepared for the weather.'],
    ['en', 'You should have been more careful.'],
    ['en', 'You should have been there on time.'],
    ['en', 'You should have been familiarised with the terms.'],
    ['en', 'You should have been registered on the site.'],
    ['ru', 'Вы должны были спросить заранее.'],
    ['ru', 'Вы должны были быть ознакомлены с условиями договора.'],
    ['ru', 'Вы должны были быть внимательнее.'],
    ['ru', 'Вы должны были быть внимательны.'],
  ],
  // Said so already: Bulgarian «трябваше да бъдете…» and Russian «вас должны были…» are no lecture.
  ownedBefore: [
    ['ru', 'Вас должны были предупредить об изменениях.'],
    ['bg', 'Трябваше да бъдете уведомени предварително.'],
    ['bg', 'Вие трябваше да бъдете попитани преди промяната.'],
    ['en', 'You should have been told about the change.'],
    ['ru', 'Вы должны были быть уведомлены об изменениях.'],
  ],
} as const;

// A polite reply of our own in the shape of the draft this round read: apology, the fault owned in the passive, the bill put on
// hold and two dated meetings offered, signed.
const POLITE = {
  en: `Dear Mr Hale,\n\nThank you for your detailed letter, and I am sincerely sorry about your appointment on 4 March. You should have been asked before any change to your plan.\n\nI have put your £120 bill on hold, and I would like to meet you to go through it. I can offer Tuesday 10 March at 11:00 or Thursday 12 March at 16:00.\n\nThank you again for raising this.\n\nYours sincerely,\nClare Dunn\nPractice Manager, Riverside Clinic`,
  ru: `Уважаемый Олег Петрович!\n\nСпасибо за подробное письмо, и я искренне прошу прощения за ваш визит 4 марта. Вы должны были быть спрошены о согласии до любого изменения лечения.\n\nЯ приостановила счёт на 12 000 ₽ и хотела бы встретиться с вами, чтобы всё обсудить. Могу предложить вторник, 10 марта, в 11:00 или четверг, 12 марта, в 16:00.\n\nЕщё раз спасибо, что написали нам.\n\nС уважением,\nИрина Котова\nУправляющая клиникой «Улыбка»`,
} as const;

describe('round 54: what the customer should have been given, in the passive, owns our fault', () => {
  it.each(cases.ownedPassive)('%s: %s is no hated phrase', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('hated-phrase');
  });

  it.each(Object.entries(POLITE))('%s: a polite reply owning the fault in the passive scores 80 or more', (locale, text) => {
    const found = rules(text, locale as LintLocale);
    expect(found).not.toContain('hated-phrase');
    expect(score(text, locale as LintLocale)).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each(cases.lecture)('%s: %s still lectures', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('hated-phrase');
  });

  it.each(cases.ownedBefore)('%s: %s was no hated phrase already', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('hated-phrase');
  });

  it('bg: what the customer should have done, or been, still blames', () => {
    expect(rules(bg('Трябваше да прочетете условията.'), 'bg')).toContain('dismissive');
    expect(rules(bg('Трябваше да бъдете по-внимателни.'), 'bg')).toContain('dismissive');
  });
});
