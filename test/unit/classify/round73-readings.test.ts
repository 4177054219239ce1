/**
 * The readings of the tuning round after blind sets 98, 99 and 100 (fixtures/eval/README.md, "Round 73"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 73', () => {
  it.each([
    [{ channel: 'Zendesk via chat', text: '[10:01] Visitor: hi can i cancel my tea subscription\n[10:01] Sam (Leaf & Co): Of course! May I ask why?\n[10:02] Visitor: rather not say\n*** Visitor has left the chat ***' }, 'silent'],
    [{ channel: 'Чат на сайте', text: '[11:20] Олег: удалите мой аккаунт, пожалуйста\n[11:21] Оператор Нина: Подскажите, что-то пошло не так?\n[11:22] Олег: нет, просто удалите' }, 'silent'],
    [{ channel: 'чат на сайта', text: '[09:15] Посетител: искам да откажа поръчката си\n[09:16] Ива (Магазин): Може ли да попитам защо?\n[09:16] Посетител: не искам да казвам' }, 'silent'],
    [{ channel: 'WhatsApp export', text: '[02/03 10:00] Leyla (Coordinator): Your transfer is booked for the 5th.\n[04/03 09:00] Leyla (Coordinator): Please confirm?\n[06/03 12:00] Leyla (Coordinator): driver waited 2h, no sign of you. Marking as no show.' }, 'silent'],
  ])('chats whose customer declines to say why, a coordinator\'s chat the customer never answers: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'amoCRM — сделки', text: 'Причина отказа: не указана\nКомментарий менеджера: на письма и звонки не отвечают, договор истёк.' }, 'silent'],
    [{ channel: 'Store POS note', text: 'Customer looked at the rug, said "no, never mind, I\'ll leave it" and walked off.' }, 'silent'],
    [{ channel: 'Churn risk alert', text: "Declined to rebook at reception. Said 'I'll leave it for now thanks'." }, 'silent'],
    [{ channel: 'Бэкенд — журнал событий аккаунта', text: '29.03.2026 22:41:30 account_delete_request reason=null comment=null' }, 'silent'],
    [{ channel: 'Google Forms - deposit refund', text: 'Reason for cancelling: Prefer not to say\nHow did you hear about us: Instagram' }, 'silent'],
  ])('a manager\'s box in a CRM row, never mind, leaving it, account events, how the customer heard of us: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Chargebee - Cancellation survey', text: 'Why are you cancelling? Other\nTell us more: the clinic moved my appointments three times.' }, 'voicer'],
    [{ channel: 'Telegram', text: 'Перед записью перечитала все отзывы на ПроДокторов, а мастер опоздал на час.' }, 'voicer'],
    [{ channel: 'Чат', text: 'чета в Pazaruvaj.com, че и на други им се е случвало. Кутията не се отваря.' }, 'voicer'],
    [{ channel: 'Email', text: 'Someone has been using a copy of my fuel card at your sites. I have reported it to the police. Please block it.' }, 'voicer'],
    [{ channel: 'Email', text: 'The parcel was left on the step and a man was seen walking off with it. Reported to the police. Please resend.' }, 'voicer'],
    [{ channel: 'WhatsApp', text: 'Адвокатът, който ми води делото за наследството, иска копие от картона.' }, 'voicer'],
  ])('a cancellation\'s "Tell us more", reviews read, thefts by nobody named, a lawyer busy with an inheritance: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk via voice', text: 'Call note: pt angry. Says she has already left reviews on RealSelf.' }, 'irate'],
    [{ channel: 'Store ops log', text: 'Mrs Hale showed me the post she has put up in the village Facebook group about our lorry.' }, 'irate'],
    [{ channel: 'chat', text: 'my lawyar is getting a copy of all this' }, 'activist'],
    [{ channel: 'Форма на сайте', text: 'Колонка недоливает. Отправил жалобу в Росстандарт.' }, 'activist'],
  ])('RealSelf, a post the customer showed us, misspelt and named parties: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CRM cancellation form', text: 'Cancellation reason (free text): third outage this month and your line hung up on me.' }, 'voicer'],
    [{ channel: 'Email', text: 'Your driver walked off with my parcel and I have reported him to the police.' }, 'activist'],
    [{ channel: 'Chat', text: 'My friend showed me a post about you on Facebook. Is my order late too?' }, 'voicer'],
  ])('guards (read so before the round too): a form\'s label in brackets, our own driver reported, someone else\'s post shown: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
