/**
 * The lint readings of round 37 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: the customer told not to contact us again ("Please don't call us again about this.", «Больше не пишите
 * нам.», «Не ни търсете повече.») is dismissed, and contact forbidden ("do not contact us", «не пишите нам») is no
 * invitation to ask; a penalty waived in a payment reminder ("without a late fee", «без пени», «без неустойка») is no threat.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
// A payment reminder checked as one (`--kind reminder`): English and Russian rent reminders are not always detected as such.
const reminderRulesOf = (text: string, locale: LintLocale): string[] =>
  lintMessage(text, { locale, kind: 'reminder' }).findings.map((finding) => finding.rule);
const reminderScoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale, kind: 'reminder' }).score;

describe('the customer told not to contact us again is dismissed', () => {
  it.each([
    ['en', 'Hello Mrs Hale,\n\nThe lift in your block is out of order. Please don\'t call us again about it.\n\nKind regards,\nHousing Office'],
    ['en', 'Hi Tom,\n\nYour claim is with the insurer. Stop emailing us.\n\nThanks,\nClaims Desk'],
    ['ru', 'Здравствуйте, Вера.\n\nЛифт в вашем подъезде неисправен. Больше не звоните нам по этому поводу.\n\nС уважением,\nУправляющая компания'],
    ['ru', 'Здравствуйте.\n\nЗаявка передана подрядчику. Не пишите повторно.\n\nС уважением,\nДиспетчерская'],
    ['bg', 'Здравейте, Деси.\n\nАсансьорът във входа не работи. Не ни търсете повече по този въпрос.\n\nПоздрави,\nДомоуправител'],
    ['bg', 'Здравейте.\n\nЗаявката е при доставчика. Не ни се обаждайте отново.\n\nПоздрави,\nДиспечерски център'],
  ] as const)('%s: dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Dear Resident,\n\nThe heating in your building is off. We have no date for the repair. Please do not contact us again about this.\n\nRegards,\nEstates Team'],
    ['ru', 'Уважаемый клиент!\n\nВ вашем районе авария на линии. Сроков пока нет. Пожалуйста, больше не пишите нам об этом.\n\nС уважением,\nСлужба поддержки'],
  ] as const)('%s: the formal brush-off scores below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });

  it('bg guard: the formal brush-off was below 50 already and stays there, before round 37 and after', () => {
    const text = 'Уважаеми клиенти,\n\nВ района има авария по мрежата. Срок за отстраняване няма. Моля, не ни пишете повече по въпроса.\n\nПоздрави,\nЕкипът по поддръжка';
    expect(scoreOf(text, 'bg')).toBeLessThan(50);
  });

  it('en: "do not contact us" is no invitation to ask', () => {
    const text = 'Dear Customer,\n\nThe road closure is outside our control. Do not contact us about it.\n\nRegards,\nCity Transport';
    expect(rulesOf(text, 'en')).toContain('offer-questions');
  });

  it('ru: «не пишите нам» is no invitation to ask', () => {
    const text = 'Уважаемый клиент,\n\nПерекрытие дороги от нас не зависит. Не пишите нам об этом.\n\nС уважением,\nГортранс';
    expect(rulesOf(text, 'ru')).toContain('offer-questions');
  });

  it('en guard: "please don\'t call us again" with our own part after it is no door, before round 37 and after', () => {
    const text = 'Hello Mr Byrne,\n\nThank you for reporting the outage, and I am sorry for the trouble. Please don\'t call us again about this: we will text you as soon as the line is back, and by Friday at 17:00 at the latest.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nLeah Moss\nNetwork Support';
    expect(rulesOf(text, 'en')).not.toContain('dismissive');
    expect(scoreOf(text, 'en')).toBeGreaterThanOrEqual(80);
  });

  it('ru guard: «больше не звоните нам» with our own part after it is no door, before round 37 and after', () => {
    const text = 'Здравствуйте, Вера!\n\nСпасибо, что сообщили об аварии, и простите за неудобства. Больше не звоните нам по этому поводу: мы сами пришлём SMS, как только лифт заработает, не позднее пятницы 18:00.\n\nЕсли появятся вопросы, просто ответьте на это письмо.\n\nС уважением,\nАнна Котова\nУправляющая компания';
    expect(rulesOf(text, 'ru')).not.toContain('dismissive');
    expect(scoreOf(text, 'ru')).toBeGreaterThanOrEqual(80);
  });

  it('en guard: "don\'t hesitate to contact us again" still invites, before round 37 and after', () => {
    const text = 'Hello Mr Byrne,\n\nThank you for your message, and I am sorry the line dropped. The engineer will visit on Friday at 10:00.\n\nDon\'t hesitate to contact us again if it happens before then.\n\nKind regards,\nLeah Moss\nNetwork Support';
    expect(rulesOf(text, 'en')).not.toContain('offer-questions');
    expect(rulesOf(text, 'en')).not.toContain('dismissive');
    expect(scoreOf(text, 'en')).toBeGreaterThanOrEqual(80);
  });
});

describe('a penalty waived in a payment reminder is no threat', () => {
  it.each([
    ['en', 'Hello Dan,\n\nThank you for renting with us. A reminder that the June rent of £700 is due on 5 June. If you need a few extra days, write to us by 4 June and we will agree it without a late fee.\n\nBest wishes,\nAmy\nHomeLet'],
    ['ru', 'Здравствуйте, Дмитрий!\n\nНапоминаем, что аренда за июнь, 45 000 ₽, оплачивается до 5 июня. Если нужна отсрочка на несколько дней, напишите нам до 4 июня, и мы договоримся без пени.\n\nС уважением,\nОльга\nАгентство «Дом»'],
    ['bg', 'Здравейте, Мария,\n\nНапомняме, че наемът за юни – 700 лв. – е с падеж 5 юни. Ако Ви трябват още няколко дни, пишете ни до 4 юни и ще го уредим без неустойка.\n\nПоздрави,\nИва\nАгенция „Покрив“'],
  ] as const)('%s: no threat, and at least 80 as a reminder: %s', (locale, text) => {
    expect(reminderRulesOf(text, locale)).not.toContain('reminder-threat');
    expect(reminderScoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it('bg: the polite rent reminder with a grace offer is detected as a reminder and scores at least 80', () => {
    const text = 'Здравейте, Мария,\n\nНапомняме, че наемът за юни – 700 лв. – е с падеж 5 юни. Ако Ви трябват още няколко дни, пишете ни до 4 юни и ще го уредим без неустойка.\n\nПоздрави,\nИва\nАгенция „Покрив“';
    expect(lintMessage(text, { locale: 'bg' }).kind).toBe('reminder');
    expect(scoreOf(text, 'bg')).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello Dan,\n\nThis is a reminder that your rent payment of £700 is due on 5 June. If payment is late, a late fee of £50 applies.\n\nBest wishes,\nAmy\nHomeLet'],
    ['ru', 'Здравствуйте, Дмитрий!\n\nАренда за июнь, 45 000 ₽, оплачивается до 5 июня. За просрочку начисляются пени.\n\nС уважением,\nОльга\nАгентство «Дом»'],
    ['bg', 'Здравейте, Мария,\n\nНаемът за юни – 700 лв. – е с падеж 5 юни. При забава ще начислим неустойка.\n\nПоздрави,\nИва\nАгенция „Покрив“'],
  ] as const)('%s guard: a penalty that applies still threatens, before round 37 and after: %s', (locale, text) => {
    expect(reminderRulesOf(text, locale)).toContain('reminder-threat');
  });

  it('bg guard: the curt reminder with a penalty stays below 50, before round 37 and after', () => {
    const text = 'Наемът за юни не е платен. Платете до 5 юни, иначе неустойка и съд.';
    expect(scoreOf(text, 'bg')).toBeLessThan(50);
  });
});
