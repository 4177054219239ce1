/**
 * The readings of the tuning round after blind set 43 (fixtures/eval/README.md, "Round 44"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 44', () => {
  it.each([
    [{ channel: 'Freshdesk (email)', text: 'The broken vase is one thing. A producer called me back this morning and they want to do a piece on your vetting.' }, 'activist'],
    [{ channel: 'Бележка от приемна', text: 'Клиентът каза: „Адвокатът ми ще се свърже с вас до петък.“ Дадох му имейла на управителя.' }, 'activist'],
    [{ channel: 'Кол център – бележка', text: 'Каза, че е подал сигнал в СДВР за кражбата от клетката.' }, 'activist'],
  ])('a producer who called back, a lawyer announced in speech quoted after «каза:», a city police directorate: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Help Scout', text: "The buyer's solicitor keeps chasing us for the survey. Can you send it today?" }, 'voicer'],
    [{ channel: 'Личный кабинет — отключение автопродления', text: 'Причина (поле): Отключите автопродление, поддержка не отвечает уже месяц.' }, 'voicer'],
    [{ channel: 'Бележка от приемна', text: 'Клиентката върна роклята – петното още е там. Поиска повторно чистене.' }, 'voicer'],
    [{ channel: 'Yelp review feed', text: "Collar came back scorched and the clerk said 'that's the press'. Go elsewhere." }, 'irate'],
    [{ channel: 'Facebook (мониторинг)', text: 'КЗП са безполезни, затова пиша тук: не пазарувайте от тях.' }, 'irate'],
    [{ channel: 'Кол център – бележка', text: 'Клиентката прекрати договора. Каза, че цялата кооперация знае какви сте.' }, 'irate'],
  ])('the other side\'s solicitor, support that does not answer in a reason box, a remedy asked in a note, a press, a body dismissed, a building told: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CRM (Pipedrive)', text: 'Occupation: producer, BBC Scotland\nLost reason: Client unresponsive' }, 'silent'],
    [{ channel: 'CRM – корпоративни клиенти', text: 'Длъжност: редактор, бТВ. Не е влизал в профила от март.' }, 'silent'],
    [{ channel: 'Call log', text: "Customer rang to cancel the window cleaning. Asked why, he said 'nothing, just cancel it'." }, 'silent'],
    [{ channel: 'amoCRM — сделка', text: 'Причина отказа: Пропал. После одобрения больше не звонил.' }, 'silent'],
    [{ channel: '1С:Бухгалтерия', subject: 'Подписка не продлена', text: 'Счёт №77 не оплачен. Напоминания 2 шт. Ответов нет.' }, 'silent'],
  ])('a medium beside the trade in an occupation field, "just cancel it", a CRM\'s «Пропал», reminders counted and unanswered: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Occupation: teacher. I went to the BBC with this yesterday.' }, 'activist'],
    [{ channel: 'Email', text: 'My solicitor has written to you about the deposit.' }, 'activist'],
  ])('guards (read so before the round too): a medium after the occupation field\'s sentence, the customer\'s own solicitor: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
