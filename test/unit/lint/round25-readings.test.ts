/**
 * The lint readings of round 25 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - an order of care for next time ("Please make sure someone is at home next time.", "Next time, be careful…",
 *   «В следующий раз убедитесь…», «Следващия път внимавайте…») is a lecture (`dismissive`); a tip for next time ("Next time
 *   you order, use…") or our own plan for it ("…next time, and we will…") is none;
 * - an order to check before complaining ("Please check the label before complaining.", «Проверьте…, прежде чем
 *   жаловаться», «Проверете…, преди да се оплаквате») holds the complaint to be the customer's mistake (`dismissive`);
 * - the customer's order quoted from our records as the answer ("Our records show you ordered a size 10", «По нашим данным,
 *   вы заказали размер 44», «В системата е записано, че сте поръчали M») blames, as round 15's "You chose this size" does;
 *   an apology or our part after it makes it an account;
 * - what an apology is for ("I'm sorry your payment was declined at the till") is the customer's trouble: its payment words
 *   make no payment reminder of the reply; "Sorry, but your payment is overdue" still asks for payment.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('an order of care for next time is a lecture', () => {
  it.each([
    ['en', 'Hi Priya,\n\nThe courier tried to deliver on Tuesday and left a card. Please make sure you are in next time.\n\nThanks,\nDan\nDeliveries'],
    ['en', 'Hi Priya,\n\nThe courier tried to deliver on Tuesday. Next time, ensure somebody can sign for the parcel.\n\nThanks,\nDan\nDeliveries'],
    ['en', 'Hi Priya,\n\nThe fitter waited twenty minutes at your gate. Please be available next time.\n\nThanks,\nDan\nDeliveries'],
    ['ru', 'Здравствуйте, Ирина!\n\nКурьер приезжал во вторник, дверь никто не открыл. В следующий раз убедитесь, что кто-то есть дома.\n\nДенис\nСлужба доставки'],
    ['ru', 'Здравствуйте, Ирина!\n\nКурьер приезжал во вторник. Проследите, чтобы телефон был включён, в следующий раз.\n\nДенис\nСлужба доставки'],
    ['bg', 'Здравейте, Ирина,\n\nКуриерът дойде във вторник и никой не отвори. Следващия път се уверете, че някой е вкъщи.\n\nДенис\nДоставки'],
    ['bg', 'Здравейте, Ирина,\n\nПоръчахте модел, който не пасва на телефона Ви. Моля, внимавайте следващия път.\n\nДенис\nОнлайн магазин'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Priya,\n\nThank you for your order. Next time you order, use the code SPRING for free delivery.\n\nKind regards,\nDan Moss\nDeliveries'],
    ['en', 'Hello Priya,\n\nI am sorry we missed you. We will make sure the driver calls ahead next time.\n\nKind regards,\nDan Moss\nDeliveries'],
    ['en', 'Hello Priya,\n\nI am sorry we missed you. Next time, please check the box for a safe place and we will leave it there.\n\nKind regards,\nDan Moss\nDeliveries'],
    ['ru', 'Здравствуйте, Ирина!\n\nПриносим извинения, что не дозвонились. В следующий раз мы обязательно предупредим вас за час.\n\nС уважением,\nДенис Орлов\nСлужба доставки'],
    ['bg', 'Здравейте, Ирина,\n\nИзвиняваме се, че не Ви се обадихме. Следващия път ние ще Ви предупредим час по-рано.\n\nС уважение,\nДенис Орлов\nДоставки'],
  ] as const)('%s guard: a tip or a plan of ours for next time is no lecture: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('an order to check before complaining holds the complaint to be the customer\'s mistake', () => {
  it.each([
    ['en', 'Hi Mark,\n\nThe jacket is the colour shown on the website. Please look at the label before complaining.\n\nThanks,\nAmy\nCustomer Care'],
    ['en', 'Hi Mark,\n\nBefore making a complaint, please verify the delivery address you gave us.\n\nThanks,\nAmy\nCustomer Care'],
    ['ru', 'Здравствуйте, Марк!\n\nКуртка того цвета, что на сайте. Посмотрите этикетку, прежде чем жаловаться.\n\nАнна\nСлужба заботы'],
    ['ru', 'Здравствуйте, Марк!\n\nПрежде чем жаловаться, проверьте адрес доставки в заказе.\n\nАнна\nСлужба заботы'],
    ['bg', 'Здравейте, Марк,\n\nЯкето е в цвета от сайта. Погледнете етикета, преди да се оплаквате.\n\nАнна\nОбслужване на клиенти'],
    ['bg', 'Здравейте, Марк,\n\nПреди да се оплачете, проверете адреса за доставка в поръчката.\n\nАнна\nОбслужване на клиенти'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Mark,\n\nThank you for telling us. You do not need to check anything before making a complaint: I have sent a new jacket today, and it will arrive on Friday.\n\nKind regards,\nAmy Hart\nCustomer Care'],
    ['ru', 'Здравствуйте, Марк!\n\nСпасибо, что написали. Мы проверяем каждую куртку перед отправкой, и новую отправили сегодня, она придёт в пятницу.\n\nС уважением,\nАнна Белова\nСлужба заботы'],
  ] as const)('%s guard: no order to check before complaining: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('the customer\'s order quoted from our records as the answer blames', () => {
  it.each([
    ['en', 'Hi Lucy,\n\nOur records show you ordered a size 10, so the boots you received are right.\n\nThanks,\nTom\nCustomer Care'],
    ['en', 'Hi Lucy,\n\nThe system shows that you selected the 500 ml bottle when you paid.\n\nThanks,\nTom\nCustomer Care'],
    ['ru', 'Здравствуйте, Люся!\n\nПо нашим данным, вы заказали размер 44, так что ботинки правильные.\n\nТимур\nСлужба заботы'],
    ['ru', 'Здравствуйте, Люся!\n\nВ системе указано, что вы выбрали L.\n\nТимур\nСлужба заботы'],
    ['bg', 'Здравейте, Люси,\n\nВ системата е записано, че сте поръчали M, така че обувките са правилни.\n\nТодор\nОбслужване на клиенти'],
    ['bg', 'Здравейте, Люси,\n\nСпоред нашите данни сте избрали размер 38.\n\nТодор\nОбслужване на клиенти'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Lucy,\n\nThank you for your message. Our records show you ordered a size 10, but we sent a 12, and I am sorry. A pair in size 10 goes out today and will reach you on Friday.\n\nKind regards,\nTom Reid\nCustomer Care'],
    ['ru', 'Здравствуйте, Люся!\n\nСпасибо за письмо. По нашим данным, вы заказали размер 44, а мы отправили 42 — простите за ошибку. Новая пара придёт в пятницу.\n\nС уважением,\nТимур Ахмедов\nСлужба заботы'],
    ['bg', 'Здравейте, Люси,\n\nБлагодарим за писмото. В системата е записано, че сте поръчали M, а ние изпратихме L — извиняваме се за грешката. Новият чифт ще пристигне в петък.\n\nС уважение,\nТодор Иванов\nОбслужване на клиенти'],
    ['en', 'Hello Lucy,\n\nOur records show that invoice 4410 for £36.00 is still open; if you have paid it already, please ignore this note.\n\nKind regards,\nTom Reid\nAccounts'],
  ] as const)('%s guard: our mistake told after it, or no choice quoted, is an account: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('what an apology is for is the customer\'s trouble, no request to pay', () => {
  it.each([
    ['en', 'Hello Mr Shah,\n\nThank you for your call, and I am sorry your payment was declined at the till on Saturday. Our checks paused the card after two large payments abroad; I have lifted the pause, and I will check it again tomorrow at 9:00.\n\nKind regards,\nEmma Cole\nCard Services'],
    ['ru', 'Здравствуйте, Рустам!\n\nСпасибо за звонок. Нам очень жаль, что оплата не прошла в магазине в субботу. Система приостановила карту после двух крупных платежей за границей; я сняла ограничение и завтра в 9:00 проверю карту ещё раз.\n\nС уважением,\nЭмма Козлова\nОтдел карт'],
    ['bg', 'Здравейте, г-н Шах,\n\nБлагодарим за обаждането. Съжаляваме, че плащането не е минало в магазина вчера. Системата спря картата след две големи плащания в чужбина; премахнах ограничението и утре в 9:00 ще я проверя отново.\n\nС уважение,\nЕма Колева\nОтдел карти'],
  ] as const)('%s: %s', (locale, text) => {
    expect(lintMessage(text, { locale }).kind).toBe('complaint');
  });

  it.each([
    ['en', 'Hello Mr Shah,\n\nWe are sorry, but your payment of £40.00 for invoice 7781 was declined. Could you pay it by 12 May?\n\nKind regards,\nEmma Cole\nAccounts'],
    ['en', 'Hello Mr Shah,\n\nSorry to remind you that invoice 7781 for £40.00 is overdue since 2 May. Could you arrange the payment this week?\n\nKind regards,\nEmma Cole\nAccounts'],
    ['ru', 'Здравствуйте, Рустам!\n\nИзвините за напоминание: счёт № 7781 на 4 000 ₽ просрочен с 2 мая. Оплатите его, пожалуйста, до 12 мая.\n\nС уважением,\nЭмма Козлова\nБухгалтерия'],
  ] as const)('%s guard: an apology that is no object of the payment leaves a reminder: %s', (locale, text) => {
    expect(lintMessage(text, { locale }).kind).toBe('reminder');
  });
});
