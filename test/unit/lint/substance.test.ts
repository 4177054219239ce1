/**
 * docs/definitions.md, "Replies" (round 5 readings): courtesy with nothing in it is a fault of its
 * own (`no-substance`), and the readings around it — "can't help" with the customer named, a rule
 * stated as a wall ("no exceptions"), sarcasm, what the customer should have done, "as we already
 * explained" addressed to them, nothing more to discuss; and on the courteous side, what the
 * customer should have been told (the company's fault owned), an offer of a choice, a debt said to
 * be paid off, a change made so it does not happen again.
 * The drafts are written for these tests, not taken from any evaluation set. Expected scores are
 * worked out from the weights (error 20, warning 10, info 3) and the rules each draft breaks.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import { ERROR, WARNING, draft } from './drafts.js';

function rules(text: string): string[] {
  return lintMessage(text).findings.map((finding) => finding.rule).sort();
}

describe('no-substance: courtesy that offers nothing concrete', () => {
  const HOLLOW = {
    en: ['Thank you for getting in touch. We appreciate every comment, and yours has been recorded and shared with the team concerned.'],
    ru: ['Благодарим за письмо. Мы ценим каждый отзыв, ваш зафиксирован и доведён до сведения руководства.'],
    bg: ['Благодарим за писмото. Ценим всеки отзив, вашият е записан и доведен до знанието на ръководството.'],
  } as const;
  for (const locale of ['en', 'ru', 'bg'] as const) {
    it(`${locale}: no action, no time, no remedy, no question, no invitation: ${100 - 2 * ERROR - WARNING}`, () => {
      const result = lintMessage(draft(locale, HOLLOW[locale], { offer: '' }));
      expect(result.kind).toBe('general');
      expect(result.findings.map((finding) => finding.rule).sort()).toEqual(['next-step', 'no-substance', 'offer-questions']);
      expect(result.score).toBe(100 - 2 * ERROR - WARNING);
    });

    it(`${locale}: the same courtesy inviting the customer to write back has said enough (a thank-you's convention)`, () => {
      expect(rules(draft(locale, HOLLOW[locale]))).toEqual(['next-step']);
    });
  }

  const SUBSTANCE = {
    en: ['I will ask the duty manager to ring you.', 'Could you tell me which branch you visited?', "We've updated the signs at the entrance."],
    ru: ['Я свяжусь с администратором смены и вернусь к вам.', 'Подскажите, в каком филиале это было?', 'Мы обновили указатели у входа.'],
    bg: ['Ще се свържа с дежурния управител.', 'В кой клон беше това?', 'Обновихме табелите на входа.'],
  } as const;
  for (const locale of ['en', 'ru', 'bg'] as const) {
    it.each(SUBSTANCE[locale].map((line) => [line]))(`${locale}: the same courtesy with "%s" has substance`, (line) => {
      expect(rules(draft(locale, [...HOLLOW[locale], line], { offer: '' }))).not.toContain('no-substance');
    });
  }

  it('a change made so it does not happen again is a step taken (no next-step either)', () => {
    expect(rules(draft('en', ['Thank you for telling us. We have changed how the booking system confirms slots.']))).toEqual([]);
    expect(rules(draft('ru', ['Спасибо, что сообщили. Мы поговорили с мастером и изменили график записи.']))).toEqual([]);
    expect(rules(draft('bg', ['Благодарим, че ни писахте. Говорих с управителя и променихме графика.']))).toEqual([]);
  });

  it('a gift said as "is on us" in Bulgarian is a remedy', () => {
    expect(rules(draft('bg', ['Благодарим, че ни писахте. Следващото кафе е от нас.']))).toEqual([]);
  });

  it('a notice that only gives the hours leaves the customer nothing (round 7); one with a day for our step does not', () => {
    expect(rules(draft('en', ['Thank you for your patience: we are closed at weekends.'], { offer: '' }))).toContain('no-substance');
    expect(rules(draft('en', ['Thank you for your patience: we are closed at weekends, and I will reply on Monday at 9:00.'], { offer: '' }))).not.toContain('no-substance');
  });
});

describe('refusals and walls', () => {
  it('ru: «не могу вам помочь» with the customer named is a hated phrase; «могу вам помочь» is not', () => {
    expect(rules(draft('ru', ['Без квитанции я не могу вам помочь, пришлите её в ответ на письмо завтра.']))).toContain('hated-phrase');
    expect(rules(draft('ru', ['Я могу вам помочь с заменой уже завтра.']))).not.toContain('hated-phrase');
  });

  it.each([
    ['en', 'Returns are taken within 30 days, no exceptions. I will email the form on Monday.'],
    ['ru', 'Возврат возможен в течение 30 дней, без исключений. Я пришлю бланк в понедельник.'],
    ['bg', 'Връщане се приема до 30 дни, без изключение. Ще Ви изпратя формуляра в понеделник.'],
  ] as const)('%s: a rule stated as a wall is a policy citation', (locale, line) => {
    expect(rules(draft(locale, [line]))).toContain('policy-citation');
  });

  it('bg: «не се приема» (singular) is a wall too; a courteous "returns are accepted" is not', () => {
    expect(rules(draft('bg', ['Рекламация след срока не се приема. Ще Ви се обадя в понеделник.']))).toContain('policy-citation');
    expect(rules(draft('bg', ['Рекламации се приемат до 30 дни. Ще Ви се обадя в понеделник.']))).not.toContain('policy-citation');
  });
});

describe('dismissals in other words', () => {
  it('sarcasm: one short word stressed in capitals, not the same words in lower case', () => {
    expect(rules(draft('en', ['Thank you SO much for your patience. I will call you on Monday.']))).toContain('dismissive');
    expect(rules(draft('en', ['Thank you so much for your patience. I will call you on Monday.']))).not.toContain('dismissive');
    expect(rules(draft('ru', ['Ну конечно, курьер опять виноват. Я позвоню вам в понедельник.']))).toContain('dismissive');
    expect(rules(draft('ru', ['Конечно, мы всё исправим. Я позвоню вам в понедельник.']))).not.toContain('dismissive');
  });

  it('bg: what the customer should have done («трябваше да донесете»), not what we should have done', () => {
    expect(rules(draft('bg', ['Трябваше да ни предупредите предварително. Ще Ви се обадя в понеделник.']))).toContain('dismissive');
    expect(rules(draft('bg', ['Трябваше да Ви предупредим предварително. Ще Ви се обадя в понеделник.']))).not.toContain('dismissive');
  });

  it('ru: «вам нужно было» lectures; «нам нужно было» owns the fault', () => {
    expect(rules(draft('ru', ['Вам нужно было сохранить чек. Я позвоню вам в понедельник.']))).toContain('hated-phrase');
    expect(rules(draft('ru', ['Нам нужно было предупредить вас заранее. Я позвоню вам в понедельник.']))).not.toContain('hated-phrase');
  });

  it('ru: comparing with everyone else, but not wishing it on no one again', () => {
    expect(rules(draft('ru', ['У других покупателей ни у кого таких проблем нет. Я позвоню вам в понедельник.']))).toContain('dismissive');
    expect(rules(draft('ru', ['Мы сделаем всё, чтобы ни у кого такого больше не случилось. Я позвоню вам в понедельник.']))).not.toContain('dismissive');
  });

  it('bg: "as we already explained" addressed to the customer; "as we promised" is not', () => {
    expect(rules(draft('bg', ['Както вече Ви обяснихме, таксата е правилна. Ще Ви се обадя в понеделник.']))).toContain('hated-phrase');
    expect(rules(draft('bg', ['Както Ви обещахме, изпратихме нова карта. Ще Ви се обадя в понеделник.']))).not.toContain('hated-phrase');
  });

  it.each([
    ['en', 'There is nothing more to discuss. I will write on Monday.'],
    ['ru', 'Комментировать тут нечего. Я напишу в понедельник.'],
    ['bg', 'Няма какво повече да се добави по случая. Ще Ви пиша в понеделник.'],
  ] as const)('%s: nothing more to discuss closes the conversation', (locale, line) => {
    expect(rules(draft(locale, [line]))).toContain('dismissive');
  });
});

describe('courteous conventions', () => {
  it('"you should have been told" owns the fault; "you should have checked" still lectures', () => {
    expect(rules(draft('en', ['Thank you for writing, and I am sorry: you should have been told about the delay. I will call you on Monday.']))).toEqual([]);
    expect(rules(draft('en', ['Thank you for writing. You should have checked the size chart. I will call you on Monday.']))).toContain('hated-phrase');
  });

  it.each([
    ['en', 'I can book you in on Thursday at 10:00 — would that suit you?'],
    ['ru', 'Могу записать вас на четверг на 10:00, если вам удобно.'],
    ['bg', 'Мога да Ви запиша за четвъртък в 10:00, ако желаете.'],
  ] as const)('%s: an offer of a choice is an invitation to answer', (locale, line) => {
    expect(rules(draft(locale, ['Thank you.', line], { offer: '' }))).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Thank you for telling us about the calls. Your loan was repaid on 3 May and there is no outstanding balance. I am sorry for the calls.'],
    ['ru', 'Спасибо, что сообщили о звонках. Заём погашен 3 мая, задолженности нет. Приносим извинения за звонки.'],
    ['bg', 'Благодарим, че ни писахте за обажданията. Кредитът е погасен на 3 май и нямате задължения. Извиняваме се за обажданията.'],
  ] as const)('%s: a debt said to be paid off is no payment reminder', (locale, line) => {
    expect(lintMessage(draft(locale, [line])).kind).toBe('complaint');
  });

  it('a real reminder still is one', () => {
    expect(lintMessage(draft('ru', ['Напоминаем: задолженность по счёту № 12 составляет 1 500 руб., оплатите до 3 мая.'])).kind).toBe('reminder');
  });
});

describe('more dismissals and process replies', () => {
  it('the customer\'s word held up in quotation marks; a product\'s name in quotes is not', () => {
    expect(rules(draft('en', ['Your "urgent" request was handled in turn. I will write on Monday.']))).toContain('dismissive');
    expect(rules(draft('ru', ['Ваша «срочная» заявка обработана в порядке очереди. Я напишу в понедельник.']))).toContain('dismissive');
    expect(rules(draft('bg', ['Вашата „спешна“ поръчка беше обработена по реда си. Ще Ви пиша в понеделник.']))).toContain('dismissive');
    expect(rules(draft('ru', ['Ваш «Максимум» продлён до 3 мая.']))).not.toContain('dismissive');
  });

  it.each([
    ['en', 'This is an automated message, please do not reply.'],
    ['ru', 'Письмо сформировано автоматически, отвечать на него не нужно.'],
    ['bg', 'Съобщението е автоматично, моля, не отговаряйте на него.'],
  ] as const)('%s: telling the customer not to answer closes the conversation', (locale, line) => {
    expect(rules(draft(locale, ['I will write on Monday.', line]))).toContain('dismissive');
  });

  it('"there is nothing we can…" refuses like "nothing we can do"; "is there anything we can…" does not', () => {
    expect(rules(draft('en', ['There is nothing we can change about the fare. I will write on Monday.']))).toContain('hated-phrase');
    expect(rules(draft('en', ['Is there anything we can change to make it easier? I will write on Monday.']))).not.toContain('hated-phrase');
  });

  it.each([
    ['en', 'I am sorry the code did not work. Billing will look at it right away.', 'A new code follows this week.'],
    ['ru', 'Простите, что код не сработал. Новый код пришлю немедленно.', 'Проверю всё сразу же.'],
    ['bg', 'Извиняваме се, че кодът не проработи. Новият код ще изпратя веднага.', 'Ще проверя незабавно.'],
  ] as const)('%s: now and this week are times', (locale, first, second) => {
    expect(rules(draft(locale, [`${locale === 'en' ? 'Thank you for writing.' : locale === 'ru' ? 'Спасибо, что написали.' : 'Благодарим, че ни писахте.'} ${first}`, second]))).not.toContain('next-step');
  });

  it.each([
    ['en', 'Your case has been logged under reference 2231 and passed to the relevant team.'],
    ['ru', 'Ваше обращение зарегистрировано под номером 2231. Срок рассмотрения до 30 дней.'],
    ['bg', 'Жалбата Ви е регистрирана под номер 2231 и е предадена на отговорните лица.'],
  ] as const)('%s: an appeal registered by process answers a complaint (and owes an apology)', (locale, line) => {
    const result = lintMessage(draft(locale, [line]));
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).toContain('apology');
  });
});

describe('remedies in the perfect tense, appeals handled by process', () => {
  it.each([
    ['bg', 'Благодарим за търпението и се извиняваме за прекъсването. Сме намалили сметката Ви за месеца.'],
    ['bg', 'Благодарим за търпението и се извиняваме за теча. Повредата е отстранена.'],
    ['ru', 'Спасибо за терпение, и простите за ошибку в счёте. Мы пересчитали сумму.'],
    ['en', 'Thank you for your patience, and I am sorry about the bill. We have reduced it by the days without service.'],
  ] as const)('%s: a remedy made ("%s") is a step taken', (locale, line) => {
    expect(rules(draft(locale, [line]))).toEqual([]);
  });

  it.each([
    ['en', 'We acknowledge receipt of your letter, which will be answered in due course.'],
    ['ru', 'Ваше обращение получено и направлено в профильный отдел.'],
    ['bg', 'Вашето запитване е прието и ще бъде обработено по установения ред.'],
  ] as const)('%s: an appeal received and passed on by process answers a complaint', (locale, line) => {
    expect(lintMessage(draft(locale, [line])).kind).toBe('complaint');
  });
});

describe('slogans and "all fine on our side"', () => {
  it.each([
    ['en', 'We offer excellent service to all our customers.'],
    ['ru', 'Мы предлагаем лучший сервис в городе.'],
    ['bg', 'Предлагаме най-доброто обслужване в града.'],
  ] as const)('%s: a service slogan is no offer made to this customer', (locale, line) => {
    expect(rules(draft(locale, [line], { offer: '' }))).toContain('no-substance');
  });

  it('"we can offer you" is one', () => {
    expect(rules(draft('en', ['We can offer you a table on another evening.'], { offer: '' }))).not.toContain('no-substance');
  });

  it.each([
    ['en', 'I checked, and everything on our side looks fine. I will write on Monday.'],
    ['ru', 'Я проверил: с нашей стороны всё в порядке. Я напишу в понедельник.'],
    ['bg', 'Проверих: от наша страна всичко е наред. Ще Ви пиша в понеделник.'],
  ] as const)('%s: "all fine on our side" puts the problem on the customer', (locale, line) => {
    expect(rules(draft(locale, [line]))).toContain('dismissive');
  });
});
