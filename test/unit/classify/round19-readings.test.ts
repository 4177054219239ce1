/**
 * The readings of the tuning round after blind set 18 (fixtures/eval/README.md, "Round 19"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 19', () => {
  it.each([
    [{ channel: 'email', text: 'Please take 7 Ash Grove off your books from the end of next month.\nRegards,\nT. Moss' }, 'silent'],
    [{ channel: 'Битрикс24', subject: 'Заявление', text: 'Прошу отчислить моего сына Иванова Петра из 3 «Б» класса с 1 мая.' }, 'silent'],
    [{ channel: 'Web form (membership cancellation)', text: 'Member: Jo Reyes\nReason for cancelling: (left blank)\nWould you like a call back? No' }, 'silent'],
    [{ channel: 'returns portal', subject: 'Return #5512', text: 'Return reason: Changed my mind\nNote: —' }, 'silent'],
    [{ channel: 'Возвраты (Shopify)', text: 'Причина возврата: Передумала\nКомментарий: —' }, 'silent'],
    [{ channel: 'МИС клиники', text: 'Пациент отказался от продолжения лечения. Причины называть отказался.' }, 'silent'],
  ])('closure acts, a form left blank, a reason that finds no fault, a reason declined: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'DMS дилера', subject: 'Потерянный клиент', text: 'Второе ТО пройдено у другого дилера. Контактов с клиентом не было.', status: 'Потерян' }, 'silent'],
    [{ channel: 'DMS на дилъра', subject: 'Изгубен клиент', text: 'Второто обслужване е в друг сервиз. Няма обаждания в системата.', status: 'Изгубен' }, 'silent'],
  ])("a dealer's retention note, its system no direct message: %o → %s", (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Яндекс Карты (отзывы)', text: 'Уважаемый директор, персонал хамит, больше не приду и всем расскажу.' }, 'irate'],
    [{ channel: 'Instagram (social listening - Brand24)', text: 'Never again with this gym. Anyone wanting a better one, DM me.' }, 'irate'],
    [{ channel: 'Telegram (комментарии в канале, YouScan)', text: 'Не берите у них ремонт, пишите в личку — дам контакт нормального мастера.' }, 'irate'],
    [{ channel: 'Facebook', text: 'Posting the photos here so people can judge for themselves.' }, 'irate'],
  ])('a director is no Direct, a post found by listening, "judge" the verb: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: "Ofcom's guidance says you must reply within 10 days. It has been three weeks." }, 'voicer'],
    [{ channel: 'имейл', text: 'Според тарифата, одобрена от КЕВР, имате 10 дни да ми отговорите. Моля за отговор.' }, 'voicer'],
    [{ channel: 'почта', text: 'По правилам, утверждённым Роспотребнадзором, вы обязаны вернуть деньги за 10 дней. Верните, пожалуйста.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Не искам да ходя в полицията или по съдилища, просто ми върнете депозита.' }, 'voicer'],
    [{ channel: 'почта', text: 'Не хочу идти в полицию или по судам, просто верните залог.' }, 'voicer'],
    [{ channel: 'email', text: 'Hello,\nThe invoice for my cat\'s vaccinations is £90 more than quoted. Please explain.\n\nAnna Krol\nSenior Solicitor | Krol & Partners LLP' }, 'voicer'],
    [{ channel: 'почта', text: 'Добрый день.\nСчёт за лечение кота выше, чем в смете. Прошу объяснить разницу.\n\nИванова Мария\nЮрист, ООО «Северный ветер»' }, 'voicer'],
  ])('a regulator as the source of a rule, a negation over a list with «или по», the writer\'s own job in her signature: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Your letter says I can now go to the Financial Ombudsman, I have done exactly that.' }, 'activist'],
    [{ channel: 'call log', text: 'Cust advised she has logged a complaint with the Consumer Council about the bills.' }, 'activist'],
    [{ channel: 'Telegram-бот', text: 'ya podala isk v mirovoj sud, zhdite povestku' }, 'activist'],
    [{ channel: 'Okdesk', text: 'Подали жалобу в ГЖИ, ждём проверку.' }, 'activist'],
  ])('advice taken in other words, a consumer council, a claim in Latin letters, the housing inspectorate: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'We act on behalf of our client Mr Tom Reid regarding the unpaid refund.\n\nYours faithfully,\nSarah Coates\nSolicitor, Coates & Co' }, 'activist'],
    [{ channel: 'email', text: 'I am forwarding all of this to my solicitor tomorrow.\n\nTom Reid' }, 'activist'],
    [{ channel: 'email', text: 'I have filed a claim; the judge will decide.' }, 'activist'],
    [{ channel: 'Мониторинг оттока', text: 'Клиент не заказывал 4 месяца, на звонки не отвечает.' }, 'silent'],
    [{ channel: 'email', text: 'Please close my savings account ending 2290.\n\nRegards,\nK. Lee\n\n--\nThis bank is authorised by the Prudential Regulation Authority.' }, 'silent'],
    [{ channel: 'returns portal', text: 'Return reason: changed my mind, the colour is nothing like the photo' }, 'voicer'],
    [{ channel: 'Instagram', text: 'Написала вам в директ, никто не отвечает.' }, 'voicer'],
    [{ channel: 'Dealer DMS export', text: '2nd service done at another dealer. No contact logged.' }, 'silent'],
  ])('guards: a lawyer for a client, a party said in the body, a churn monitor, a bank footer, a reason with a fault, a Direct message, a dealer\'s note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
