/**
 * The readings of the tuning round after blind sets 65, 66 and 67 (fixtures/eval/README.md, "Round 62"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 62', () => {
  it.each([
    [{ channel: 'Scanned letter', text: 'When my father died, the solicitor who handled his estate told me to keep every receipt, so here they are. Your assessor says the damage is wear and tear. Please look again.' }, 'voicer'],
    [{ channel: 'Письмо', text: 'Когда оформляли наследство, юрист, который вёл дело, велел хранить все чеки. Ваш оценщик насчитал слишком мало, прошу пересчитать.' }, 'voicer'],
    [{ channel: 'Писмо', text: 'Когато продавахме къщата, адвокатът, който водеше сделката, ми каза да пазя всичко. Оценителят ви написа твърде малко, моля преизчислете.' }, 'voicer'],
    [{ channel: 'CRM: сделка', text: 'Клиентка закрыла договор, сказала, что сделкой занимается юрист. Претензий не высказывала.' }, 'silent'],
  ])('a lawyer in the past, or in a note that says no claim was made: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My brother, who is a barrister, told me I should take this to the ombudsman, but I would rather hear from you first.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Мъжът ми искаше веднага да пишем до КЗП, но аз предпочитам първо да говоря с вас.' }, 'voicer'],
    [{ channel: 'Портал', text: 'Писать на Отзовик и в прокуратуру я не собираюсь, просто верните деньги.' }, 'voicer'],
  ])('someone else\'s advice or wish declined, a public place in a refused list: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Intercom', text: 'Someone took my daughter\'s scooter from your racks. The police have the report, but why is the camera still broken?' }, 'voicer'],
    [{ channel: 'имейл', text: 'Някой разби шкафчето в съблекалнята ви. Полицията състави протокол, но защо няма охрана?' }, 'voicer'],
  ])('a theft by someone nobody names, reported to the police: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Chat', text: "i'm going to the papers with this, a month and still no refund" }, 'activist'],
    [{ channel: 'Форма на сайте', text: 'Я направила обращение в Минюст с просьбой проверить ваш фонд.' }, 'activist'],
  ])('the papers, the Ministry of Justice: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Field service scheduler', subject: 'Fibre install', text: 'Engineer attended the 13:00-17:00 slot, nobody home, two calls unanswered. Order auto-cancelled after a week.' }, 'silent'],
    [{ channel: 'Zendesk via voice', subject: 'Renewal', text: 'Called Mr Hale four times about the renewal. Voicemail each time, no call back.' }, 'silent'],
    [{ channel: 'Журнал монтажников', text: 'Монтажник приехал к 10:00, дверь не открыли. Заявка закрыта через неделю.' }, 'silent'],
    [{ channel: 'Кол център — дневник', text: 'Два опита за връзка — не вдига. Оставено съобщение на гласова поща.' }, 'silent'],
    [{ channel: '1С — заявления', text: 'Proshu otchislit menya. Prichina: po sobstvennomu zhelaniyu.' }, 'silent'],
    [{ channel: 'CRM note', subject: 'Withdrawal', text: 'Dad withdrew Sam from the club today and said he would prefer not to discuss it further.' }, 'silent'],
    [{ channel: 'Google Формы — отзыв о лагере', text: 'Оценка: 1\nЧто улучшить: ' }, 'silent'],
  ])('our visits and calls unanswered, a reason withheld by a system\'s code or in Latin letters, an own form named «отзыв»: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My lawyer is handling this now.' }, 'activist'],
    [{ channel: 'Email', text: 'Someone from your team took my bike and I have reported him to the police.' }, 'activist'],
    [{ channel: 'Звонок', text: 'Клиентка просила перезвонить дважды, никто не перезвонил.' }, 'voicer'],
    [{ channel: 'Email', text: "I'm thinking of posting this on Facebook." }, 'voicer'],
    [{ channel: 'Chat', text: 'honestly thinking of going to the papers about this, three weeks without a refund' }, 'voicer'],
    [{ channel: 'Stripe webhook', text: 'customer.subscription.deleted cancellation_reason: prefer_not_to_say' }, 'silent'],
  ])('guards (read so before the round too): a lawyer on this very matter, one of ours named, our own missed call-back, a post or the papers thought of, a system\'s code for no reason: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
