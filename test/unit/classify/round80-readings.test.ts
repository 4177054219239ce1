/**
 * The readings of the tuning round after blind sets 119, 120 and 121 (fixtures/eval/README.md, "Round 80"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 80', () => {
  it.each([
    [{ channel: 'WhatsApp Business', text: 'Напоминание о прививке (кот Барсик) доставлено 02.11, прочитано, ответа нет. Запись не создана.' }, 'silent'],
    [{ channel: 'Viber бизнес', text: 'Напомняне за профилактика изпратено на 03.04 — прочетено, без отговор. Не е записан час.' }, 'silent'],
    [{ channel: 'Clinic inbox', subject: 'Records request – Biscuit', text: 'Hi, could you please send Biscuit\'s full clinical history to Riverside Vets. Thanks, Anna' }, 'silent'],
    [{ channel: 'Контур.Диадок: входящие документы', subject: 'Уведомление об отказе от пролонгации', text: 'Уведомляем о нежелании пролонгировать договор поставки № 12 на следующий год. Договор прекращает действие 31.03.' }, 'silent'],
    [{ channel: 'Outreach – sequence report', subject: 'Sequence finished: no reply', text: 'Steps completed: 5/5 (3 emails, 1 call, 1 LinkedIn message)\nReplies: 0' }, 'silent'],
    [{ channel: 'Сбербизнес: реестр отзывов согласия на списание', subject: 'Отзыв акцепта — Д-77', text: 'Плательщик отозвал заранее данный акцепт по договору № 77. Причина: не указана.' }, 'silent'],
    [{ channel: 'отчет на търговски представител', text: 'Посещение на място. Не са поръчвали от януари. Управителят каза само „ще ви се обадим“.' }, 'silent'],
    [{ channel: 'Usedesk: Telegram', text: 'Otmenite pozhaluista zakaz 12 (bumaga). Prichinu ne hochu pisat. Spasibo' }, 'silent'],
    [{ channel: 'телефон', subject: 'Спиране на напомнянията', text: 'Клиентката се обади да спрем напомнянията за котката. Няма забележки към клиниката. Напомнянията са спрени.' }, 'silent'],
  ])('reminders read and unanswered, records sent on, non-renewals, revoked debits, sales visits, no remarks: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Jira Service Management – Formal complaint', text: "I've reported your kennels to the council's animal licensing officer. Four dogs to a run." }, 'activist'],
    [{ channel: 'Instagram – Mentions', text: '@ann.writes this is the groomer I told you about for your piece on pet care. DM me for the photos.' }, 'activist'],
    [{ channel: 'Post-visit NPS', subject: 'NPS: 0', text: 'Have referred this to the Veterinary Client Mediation Service.' }, 'activist'],
    [{ channel: 'Telegram', text: 'ВЫ ПОГУБИЛИ МОЮ СОБАКУ!!! ЗАЯВЛЕНИЕ В СЛЕДСТВЕННЫЙ КОМИТЕТ НАПИСАНО' }, 'activist'],
  ])('a licensing officer, a journalist\'s piece, a mediation service, the Investigative Committee: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk (via: email)', text: "I'm a food journalist by trade, but this isn't for publication - I'm writing to you as a guest. The room was cold." }, 'voicer'],
    [{ channel: 'email', text: 'I had read your Google reviews before booking, which is why I am so disappointed. Please call me.' }, 'voicer'],
    [{ channel: 'Freshdesk: Portal', text: 'I checked TripAdvisor after my stay and others mention the same mould. Please respond.' }, 'voicer'],
    [{ channel: 'Okdesk — заявка', text: 'Курьер оставил заказ у двери, в подъезде кто-то ворует, я написала заявление в полицию. Привезите заказ заново.' }, 'voicer'],
    [{ channel: 'Email – service desk', text: 'We had a break-in. Police came (crime ref 12/3344). Two laptops on your plan were taken; please replace them under the plan.' }, 'voicer'],
    [{ channel: 'Форма на сайте', text: 'Я работаю помощником прокурора, но пишу вам как обычный клиент: замените принтер по гарантии.' }, 'voicer'],
    [{ channel: 'Форма «Обратная связь»', text: 'Муж рвался писать в Роспотребнадзор, еле отговорила. В бассейне сильно пахнет хлоркой, проверьте воду.' }, 'voicer'],
    [{ channel: 'Booking.com — съобщения от гост', text: 'Zdraveite, klimatikat v staqta kapeshe. Molq za chastichno vazstanovqvane.' }, 'voicer'],
    [{ channel: 'Freshdesk – Portal', text: 'Техникът не дойде и апаратът спря да подава данни към НАП. Поемете глобата.' }, 'voicer'],
    [{ channel: 'Usedesk — оценка диалога', subject: 'Оценка: 1', text: 'оператор два раза спросил номер и отключился' }, 'voicer'],
  ])('one\'s trade set apart, reviews read, a theft in the stairwell, a break-in, advice talked down, a booking platform\'s messages: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I reported you to the police for fraud.' }, 'activist'],
    [{ channel: 'Facebook', text: 'Posting this so everyone knows how you treat customers.' }, 'irate'],
  ])('guards (read so before the round too): %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
