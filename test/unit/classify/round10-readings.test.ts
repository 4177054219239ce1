/**
 * The readings of the tuning round for blind set 9 (fixtures/eval/README.md, "Round 10"), each over its
 * class in en/ru/bg with records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('a service or a company\'s own process named like a public place or a medium is neither', () => {
  it.each([
    ['почта', 'Кабельное телевидение', 'Кабельное телевидение не работает пятый день, пришлите мастера.', 'voicer'],
    ['имейл', 'Кабелна телевизия', 'Кабелната телевизия не работи от седмица, изпратете техник.', 'voicer'],
    ['account_review', 'Annual account review', 'Account manager note: client placed no orders since March. No complaint received, two check-in calls unanswered.', 'silent'],
    ['returns_portal', '', 'Trustpilot review invitation sent 2026-05-02 - no review left.\nReturn opened, reason: not given.', 'silent'],
  ])('%s: %s → %s', (channel, subject, text, type) => {
    expect(typeOf({ channel, subject, text })).toBe(type);
  });

  it('guard: a review the customer wrote on Trustpilot is still going public', () => {
    expect(typeOf({ channel: 'email', text: 'I have left a one-star review on Trustpilot about the return.' })).toBe('irate');
  });
});

describe('a negation or someone else\'s advice reaching the third party', () => {
  it.each([
    ['почта', 'В суд и никуда я не пойду, просто пересчитайте счёт.'],
    ['имейл', 'В съда и никъде другаде няма да ходя, просто върнете парите.'],
    ['Телефон', 'Клиентката каза, че приятелка ѝ казала „пиши в КЗП“, но тя иска само замяна.'],
    ['Reddit', 'Приятел каза да ги дам на КЗП, ама нямам нерви за това.'],
  ])('%s: %s is no activist', (channel, text) => {
    expect(typeOf({ channel, text })).not.toBe('activist');
  });
});

describe('third parties and public places by kind', () => {
  it.each([
    ['email', 'I have taken this to the European Consumer Centre, case ECC-1187.', 'activist'],
    ['web_form', 'I have reported the pharmacy to the General Pharmaceutical Council.', 'activist'],
    ['Email', 'Я связалась с редакцией местного канала, к нам едет съёмочная группа.', 'activist'],
    ['на място', 'Клиентът каза, че отива в районното полицейско управление.', 'activist'],
    ['booking_com', 'Score 3.0. Noisy room, broken air conditioning.', 'irate'],
    ['Почта', 'Отзыв о продавце: товар пришёл б/у, будьте осторожны.', 'irate'],
    ['телефон', 'Изходящо обаждане: клиентът каза, че е казал на всички колеги в офиса и двама вече са напуснали.', 'irate'],
    ['MNP', 'Запрос от оператора-реципиента получен 14.06, номер обслуживается другим оператором с 21.06.', 'silent'],
  ])('%s: %s → %s', (channel, text, type) => {
    expect(typeOf({ channel, text })).toBe(type);
  });
});
