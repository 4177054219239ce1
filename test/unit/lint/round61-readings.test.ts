/**
 * The lint readings of round 61 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A complaint refused as another team's ("Complaints about pricing are not handled by this team", «Жалобы на
 * цены этот отдел не рассматривает», „Оплаквания за цените не се разглеждат от този отдел“) is a deflection, and the exit
 * shown to an unhappy customer ("If you are unhappy you are free to move out", «Не устраивает — можете съехать», „Ако не сте
 * доволни, свободни сте да напуснете“) dismisses; "take it up with…" sends the customer elsewhere only as their errand ("It
 * helps us take this up with the carrier" is our own step); a label as written on a box or a sign (after "marked", in
 * quotation marks, or a word in capitals numbered as labels are: "OFFICE 1", "BOOKS 2") is no shouting, while "late AGAIN"
 * and a sentence in capitals still shout; and a fine the customer may be charged by someone else, named as the condition of
 * our offer to cover it («если вам начислят штраф за просрочку… компенсируем его»), is no payment reminder and no threat.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME as draft, lintIn as lint, rulesIn as rules } from './drafts.js';
const deflects = (body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes('hated-phrase');
const dismisses = (body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes('dismissive');
const shouts = (body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes('shouting');

const cases = {
  deflect: [
    ['en', 'The new fee applies from 1 April. Complaints about pricing are not handled by this team.'],
    ['en', 'The new fee applies from 1 April. This department does not deal with pricing.'],
    ['ru', 'Новая плата действует с 1 апреля. Жалобы на цены этот отдел не рассматривает.'],
    ['ru', 'Новая плата действует с 1 апреля. Жалобы на цены не рассматриваются этим отделом.'],
    ['bg', 'Новата такса важи от 1 април. Оплаквания за цените не се разглеждат от този отдел.'],
    ['bg', 'Новата такса важи от 1 април. Този отдел не разглежда оплаквания за цени.'],
  ] as [LintLocale, string][],
  dismiss: [
    ['en', 'The new fee applies to all accounts. If you are unhappy you are free to move out.'],
    ['en', 'The new fee applies to all accounts. If you are dissatisfied, you are free to leave.'],
    ['ru', 'Новая плата действует для всех. Не устраивает — можете съехать.'],
    ['ru', 'Новая плата действует для всех. Если вы недовольны, можете уйти.'],
    ['bg', 'Новата такса важи за всички. Ако не сте доволни, свободни сте да напуснете.'],
    ['bg', 'Новата такса важи за всички. Ако не сте доволни, можете да напуснете.'],
  ] as [LintLocale, string][],
  ourTakeUp: [
    ['en', 'We will collect it on Wednesday at 9:00. Could you send a photo of the label? It helps us take this up with the carrier.'],
    ['en', 'We will collect it on Wednesday at 9:00, and we will take it up with the courier ourselves.'],
    ['en', 'We will collect it on Wednesday at 9:00. I would be happy to take that up with them for you.'],
  ] as [LintLocale, string][],
  labels: [
    ['en', 'We found the box marked OFFICE 1; it will be delivered tomorrow at 10:00.'],
    ['en', 'Could you send a list of what was in BOOKS 2 and KITCHEN 5? We will call you tomorrow at 10:00.'],
    ['en', 'The crate labelled FRAGILE will be delivered tomorrow at 10:00.'],
    ['en', 'If it cannot wait, reply with "URGENT" and we will call you within the hour, tomorrow at the latest by 10:00.'],
    ['ru', 'Коробку с надписью ПОСУДА мы нашли, привезём её завтра к 10:00.'],
    ['ru', 'Пришлите, пожалуйста, список вещей из коробки «КНИГИ», мы позвоним завтра в 10:00.'],
    ['bg', 'Намерихме кашона с надпис ПРИБОРИ, ще го доставим утре в 10:00.'],
    ['bg', 'Моля, изпратете списък на нещата в кашона „КНИГИ“, ще Ви се обадим утре в 10:00.'],
  ] as [LintLocale, string][],
  fine: [
    ['ru', 'Приносим извинения: курьер опоздал. Если вам начислят штраф за просрочку, пришлите, пожалуйста, требование — компенсируем его в течение пяти рабочих дней.'],
    ['bg', 'Извиняваме се, куриерът закъсня. Ако Ви бъде наложена глоба за просрочие, изпратете ни я и ще я възстановим до пет работни дни.'],
  ] as [LintLocale, string][],
};

const guards = {
  // The customer's own errand deflects, as it did.
  deflect: [
    ['en', 'You will need to take this up with the courier.'],
  ] as [LintLocale, string][],
  // A fine offered to be covered with no payment word beside it was no reminder before the round either.
  fine: [
    ['ru', 'Приносим извинения: курьер опоздал. Если вас оштрафуют, пришлите, пожалуйста, постановление — мы компенсируем штраф за пять рабочих дней.'],
    ['en', 'I am sorry our courier was late. If you are charged a late filing penalty, please send it to us and we will reimburse it within five working days.'],
  ] as [LintLocale, string][],
  // A short inline Cyrillic abbreviation after a lower-case word was no shouting since round 56.
  labels: [
    ['ru', 'Коробку с надписью КУХНЯ мы нашли, привезём её завтра к 10:00.'],
    ['bg', 'Намерихме кашона с надпис КУХНЯ, ще го доставим утре в 10:00.'],
  ] as [LintLocale, string][],
  // Shouting that stays: a stressed word, a sentence in capitals, an amount or a count after capitals.
  shout: [
    ['en', 'Your parcel is late AGAIN. We will deliver it tomorrow at 10:00.'],
    ['en', 'YOU ALREADY OPENED 3 TICKETS. We will reply tomorrow at 10:00.'],
    ['en', 'Your "URGENT" request will be handled tomorrow at 10:00.'],
    ['ru', 'У вас ДОЛГ 14 500 ₽. Оплатите до 5 мая.'],
    ['bg', 'ПИСАЛИ СТЕ НИ ВЕЧЕ 4 ПЪТИ. Ще Ви се обадим утре в 10:00.'],
  ] as [LintLocale, string][],
  // A fine as the consequence of not complying still threatens in a reminder.
  threat: [
    ['ru', 'Счёт № 412 на 3 500 ₽ не оплачен. Оплатите до 5 мая, иначе начислим штраф за просрочку.'],
    ['en', 'Invoice 412 for £35 is overdue. Please pay by 5 May or a late fee will be charged.'],
  ] as [LintLocale, string][],
};

describe('lint round 61 readings', () => {
  it.each(cases.deflect)('%s: %s deflects', (locale, body) => {
    expect(deflects(body, locale)).toBe(true);
  });
  it.each(cases.dismiss)('%s: %s shows the customer the door', (locale, body) => {
    expect(dismisses(body, locale)).toBe(true);
  });
  it.each(cases.ourTakeUp)('%s: %s takes it up ourselves', (locale, body) => {
    expect(deflects(body, locale)).toBe(false);
  });
  it.each(cases.labels)('%s: %s quotes a label, no shouting', (locale, body) => {
    expect(shouts(body, locale)).toBe(false);
  });
  it.each(cases.fine)('%s: %s offers to cover a fine, no reminder', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).not.toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-threat');
  });
});

describe('guards (read so before the round too)', () => {
  it.each(guards.deflect)('%s: %s deflects', (locale, body) => {
    expect(deflects(body, locale)).toBe(true);
  });
  it.each(guards.fine)('%s: %s offers to cover a fine, no reminder', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).not.toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-threat');
  });
  it.each(guards.labels)('%s: %s names a label, no shouting', (locale, body) => {
    expect(shouts(body, locale)).toBe(false);
  });
  it.each(guards.shout)('%s: %s still shouts', (locale, body) => {
    expect(shouts(body, locale)).toBe(true);
  });
  it.each(guards.threat)('%s: %s still threatens', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('reminder-threat');
  });
});
