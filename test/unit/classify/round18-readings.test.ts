/**
 * The readings of the tuning round after blind set 17 (fixtures/eval/README.md, "Round 18"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 18', () => {
  it.each([
    [{ channel: 'email', text: "Your 'Solicitor Direct Line' add-on is useless, nobody ever answers. Posted about it on Trustpilot today." }, 'irate'],
    [{ channel: 'Почта', subject: 'Юрист', text: 'Подписка «Юрист рядом» за 990 руб. — ни одного ответа за месяц. Рассказала всем подругам.' }, 'irate'],
    [{ channel: 'имейл', subject: 'Адвокат', text: 'Абонаментът „Адвокат до дома“ не работи от седмица. Оставих отзив в Google.' }, 'irate'],
    [{ channel: 'чат', text: 'Тариф «Юрист» списывает деньги дважды, верните, пожалуйста.' }, 'voicer'],
    [{ channel: 'email', text: 'The parcel for Flat 2, 14 Kings Court was left in the rain again.' }, 'voicer'],
  ])('a product or a tariff named for a party, the same word in the subject, an address called Court: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Hello,\nI would like to close my joint current account ending 7710 and the linked easy saver ending 0458. Please move whatever is left to my account at another bank, sort code 30-90-12, account 44550011, and post the closure letter to my new address, 3 Mill Court, Leeds LS6 2AB. I will cut up both cards. Could you also tell me whether the direct debit for my gym stops by itself or needs cancelling?\nThanks,\nRowan' }, 'silent'],
    [{ channel: 'Почта', subject: 'Закрытие вклада', text: 'Добрый день. Прошу закрыть мой накопительный счёт № 4230…7781 и вклад «Надёжный» после окончания срока 15 июня 2026 года. Все средства прошу перевести на мою карту в другом банке, реквизиты прикладываю. Пластиковую карту верну в отделение на Садовой на следующей неделе. Подскажите, пожалуйста, нужно ли отдельно отключать автоплатёж за телефон или он перестанет работать сам. Справку о закрытии пришлите на почту.' }, 'silent'],
    [{ channel: 'имейл', subject: 'Закриване на сметка', text: 'Добър ден, моля да закриете спестовната ми сметка и личната разплащателна сметка към 30.06.2026. Остатъкът да бъде преведен по IBAN BG11 XXXX 0000 9988 7766 55 в друга банка. Картата ще я върна в офиса на ул. „Шипка“ следващата седмица. Моля да ми кажете дали трябва отделно да спра автоматичното плащане към Софийска вода, и да ми пратите служебната бележка по имейл.' }, 'silent'],
  ])('a closure request that spells its logistics out in up to 90 words: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Number porting log', text: 'event=port_out; msisdn=+44 77xx xxx 219; date=2026-05-02' }, 'silent'],
    [{ channel: 'Журнал переноса номера', text: 'event=port_out; номер=+7 916 xxx xx 31' }, 'silent'],
  ])('an event whose pairs stand between ";" and whose value is a masked number: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Okdesk заявка', text: 'Написал в чат нашего дома, что лифт опять стоит неделю.' }, 'irate'],
    [{ channel: 'имейл', text: 'Дадох 2 звезди в Google на ресторанта ви заради студената храна.' }, 'irate'],
    [{ channel: 'почта', text: 'Поставила две звезды в Google вашему салону: мастер опоздал на час.' }, 'irate'],
    [{ channel: 'email', text: 'Gave your garage two stars on Google because the car came back dirtier than it went in.' }, 'irate'],
  ])('the house chat, stars given on Google: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'имейл', text: 'Приятел адвокат ме съветваше да подам сигнал в КЗП, но предпочитам да го решим с вас: сменете ми дефектния бойлер.' }, 'voicer'],
    [{ channel: 'email', text: 'My daughter studies journalism and jokes that she will write an exposé on you. Jokes aside, the invoice charges me twice.' }, 'voicer'],
    [{ channel: 'почта', text: 'Сын учится на журналиста и шутит, что снимет про вас репортаж. А если серьёзно: курьер опоздал на три часа.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Дъщеря ми учи журналистика и се шегува, че ще ви направи репортаж. Сериозно обаче — фактурата е грешна.' }, 'voicer'],
  ])('a friend named by her trade, someone studying a trade, a joke: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: "I'm not joking: I have reported you to Ofcom." }, 'activist'],
    [{ channel: 'почта', text: 'Я не шучу: подала жалобу в Роспотребнадзор.' }, 'activist'],
    [{ channel: 'email', text: "I told your agent 'my lawyer will hear about this' and she laughed." }, 'activist'],
    [{ channel: 'email', text: "My brother's solicitor has written to you about the deposit." }, 'activist'],
    [{ channel: 'survey', subject: 'Анкета: 1 звезда' }, 'silent'],
    [{ channel: 'email', text: 'On 12 May Trading Standards opened a case on my complaint about your boiler.' }, 'activist'],
    [{ channel: 'email', text: 'I have taken you to the small claims court over the deposit.' }, 'activist'],
    [{ channel: 'email', text: 'Hello,\nI would like to close my current account ending 7710 and the savings account ending 0458, because your branch charged me twice for the same transfer and nobody has answered my letters for a month. Please move what is left to sort code 30-90-12, account 44550011, and post the closure letter to 3 Mill Court, Leeds.\nRowan' }, 'voicer'],
  ])('guards: a party said in earnest, quoted words that are no title, a score, a closure with a grievance: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
