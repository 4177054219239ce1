/**
 * The lint readings of round 44 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: a request to send something joined to our step by a dash invites an answer, as one joined by "and we"
 * does ("send it — we will review it within 10 working days", «пришлите его — мы пересмотрим решение…», «изпратете го —
 * ще го преразгледаме…»); and the signer's name after the team, past a comma or a dash, names the signer when it is a
 * first name and a surname of the Slavic shapes («отдел урегулирования, Марина Котова», «Екипът на „Уют“ — Мария
 * Петрова»). What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a request to send something, joined by a dash to our step, invites an answer', () => {
  it.each([
    ['en', 'Dear Mr Hale,\n\nThank you for the documents. Your claim for the lost bag was declined as the receipt is missing. If '
      + 'you find it, send it — we will review the claim within 10 working days.\n\nKind regards,\nRuth Ames\nClaims Team'],
    ['ru', 'Здравствуйте, Павел Андреевич!\n\nСпасибо за документы. Претензия по утерянному багажу отклонена: нет квитанции. Если '
      + 'она найдётся, пришлите её — мы пересмотрим претензию в течение 10 рабочих дней.\n\nС уважением,\nИрина Белова\nОтдел претензий'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим за документите. Рекламацията за изгубения багаж е отхвърлена, тъй като липсва '
      + 'касовата бележка. Ако я откриете, изпратете я — ще преразгледаме рекламацията до 10 работни дни.\n\nС уважение,\nИрина Белова\n'
      + 'Отдел рекламации'],
  ] as const)('%s: no offer-questions warning: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });
});

describe('the signer\'s name after the team, past a comma or a dash, names the signer', () => {
  it.each([
    ['ru', 'Здравствуйте, Павел!\n\nСпасибо, что написали. Мы вернули 500 ₽ на вашу карту сегодня. Если будут вопросы, просто '
      + 'ответьте на это письмо.\n\nС уважением,\nотдел урегулирования, Марина Котова'],
    ['ru', 'Здравствуйте, Павел!\n\nСпасибо, что написали. Мы вернули 500 ₽ на вашу карту сегодня. Если будут вопросы, просто '
      + 'ответьте на это письмо.\n\nС уважением,\nСлужба поддержки — Котова Марина'],
    ['bg', 'Здравейте, Павел,\n\nБлагодарим, че ни писахте. Върнахме 50 лв. по картата Ви днес. Ако имате въпроси, просто ни '
      + 'пишете.\n\nПоздрави,\nОтдел обслужване, Мария Петрова'],
  ] as const)('%s: no signature-name hint: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('signature-name');
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // The request joined by "and we", as round 18 read it.
    ['ru', 'Здравствуйте, Павел!\n\nСпасибо за документы. Пришлите заключение врача, и мы пересмотрим решение в течение 10 рабочих '
      + 'дней.\n\nС уважением,\nИрина Белова\nОтдел претензий'],
    // The name first, then the team, as before.
    ['ru', 'Здравствуйте, Павел!\n\nСпасибо, что написали. Мы вернули 500 ₽ на вашу карту сегодня. Если будут вопросы, просто '
      + 'ответьте на это письмо.\n\nС уважением,\nМарина Котова, отдел урегулирования'],
  ] as const)('%s: read as before: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
    expect(rulesOf(text, locale)).not.toContain('signature-name');
  });

  it.each([
    // A company after the team is no person: the team's signature keeps its hint.
    ['en', 'Hello Anna,\n\nThank you for writing. We refunded £5 to your card today. If you have any questions, just reply to '
      + 'this email.\n\nKind regards,\nCustomer Care, Northwind Tea'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо, что написали. Мы вернули 500 ₽ на вашу карту сегодня. Если будут вопросы, просто '
      + 'ответьте на это письмо.\n\nС уважением,\nСлужба поддержки, Северный Чай'],
  ] as const)('%s: a team and its company still name no person: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature-name');
  });

  it.each([
    // A dash after something sent elsewhere ("to the maker") is no request to us; an order with nothing of ours after it.
    ['en', 'Hello Anna,\n\nThank you for writing. Send it to the maker — we cannot repair it here.\n\nKind regards,\nRuth Ames\nCare Team'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо, что написали. Отправьте его в мастерскую производителя — мы такое не ремонтируем.\n\n'
      + 'С уважением,\nИрина Белова\nСлужба поддержки'],
  ] as const)('%s: a send elsewhere invites nothing: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });
});
