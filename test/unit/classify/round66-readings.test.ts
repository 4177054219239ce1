/**
 * The readings of the tuning round after blind sets 77, 78 and 79 (fixtures/eval/README.md, "Round 66"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 66', () => {
  it.each([
    [{ channel: 'Личный кабинет: обращение', text: 'Направил жалобу в Российский союз автостраховщиков, ответ прошу дублировать им.' }, 'activist'],
    [{ channel: 'email', text: 'I have reported the spill to the Environment Agency and have a reference.' }, 'activist'],
    [{ channel: 'Viber', text: 'Pak e zapushena kanalizaciqta, podadoh signal v RZI.' }, 'activist'],
    [{ channel: 'имейл', text: 'С пълномощно от г-н Колев ви молим да спрете начисляването до края на проверката.' }, 'activist'],
  ])('bodies and a letter under a power of attorney: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'web', text: 'My mate reckons I should take you to the small claims court. Just refund the strap.' }, 'voicer'],
    [{ channel: 'In-app feedback', text: 'The police had already left by the time your van arrived. Two hours on my own.' }, 'voicer'],
    [{ channel: 'Гише на пункт', text: 'Клиентката дойде на гишето: не ѝ дали стикер, а я спрели от пътна полиция заради това. Иска стикер.' }, 'voicer'],
    [{ channel: 'телефон', text: 'От гроба е открадната месингова ваза, подал е сигнал в полицията. Защо охраната не видя нищо?' }, 'voicer'],
    [{ channel: 'Facebook – коментар на страницата', text: 'В КЗП бях по друг повод, нищо не правят, затова пиша тук: колата ми е надраскана.' }, 'irate'],
  ])('advice reckoned, the police on the scene, a theft told in the passive, a body named for another matter: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Журнал диспетчерской', text: 'Жилец повесил в подъезде объявление для всех соседей с нашими квитанциями.' }, 'irate'],
  ])('a notice for all the neighbours: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Twilio SMS inbound', text: 'STOP' }, 'silent'],
    [{ channel: 'SMS отговор', text: 'СТОП' }, 'silent'],
    [{ channel: 'voice', subject: 'Add-on', text: "Customer rang to stop the pool add-on. Didn't want to go into why, just wants it off the direct debit." }, 'silent'],
    [{ channel: 'Gorgias internal note', subject: 'Ring collected', text: "Mrs Lee collected the resized ring today. Didn't say much, didn't want the free clean and skipped the feedback card." }, 'silent'],
    [{ channel: 'Касса, возврат', text: 'Возврат за 4 неиспользованных занятия. Причину клиент назвать отказался.' }, 'silent'],
    [{ channel: 'Бележка на агент – задържане', text: 'Звънях да предложа отстъпка, клиентът каза „мерси, не“ и затвори.' }, 'silent'],
    [{ channel: 'Форма за отказ от абонамент', text: 'Причина: (непопълнено)\nПредложена отстъпка: отказана' }, 'silent'],
    [{ channel: 'Комментарий сотрудника', text: 'Клиент забрал заказ, оставить отзыв отказался.' }, 'silent'],
  ])('an opt-out keyword, reasons not given in other words, a form\'s box marked unfilled: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'SMS', text: 'STOP charging me twice!' }, 'voicer'],
    [{ channel: 'Email', text: 'The police arrived and I have given them your driver\'s name.' }, 'activist'],
    [{ channel: 'имейл', text: 'Открадната е пратката ми от вашия куриер — подадох сигнал в полицията срещу него.' }, 'activist'],
  ])('guards (read so before the round too): a STOP with a complaint, the police given our driver\'s name, a theft by one of ours: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
