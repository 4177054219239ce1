/**
 * The lint readings of round 53 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A bare day word standing as a whole sentence ("Tomorrow.", «Завтра.», «Утре.», "On Monday.",
 * «В понедельник.», «Следващата седмица.») is no step of ours and no substance: it says only when, not what we will do. So an
 * after-hours notice that gives nothing but the closing and such a word ("Our working day is over. Tomorrow.", «Рабочий день
 * закончен. Завтра.», «Работното време свърши. Утре.») keeps its `next-step` and `no-substance` errors. A polite draft that
 * promises something for tomorrow with a verb of ours ("Tomorrow we will call you.", «Завтра перезвоним.», «Утре ще Ви се
 * обадим.») keeps its step.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const score = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const draft = ROUND_FRAME;

const empty = (text: string, locale: LintLocale): void => {
  const found = rules(text, locale);
  expect(found).toContain('next-step');
  expect(found).toContain('no-substance');
};
const stepped = (text: string, locale: LintLocale): void => {
  const found = rules(text, locale);
  expect(found).not.toContain('next-step');
  expect(found).not.toContain('no-substance');
};

const thanks = {
  en: 'Thank you for your message. ',
  ru: 'Спасибо за ваше сообщение. ',
  bg: 'Благодарим за съобщението. ',
} as const;

const cases = {
  // Curt after-hours brush-offs, as they come: no greeting, no signature, nothing but the closing and a day word.
  bareCurt: [
    ['en', 'Our working day is over. Tomorrow.'],
    ['en', 'The office is closed. On Monday.'],
    ['en', 'We are closed now. Tomorrow morning.'],
    ['ru', 'Рабочий день закончен. Завтра.'],
    ['ru', 'Офис закрыт. В понедельник.'],
    ['ru', 'Мы уже не работаем. Завтра утром!'],
    ['bg', 'Работното време свърши. Утре.'],
    ['bg', 'Офисът е затворен. В понеделник.'],
    ['bg', 'Вече не работим. Следващата седмица.'],
  ],
  // The same inside a greeting and a signature: the day word alone still promises nothing.
  barePolite: [
    ['en', 'Our working day is over. Tomorrow.'],
    ['ru', 'Рабочий день закончен. Завтра.'],
    ['bg', 'Работното време свърши. Утре.'],
  ],
  // A verb of ours with the day keeps the step.
  ourStep: [
    ['en', 'Our working day is over. Tomorrow we will call you about your order.'],
    ['en', 'The office is closed now, but I will call you tomorrow morning.'],
    ['ru', 'Рабочий день закончен. Завтра перезвоним вам и всё уточним.'],
    ['ru', 'Офис уже закрыт, но завтра в 9:00 я вам позвоню.'],
    ['bg', 'Работното време свърши. Утре ще Ви се обадим за поръчката.'],
    ['bg', 'Офисът вече е затворен, но утре до 10:00 ще Ви се обадя.'],
  ],
} as const;

describe('a bare day word standing as a sentence is no step of ours and no substance', () => {
  it.each(cases.bareCurt)('curt, %s: %s', (locale, text) => {
    empty(text, locale);
    expect(score(text, locale)).toBeLessThan(50);
  });
  it.each(cases.barePolite)('within greeting and signature, %s: %s', (locale, body) => empty(draft[locale](thanks[locale] + body), locale));
});

describe('guards (read so before the round too)', () => {
  it.each(cases.ourStep)('a day with a verb of ours is a step, %s: %s', (locale, body) => {
    const text = draft[locale](thanks[locale] + body);
    stepped(text, locale);
    expect(score(text, locale)).toBeGreaterThanOrEqual(80);
  });
});
