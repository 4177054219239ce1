/**
 * The readings of the tuning round after blind set 53 (fixtures/eval/README.md, "Round 54"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 54', () => {
  it.each([
    [{ channel: 'Email', text: 'Somebody stole my handbag at the station and used my card twice. I reported it to the police the same day. Your team still refuses to refund the 120 pounds.' }, 'voicer'],
    [{ channel: 'Почта', text: 'В автобусе украли кошелёк, заявление в полицию я подала. Почему банк не отменяет операции после блокировки карты?' }, 'voicer'],
    [{ channel: 'имейл', text: 'Откраднаха ми телефона на плажа, подадох сигнал в полицията. Защо операторът ми таксува разговорите след блокирането?' }, 'voicer'],
  ])('a theft by nobody named, reported to the police, and our refusal complained of: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web form', subject: 'Close my account', text: 'Please close my current account and send the balance to my new bank. Reason for closing: prefer not to say.' }, 'silent'],
    [{ channel: 'Почта', subject: 'Закрытие счёта', text: 'Прошу закрыть накопительный счёт, остаток перевести на карту. Причину указывать не буду.' }, 'silent'],
    [{ channel: 'Заявление за прехвърляне', subject: 'Прехвърляне', text: 'Осигуреното лице прехвърля средствата си в друг фонд. Причина: не желае да посочи.' }, 'silent'],
  ])('a closing request beside a reason withheld, and a reason withheld told of the customer: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Электронная очередь (офис)', subject: 'Неявка', text: 'Клиентка записалась на 10:30 на открытие вклада и не пришла.' }, 'silent'],
    [{ channel: 'онлайн записване', subject: 'Неявяване', text: 'Клиентът имаше час в 9:00 за оглед на автомобила и не дойде.' }, 'silent'],
  ])('a booking not kept by the customer: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'Почитала отзывы про вас на Сравни.ру — я не одна такая. Свой тоже оставила, со скриншотами.' }, 'irate'],
    [{ channel: 'уеб форма', text: 'Прочетох отзивите за вас в Google и видях, че не съм единствен. Оставих и моя, със снимки.' }, 'irate'],
    [{ channel: 'Telegram: мониторинг каналов', text: 'Канал о финансах: подписчица жалуется, что банк списал комиссию дважды, в комментариях ещё двадцать таких.' }, 'irate'],
    [{ channel: 'чат', text: 'Чела съм отзиви за вас във форума, преди да подпиша. Сега ми таксувате двойно, въпреки че платих навреме.' }, 'voicer'],
  ])('a review of one\'s own left after reading others\', a channels\' monitoring, reviews read before: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Call log', text: 'Customer says she has reported the advisor to FINRA over the unsuitable trades.' }, 'activist'],
    [{ channel: 'Call log', text: 'He has filed a tip with the SEC about the hidden fees.' }, 'activist'],
    [{ channel: 'Расшифровка звонка', text: '…я уже записалась на «Мужское / Женское», они ищут истории про такие банки…' }, 'activist'],
    [{ channel: '1С:Обращения граждан', subject: 'Перерасчёт', text: 'Сумма оказалась меньше, чем в договоре. Прошу предоставить расчёт.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Сам съм юрист по професия, но моля да ми обясните защо месечната такса се вдигна без уведомление.' }, 'voicer'],
  ])('securities regulators, a talk show, a company\'s own appeals desk, a trade stressed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Журнал звонков', text: 'Клиент недоволен, что мастер не пришёл в назначенный интервал. Требует старшего.' }, 'voicer'],
    [{ channel: 'Email', text: 'Your courier stole my parcel. I have reported him to the police.' }, 'activist'],
    [{ channel: 'Письмо из Роспотребнадзора', text: 'В Управление поступило обращение гражданина. Просим представить пояснения в течение 7 дней.' }, 'activist'],
  ])('guards (read so before the round too): our technician not coming, a theft by one of ours, an authority\'s letter: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
