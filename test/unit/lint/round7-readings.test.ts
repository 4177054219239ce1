/**
 * The lint readings of round 7 (fixtures/eval/README.md, "Lint round 7"; docs/definitions.md,
 * "Replies"), with drafts written for this file, not taken from any evaluation set:
 * - a next step is ours: a time that only says when we close or open, when the customer is told to
 *   come back ("Phone again tomorrow."), or a rule's deadline, is no next step; and a bare order to
 *   come back at a time is an order (a hated phrase), a request with "please" is not;
 * - deflection ("not our department", «не наш отдел», «не е по нашата част») is a hated phrase, and so is a
 *   bare order for details ("Send the booking reference.") where a request asks for help;
 * - a promise only to look into it and get back, with no day or time, offers nothing (no-substance);
 * - a "can't help" limited to a place or a day ("in person on Sundays") is a limit, not a refusal;
 * - telling the customer that contacting us is pointless dismisses them;
 * - an order to come back ("Write to us on Monday.") is no invitation to ask; a notice that only gives the
 *   hours ("Our opening hours are 8:30-16:30") has no substance;
 * - an apology for "your experience" names nothing, like one "for the inconvenience".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

function rulesOf(text: string, locale: LintLocale): string[] {
  return lintMessage(text, { locale }).findings.map((finding) => finding.rule);
}

describe('the hours we keep and the day the customer is told to come back are no next step', () => {
  const CURT = {
    en: 'Dear Mrs Holt,\n\nThe pharmacy counter shuts at 19:30. Phone again tomorrow.\n\nRegards,\nCounter staff',
    ru: 'Добрый день, Инна!\n\nПункт выдачи работает до 17:00. Приезжайте завтра.\n\nСклад «Север»',
    bg: 'Добър ден, г-жо Стоянова,\n\nСкладът работи до 17:00. Елате утре.\n\nСклад „Север“',
  } as const;
  // The same closing hour beside our own step, and the same "come back" asked with "please".
  const OURS = {
    en: 'Dear Mrs Holt,\n\nThank you for your message. The pharmacy counter shuts at 19:30, so I will phone you tomorrow at 9:00 about the prescription. If anything changes, just reply here.\n\nKind regards,\nJane Holt\nPharmacy team',
    ru: 'Добрый день, Инна!\n\nСпасибо за сообщение. Пункт выдачи работает до 17:00, поэтому я позвоню вам завтра в 9:00 и договоримся о доставке. Если будут вопросы, напишите.\n\nС уважением,\nОльга Лосева\nСклад «Север»',
    bg: 'Добър ден, г-жо Стоянова,\n\nБлагодарим за съобщението. Складът работи до 17:00, затова ще ви се обадя утре в 9:00 за доставката. Ако имате въпроси, пишете ни.\n\nС уважение,\nВера Иванова\nСклад „Север“',
  } as const;
  const PLEASE = {
    en: 'Please phone us tomorrow after 9:00 and ask for the pharmacist.',
    ru: 'Пожалуйста, позвоните нам завтра после 9:00.',
    bg: 'Моля, обадете ни се утре след 9:00.',
  } as const;

  it.each(['en', 'ru', 'bg'] as const)('%s: a closing hour and a bare "come back tomorrow" are curt (< 50): no next step, an order; our own step and a request with "please" are not', (locale) => {
    const result = lintMessage(CURT[locale], { locale });
    expect(result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['next-step', 'hated-phrase']));
    expect(result.score).toBeLessThan(50);
    expect(rulesOf(OURS[locale], locale)).toEqual([]);
    expect(rulesOf(PLEASE[locale], locale)).not.toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Tom,\n\nSorry, exchanges are only possible within 30 days of purchase.\n\nShop team'],
    ['ru', 'Здравствуйте, Олег!\n\nК сожалению, обмен возможен только в течение 30 дней с момента покупки.\n\nМагазин «Сфера»'],
    ['bg', 'Здравейте, г-н Колев,\n\nЗа съжаление, рекламации след 30 дни не се приемат.\n\nМагазин „Сфера“'],
  ] as const)('%s: a rule\'s deadline is no next step', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});

describe('a notice that only gives the hours leaves the customer nothing to do', () => {
  it.each([
    ['en', 'Dear Mr Roy,\n\nOur opening hours are 8:30-16:30, Monday to Friday. Your message arrived after closing.\n\nReception'],
    ['ru', 'Добрый день, Павел!\n\nЧасы работы офиса: с 8:30 до 16:30, с понедельника по пятницу. Ваше письмо пришло после закрытия.\n\nРесепшен'],
    ['bg', 'Добър ден, г-н Русев,\n\nРаботното ни време е от 8:30 до 16:30, от понеделник до петък. Писмото ви пристигна след затваряне.\n\nРецепция'],
  ] as const)('%s: no next step, no substance: curt (< 50)', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).toBe('notice');
    expect(result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['next-step', 'no-substance']));
    expect(result.score).toBeLessThan(50);
  });
});

describe('an order to come back is no invitation to ask', () => {
  it.each([
    ['en', 'Hello Sam,\n\nThanks for your message. The studio is shut at weekends. Write to us on Monday.\n\nRegards,\nStudio desk'],
    ['ru', 'Здравствуйте, Семён!\n\nСпасибо за сообщение. В выходные студия не работает. Напишите нам в понедельник.\n\nС уважением,\nСтудия'],
    ['bg', 'Здравейте, Симеон,\n\nБлагодарим за съобщението. В събота и неделя студиото не работи. Пишете ни в понеделник.\n\nПоздрави,\nСтудио'],
  ] as const)('%s: thanked and signed, but no offer, no next step, an order: 50 at most', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['offer-questions', 'next-step', 'hated-phrase']));
    // Two errors and a warning; a one-word signature ("Студия") reads as a name, so exactly 50 there.
    expect(result.score).toBeLessThanOrEqual(100 - 2 * 20 - 10);
  });
});

describe('an apology for "your experience" names nothing: an apology, with the hint to name the fault', () => {
  it.each([
    ['en', 'Thank you for your email. We are sorry to hear about your experience. I will call you on Monday at 10:00.'],
    ['ru', 'Спасибо за письмо. Сожалеем о негативном опыте. Я позвоню вам в понедельник в 10:00.'],
    ['bg', 'Благодарим за писмото. Съжаляваме за неприятното преживяване. Ще ви се обадя в понеделник в 10:00.'],
  ] as const)('%s', (locale, line) => {
    const result = lintMessage(line, { locale });
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).toContain('name-the-fault');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('apology');
  });
});

describe('a bare order for details is an order the customer hates; a request for them is not', () => {
  const ORDER = {
    en: 'Hello Ms Dean,\n\nThank you for your message. Send the booking reference.\n\nKind regards,\nLiam Ford\nBookings',
    ru: 'Здравствуйте, Дарья!\n\nСпасибо за письмо. Пришлите номер брони.\n\nС уважением,\nЛев Фомин\nБронирование',
    bg: 'Здравейте, Дария,\n\nБлагодарим за писмото. Изпратете номера на резервацията.\n\nС уважение,\nЛъчезар Фотев\nРезервации',
  } as const;
  const REQUEST = {
    en: ['Could you send the booking reference, so I can move your table?', 'Please send the booking reference.', 'Send the booking reference and I will move your table today.'],
    ru: ['Пришлите, пожалуйста, номер брони — я сразу перенесу столик.', 'Пришлите номер брони, и мы перенесём столик сегодня.'],
    bg: ['Моля, изпратете номера на резервацията.', 'Изпратете номера на резервацията и ще преместим масата днес.'],
  } as const;

  it.each(['en', 'ru', 'bg'] as const)('%s', (locale) => {
    expect(rulesOf(ORDER[locale], locale)).toContain('hated-phrase');
    for (const line of REQUEST[locale]) expect(rulesOf(line, locale), line).not.toContain('hated-phrase');
  });
});

describe('deflection: "not our department" is a hated phrase, and answers a request it turns away', () => {
  const CURT = {
    en: 'Hello,\n\nParking fines are not our department. Contact the council.\n\nFront desk',
    ru: 'Здравствуйте.\n\nШтрафы за парковку — это не наш отдел, обращайтесь в администрацию.\n\nРесепшен',
    bg: 'Здравейте.\n\nГлобите за паркиране не са по нашата част, обърнете се към общината.\n\nРецепция',
  } as const;
  const NAMED = {
    en: 'Our parking department will call you on Monday at 10:00.',
    ru: 'Наш отдел парковки позвонит вам в понедельник в 10:00.',
    bg: 'Нашият отдел по паркиране ще ви се обади в понеделник в 10:00.',
  } as const;

  it.each(['en', 'ru', 'bg'] as const)('%s: curt (< 50), with a hated phrase; naming a department of ours is no deflection', (locale) => {
    const result = lintMessage(CURT[locale], { locale });
    expect(result.findings.map((finding) => finding.rule)).toContain('hated-phrase');
    expect(result.kind).toBe('complaint');
    expect(result.score).toBeLessThan(50);
    expect(rulesOf(NAMED[locale], locale)).not.toContain('hated-phrase');
  });
});

describe('a promise only to look into it and get back, with no day or time, offers nothing', () => {
  const VAGUE = {
    en: 'Dear Ms Park,\n\nThank you for your email about the faulty heater. We are sorry it stopped working. We will review the matter and be in touch.\n\nKind regards,\nSupport Team',
    ru: 'Здравствуйте, Ирина!\n\nСпасибо за письмо о сломанном обогревателе. Приносим извинения за поломку. Мы проверим информацию и сообщим вам о результатах.\n\nС уважением,\nОтдел качества',
    bg: 'Здравейте, г-жо Колева,\n\nБлагодарим за писмото относно повредената печка. Извиняваме се за повредата. Ще проверим информацията и ще ви информираме.\n\nС уважение,\nОтдел „Качество“',
  } as const;
  // The same promise with something done for the customer has substance.
  const DONE = {
    en: 'Thank you for writing. We are sorry it stopped working. We will review the matter and send a replacement heater.',
    ru: 'Спасибо за письмо. Приносим извинения за поломку. Мы проверим информацию и пришлём новый обогреватель.',
    bg: 'Благодарим за писмото. Извиняваме се за повредата. Ще проверим информацията и ще ви изпратим нова печка.',
  } as const;

  it.each(['en', 'ru', 'bg'] as const)('%s: no-substance, and curt (< 50); a promise of something done is substance', (locale) => {
    const result = lintMessage(VAGUE[locale], { locale });
    expect(result.findings.map((finding) => finding.rule)).toContain('no-substance');
    expect(result.score).toBeLessThan(50);
    expect(rulesOf(DONE[locale], locale)).not.toContain('no-substance');
  });
});

describe('a "can\'t help" limited to a place is a limit, not a refusal', () => {
  const LIMITED = {
    en: "Thank you for your message. We can't help you in person on Sundays, but I will open the locker remotely tomorrow at 8:00.",
    ru: 'Спасибо за сообщение. В воскресенье мы не можем помочь на месте, но завтра в 8:00 я открою ячейку удалённо.',
    bg: 'Благодарим за съобщението. В неделя не можем да ви помогнем на място, но утре в 8:00 ще отключим шкафчето дистанционно.',
  } as const;
  const BARE = {
    en: "We can't help you. The locker is not ours.",
    ru: 'Мы не можем помочь. Ячейка не наша.',
    bg: 'Не можем да ви помогнем. Шкафчето не е наше.',
  } as const;

  it.each(['en', 'ru', 'bg'] as const)('%s: no hated phrase; the bare refusal still is one', (locale) => {
    expect(rulesOf(LIMITED[locale], locale)).not.toContain('hated-phrase');
    expect(rulesOf(BARE[locale], locale)).toContain('hated-phrase');
  });
});

describe('telling the customer that contacting us is pointless dismisses them', () => {
  it.each([
    ['en', 'Emailing us again is pointless. I will write on Monday.'],
    ['ru', 'Писать повторно бессмысленно. Я напишу в понедельник.'],
    ['bg', 'Безсмислено е да пишете отново. Ще ви пиша в понеделник.'],
  ] as const)('%s', (locale, line) => {
    expect(rulesOf(line, locale)).toContain('dismissive');
  });
});
