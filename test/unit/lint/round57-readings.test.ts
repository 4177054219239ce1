/**
 * The lint readings of round 57 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer's care or conduct blamed as the cause ("caused by aftercare anyway", «вызваны неправильным
 * уходом», „се дължат на неправилна грижа“), told they did not look after it properly („не сте я гледали както трябва“) or
 * guessed at („Сигурно сте си мърдали главата.“), the customer told not to complain («не надо потом жаловаться»), what the
 * customer accepted held up at a sentence's end ("…of our terms, which you accepted.") and responsibility refused as "unable to
 * accept" dismiss (`dismissive`); the matter placed outside our responsibility («не наша зона ответственности», "not our
 * problem") deflects; a cut-off told as the rule, the time the customer's order came in, a verbless "Next delivery Thursday."
 * and a window told with "only" are no step of ours; a team's signature with the signer's name in brackets is signed; an
 * invoice due on a date past a longer clause is a payment reminder. What read so before the round is in the group "guards
 * (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

const draft = ROUND_FRAME;

const cases = {
  dismiss: [
    ['en', "Blowouts are usually caused by aftercare anyway."],
    ['en', "The fading was caused by improper washing."],
    ['en', "This kind of wear is down to poor storage."],
    ['en', "You clearly did not look after it properly."],
    ['en', "You probably dropped it."],
    ['en', "Our hours are on the website, so don't complain later."],
    ['en', "There is no reason to complain about a free service."],
    ['en', "Colour variation is explained in clause 7 of our terms, which you accepted."],
    ['en', "We are therefore unable to accept responsibility for the outcome."],
    ['en', "We cannot accept any liability for the delay."],
    ['ru', "Такие пятна обычно вызваны неправильным уходом."],
    ['ru', "Это произошло из-за ненадлежащего хранения."],
    ['ru', "Вы просто не ухаживали за ней как следует."],
    ['ru', "Наверное, вы сами уронили телефон."],
    ['ru', "Ночью письма никто не читает, не надо потом жаловаться."],
    ['ru', "Не жалуйтесь, если опоздаете."],
    ['ru', "Всё описано в условиях, которые вы приняли."],
    ['ru', "Поэтому мы не можем принять на себя ответственность за результат."],
    ['bg', "Като се е размазала, значи не сте я гледали както трябва."],
    ['bg', "Петната се дължат на неправилна грижа."],
    ['bg', "Сигурно сте си мърдали главата."],
    ['bg', "Вероятно сте го изпуснали."],
    ['bg', "Работим до 18:00, така че не се оплаквайте после."],
    ['bg', "Няма смисъл да се оплаквате."],
    ['bg', "Всичко е описано в условията, които сте приели."],
    ['bg', "Затова не можем да поемем отговорност за резултата."],
  ] as [LintLocale, string][],
  deflect: [
    ['en', "Room allocation is outside our area of responsibility."],
    ['ru', "Разбирайтесь с гостиницей напрямую, это не наша зона ответственности."],
    ['ru', "Заселение — вне нашей зоны ответственности."],
    ['bg', "Това е извън нашата отговорност."],
  ] as [LintLocale, string][],
  notOurs: [
    ['en', "Cut-off is 10pm. Your order came in at 10:04. Next delivery Thursday."],
    ['en', "Touch-ups are free within 30 days only."],
    ['ru', "Приём заказов — до 22:00. Ваш заказ поступил в 22:04. Следующая доставка в четверг."],
    ['ru', "Корректировка бесплатна только в течение 30 дней."],
    ['bg', "Крайният час е 22:00. Поръчката Ви е постъпила в 22:04. Следващата доставка в четвъртък."],
    ['bg', "Корекцията е безплатна само в рамките на 30 дни."],
  ] as [LintLocale, string][],
  signed: [
    ['en', "Dear Mrs Evans,\n\nThank you for your message. We will reply by 10am tomorrow. If you have any questions, just reply to this email.\n\nKind regards,\nThe Customer Team at Greenleaf Garden Centre (Janet Ho)"],
    ['ru', "Здравствуйте, Анна!\n\nСпасибо за письмо. Мы ответим завтра до 10:00. Если будут вопросы, просто ответьте на это письмо.\n\nС уважением,\nСлужба поддержки интернет-магазина «Северный чай» (Марина Котова)"],
    ['bg', "Здравейте, г-жо Петрова,\n\nБлагодарим за писмото. Ще отговорим утре до 10:00. Ако имате въпроси, просто отговорете на този имейл.\n\nПоздрави,\nЕкипът за обслужване на клиенти на онлайн магазин „Уют“ (Мария Петрова)"],
  ] as [LintLocale, string][],
  reminder: [
    ['en', "Dear Mr Adeyemi,\n\nI hope you're well. This is a friendly reminder that invoice INV-20877 for £1,240.00, covering the annual service and the replacement expansion vessel on your heat pump, is due on 30 June 2026.\n\nYou can pay by bank transfer. If you have any questions, just reply to this email.\n\nKind regards,\nSophie Marsh\nAccounts Team, Warmwell Heat Pumps"],
    ['ru', "Здравствуйте, Ольга!\n\nНадеемся, у вас всё хорошо. Напоминаем, что счёт № 318 на сумму 48 000 ₽ за годовое обслуживание и замену расширительного бака подлежит оплате до 10 марта.\n\nЕсли будут вопросы, просто ответьте на это письмо.\n\nС уважением,\nИгорь Миронов\nОтдел расчётов"],
  ] as [LintLocale, string][],
};

const guards = {
  dismiss: [
    ['en', "You must have moved your head during the cut."],
  ] as [LintLocale, string][],
  deflect: [
    ['en', "The hotel booking is not our problem."],
    ['bg', "Настаняването не е наш проблем."],
  ] as [LintLocale, string][],
  noDismiss: [
    ['en', "The damage was caused by handling in transit, and I am sorry it reached you like that."],
    ['en', "The fault was not caused by your handling: the seam was weak."],
    ['en', "You must have been worried when the parcel did not arrive."],
    ['en', "Our terms, which you accepted at booking, let us refund you in full, so I have done that today."],
    ['ru', "Повышение вызвано изменением тарифов, а не из-за ваших обращений."],
    ['ru', "Наверное, вы были расстроены, когда заказ не пришёл."],
    ['bg', "Сигурно сте били разочаровани, когато пратката закъсня."],
    ['bg', "Таксата е посочена в Общите условия, които приехте при поръчката, затова не можем да я премахнем, но ще Ви предложим отстъпка."],
    ['bg', "Повредата не се дължи на лоша поддръжка, а на дефект в материала."],
  ] as [LintLocale, string][],
  ourStep: [
    ['en', "Next delivery is Thursday and we have put your order on it."],
    ['ru', "Мы доставим заказ в четверг с 9 до 12."],
    ['bg', "Ще доставим поръчката в четвъртък между 9 и 12 ч."],
  ] as [LintLocale, string][],
  reminder: [
    ['bg', "Здравейте, г-н Петров,\n\nНадяваме се, че сте добре. Напомняме, че фактура № 318 за 1240 лв. за годишното обслужване и подмяната на разширителния съд е дължима до 30 юни.\n\nАко имате въпроси, просто отговорете на този имейл.\n\nПоздрави,\nМария Иванова\nСчетоводство"],
  ] as [LintLocale, string][],
};

describe('round 57: blame of the customer\'s care, no complaining, accepted terms, refused responsibility; no step of ours; bracketed signers; invoices due', () => {
  it.each(cases.dismiss)('%s: %s blames the customer or refuses responsibility', (locale, body) => {
    expect(rules(draft[locale](body), locale).some((rule) => rule === 'dismissive' || rule === 'hated-phrase')).toBe(true);
  });
  it.each(cases.deflect)('%s: %s places the matter outside our responsibility', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('hated-phrase');
  });
  it.each(cases.notOurs)('%s: %s gives no step of ours', (locale, body) => {
    expect(rules(body, locale)).toContain('next-step');
  });
  it.each(cases.signed)('%s: the bracketed name signs %j', (locale, body) => {
    expect(rules(body, locale).filter((rule) => rule === 'signature' || rule === 'signature-name')).toEqual([]);
  });
  it.each(cases.reminder)('%s: %j is a payment reminder', (locale, body) => {
    expect(lintMessage(body, { locale }).kind).toBe('reminder');
  });
});

describe('guards (read so before the round too)', () => {
  it.each(guards.dismiss)('%s: %s blames the customer or refuses responsibility', (locale, body) => {
    expect(rules(draft[locale](body), locale).some((rule) => rule === 'dismissive' || rule === 'hated-phrase')).toBe(true);
  });
  it.each(guards.deflect)('%s: %s places the matter outside our responsibility', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('hated-phrase');
  });
  it.each(guards.noDismiss)('%s: %s blames nobody', (locale, body) => {
    expect(rules(draft[locale](body), locale).filter((rule) => rule === 'dismissive' || rule === 'hated-phrase')).toEqual([]);
  });
  it.each(guards.ourStep)('%s: %s is a step of ours', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('next-step');
  });
  it.each(guards.reminder)('%s: %j is a payment reminder', (locale, body) => {
    expect(lintMessage(body, { locale }).kind).toBe('reminder');
  });
});
