/**
 * The readings of the tuning round after blind sets 104, 105 and 106 (fixtures/eval/README.md, "Round 75"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 75', () => {
  it.each([
    [{ channel: 'WhatsApp', text: "Sestra govorit 'podavai v sud' haha, no mne nuzhen prosto vozvrat. Mozhno?" }, 'voicer'],
    [{ channel: 'Messenger', text: 'Брат ми вика „пиши в КЗП“, ама аз искам само да ми смените зарядното.' }, 'voicer'],
    [{ channel: 'Заметка оператора', text: 'Дочь предлагала написать в Роспотребнадзор, но абонент не хочет скандала. Просит заменить счётчик.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Работя в КЗП, но ви пиша като купувач: липсва капакът на блендера. Пратете го, моля.' }, 'voicer'],
  ])('advice relayed in Latin letters or after «вика», a suggestion let go, a buyer writing privately: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Live chat', text: "my cousin is a lawyer and she'd take this on for free, so im passing her this chat" }, 'activist'],
    [{ channel: 'Email', text: 'My daughter is a solicitor and she is drafting a letter to you about these charges.' }, 'activist'],
    [{ channel: 'Cancellation form', text: 'Reason: leaving because the ICO is now looking at how you handled my data.' }, 'activist'],
    [{ channel: 'Чат', text: 'napisala zhalobu v roszdravnadzor na vashego vracha, on mne nichego ne obyasnil' }, 'activist'],
    [{ channel: 'СЭД — входящие', subject: 'Обращение избирателя Петровой И.И.', text: 'Прошу рассмотреть обращение избирателя о протечке кровли и сообщить о принятых мерах.' }, 'activist'],
    [{ channel: 'Опрос после звонка', text: 'Написал на платформу обратной связи Госуслуг, пусть разбираются с вашими тарифами.' }, 'activist'],
  ])('a relative lawyer who takes it on, a regulator looking, bodies in Latin letters, a voter\'s appeal, the state platform: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Телефон — карточка звонка', text: 'Клиентка кричала: «ВСТРЕТИМСЯ В СУДЕ». Трубку бросила.' }, 'activist'],
    [{ channel: 'телефон', text: 'Клиентът изкрещя: „ЩЕ ВИ ДАМ НА СЪД“ и затвори.' }, 'activist'],
    [{ channel: 'Phone', text: 'Caller shouted "SEE YOU IN COURT" and hung up.' }, 'activist'],
    [{ channel: 'Чат', text: 'я уже всему отделу сказал у вас не брать. верните деньги' }, 'irate'],
    [{ channel: 'чат', text: 'kazah na vsichki kolegi da ne kupuvat ot vas. varnete parite' }, 'irate'],
  ])('threats shouted in quotes, colleagues told: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Click & Collect', text: 'Parcel not collected within 7 days, two SMS reminders sent, returned to depot.' }, 'silent'],
    [{ channel: 'Prescription transfer', text: 'Nominated branch changed away from Store 12. No reason recorded.' }, 'silent'],
    [{ channel: 'Zendesk via: voice (outbound)', text: 'Outbound call re 500 Threads points expiring. No answer, voicemail left.' }, 'silent'],
    [{ channel: 'Звонок на ресепшн', text: 'Пациент позвонил отменить приём у кардиолога. Сказал, что почитал отзывы про врача, переносить не захотел.' }, 'silent'],
    [{ channel: 'Заметка администратора', text: 'Клиентка забрала документы, сказала, что так удобнее. Претензий не высказала.' }, 'silent'],
    [{ channel: 'Кабинет продавца — заказы', text: 'Заказ отменён покупателем. Причина: без причины.' }, 'silent'],
    [{ channel: 'Формуляр за прекратяване', text: 'Prichina: ne iskam da kazha.' }, 'silent'],
    [{ channel: 'Бележка на регистратор', text: 'Пациентката подаде заявление за смяна на личния лекар. Не обясни защо.' }, 'silent'],
    [{ channel: 'Колл-центр — заметка', subject: 'Закрытие ЛС', text: 'Звонил сын абонента, попросил закрыть лицевой счёт. Сосед советовал жаловаться в прокуратуру, но они просто уходят. Причину ухода не назвал.' }, 'silent'],
    [{ channel: 'Реестр рассрочек', text: 'Пропущены платежи за март и апрель. Уведомление направлено письмом, ответа нет.' }, 'silent'],
    [{ channel: 'Кол център — бележка', text: 'Три обаждания за задължение. Не вдига. Синът каза, че ще платят някой ден. Без оплакване.' }, 'silent'],
    [{ channel: 'Switch-away form', text: 'Please close all accounts. Reason: prefer not to say. Send the final bill to my solicitor as we are mid-sale on the flat.' }, 'silent'],
  ])('uncollected parcels, no reason recorded, points named Threads, nothing explained, a personal account closed, missed instalments, a sale\'s solicitor: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Телефон', text: 'Пакет забрали с коврика у двери, соседка видела. Заявление в полицию подано, просит отправить заново.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Подадох сигнал в полицията за откраднат кабел от таблото. Моля, пратете техник, 2 дни сме без ток.' }, 'voicer'],
    [{ channel: 'Формуляр за прекратяване (уеб)', text: 'Причина: сметките са все прогнозни и никой не отговаря на имейлите.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Обади се: пратката е взета пред вратата. Иска нова пратка или връщане на сумата.' }, 'voicer'],
  ])('thefts from the doorstep or the street reported, nobody answering our inbox, a new parcel asked: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Ваш курьер украл телефон из посылки, я написала заявление в полицию о краже.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох жалба в полицията за кражба от пратката и посочих куриера ви.' }, 'activist'],
    [{ channel: 'Уеб форма', text: 'Чаках час след часа си и никой не обясни защо.' }, 'voicer'],
    [{ channel: 'Email', text: 'My brother is a lawyer, but I just want a refund for the broken kettle.' }, 'voicer'],
  ])('guards (read so before the round too): our courier\'s theft, a theft from the parcel naming ours, nothing explained by us, a lawyer only named: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
