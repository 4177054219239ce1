/**
 * The readings of the tuning round after blind set 50 (fixtures/eval/README.md, "Round 51"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 51', () => {
  it.each([
    [{ channel: 'Cancellation form', text: "Why are you cancelling?: I'd rather not say" }, 'silent'],
    [{ channel: 'Форма отказа от услуги', text: 'Причина отказа: предпочитаю не указывать' }, 'silent'],
    [{ channel: 'Формуляр за прекратяване', text: 'Причина за прекратяване: не искам да посочвам' }, 'silent'],
    [{ channel: 'Опрос при расторжении', subject: 'Почему вы уходите?', text: 'затрудняюсь ответить' }, 'silent'],
  ])('a reason withheld in a form\'s own box: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'In-app survey', subject: 'How was your visit? 1/5' }, 'silent'],
    [{ channel: 'Exit survey (Qualtrics)', subject: 'Why did you cancel?', text: 'rather not say' }, 'silent'],
  ])('a question answered with a fraction in a survey\'s subject; a survey only leavers get: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Регистър на домоуправителя', subject: 'Напускане', text: 'Наемателката освобождава апартамента от 1 юли.' }, 'silent'],
    [{ channel: 'Журнал УК', subject: 'Выезд', text: 'Жилец освобождает квартиру 30 июня, ключи оставит консьержу.' }, 'silent'],
  ])('a tenant leaving, in a house manager\'s register: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'The police came about the theft from the car park, fine, but your barrier has been broken for a month. Please fix it.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Полиция приезжала по краже велосипедов, это понятно. Но вы так и не поставили замок на колясочную.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Самият съм юрист, но ви пиша като клиент: таксата за поддръжка е двойна. Моля, коригирайте.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Прошу отключить ТВ пакет «Кино», каналы зависают каждый вечер.' }, 'voicer'],
  ])('the police at someone else\'s crime, a trade stressed, a TV package: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Post', text: "Letter from the constituency office of Jane Roe MP regarding our tenant's damp flat at 4 Mill Row." }, 'activist'],
    [{ channel: 'Email', text: "I've spoken to my local councillor about the bins not being collected for three weeks." }, 'activist'],
    [{ channel: 'Почта', text: 'Я написал депутату районного совета про протекающую крышу. Ждём ремонта уже полгода.' }, 'activist'],
    [{ channel: 'телефон', text: 'Потърсих общинския съветник от квартала заради асансьора, който не работи от март.' }, 'activist'],
  ])('an MP\'s office, a councillor, a deputy: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'ВКонтакте (мониторинг)', text: 'В Роспотребнадзор жаловаться бесполезно, поэтому пишу в группе: магазин продал просрочку.' }, 'irate'],
    [{ channel: 'Facebook', text: 'В КЗП е безсмислено, затова пиша тук: фирмата не връща парите вече месец.' }, 'irate'],
    [{ channel: 'Facebook comment (social inbox)', text: 'Third outage this week, brilliant 👏' }, 'irate'],
  ])('a body called pointless before a public post; a comment collected by a social inbox: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'The police came because your engineer left the gas on overnight!' }, 'activist'],
    [{ channel: 'Почта', text: 'Обратился в полицию, результата нет. Верните деньги за разбитый телевизор.' }, 'activist'],
    [{ channel: 'имейл', text: 'Искам да сменя ТВ пакета: каналите замръзват всяка вечер. Моля, пратете техник.' }, 'voicer'],
  ])('guards (read so before the round too): the police called about our fault, a step with no result yet, a TV package asked for: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
