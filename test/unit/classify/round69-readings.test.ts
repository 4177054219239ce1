/**
 * The readings of the tuning round after blind sets 86, 87 and 88 (fixtures/eval/README.md, "Round 69"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 69', () => {
  it.each([
    [{ channel: 'Email', text: 'Attached is the police report for my stolen laptop. Please block the account on it so nobody can log in.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Заявление в полицию я написал, это про того, кто украл телефон. От вас нужна только блокировка сим-карты.' }, 'voicer'],
    // Since round 87 a bare request to block after a theft reported is a closing (the police told of someone else's theft no
    // longer keep it from being one): the record keeps B86-BG-051's complaint of the operator, which this case stands for.
    [{ channel: 'имейл', text: 'Подадох сигнал в полицията (това е за човека, който открадна картата). Операторът в чата каза „нищо не можем“. Моля, блокирайте я.' }, 'voicer'],
    [{ channel: 'Email', text: 'The police have a report for the whole thing, but it is about whoever stole my bike. I just need the warranty moved.' }, 'voicer'],
  ])('the police told of a thief the writer names as the matter: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'имейл', text: 'Подадох сигнал в СДВР, че колието ми е откраднато от вашия сервиз.' }, 'activist'],
    [{ channel: 'Почта', text: 'Заявление в полицию подано: часы украдены у вас в мастерской.' }, 'activist'],
    [{ channel: 'Email', text: 'My phone was stolen from your locker room and I reported it to the police.' }, 'activist'],
  ])('a theft from our keeping or our premises, reported: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Letter', text: 'My daughter told me to write to Trading Standards, and I wrote to them last week.' }, 'activist'],
    [{ channel: 'Письмо', text: 'Сын посоветовал пожаловаться в Роспотребнадзор, и я туда написала.' }, 'activist'],
    [{ channel: 'писмо', text: 'Дъщеря ми ме посъветва да пиша в КЗП и аз им писах вчера.' }, 'activist'],
  ])('advice taken, in a clause of its own: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Chat', text: 'my mum wants to get a solicitor involved, I said no. posted a 1 star on Trustpilot instead' }, 'irate'],
    [{ channel: 'Письмо', text: 'Дочь говорит, что надо в суд, а я не хочу, просто почините чайник.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Клиентът каза, че може да ви съди, но не иска, иска само нова фактура.' }, 'voicer'],
  ])('a relative\'s wish, someone saying one must, a possibility told: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Help Scout', text: 'I am putting the whole saga up on r/ukpersonalfinance tonight.' }, 'irate'],
    [{ channel: 'Email', text: 'Posted it to r/Dublin with the photos.' }, 'irate'],
    [{ channel: 'Чат', text: 'Я всей школе рассказала, что у вас обманывают.' }, 'irate'],
    [{ channel: 'IQBuzz', text: 'Не берите у них ничего, деньги не вернули.' }, 'irate'],
    [{ channel: 'Telegram', text: 'Переслала ваш ответ в «Подслушано Автово».' }, 'irate'],
    [{ channel: 'Pazaruvaj.com', text: 'Поръчката дойде счупена, никой не отговаря. 1/5.' }, 'irate'],
    [{ channel: 'Messenger DM', text: 'FYI I have put this on your page too. Three weeks and no refund.' }, 'irate'],
  ])('subreddits by handle, the whole school told, listening tools, «Подслушано», shop reviews, our page: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'мама уже пишет в роспотреб, верните деньги' }, 'activist'],
    [{ channel: 'Email', text: 'I have referred this to the Office of Rail and Road.' }, 'activist'],
    [{ channel: 'Email', text: 'My complaint is now with the national enforcement body for bus passengers.' }, 'activist'],
  ])('the clipped name of Rospotrebnadzor, rail\'s regulator, passenger rights bodies: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Genesys call log', text: 'Cx called about the cancelled session, money not refunded yet. Annoyed.' }, 'voicer'],
    [{ channel: 'Store incident log', text: 'Customer came back with the puzzle, 40 pieces missing. Wants exchange or refund.' }, 'voicer'],
    [{ channel: 'Журнал приёмщицы', text: 'Клиентка вернула куртку, пятно осталось. Просила звонок от заведующей.' }, 'voicer'],
    [{ channel: 'Бележка от гишето', text: 'Клиентката върна ризата — петното стои. Иска управителят да ѝ се обади.' }, 'voicer'],
  ])('a complaint relayed in a log: a remedy asked for, the customer as "Cx": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Repair job tickets', text: 'Watch ready since 02/02. SMS x2 + letter sent. No reply, still not collected.' }, 'silent'],
    [{ channel: 'Бележник на ателието', text: 'Г-жа Петрова не дойде за пробата. Звънях три пъти — не вдига.' }, 'silent'],
    [{ channel: 'Tailor notes', text: 'Mrs Hale did not turn up for her fitting. Called twice, no answer.' }, 'silent'],
  ])('the customer absent, named with a title; our attempts counted, unanswered: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Our technician, Mr Grant, did not turn up on Monday. Nobody called.' }, 'voicer'],
    [{ channel: 'Чат', text: 'Сделала всё, что надо: заявление в суд подано.' }, 'activist'],
  ])('guards (read so before the round too): our own man absent, a step taken: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
