/**
 * The readings of the tuning round after blind sets 101, 102 and 103 (fixtures/eval/README.md, "Round 74"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 74', () => {
  it.each([
    [{ channel: 'Fraud line', text: 'Cust reported wallet stolen in Leeds 02/03, police crime ref 11/22 given. Wants the card payments back.' }, 'voicer'],
    [{ channel: 'Account security form', text: 'Someone got into my account and ordered £52.30 of food. I have reported the fraud to the police. Please lock it.' }, 'voicer'],
    [{ channel: 'Форма', text: 'У вашего курьера какой-то парень выхватил пакет. Я вызвала полицию как свидетель. Привезите заказ заново.' }, 'voicer'],
    [{ channel: 'Горячая линия', text: 'Клиенту позвонили «из службы безопасности» и списали деньги. Заявление в полицию подано. Просит вернуть.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Съседът ми преряза кабела ви и подадох жалба в полицията срещу него. Моля, махнете таксата.' }, 'voicer'],
  ])('thefts and frauds by someone unknown or a neighbour, reported: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'имейл', text: 'По професия съм адвокат, но ви пиша просто като клиент: таксата е сгрешена.' }, 'voicer'],
    [{ channel: 'Zendesk – web', text: 'Read on Trustpilot that others have the same wifi drops. Please send a new router.' }, 'voicer'],
    [{ channel: 'Чат', text: 'Надо было сначала почитать отзывы на Отзовике. Верните комиссию.' }, 'voicer'],
    [{ channel: 'Messenger (private)', text: "Messaging privately because I don't want to make a big thing of it on your page. Wrong order again." }, 'voicer'],
  ])('one\'s trade set apart, reviews read, a message kept private: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk – post-chat rating', subject: 'Rated: Bad' }, 'silent'],
    [{ channel: 'Call log', text: "Wanted the card closed. I asked whether she'd like me to log a complaint – she said no, just close it." }, 'silent'],
    [{ channel: 'Naumen — карточка звонка', text: 'Клиент попросил закрыть кредитную карту. Предложила оформить претензию, если что-то не устроило, — отказался: «ничего писать не хочу, просто закройте». Карта закрыта.' }, 'silent'],
    [{ channel: 'Техник – приложение', text: 'Инсталация 10–13 ч. Пристигнах 10:15, никой не отваря. Оставих бележка на вратата.' }, 'silent'],
  ])('a post-chat rating, a complaint offered and declined, nobody at the door: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Your van reversed into my car. My neighbour saw it all. I have reported your driver to the police.' }, 'activist'],
    [{ channel: 'Email', text: 'Your courier stole £20.50 from my wallet and I reported him to the police.' }, 'activist'],
    [{ channel: 'Post', text: 'I read the reviews on your website before ordering. Please fix my bill.' }, 'voicer'],
  ])('guards (read so before the round too): a neighbour as a witness, our courier with a decimal amount, our own site\'s reviews: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
