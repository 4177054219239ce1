/**
 * The readings of the tuning round after blind set 47 (fixtures/eval/README.md, "Round 48"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 48', () => {
  it.each([
    [{ channel: 'Zendesk call note', subject: 'Renewal call', text: 'Asked the customer if he wanted to log a complaint about the delay. He said no, he just will not renew. Call ended.', status: 'Solved' }, 'silent'],
    [{ channel: 'Bitrix24 (звонок)', subject: 'Продление', text: 'Менеджер предложил оформить жалобу на задержку выплаты. Клиентка отказалась: «не надо ничего оформлять». Продлевать полис не будет.', status: 'Закрыт' }, 'silent'],
    [{ channel: 'HubSpot (обаждане)', subject: 'Подновяване', text: 'Предложих на клиента да подадем оплакване за забавата. Отказа: „не, няма нужда“. Няма да подновява.', status: 'Затворен' }, 'silent'],
    [{ channel: 'Help Scout', subject: 'Re: We miss you – 10% off your next order', text: 'Auto-reply: Thank you for your email. I am out of the office until 9 May.', status: 'Closed' }, 'silent'],
  ])('a complaint offered and declined, an out-of-office reply under the company\'s own subject: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Facebook group monitor', text: "Anyone used Fixit Plumbing? My brother's a lawyer and says I'd win, but I can't be bothered. Avoid them." }, 'irate'],
    [{ channel: 'ВКонтакте (мониторинг)', text: 'Знакомый юрист говорит, что можно подать в суд, но мне некогда. Предупреждаю всех: не берите у них.' }, 'irate'],
    [{ channel: 'Social listening', text: 'my insurer wants a police report for a bag stolen on a beach?? cancelling my policy, avoid' }, 'irate'],
    [{ channel: 'Instagram comments export', text: 'DMs ignored for a week, so I am commenting on every post until you answer.' }, 'irate'],
  ])('someone else\'s legal view let go, a police report an insurer asks for, comments after ignored messages: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Прошу вернуть деньги за двойное списание.\nМарина Адвокатова' }, 'voicer'],
    [{ channel: 'Help Scout', text: 'Моля да ми върнете парите за двойното плащане.\nГеорги Съдебен' }, 'voicer'],
    [{ channel: 'Call-centre log', subject: 'No-show 03/03', text: 'Customer rang to complain the plumber didn\'t attend this morning. Wants a new slot.' }, 'voicer'],
  ])('a surname that is a trade on the closing name line, a complaint call about our no-show: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'In-store note', text: "Customer returned the jacket, didn't say anything. Staff think she was unhappy." }, 'silent'],
    [{ channel: 'Email', text: 'My solicitor has sent you a letter before action.\nRegards,\nTom Hale' }, 'activist'],
  ])('guards (read so before the round too): a mood noted without a complaint, a party above a signature: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
