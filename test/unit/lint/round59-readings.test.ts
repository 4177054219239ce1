/**
 * The lint readings of round 59 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer told to complain to whoever they like ("Tell whoever you like", «Жалуйтесь кому хотите»,
 * „Оплаквайте се където искате“) dismisses (`dismissive`); a bare order to collect, a sentence of its own ("Collect it.",
 * «Заберите.», „Вземете го.“), orders the customer about (`hated-phrase`); a penalty threatened without "if" («Не заберёте —
 * утилизируем.», „Не го ли вземете до петък — ще го бракуваме.“) or as an order's other choice ("Collect it by Friday or we
 * will dispose of it", «Заберите до пятницы, иначе утилизируем», „Вземете го до петък, иначе ще го бракуваме.“) threatens, and
 * „Ако не го вземете, ще го бракуваме.“ does too; what the customer had to go through, told as what an apology is for („се
 * извиняваме, че трябваше да звъните три пъти“, «извините, что вам нужно было звонить трижды»), owns our fault and lectures
 * nobody. What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME as draft, dismissesInFrame as dismisses, lintIn as lint } from './drafts.js';

const cases = {
  dismiss: [
    ["en", "Our chat closes at 8 pm. Tell whoever you like, the prices won't change."],
    ["en", "Complain to whoever you want, the decision stands."],
    ["en", "You can complain wherever you like, the fee stays."],
    ["ru", "Жалуйтесь кому хотите, цены не изменятся."],
    ["ru", "Можете писать куда угодно, решение не изменится."],
    ["bg", "Чатът работи до 20:00. Казвайте на когото искате, цените няма да се сменят."],
    ["bg", "Оплаквайте се където искате, решението остава."],
    ["en", "You missed the appointment. Storage is £10 a day from Monday. Collect it."],
    ["en", "Pick it up by Friday."],
    ["ru", "Хранение 200 руб. в сутки с понедельника. Заберите технику до пятницы."],
    ["bg", "Съхранението е 10 лв. на ден от понеделник. Вземете го."],
    ["ru", "Техника стоит два месяца. Не заберёте — утилизируем."],
    ["ru", "Не оплатите до пятницы — отключим интернет."],
    ["ru", "Заберите велосипед до пятницы, иначе утилизируем."],
    ["bg", "Не го ли вземете до петък — ще го бракуваме."],
    ["bg", "Вземете го до петък, иначе ще го бракуваме."],
    ["bg", "Ако не го вземете до петък, ще го бракуваме."],
    ["en", "Collect it by Friday or we will dispose of it."],
    ["en", "Collect your bike this week or it will be scrapped."],
    ["en", "If you don't collect it by Friday, we will scrap it."],
    ["ru", "Если не заберёте технику до пятницы, мы её уничтожим."],
    ["ru", "Пишите куда хотите, решение не изменится."],
    ["bg", "Пишете където искате отзиви, решението няма да се промени."],
    ["en", "Pay immediately or your account will be passed to our debt collection agency."],
  ] as [LintLocale, string][],
  owned: [
    ["bg", "Благодарим за обаждането и се извиняваме, че трябваше да звъните три пъти. Днес възстановихме сумата и тя ще се появи в сметката Ви до 5 работни дни."],
    ["bg", "Съжаляваме, че трябваше да ни пишете отново. Днес възстановихме сумата."],
    ["ru", "Спасибо за звонок, и извините, что вам нужно было звонить трижды. Сегодня мы вернули деньги, они поступят на счёт до 5 рабочих дней."],
  ] as [LintLocale, string][],
};

const guards = {
  noDismiss: [
    ["en", "Feel free to write to us whenever you like, and I will answer by Friday."],
    ["en", "Your laptop is ready. You can collect it from our Leeds branch any time after 10:00 tomorrow."],
    ["en", "Please collect it by Friday; if that does not suit you, reply and I will hold it for another week."],
    ["ru", "Пишите нам, когда вам удобно, мы ответим в течение дня."],
    ["ru", "Вы можете забрать ноутбук в сервисе на Ленина, 5, с завтрашнего дня с 10:00."],
    ["bg", "Пишете ни, когато искате, ще отговорим до един ден."],
    ["bg", "Можете да вземете лаптопа от сервиза утре след 10:00."],
    ["en", "Sorry that you had to call three times. Today we refunded the money."],
    ["ru", "Извините, что вам пришлось звонить трижды. Сегодня мы вернули деньги."],
  ] as [LintLocale, string][],
  dismiss: [
    ["bg", "Трябваше да донесете касовата бележка."],
    ["ru", "Вам нужно было принести чек."],
  ] as [LintLocale, string][],
};

describe('round 59: complain to whoever you like, a bare order to collect, a threat without "if"; what the customer had to go through apologised for', () => {
  it.each(cases.dismiss)('%s: %s dismisses the customer', (locale, body) => {
    expect(dismisses(body, locale)).toBe(true);
  });
  it.each(cases.owned)('%s: %j owns our fault and dismisses nobody', (locale, body) => {
    expect(dismisses(body, locale)).toBe(false);
    expect(lint(draft[locale](body), locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each(guards.noDismiss)('%s: %s dismisses nobody', (locale, body) => {
    expect(dismisses(body, locale)).toBe(false);
  });
  it.each(guards.dismiss)('%s: %s dismisses the customer', (locale, body) => {
    expect(dismisses(body, locale)).toBe(true);
  });
});
