/**
 * The readings of the tuning round after blind set 54 (fixtures/eval/README.md, "Round 55"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 55', () => {
  it.each([
    [{ channel: 'Email', text: 'The boiler in our flat failed again. Your call centre said nothing could be done before Monday. Please send an engineer and refund this week.' }, 'voicer'],
    [{ channel: 'Jira Service Management - Report an incident', subject: 'Shop down 3 hours', text: 'Our shop was returning 502 from 9:00 to 12:00 and your status page said operational. We need a service credit under the SLA.' }, 'voicer'],
    [{ channel: 'Front desk log (PMS)', subject: 'Noise', text: 'Guest in 210 came down at midnight about the bar below. Asked for a room move. Moved to 604.' }, 'voicer'],
    [{ channel: '1С:Документооборот', subject: 'Претензия', text: 'Поставщик выставил нам счёт за 20 коробок вместо 15. Просим скорректировать счёт.' }, 'voicer'],
    [{ channel: 'Viber', text: 'Пиша ви на лично: куриерът не дойде, а никой не каза нищо. Искам обезщетение.' }, 'voicer'],
  ])('a staff member who said nothing more, an outage and its credit, a room move asked for, a company\'s claim, nobody said anything: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My suitcase was taken from the luggage room of your hotel. I reported it to the police for the insurer. Please send me the CCTV times.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Чантата ми е взета от количката на летището. Подадох сигнал в полицията. Моля, запазете записите от камерите.' }, 'voicer'],
  ])('a theft told in the passive, reported to the police: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Holiday let host note', text: 'Host note: guests left a day early, keys in the box, no note. They didn\'t answer my text.' }, 'silent'],
    [{ channel: 'Заметка администратора', text: 'Гость из 214 выехал раньше срока. От анкеты отказался: «не хочу ничего писать».' }, 'silent'],
    [{ channel: 'Бележка на рецепцията', text: 'Гостите от стая 12 си тръгнаха ден по-рано. Отказаха анкетата – „няма какво да кажем“.' }, 'silent'],
    [{ channel: 'Регистратор – трансфер', subject: 'Домейн прехвърлен', text: 'Домейнът е прехвърлен към друг регистратор. Клиентът не е писал в поддръжката.' }, 'silent'],
  ])('a stay cut short with the survey declined or a message unanswered; a domain moved with no word to support: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Letter', subject: 'Constituent correspondence', text: 'I write on behalf of my constituent Mrs Hale regarding the cancellation of her holiday.' }, 'activist'],
    [{ channel: 'X mention', text: '@WhichUK have a look at this: 5 weeks and no refund from @SunnyTours' }, 'activist'],
  ])('an MP for a constituent, Which? by its handle: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Кол център – дневник', text: 'Клиентката се обади да спре абонамента. „Всичко е наред, просто спирам.“ Отказа отстъпка.' }, 'silent'],
    [{ channel: 'Почта', text: 'Посылка пропала, пишу заявление в полицию. Верните деньги.' }, 'activist'],
    [{ channel: 'Email', text: 'Customer said nothing and left.' }, 'silent'],
  ])('guards (read so before the round too): a quotation before a verb with none, a parcel gone missing, saying nothing: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
