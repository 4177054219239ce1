/**
 * The readings of the tuning round after blind sets 68, 69 and 70 (fixtures/eval/README.md, "Round 63"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 63', () => {
  it.each([
    [{ channel: 'Email', text: "I'm a barrister by trade, but I don't want this to become formal. The fence panels are rotting; please replace them." }, 'voicer'],
    [{ channel: 'Email', text: "I'm a tax lawyer myself, but anyone can see this invoice is wrong. Please correct it." }, 'voicer'],
    [{ channel: 'Портал', text: 'Работя като инспектор в РЗИ, но ви пиша като клиентка. Моля, оправете фактурата.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Дъщеря ми ме подканя да подам жалба в КЗП, но не искам. Просто сменете крана.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Докато чаках, ми взеха чантата от стола. Подадох сигнал в полицията, но защо нямате камери?' }, 'voicer'],
  ])('the customer\'s own trade in passing, someone else urging, a theft told as "they took": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'web', text: 'The cream gave me a rash; the FDA has my MedWatch report now.' }, 'activist'],
    [{ channel: 'Email', text: 'I have asked building control to inspect the extension you built.' }, 'activist'],
    [{ channel: 'Email', text: "CBP's Broker Management Branch now has our complaint about your entries." }, 'activist'],
    [{ channel: 'Email', text: 'The wiring is now with NICEIC, who will inspect next week.' }, 'activist'],
    [{ channel: 'Почта', text: 'Мы направили жалобу в таможню на действия вашего декларанта.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадохме жалба до Агенция Митници срещу вашия агент.' }, 'activist'],
    [{ channel: 'анкета', text: 'Подадохме жалба в Инспекцията по труда за вашите шофьори.' }, 'activist'],
  ])('bodies the rules did not know: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "I've written a full review on Google so other people know what you did." }, 'irate'],
    [{ channel: 'Email', text: 'Я всем своим коллегам рассказал, как вы работаете.' }, 'irate'],
    [{ channel: 'Telegram', text: 'Uzhe vylozhil v Dzen post pro vas, pochitayte.' }, 'irate'],
    [{ channel: 'имейл', text: 'Пуснах снимки на „работата“ ви в групата „Варна – сигнали“.' }, 'irate'],
    [{ channel: 'Email', text: 'I will raise this at the next meeting of our buying group.' }, 'irate'],
  ])('a review so others know, colleagues told, a post in Latin letters, photos in a group, a buying group: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Retention call log', text: 'Outbound call re lapsed membership. Client picked up, said "nah I\'m fine, don\'t need anything" and hung up.' }, 'silent'],
    [{ channel: 'Обаждания за задържане', text: 'Изходящо обаждане — клиентката каза „всичко е наред, просто засега нямам нужда“ и затвори.' }, 'silent'],
    [{ channel: 'Help widget', subject: 'Was this page helpful? 👎' }, 'silent'],
    [{ channel: 'Zendesk Satisfaction Rating', subject: 'CSAT 1' }, 'silent'],
    [{ channel: 'Intercom conversation rating', subject: 'Rated: Terrible' }, 'silent'],
    [{ channel: 'Salon client notes', text: 'Reception: tried Mrs Kaye again about her colour appointment, straight to voicemail, 4th time.' }, 'silent'],
    [{ channel: 'Таможенный представитель — доверенности', text: 'Клиент отозвал доверенность на декларирование, письма с объяснением не было.' }, 'silent'],
    [{ channel: 'Booking notes', text: 'Client texted to cancel her bookings. Said her solicitor is sorting the sale and she is moving, didn\'t mention anything about us.' }, 'silent'],
    [{ channel: 'CRM — карточка клиента', text: 'Клиентка попросила закрыть карту. Теперь служит в полиции, не успевает. Про салон ничего плохого не говорила.' }, 'silent'],
    [{ channel: 'ACE event feed', text: 'Importer of record: customs power of attorney to our brokerage revoked effective 1 June. No message from client.' }, 'silent'],
    [{ channel: 'Google Forms анкета', subject: 'Колко сте доволни? 1', text: 'Коментар: нямам' }, 'silent'],
  ])('a retention call answered "nothing wrong", a help widget\'s thumbs-down, a desk\'s own rating, a mandate revoked: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Phone', text: 'Customer wants to cancel: third outage this month and no callback from the engineers despite two promises.' }, 'voicer'],
    [{ channel: 'Онлайн-чат', text: 'где машина??? водитель трубку не берёт' }, 'voicer'],
    [{ channel: 'Email', text: 'My solicitor is sorting this out.' }, 'activist'],
    [{ channel: 'Email', text: 'I am a lawyer and I will see you in court.' }, 'activist'],
    [{ channel: 'имейл', text: 'Разказах на всички колеги какво стана.' }, 'irate'],
    [{ channel: 'Куриер — пратки', text: 'Пратката не е потърсена в срок и е върната на подателя.' }, 'silent'],
    [{ channel: 'Courier events', text: 'Parcel not collected from the depot within 7 days, returned to sender.' }, 'silent'],
  ])('guards (read so before the round too): our own missed call-back, our driver not answering, a lawyer on this matter, a trade and a threat, colleagues told, parcels returned: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
