/**
 * The lint readings of round 39 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: a refund refused as "not something we can refund" answers a complaint; what the customer suffers told as
 * "to be expected" is a shrug (`dismissive`); a remedy verb joined by "and" to an earlier one shares its "we have" ("We have
 * checked the footage and cancelled the fine"); a charge of ours removed in the passive is a remedy made ("the late fee has
 * been waived", «комиссия отменена», «Таксата от 45 лв. е премахната»); what is owed named with its amount or period before
 * "is due" ("your rent of £700 is due on 5 June") makes a payment reminder. What read so before the round is in the group
 * "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;
const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a refund refused as "not something we can refund" answers a complaint', () => {
  it.each([
    'Tutoring results differ from child to child, we cannot promise grades.\nThat is not something we can refund.',
    'Hello,\n\nA trial class gives no guarantee of progress. Not something we can compensate for.\n\nBest,\nSam',
  ])('a complaint reply below 50: %s', (text) => {
    expect(kindOf(text, 'en')).toBe('complaint');
    expect(scoreOf(text, 'en')).toBeLessThan(50);
  });
});

describe('what the customer suffers told as "to be expected" is a shrug', () => {
  it.each([
    'Hi Mark,\n\nIt is a shared kitchen. Some mess is to be expected and other tenants cook there too.\n\nThanks,\nDan',
    'Hello Priya,\n\nA certain amount of waiting is inevitable at a walk-in clinic.\n\nRegards,\nReception',
  ])('dismissive, below 50: %s', (text) => {
    expect(rulesOf(text, 'en')).toContain('dismissive');
    expect(scoreOf(text, 'en')).toBeLessThan(50);
  });
});

describe('a remedy joined to an earlier verb, and a charge of ours removed in the passive, are remedies made', () => {
  it.each([
    ['en', 'Dear Ms Rowe,\n\nThank you for your appeal and for the photo of your ticket. We have checked the camera footage and cancelled '
      + 'the fine. We are sorry for the trouble: the machine printed the wrong time.\n\nKind regards,\nLeo Hart\nAppeals, CityPark'],
    ['en', 'Dear Mr Byrne,\n\nThank you for letting us know. You paid on time, and I am sorry we charged you. The late fee of £25 has been '
      + 'waived and your balance is correct again.\n\nKind regards,\nNora Quinn\nBilling Team, Brightline Energy'],
    ['ru', 'Здравствуйте, Андрей!\n\nСпасибо, что написали. Мы проверили выписку: перевод был внутри банка. Извините за ошибку. Комиссия '
      + 'за перевод 300 ₽ отменена, баланс в личном кабинете уже верный.\n\nС уважением,\nИрина Лебедева\nОтдел по работе с клиентами'],
    ['bg', 'Здравейте, Калина,\n\nБлагодарим, че ни писахте. Проверихме плащането – постъпило е навреме. Извиняваме се за грешката. '
      + 'Неустойката от 30 лв. е анулирана и салдото в профила ви вече е точно.\n\nПоздрави,\nМартин Колев\nОтдел „Обслужване“'],
  ] as const)('%s: a polite reply at 80 or more: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('no-substance');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('what is owed named with its amount or period before "is due" makes a payment reminder', () => {
  it.each([
    'Dear Mr Grant,\n\nJust a reminder that your rent of £850 is due on 5 June.\n\nThank you,\nAmy Cole\nLettings Team, Brick Lane Homes',
    'Dear Ms Ode,\n\nThe service charge for the second quarter of £310.00 falls due on 1 April.\n\nThank you,\nBlock Management',
  ])('a reminder: %s', (text) => {
    expect(kindOf(text, 'en')).toBe('reminder');
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // A rent complaint answered, a deposit and a rent refund owed to the customer: no payment reminder.
    'Dear Mr Grant,\n\nThank you for your message about the rent increase. I am sorry it came as a surprise. The new rent of £900 '
      + 'applies from 1 July, and I will call you on Monday at 10:00 to talk it through.\n\nBest wishes,\nAmy Cole\nLettings Team',
    'Dear Mr Grant,\n\nThank you for writing. Your deposit of £850 is due back to you by 5 June; we found no damage.\n\n'
      + 'Best wishes,\nAmy Cole\nLettings Team',
    'Dear Mr Grant,\n\nThank you for your message. I am sorry for the wait: the refund of your rent for May is due on 5 June, and '
      + 'I will email you when it is sent.\n\nBest wishes,\nAmy Cole\nLettings Team',
  ])('en: no payment reminder: %s', (text) => {
    expect(kindOf(text, 'en')).not.toBe('reminder');
  });

  it('en: rent said overdue was a reminder already', () => {
    expect(kindOf('Dear Ms Lee,\n\nYour rent for June is now overdue. Please pay £700 by 10 June.\n\nKind regards,\nTom Hill\nLettings',
      'en')).toBe('reminder');
  });

  it.each([
    // A notice's forecast, and the same words answered by our own part: no shrug.
    'Dear customers,\n\nSome delays are to be expected over the bank holiday weekend. Orders placed on Friday will ship on Tuesday. '
      + 'If you have any questions, just reply to this email.\n\nKind regards,\nSara Jones\nCustomer Care, Leafy Tea',
    'Hi Tasha,\n\nThank you for telling us. Some noise is to be expected in an open space, but we have set aside two quiet booths '
      + 'for you from Monday. I am sorry it has been so loud.\n\nBest wishes,\nJonah Reed\nMember Care, Hive Cowork',
  ])('en: not dismissive: %s', (text) => {
    expect(rulesOf(text, 'en')).not.toContain('dismissive');
  });

  it.each([
    ['en', 'Appeal reviewed. The fine has not been waived.\nParking Office'],
    ['ru', 'Проверили. Комиссия не отменена.\nБанк'],
    ['bg', 'Проверихме. Таксата не е премахната.\nБанка'],
    ['en', 'We have checked the footage and not cancelled the fine.\nParking Office'],
  ] as const)('%s: a charge kept is no remedy; the curt draft stays below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});
