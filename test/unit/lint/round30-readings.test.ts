/**
 * The lint readings of round 30 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - compensation refused in the first person ("We are unable to offer compensation.", «Компенсацию предложить не можем»,
 *   «Не можем да предложим компенсация») turns a claim down, as "unable to refund" does: the reply answers a complaint
 *   and owes its apology (round 27's regret told with the refusal is one);
 * - round 14's bare order to take the matter elsewhere, to the airport or "there" (a place named before): "Contact the
 *   airport.", «Обращайтесь туда.», «Обърнете се към летището.» is a deflection (`hated-phrase`);
 * - the customer blamed for slowing their own case down ("You are only slowing things down.", «Так вы только затягиваете
 *   рассмотрение», «Така само бавите обработката») dismisses (`dismissive`);
 * - a bare order for details whose only part of ours is to look at it ("Send them and we'll look at it.", «Пришлите его, и
 *   мы посмотрим.», «Изпратете го и ще видим.») stays a bare order (`hated-phrase`): a look promises nothing;
 * - a payment named by the service it pays for ("your CloudBox payment", «платёж за «Кинотека»», «плащането за „Кинотека“»)
 *   names what is paid for (no `reminder-invoice`), as "subscription" does; a month ("your March payment") names no service;
 * - a reply invited in the English imperative ("reply here and we'll…", "simply reply") offers to answer, as «ответьте»
 *   and «отговорете» do (no `offer-questions`).
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('compensation refused in the first person answers a complaint', () => {
  it.each([
    ['en', 'Hello Mr Owen,\n\nThe mobile signal in your street is weak indoors. We cannot offer compensation for it.\n\nRegards,\nJane Cole\nTelNet'],
    ['en', 'Hello Ms Grant,\n\nThe heating was repaired on Friday. We are not able to compensate for the two cold days.\n\nRegards,\nTom Reed\nCity Homes'],
    ['ru', 'Здравствуйте, Олег!\n\nСигнал в вашем доме слабый из-за стен. Компенсацию предложить не можем.\n\nС уважением,\nИрина Лосева\nОператор «Север»'],
    ['bg', 'Здравейте, Стефан,\n\nСигналът в сградата е слаб заради стените. Не можем да предложим компенсация за това.\n\nПоздрави,\nИва Колева\nОператор „Север“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('apology');
  });

  it.each([
    ['en', 'Hello Mr Owen,\n\nThank you for writing. Unfortunately we cannot offer compensation for weather delays, but I have added 500 bonus points to your card today.\n\nRegards,\nJane Cole\nRail Direct'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за письмо. К сожалению, компенсацию предложить не можем, но я начислила вам 500 бонусов сегодня.\n\nС уважением,\nИрина Лосева\nАвиакомпания «Север»'],
  ] as const)('%s guard: the refusal told with regret is its apology, before round 30 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('apology');
  });
});

describe('a bare order to take the matter to the airport, or "there", deflects', () => {
  it.each([
    ['en', 'Hello Ms Park,\n\nWe do not handle lost bags. Contact the airport.\n\nRegards,\nSam Hill\nSkyway'],
    ['ru', 'Здравствуйте, Анна!\n\nЗа парковку отвечает торговый центр. Звоните туда.\n\nС уважением,\nОльга Нина\nМагазин «Лира»'],
    ['ru', 'Здравствуйте, Анна!\n\nЧемодан ищет служба розыска. Обратитесь в аэропорт.\n\nС уважением,\nОльга Нина\nАвиакомпания «Север»'],
    ['bg', 'Здравейте, Мила,\n\nЗа паркинга отговаря молът. Обърнете се там.\n\nПоздрави,\nИва Колева\nМагазин „Лира“'],
    ['bg', 'Здравейте, Мила,\n\nБагажът се издирва от летището. Обърнете се към летището.\n\nПоздрави,\nИва Колева\nАвиокомпания „Север“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Ms Park,\n\nI am sorry your bag is missing. Please contact the airport desk on 0800 111 222, and I will call you on Monday at 10:00.\n\nRegards,\nSam Hill\nSkyway'],
    ['ru', 'Здравствуйте, Анна!\n\nПриносим извинения. Позвоните, пожалуйста, в аэропорт по номеру 8 800 111 22 33, а мы перезвоним вам в понедельник в 10:00.\n\nС уважением,\nОльга Нина\nАвиакомпания «Север»'],
  ] as const)('%s guard: the airport named with "please" and our own step asks, before round 30 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });
});

describe('the customer blamed for slowing their own case down is dismissed', () => {
  it.each([
    ['en', 'Hello Mr Ross,\n\nYour claim is with the assessor. Chasing us every day, you are only slowing it down.\n\nRegards,\nAnn Lowe\nSafeHome Insurance'],
    ['en', 'Hello Mr Ross,\n\nYou sent the same form three times, which only delays the review.\n\nRegards,\nAnn Lowe\nSafeHome Insurance'],
    ['ru', 'Здравствуйте, Павел!\n\nВаше заявление на проверке. Повторными письмами вы только затягиваете рассмотрение.\n\nС уважением,\nАнна Белова\nСтраховая «Опора»'],
    ['bg', 'Здравейте, Петър,\n\nЗаявлението Ви се проверява. С тези обаждания само забавяте проверката.\n\nПоздрави,\nАна Белова\nЗастраховане „Опора“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Mr Ross,\n\nThank you for your patience. I am sorry the review is slow; I will call you on Monday at 10:00 with the result.\n\nRegards,\nAnn Lowe\nSafeHome Insurance'],
  ] as const)('%s guard: our own delay apologised for, before round 30 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a bare order whose only part of ours is a look stays a bare order', () => {
  it.each([
    ['en', 'Hello Mr Ford,\n\nWe need the serial number. Send it and we will have a look.\n\nRegards,\nKim Lee\nHomeTech'],
    ['en', 'Hello Mr Ford,\n\nUpload the photos of the crack and I\'ll take a look.\n\nRegards,\nKim Lee\nHomeTech'],
    ['ru', 'Здравствуйте, Борис!\n\nНужен номер полиса. Пришлите его, и мы посмотрим.\n\nС уважением,\nОльга Нина\nСтраховая «Опора»'],
    ['bg', 'Здравейте, Борис,\n\nНужен ни е номерът на полицата. Изпратете го и ще видим.\n\nПоздрави,\nИва Колева\nЗастраховане „Опора“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Mr Ford,\n\nSend the photos and we\'ll look at them today, then I will call you by 17:00.\n\nRegards,\nKim Lee\nHomeTech'],
    ['ru', 'Здравствуйте, Борис!\n\nПришлите фото, и мы заменим чайник до пятницы.\n\nС уважением,\nОльга Нина\nМагазин «Лира»'],
    ['bg', 'Здравейте, Борис,\n\nИзпратете снимките и ще подменим чайника до петък.\n\nПоздрави,\nИва Колева\nМагазин „Лира“'],
  ] as const)('%s guard: a look with its time, or a remedy, after the order asks, before round 30 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });
});

describe('a payment named by its service names what is paid for', () => {
  it.each([
    ['en', 'Hello Nora,\n\nI hope you are well. Your CloudBox payment of £4.99 due on 3 May did not go through. Could you update your card by 10 May?\n\nKind regards,\nLeo Hart\nCloudBox Billing'],
    ['ru', 'Здравствуйте, Нина!\n\nНадеемся, у вас всё хорошо. Платёж за «Кинотека» на 399 ₽ от 3 мая не прошёл. Могли бы вы оплатить до 10 мая?\n\nС уважением,\nЛев Орлов\nОтдел оплаты'],
    ['bg', 'Здравейте, Нина,\n\nНадяваме се, че сте добре. Плащането за „Кинотека“ от 9,99 лв. от 3 май не е минало. Бихте ли платили до 10 май?\n\nПоздрави,\nЛъчезар Орлов\nОтдел плащания'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('reminder-invoice');
  });

  it('en guard: a month is no service, before round 30 and after', () => {
    const text = 'Hello Nora,\n\nI hope you are well. Your March payment of £4.99 is overdue since 3 March. Could you pay by 10 March?\n\nKind regards,\nLeo Hart\nBilling';
    expect(rulesOf(text, 'en')).toContain('reminder-invoice');
  });
});

describe('a reply invited in the English imperative offers to answer', () => {
  it.each([
    ['Hello Nora,\n\nYour new router ships on Monday 4 May. If the date does not work, reply here and we will move it.\n\nKind regards,\nLeo Hart\nHomeNet'],
    ['Hello Nora,\n\nYour new router ships on Monday 4 May. To change the address, simply reply with the new one.\n\nKind regards,\nLeo Hart\nHomeNet'],
  ] as const)('en: %s', (text) => {
    expect(rulesOf(text, 'en')).not.toContain('offer-questions');
  });
});
