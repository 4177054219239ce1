/**
 * The readings of the tuning round after blind set 22 (fixtures/eval/README.md, "Round 23"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 23', () => {
  it.each([
    [{ channel: 'CRM (отток)', text: 'Абонемент не продлён. Опрос «Почему вы от нас уходите?» проигнорирован.' }, 'silent'],
    [{ channel: 'CRM (отлив)', text: 'Абонаментът не е подновен. Имейлът ни „Кажете ни какво не ви хареса“ е отворен, без отговор.' }, 'silent'],
    [{ channel: 'CRM export', text: 'Membership lapsed. Survey “Why are you leaving us?” sent twice, not completed.' }, 'silent'],
  ])('a quoted title (a survey, an e-mail) is nobody’s voice in a note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Help Scout', text: 'Hello,\nMy order arrived with two pages torn. Could you reprint it?\n\nAlice Brown\nSenior Reporter | The Evening Gazette' }, 'voicer'],
    [{ channel: 'Help Scout', text: 'Здравейте,\nСнимките са с грешен размер. Моля, повторете ги.\n\nИва Колева\nредактор, вестник „Утро“' }, 'voicer'],
    [{ channel: 'email', text: 'The heating has been off for a week (Room 12, Oak Court). Please send someone.' }, 'voicer'],
    [{ channel: 'Bitrix24 (запитвания)', text: 'Здравейте, изнесох се от апартамента преди месец. Депозитът още не е върнат, а съм посочила сметка в договора.' }, 'voicer'],
  ])('a medium on the writer’s signature line, an address after a room number, a tenant’s first person: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram (мониторинг чатов района)', text: 'Соседи, не пользуйтесь этой химчисткой: испортили пальто и не вернули деньги.' }, 'irate'],
    [{ channel: 'SurveyMonkey (NPS)', text: 'Оценка: 2\nКоментар: Написах всичко в Google, там ще го прочетат.' }, 'irate'],
    [{ channel: 'NPS survey', text: 'Score: 1\nComment: Wrote it all on Google.' }, 'irate'],
    [{ channel: 'Social listening - forum', text: "I've read I could go to the ombudsman but I can't be bothered. Avoid them." }, 'irate'],
    [{ channel: 'email', text: 'I have copied this email to Transport Focus and asked them to look into it.' }, 'activist'],
    [{ channel: 'Social listening - X', text: 'Complaint lodged with the ADR scheme this morning. Avoid this provider.' }, 'activist'],
  ])('a monitored chat, everything written on Google, read and let go, a body copied in or lodged with: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Склад — върнати устройства', text: 'Рутерът е пристигнал по куриер без придружително писмо и без попълнен формуляр.' }, 'silent'],
    [{ channel: 'Rebooking report', text: 'Not rebooked for next year. Exit survey not completed.' }, 'silent'],
  ])('notes of a device returned without a word, a room not rebooked: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CRM note', text: 'Клиент сказал: «Я больше к вам не приду, вы мне испортили куртку».' }, 'voicer'],
    [{ channel: 'email', text: 'We act on behalf of our client regarding the refund.\n\nJohn Doe\nSolicitor | Doe & Co' }, 'activist'],
    [{ channel: 'email', text: 'I sent you an SMS yesterday and nobody replied.' }, 'voicer'],
    [{ channel: 'email', text: 'I will go to the ombudsman if this is not fixed by Friday.' }, 'activist'],
    [{ channel: 'Risk flag', text: 'Usage dropped to zero after the March bill. No ticket, no call. Auto-SMS offer sent.' }, 'silent'],
  ])('guards (read so before the round too): a quote someone said, a lawyer for a client, the customer’s SMS, a party in earnest, a risk flag: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
