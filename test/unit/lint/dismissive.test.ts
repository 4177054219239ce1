/**
 * docs/definitions.md, "Replies": a reply that dismisses the customer without a rude word —
 * defending the staff, blaming the customer, lecturing, comparing them with others, closing the
 * matter — and the readings around it (a refused apology is no apology; a remedy made is a next
 * step; a policy cited as the answer; an invitation to tell us is an offer; a payment mentioned in
 * an apology is no reminder; "Anna, thank you…" greets by name; a code is not shouting).
 * The drafts are written for these tests, not taken from any evaluation set. Expected scores are
 * worked out from the weights (error 20, warning 10, info 3) and the rules each draft breaks.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import { ERROR, WARNING, draft } from './drafts.js';

const LOCALES = ['en', 'ru', 'bg'] as const;

function rules(text: string): string[] {
  return lintMessage(text).findings.map((finding) => finding.rule).sort();
}

describe('dismissive: defending the staff is one dismissal, and the reply answers a complaint', () => {
  const DEFENDS = {
    en: ['Thank you for your message.', 'Our drivers are always courteous, so this must have been a misunderstanding.'],
    ru: ['Спасибо за ваше письмо.', 'Наши курьеры всегда вежливы, поэтому, скорее всего, произошло недоразумение.'],
    bg: ['Благодарим за писмото.', 'Куриерите ни винаги са учтиви, така че е станало недоразумение.'],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: dismissive, no apology, no next step: ${100 - 3 * ERROR}`, () => {
      const result = lintMessage(draft(locale, DEFENDS[locale]));
      expect(result.locale).toBe(locale);
      expect(result.kind).toBe('complaint');
      // Two phrases of one sentence ("always courteous", "must have been a misunderstanding") are one fault.
      expect(result.findings.map((finding) => finding.rule).sort()).toEqual(['apology', 'dismissive', 'next-step']);
      expect(result.score).toBe(100 - 3 * ERROR);
    });
  }
});

describe('dismissive: closing the matter, even after an apology and a refund', () => {
  const CLOSES = {
    en: ['Thank you for your message, and I am sorry for the delay. We have refunded the delivery fee.', 'We consider the matter closed.'],
    ru: ['Спасибо за письмо, и простите за задержку. Стоимость доставки мы вернули.', 'Вопрос считаем закрытым.'],
    bg: ['Благодарим за писмото и се извиняваме за забавянето. Върнахме цената на доставката.', 'Смятаме въпроса за приключен.'],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: one error, ${100 - ERROR}`, () => {
      const result = lintMessage(draft(locale, CLOSES[locale]));
      expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['dismissive', 'error']]);
      expect(result.score).toBe(100 - ERROR);
    });
  }

  it('two dismissals in two sentences are two findings', () => {
    const text = draft('en', ['Thank you for your email.', 'The app works fine, so the problem is on your side. We consider the matter closed.']);
    expect(lintMessage(text).findings.filter((finding) => finding.rule === 'dismissive')).toHaveLength(2);
  });
});

describe('a refused apology is no apology', () => {
  const REFUSES = {
    en: ['Thank you for writing.', 'The courier was held up by traffic; there is nothing to apologise for.', 'Your order will arrive tomorrow.'],
    ru: ['Спасибо за письмо.', 'Курьер попал в пробку, извиняться тут не за что.', 'Заказ будет у вас завтра.'],
    bg: ['Благодарим за писмото.', 'Куриерът попадна в задръстване и няма за какво да се извиняваме.', 'Поръчката ще пристигне утре.'],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: the reply answers a complaint and has no apology: ${100 - ERROR}`, () => {
      const result = lintMessage(draft(locale, REFUSES[locale]));
      expect(result.kind).toBe('complaint');
      expect(result.findings.map((finding) => finding.rule)).toEqual(['apology']);
      expect(result.score).toBe(100 - ERROR);
    });
  }
});

describe('policy-citation: a rule cited as the answer is a warning', () => {
  const CITES = {
    en: ['Thank you for your message, and I am sorry the jacket did not fit.', 'As per our policy, sale items are exchanged, so I have sent you an exchange label today.'],
    ru: ['Спасибо за письмо, и простите, что куртка не подошла.', 'Согласно регламенту, товары со скидкой мы обмениваем, поэтому сегодня я отправила вам ярлык для обмена.'],
    bg: ['Благодарим за писмото и съжаляваме, че якето не Ви е станало.', 'Съгласно общите условия намалените стоки се заменят, затова днес Ви изпратих етикет.'],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: ${100 - WARNING}`, () => {
      const result = lintMessage(draft(locale, CITES[locale]));
      expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['policy-citation', 'warning']]);
      expect(result.score).toBe(100 - WARNING);
    });
  }
});

describe('next-step: a remedy already made is a step taken', () => {
  const REMEDIED = {
    en: ['Thank you for telling us, and I am sorry the film stopped halfway.', 'We have credited two free tickets to your account.'],
    ru: ['Спасибо, что рассказали, и простите, что фильм прервался.', 'Мы начислили два бесплатных билета в ваш профиль.'],
    bg: ['Благодарим, че ни казахте, и се извиняваме, че филмът спря.', 'Добавихме два безплатни билета към профила Ви.'],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: no next-step finding, 100`, () => {
      const result = lintMessage(draft(locale, REMEDIED[locale]));
      expect(result.kind).toBe('complaint');
      expect(result.findings).toEqual([]);
      expect(result.score).toBe(100);
    });
  }
});

describe('offer-questions: an invitation to tell us is an offer', () => {
  const BODY = {
    en: ['Thank you for learning with us this year.', 'Your next lesson on Monday is on us.'],
    ru: ['Спасибо, что занимались с нами этот год.', 'Урок в понедельник — за наш счёт.'],
    bg: ['Благодарим Ви, че учихте с нас тази година.', 'Урокът в понеделник е за наша сметка.'],
  } as const;
  const INVITES = {
    en: 'We would love to hear what we could do better.',
    ru: 'Расскажите, пожалуйста, что мы могли бы сделать лучше.',
    bg: 'Кажете ни, моля, какво бихме могли да направим по-добре.',
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: 100`, () => {
      const result = lintMessage(draft(locale, BODY[locale], { offer: INVITES[locale] }));
      expect(result.findings).toEqual([]);
      expect(result.score).toBe(100);
    });
  }
});

describe('kinds: a payment reminder asks for a payment', () => {
  it('an apology that says payments went through is a reply to a complaint, not a reminder', () => {
    const result = lintMessage(draft('en', ['Thank you for your patience, and I am sorry the app was down this morning.', 'All payments made during the outage have been processed, and the app works again since 11:00.']));
    expect(result.kind).toBe('complaint');
    expect(result.findings).toEqual([]);
  });

  it('a membership payment that did not go through is a reminder, and the membership names what is owed', () => {
    const result = lintMessage(draft('en', ['I hope all is well. Your October membership payment of €40 did not go through.', 'Could you update your card by 20 October?']));
    expect(result.kind).toBe('reminder');
    expect(result.findings).toEqual([]);
  });
});

describe('greeting: "Anna, thank you…" greets by name; a bare "Ms Grant," does not', () => {
  const OPENS = {
    en: 'Anna, thank you for writing to us!',
    ru: 'Анна, спасибо, что написали!',
    bg: 'Мария, благодарим Ви, че ни писахте!',
  } as const;
  const BODY = {
    en: ['I am sorry the parcel was late.', 'We will deliver it tomorrow morning.'],
    ru: ['Простите, что посылка опоздала.', 'Мы доставим её завтра утром.'],
    bg: ['Извиняваме се, че пратката закъсня.', 'Ще я доставим утре сутринта.'],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: no finding`, () => {
      expect(rules(draft(locale, BODY[locale], { greeting: OPENS[locale] }))).toEqual([]);
    });
  }

  it('a bare name with a comma is no greeting', () => {
    expect(rules(draft('en', ['Thank you for writing. I am sorry the parcel was late.', 'We will deliver it tomorrow morning.'], { greeting: 'Ms Grant,' }))).toEqual(['greeting']);
  });
});

describe('notices: an hour the service stops at, and weekend days', () => {
  it.each([
    ['en', 'We do not answer calls after 6 pm. Call tomorrow.'],
    ['ru', 'После 19:00 звонки не принимаем. Звоните завтра.'],
    ['bg', 'След 19:00 не отговаряме на обаждания. Обадете се утре.'],
  ] as const)('%s: "%s" is a notice, and misses its thanks', (locale, text) => {
    const result = lintMessage(text);
    expect(result.locale).toBe(locale);
    expect(result.kind).toBe('notice');
    expect(result.findings.map((finding) => finding.rule)).toContain('thanks');
    expect(result.score).toBeLessThan(50);
  });

  it('"after 2 days" is no hour', () => {
    expect(lintMessage(draft('en', ['Thank you for your order.', 'It will ship after 2 days, on Monday.'])).kind).toBe('general');
  });
});

describe('turning down a refund answers a complaint', () => {
  it('"The charge stands." with no apology', () => {
    const result = lintMessage(draft('en', ['Thank you for your email. The engineer came within the booked slot, so the charge stands.', 'Your invoice is attached.']));
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual(['apology', 'next-step']);
  });
});

describe('insincere apology: sorry for the customer\'s impression', () => {
  it.each([
    ['en', 'We are sorry you got the impression that we did not care.'],
    ['ru', 'Жаль, что у вас сложилось такое впечатление.'],
    ['bg', 'Съжаляваме, че сте останали с такова впечатление.'],
  ] as const)('%s: a warning, not also a missing apology', (locale, sentence) => {
    const thanks = { en: 'Thank you for your review.', ru: 'Спасибо за отзыв.', bg: 'Благодарим за отзива.' }[locale];
    const next = { en: 'I will call you on Monday.', ru: 'Я позвоню вам в понедельник.', bg: 'Ще Ви се обадя в понеделник.' }[locale];
    const result = lintMessage(draft(locale, [`${thanks} ${sentence}`, next]));
    expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['insincere-apology', 'warning']]);
  });
});

describe('shouting: a code joined to digits is not shouting', () => {
  it('"SPRING-2026" is a promo code', () => {
    const result = lintMessage(draft('en', ['Thank you for your order.', 'Use the code SPRING-2026 by Friday for free delivery.']));
    expect(result.findings).toEqual([]);
  });

  it('"PLEASE" still is', () => {
    const result = lintMessage(draft('en', ['Thank you for your order.', 'PLEASE use the code by Friday.']));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['shouting']);
  });
});

describe('owning the fault is an apology; an investigation answers a complaint', () => {
  it.each([
    ['en', 'Thank you for your patience while we looked into the double charge. It should never have happened.', 'We have refunded the second charge.'],
    ['ru', 'Спасибо за терпение: мы разобрались с двойным списанием. Так быть не должно.', 'Второе списание мы вернули.'],
    ['bg', 'Благодарим за търпението: проверихме случая с двойното таксуване. Това не трябваше да се случва.', 'Върнахме второто плащане.'],
  ] as const)('%s: a complaint reply with its apology, 100', (locale, first, second) => {
    const result = lintMessage(draft(locale, [first, second]));
    expect(result.kind).toBe('complaint');
    expect(result.findings).toEqual([]);
  });

  it('an investigation with no apology owes one', () => {
    expect(rules(draft('en', ['Thank you for your email. We have looked into your booking.', 'The room was cleaned on Monday as scheduled.']))).toEqual(['apology']);
  });
});

describe('courteous conventions', () => {
  it.each([
    ['en', 'Good day Mr Brown,', 'I remain at your disposal for any further queries.'],
    ['ru', 'Доброго времени суток, Иван!', 'Если что-то понадобится, мы на связи.'],
    ['bg', 'Драги г-н Петров,', 'Оставаме на разположение.'],
  ] as const)('%s: "%s" greets and "%s" offers help', (locale, greeting, offer) => {
    const body = {
      en: ['Thank you for your order.', 'It ships on Monday.'],
      ru: ['Спасибо за заказ.', 'Мы отправим его в понедельник.'],
      bg: ['Благодарим за поръчката.', 'Ще я изпратим в понеделник.'],
    }[locale];
    expect(rules(draft(locale, body, { greeting, offer }))).toEqual([]);
  });

  it.each([
    'As per our policy, nothing can be done after the date.',
    'Nothing can be done after the date, as per our policy.',
  ])('"%s" is one wall: the hated phrase, not also a citation', (sentence) => {
    const result = lintMessage(draft('en', [`Thank you for your message. ${sentence}`, 'We will write on Monday.']));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['hated-phrase']);
  });

  it('a dismissal finding is its whole sentence', () => {
    const finding = lintMessage(draft('en', ['Thank you for your email. Our drivers are always courteous, so this must have been a misunderstanding. We are sorry.', 'We will write on Monday.'])).findings.find((item) => item.rule === 'dismissive');
    expect(finding?.text).toBe('Our drivers are always courteous, so this must have been a misunderstanding');
  });
});

describe('courteous words that are no dismissal', () => {
  it.each([
    ['en', 'Thank you for your patience, and I am sorry you had to call us repeatedly. You are not responsible for the return cost.', 'We will collect the parcel on Monday, exactly the way you asked.'],
    ['ru', 'Спасибо за терпение, и простите, что вам уже неоднократно приходилось звонить. Произошло недоразумение, и мы на вашей стороне.', 'Курьер заберёт посылку в понедельник.'],
    ['bg', 'Благодарим за търпението и се извиняваме, че се е стигнало до недоразумение. Винаги внимателно четем отзивите.', 'Куриерът ще вземе пратката в понеделник.'],
  ] as const)('%s: no finding', (locale, first, second) => {
    expect(rules(draft(locale, [first, second]))).toEqual([]);
  });

  it('a discount refused is no remedy: the next step is still missing', () => {
    expect(rules(draft('en', ['Thank you for your message, and I am sorry the sofa arrived scratched.', 'No discount is possible on sale items.']))).toEqual(['next-step']);
  });
});

describe('regret for dissatisfaction, and a problem called normal', () => {
  it.each([
    ['en', 'Thank you for your review. We regret that you were not satisfied.', 'The wait at weekends can reach 45 minutes, which is normal for the season.'],
    ['ru', 'Спасибо за отзыв. Сожалеем, что вы остались недовольны.', 'В выходные ожидание может достигать 45 минут, это нормальная ситуация для сезона.'],
    ['bg', 'Благодарим за отзива. Съжаляваме, че не сте останали доволни.', 'През уикенда чакането може да стигне 45 минути, което е нормално за сезона.'],
  ] as const)('%s: an insincere apology and a dismissal, no next step', (locale, first, second) => {
    const result = lintMessage(draft(locale, [first, second]));
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual(['dismissive', 'insincere-apology', 'next-step']);
    expect(result.score).toBe(100 - 2 * ERROR - WARNING);
  });

  it('ru: money sent back («возвращаются») is a complaint topic', () => {
    expect(lintMessage('Деньги возвращаются в течение 14 дней. Проверяйте банк.').kind).toBe('complaint');
  });
});

describe('one sentence, one fault', () => {
  it('"As per our policy, the matter is closed." is the dismissal, not also a citation', () => {
    const result = lintMessage(draft('en', ['Thank you for your message, and I am sorry for the delay. As per our policy, the matter is closed.', 'We will write on Monday.']));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['dismissive']);
  });

  it('"Send us the photos today, otherwise your claim will be rejected." is the conditional request alone', () => {
    const result = lintMessage(draft('en', ['Thank you for your message, and I am sorry the vase broke.', 'Send us the photos today, otherwise your claim will be rejected.']));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['conditional-request']);
  });
});

describe('denying the link with our service, and having nothing more to say', () => {
  it.each([
    ['en', 'Thank you for your note. The noise is not related to our service.'],
    ['ru', 'Благодарим за обращение. Шум не связан с нашим обслуживанием.'],
    ['bg', 'Благодарим за запитването. Шумът не е свързан с нашето обслужване.'],
  ] as const)('%s: a dismissal', (locale, body) => {
    expect(rules(draft(locale, [body, { en: 'We will call you on Monday.', ru: 'Мы позвоним вам в понедельник.', bg: 'Ще Ви се обадим в понеделник.' }[locale]]))).toContain('dismissive');
  });

  it.each([
    ['en', 'We answered your complaint on 2 May and have nothing further to say.'],
    ['ru', 'Ответ на вашу претензию был направлен 2 мая, добавить к нему нам нечего.'],
    ['bg', 'Отговорът на рекламацията Ви беше изпратен на 2 май и нямаме какво да добавим.'],
  ] as const)('%s: closing the conversation', (locale, body) => {
    expect(rules(draft(locale, [body]))).toContain('dismissive');
  });
});

describe('a range of days, and a remedy made by one person', () => {
  it.each([
    ['en', 'Thank you for telling us, and I am sorry the pizza arrived cold.', 'You will see the refund in 3–5 working days.'],
    ['ru', 'Спасибо, что рассказали, и простите, что пицца приехала холодной.', 'Деньги придут в течение 3–5 рабочих дней.'],
    ['bg', 'Благодарим, че ни писахте, и съжаляваме, че пицата пристигна студена.', 'Парите ще дойдат до 3–5 работни дни.'],
  ] as const)('%s: "3–5 days" is a time', (locale, first, second) => {
    expect(rules(draft(locale, [first, second]))).toEqual([]);
  });

  it('bg: «Върнах Ви сумата» is a remedy made', () => {
    expect(rules(draft('bg', ['Благодарим, че ни писахте, и съжаляваме, че пицата пристигна студена.', 'Върнах Ви пълната сума по картата.']))).toEqual([]);
  });
});
