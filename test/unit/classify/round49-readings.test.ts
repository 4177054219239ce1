/**
 * The readings of the tuning round after blind set 48 (fixtures/eval/README.md, "Round 49"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 49', () => {
  it.each([
    [{ channel: 'Trustpilot feed', text: 'Movers dented the fridge. I was thinking about contacting Trading Standards but life is short. 1 star.' }, 'irate'],
    [{ channel: 'Facebook (social listening)', text: 'Not bothering with their helpline or the ombudsman, pointless. Just warning everyone before they sign.' }, 'irate'],
    [{ channel: 'Telegram-чат болельщиков (мониторинг)', text: 'Всем нашим рассказал, как клуб нас кинул с абонементами. Больше не беру.' }, 'irate'],
    [{ channel: 'Google Maps отзиви', text: 'Чакахме два часа. Персоналът е груб. Една звезда.\nМария Иванова, юрист' }, 'irate'],
    [{ channel: 'In-store note', text: "Customer came back upset, the lenses still blur. She'd thought about leaving a Google review but wanted to give us a chance." }, 'voicer'],
    [{ channel: 'Журнал ресепшена', text: 'Гость пожаловался на шум из бара; отметил, что он журналист, но пишет как гость. Переселён.' }, 'voicer'],
  ])('a body let go, a signed trade, word of mouth in a fans\' chat, a review thought about, a trade told: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Qualtrics NPS', text: 'Score: 1\nComment: Wrong lenses twice. Complaint sent to the General Optical Council today.' }, 'activist'],
    [{ channel: 'Имейл до общината', text: 'Подадох жалба до Обществения посредник на общината заради таксата за паркиране.' }, 'activist'],
    [{ channel: 'Уеб форма', text: 'Няма рампа за количка. Сезирах Комисията за защита от дискриминация.' }, 'activist'],
  ])('the optical council, a municipal ombudsman, the anti-discrimination commission: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Store refund queue', text: 'Auto refund processed. Reason code: CHANGED_MIND. Free-text: empty.', status: 'Refunded' }, 'silent'],
    [{ channel: 'Call-centre post-stay survey', text: 'IVR survey: Q1 rating 1. Caller hung up before the comment prompt.', status: 'Incomplete' }, 'silent'],
    [{ channel: 'Booking.com екстранет', subject: 'Анулиране', text: 'Безплатно анулиране от госта. Съобщение до обекта: —', status: 'Анулирана' }, 'silent'],
    [{ channel: 'Recharge cancellation flow', subject: 'Cancellation', text: 'Reason: Other\nMessage: Please cancel. The dishes are repetitive and the portions smaller now.', status: 'Cancelled' }, 'voicer'],
  ])('a system\'s reason code, a phone survey left before its comment, a platform\'s extranet, a cancellation that says why: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Trustpilot', text: 'I have reported you to Trading Standards. 1 star.' }, 'activist'],
    [{ channel: 'Booking.com reviews', text: 'Dirty room, rude night staff. 2/10.' }, 'irate'],
  ])('guards (read so before the round too): a body brought in on a review site, a platform\'s review feed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
