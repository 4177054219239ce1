/**
 * The lint readings of round 20 (fixtures/eval/README.md, "Lint round 20"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - the pound named in words ("18.40 pounds", «25 фунтов», «60 паунда») is a currency: the amount is stated;
 * - a word in capitals right before a number sign and its number («полис КАСКО № …») names a document's type: no shouting;
 * - a payment for a month ("the payment for May", «оплата за май», «плащането за май») names what is paid for;
 * - a payment of ours ("we will arrange the payment for the repair", «мы готовы оплатить ремонт») asks the customer for
 *   none: no payment reminder (Bulgarian has no word that asks in «ще платим», so no case there);
 * - what the customer suffers told as part of life ("part of city life", «часть городской жизни», «част от живота в
 *   града») is a shrug, and refusing to hear their reasons («причины нас не интересуют») dismisses;
 * - access refused if the customer does not pay ("If you do not pay by Friday, you will not be admitted") threatens;
 * - a remedy refused for the future ("We will not be offering a discount.", «Перерасчёта не будет.», «Отстъпка няма да има.») turns
 *   the request down, so the reply answers a complaint;
 * - an invitation to call or tell us ("call us", «позвоните нам», «сообщите нам», «позвънете ни») offers to answer.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

describe('the pound named in words is a currency', () => {
  it.each([
    ['en', 'Hello Tom,\n\nI hope you are well. This is a friendly reminder that invoice 5521 for 18.40 pounds was due on 3 May. Could you arrange the payment by 17 May?\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nAmy Ward\nAccounts Team'],
    ['ru', 'Здравствуйте, Пётр!\n\nНадеемся, у вас всё хорошо. Напоминаем, что счёт № 5521 на 25 фунтов за подписку нужно оплатить до 17 мая.\n\nЕсли появятся вопросы, напишите нам.\n\nС уважением,\nАнна Волкова\nотдел по работе с клиентами'],
    ['bg', 'Здравейте, Петър,\n\nНадяваме се, че сте добре. Напомняме, че фактура № 5521 за 60 паунда е с падеж 17 май.\n\nАко имате въпроси, пишете ни.\n\nПоздрави,\nАна Вълчева\nотдел „Клиенти“'],
  ] as const)('%s: the reminder states its amount', (locale, text) => {
    expect(lint(text, locale).kind).toBe('reminder');
    expect(rulesOf(text, locale)).not.toContain('reminder-amount');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    ['en', 'Hello Tom,\n\nI hope you are well. This is a friendly reminder that invoice 5521 for 18.40 was due on 3 May. Could you arrange the payment by 17 May?\n\nKind regards,\nAmy Ward\nAccounts Team'],
    ['ru', 'Здравствуйте, Пётр!\n\nНапоминаем, что счёт № 5521 на 25 за подписку нужно оплатить до 17 мая.\n\nС уважением,\nАнна Волкова\nотдел по работе с клиентами'],
  ] as const)('%s guard: a number without its currency is no amount', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-amount');
  });
});

describe('a word in capitals before a number sign names a document', () => {
  it.each([
    ['en', 'Hello Tom,\n\nThank you for renewing your cover HOMEPLUS #2231 with us. Your new certificate is attached, and the cover runs from 1 June.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Пётр!\n\nСпасибо, что продлили полис ОСАГО № 7712-40 у нас. Новый полис во вложении, он действует с 1 июня.\n\nЕсли появятся вопросы, напишите нам.\n\nС уважением,\nАнна Волкова\nотдел страхования'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че подновихте полица КАСКО № 1182 при нас. Новата полица е приложена и важи от 1 юни.\n\nАко имате въпроси, пишете ни.\n\nПоздрави,\nАна Вълчева\nотдел „Застраховки“'],
  ] as const)('%s: no shouting', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('shouting');
  });

  it.each([
    ['en', 'Hello Tom,\n\nYour cover is CANCELLED from 1 June. Policy #2231 will not renew.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Пётр!\n\nПолис ОСАГО уже ПРОДЛЁН, № 7712-40 действует с 1 июня.\n\nС уважением,\nАнна Волкова\nотдел страхования'],
  ] as const)('%s guard: capitals elsewhere still shout', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('shouting');
  });
});

describe('a payment for a month names what is paid for', () => {
  it.each([
    ['en', 'Hello Ms Reid,\n\nI hope you are well. This is a friendly reminder that the payment for May (£64.00) is due on 5 May. Could you make the payment by then?\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nAmy Ward\nOffice Manager, Little Steps Nursery'],
    ['ru', 'Здравствуйте, Ирина Олеговна!\n\nНадеемся, у вас всё хорошо. Напоминаем, что оплата за май (6 200 руб.) нужна до 5 мая — оплатить можно в личном кабинете.\n\nЕсли появятся вопросы, напишите нам.\n\nС уважением,\nАнна Волкова\nадминистратор детского клуба'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nНадяваме се, че сте добре. Напомняме, че плащането за май (120 лв.) е с падеж 5 май.\n\nАко имате въпроси, пишете ни.\n\nПоздрави,\nАна Вълчева\nадминистратор на клуба'],
  ] as const)('%s: the reminder names what it is for', (locale, text) => {
    expect(lint(text, locale).kind).toBe('reminder');
    expect(rulesOf(text, locale)).not.toContain('reminder-invoice');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    ['en', 'Hello Ms Reid,\n\nI hope you are well. This is a friendly reminder that the payment (£64.00) is due on 5 May. Could you make the payment by then?\n\nKind regards,\nAmy Ward\nOffice Manager'],
    ['ru', 'Здравствуйте, Ирина Олеговна!\n\nНапоминаем: просим оплатить 6 200 руб. до 5 мая.\n\nС уважением,\nАнна Волкова\nадминистратор'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nНапомняме, че плащането (120 лв.) е с падеж 5 май.\n\nПоздрави,\nАна Вълчева\nадминистратор'],
  ] as const)('%s guard: a payment for nothing named names no bill', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-invoice');
  });
});

describe('a payment of ours asks for none', () => {
  it.each([
    ['en', 'Hello Mr Grant,\n\nThank you for the photos, and I am sorry our fitter scratched your worktop on 2 May.\nWe will arrange the payment for the repair directly with the joiner, who will call you on Monday to book a visit.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за фотографии, и простите: наш мастер поцарапал столешницу 2 мая.\nМы готовы оплатить ремонт столешницы — в понедельник вам позвонит мастер, чтобы согласовать время.\n\nС уважением,\nАнна Волкова\nслужба заботы о клиентах'],
  ] as const)('%s: the reply answers a complaint, not a reminder', (locale, text) => {
    expect(lint(text, locale).kind).toBe('complaint');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello Mr Grant,\n\nI hope you are well. Invoice 3310 for £90.00 is overdue since 2 May. Please pay by 16 May.\n\nKind regards,\nAmy Ward\nAccounts'],
    ['ru', 'Здравствуйте, Олег!\n\nНадеемся, у вас всё хорошо. Счёт № 3310 на 9 000 руб. нужно оплатить до 16 мая.\n\nС уважением,\nАнна Волкова\nбухгалтерия'],
  ] as const)('%s guard: the customer asked to pay is still reminded', (locale, text) => {
    expect(lint(text, locale).kind).toBe('reminder');
  });
});

describe('a shrug at what the customer suffers, and refusing to hear their reasons, dismiss', () => {
  it.each([
    ['en', 'Dear Ms Lowe,\n\nThe flat is above a bar. Music at weekends is part of city life. We will look at it if more residents write in.\n\nRegards,\nLettings Office'],
    ['ru', 'Здравствуйте, Инна!\n\nКвартира над баром. Музыка по выходным — часть городской жизни. Посмотрим, если напишут другие жильцы.\n\nС уважением,\nУправляющая компания'],
    ['bg', 'Здравейте, г-жо Лазарова,\n\nАпартаментът е над бар. Музиката през уикенда е част от живота в града. Ще видим, ако пишат и други наематели.\n\nПоздрави,\nУправата на сградата'],
  ] as const)('%s: "part of city life" is a shrug', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Dear Ms Lowe,\n\nYour membership fee of £30 is unpaid. We are not interested in your reasons. Pay it by Friday.\n\nRegards,\nMembership Office'],
    ['ru', 'Здравствуйте, Инна!\n\nАбонемент за май (3 000 руб.) не оплачен. Причины нас не интересуют. Оплатите до пятницы.\n\nС уважением,\nАдминистрация клуба'],
    ['bg', 'Здравейте, г-жо Лазарова,\n\nЧленският внос за май (40 лв.) не е платен. Причините не ни интересуват. Платете до петък.\n\nПоздрави,\nАдминистрацията на клуба'],
  ] as const)('%s: refusing to hear the reasons dismisses', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Dear Ms Lowe,\n\nThank you for writing, and I am sorry the music kept you awake. Noise is part of the reason we are fitting new windows: the work starts on 4 June.\nIf you would like, I can call you on Monday.\n\nKind regards,\nNina Shaw\nLettings Office'],
    ['ru', 'Здравствуйте, Инна!\n\nСпасибо за письмо, и простите, что музыка мешала вам спать. Нам важно понять причины, поэтому в пятницу, 6 июня, наш инженер замерит шум.\nЕсли появятся вопросы, напишите нам.\n\nС уважением,\nНина Шевцова\nуправляющая компания'],
    ['bg', 'Здравейте, г-жо Лазарова,\n\nБлагодарим Ви за писмото и се извиняваме, че музиката Ви е пречила. Искаме да разберем причините, затова в петък, 6 юни, техник ще измери шума.\nАко имате въпроси, пишете ни.\n\nПоздрави,\nНина Шопова\nотдел „Наематели“'],
  ] as const)('%s guard: the reasons sought and life unnamed are no shrug', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('access refused if the customer does not pay threatens', () => {
  it.each([
    ['en', 'Hello,\n\nThe term fee for Ella (£210) is still unpaid. If you do not pay by Friday, Ella will not be admitted to lessons.\n\nSchool Office'],
    ['ru', 'Здравствуйте!\n\nОплата за май (4 500 руб.) не поступила. Если не оплатите до пятницы, ребёнок не будет допущен к тренировкам.\n\nАдминистрация секции'],
    ['bg', 'Здравейте,\n\nТаксата за май (90 лв.) не е платена. Ако не платите до петък, детето няма да бъде допуснато на тренировка.\n\nАдминистрацията на клуба'],
  ] as const)('%s: the reminder threatens and dismisses', (locale, text) => {
    expect(lint(text, locale).kind).toBe('reminder');
    expect(rulesOf(text, locale)).toEqual(expect.arrayContaining(['reminder-threat', 'dismissive']));
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Ms Reid,\n\nI hope you are well. The term fee for Ella (£210) was due on 1 May. Ella will of course be admitted to lessons as usual while we sort this out; could you pay by 20 May?\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nAmy Ward\nSchool Office'],
    ['ru', 'Здравствуйте, Ирина Олеговна!\n\nНадеемся, у вас всё хорошо. Оплата за май (4 500 руб.) нужна до 20 мая; ребёнок, конечно, будет допущен к тренировкам как обычно.\n\nЕсли появятся вопросы, напишите нам.\n\nС уважением,\nАнна Волкова\nадминистратор секции'],
  ] as const)('%s guard: access kept is no threat', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('reminder-threat');
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a remedy refused for the future turns the request down', () => {
  it.each([
    ['en', 'Dear Mr Grant,\n\nThe parking charge applies to every night of the stay. We will not be offering a discount.\n\nRegards,\nReception'],
    ['ru', 'Здравствуйте, Олег!\n\nПарковка оплачивается за каждую ночь проживания. Перерасчёта не будет.\n\nС уважением,\nРесепшен'],
    ['bg', 'Здравейте, Олег,\n\nПаркингът се заплаща за всяка нощувка. Отстъпка няма да има.\n\nПоздрави,\nРецепция'],
  ] as const)('%s: the reply answers a complaint and owes an apology', (locale, text) => {
    expect(lint(text, locale).kind).toBe('complaint');
    expect(rulesOf(text, locale)).toContain('apology');
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Mr Grant,\n\nThank you for letting us know. Your new charger will reach you on Tuesday, and there will be no charge for it.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Новое зарядное устройство привезём во вторник, платы за него не будет.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
  ] as const)('%s guard: no charge for a remedy refuses nothing', (locale, text) => {
    expect(lint(text, locale).kind).not.toBe('complaint');
  });
});

describe('an invitation to call or tell us offers to answer', () => {
  it.each([
    ['en', 'Hello Tom,\n\nI hope you are well. This is a friendly reminder that invoice 5521 for £18.40 was due on 3 May. Could you arrange the payment by 17 May? If that date is difficult, call us on 0300 555 0101.\n\nKind regards,\nAmy Ward\nAccounts Team'],
    ['ru', 'Здравствуйте, Пётр!\n\nНадеемся, у вас всё хорошо. Напоминаем, что счёт № 5521 на 1 800 руб. нужно оплатить до 17 мая. Если срок неудобен, позвоните нам по телефону 8 800 555-01-01.\n\nС уважением,\nАнна Волкова\nбухгалтерия'],
    ['ru', 'Здравствуйте, Пётр!\n\nНадеемся, у вас всё хорошо. Напоминаем, что счёт № 5521 на 1 800 руб. нужно оплатить до 17 мая. Если вы уже оплатили его, сообщите нам — проверим платёж.\n\nС уважением,\nАнна Волкова\nбухгалтерия'],
    ['bg', 'Здравейте, Петър,\n\nНадяваме се, че сте добре. Напомняме, че фактура № 5521 за 180 лв. е с падеж 17 май. Ако срокът е неудобен, позвънете ни на 0700 10 101.\n\nПоздрави,\nАна Вълчева\nсчетоводство'],
  ] as const)('%s: no missing offer', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Hello Tom,\n\nYour order is delayed. Call us on Monday.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Пётр!\n\nЗаказ задерживается. Позвоните нам в понедельник.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
  ] as const)('%s guard: an order to come back at a time is no offer', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });
});
