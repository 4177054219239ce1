/**
 * The readings of the tuning round after blind set 51 (fixtures/eval/README.md, "Round 52"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 52', () => {
  it.each([
    [{ channel: 'Reception log', subject: 'Membership', text: 'Mr Dale handed in his key fob and said he is joining another gym. He would not say why and left.' }, 'silent'],
    [{ channel: 'Журнал администратора', subject: 'Уход клиента', text: 'Клиентка забрала медкарту, сказала, что переходит в другую клинику. Причину называть не стала.' }, 'silent'],
    [{ channel: 'Дневник на рецепцията', subject: 'Напускане', text: 'Г-жа Колева взе картона си и каза, че я записват при друг лекар. Не пожела да каже защо.' }, 'silent'],
    [{ channel: 'Заявка на возврат (сайт)', subject: 'Возврат', text: 'Прошу вернуть деньги за курс «Excel для бухгалтера». Причину указывать не хочу.' }, 'silent'],
  ])('a note that the customer would not say why; a reason withheld in the request itself: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'PayPal - Refund request', text: "Refund requested for 'Guitar basics'. Reason: none provided." }, 'silent'],
    [{ channel: 'Звонок удержания — заметка', subject: 'Отказ от абонемента', text: 'Позвонила по поводу продления абонемента. Клиентка: «Всё нормально, просто больше не надо».' }, 'silent'],
  ])('a reason field saying none was provided; a retention call\'s channel in Russian: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'IVR survey after call', subject: 'Rate the agent: 1', text: '-' }, 'silent'],
    [{ channel: 'IVR опрос', subject: 'Оцените вежливость оператора: 2', text: '-' }, 'silent'],
    [{ channel: 'IVR анкета', subject: 'Бихте ли ни препоръчали: 1', text: '-' }, 'silent'],
    [{ channel: 'SurveyMonkey', subject: 'Would you recommend the clinic: 3', text: 'n/a' }, 'silent'],
  ])('an IVR survey\'s rating question as its title, answered after a colon: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "Someone stole my bike from your car park. I reported the theft to the police, that's fine, but your barrier has been broken for weeks. Please fix it." }, 'voicer'],
    [{ channel: 'Почта', text: 'У дочери украли телефон в раздевалке, заявление в полицию подали, это отдельная история. Но почему администратор отказался показать запись с камер?' }, 'voicer'],
    [{ channel: 'имейл', text: 'Откраднаха ми портфейла в чакалнята. Подадох сигнал в полицията, това е отделно. Но защо охраната не ми показа записа?' }, 'voicer'],
  ])('the police told of for someone else\'s crime, set aside as a matter apart: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'ВетМенеджер', text: 'Я подала жалобу в ветинспекцию на действия врача, который не провёл осмотр перед прививкой.' }, 'activist'],
    [{ channel: 'CRM — полици', subject: 'Неподновена полица', text: 'Полицата изтече на 01.04, клиентът не я поднови и не отговори на имейла. Всички полици на клиента са прекратени.' }, 'silent'],
    [{ channel: 'телефон', text: 'Клиентката е недоволна от забавянето. Каза, че вече е писала в групата на майките в квартала.' }, 'irate'],
    [{ channel: 'Phone', text: 'Caller unhappy with the late delivery; says she has already written about it in the mums group.' }, 'irate'],
    [{ channel: 'Телефон', text: 'Клиентка недовольна задержкой, сказала, что уже написала в группе мам нашего района.' }, 'irate'],
  ])('a veterinary inspectorate, insurance policies that are no police, a mothers\' group: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Your driver stole my parcel. I have reported him to the police.' }, 'activist'],
    // Round 54 reads a theft by nobody named («са откраднали лаптоп») as no step; a theft named by its noun stays one.
    [{ channel: 'Бележка от разговор', text: 'Клиентката е подала сигнал в полицията за кражбата на лаптоп от охранявания ви паркинг. Иска обезщетение.' }, 'activist'],
  ])('guards (read so before the round too): a theft by one of ours, a theft named by its noun: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
