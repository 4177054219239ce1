/**
 * The readings of the tuning round after blind sets 140, 141 and 142 (fixtures/eval/README.md, "Round 87"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 87', () => {
  it.each([
    [{ channel: 'Twilio SMS NPS', subject: 'Reply 0-10: how likely are you to recommend us?', text: '1' }, 'silent'],
    [{ channel: 'HubSpot – account health', text: 'Harper & Lowe Solicitors (ACC-2231) – franking contract. No orders since January. Three emails unanswered.' }, 'silent'],
    [{ channel: '1С:CRM — неактивные клиенты', text: 'Юрлицо: Коллегия адвокатов «Смирнов и партнёры». Заказов нет 4 месяца, письма без ответа.' }, 'silent'],
    [{ channel: 'CRM — неактивни клиенти', text: 'Клиент: Адвокатско дружество „Петров и Колев“. Без поръчки от декември. Имейлите са без отговор.' }, 'silent'],
    [{ channel: 'Refund request form', text: 'Request: cancel & block\nReason: -\nAttachment: police_report_stolen_bag.pdf' }, 'silent'],
    [{ channel: 'Личный кабинет — заявка', text: 'Прошу заблокировать карту № 12. Сумку украли в метро, заявление в полицию подала. Новую карту не нужно.' }, 'silent'],
    [{ channel: 'уеб форма', text: 'Моля, анулирайте картата ми. Чантата ми беше открадната в трамвая, подадох сигнал в полицията. Нова карта не ми трябва.' }, 'silent'],
    [{ channel: 'VK Рассылки — отписка', text: 'Пользователь отписался от рассылки. Комментарий не оставлен.' }, 'silent'],
    [{ channel: 'Mailchimp – отписване', text: 'Причина: друго (без текст).' }, 'silent'],
    [{ channel: 'Unisender — отписки', text: 'Причина: «Другое» (поле пустое).' }, 'silent'],
    [{ channel: 'Viber', text: 'Zdraveite, otkazvam chasa v petak. Ne iskam da pisha prichina.' }, 'silent'],
    [{ channel: 'Viber', text: 'Здравейте, отказвам часа в петък. Не искам да пиша причина.' }, 'silent'],
    [{ channel: 'формуляр за връщане', text: 'prichina za vrashtane: nqma.' }, 'silent'],
    [{ channel: 'Naumen — исходящие звонки', text: 'Звонок после отмены заказа: клиент сказал «некогда» и положил трубку. Отзыв оставлять не стал.' }, 'silent'],
    [{ channel: 'Журнал смены ресепшена', text: 'Номер 12 выехал на день раньше, анкету заполнять не стали.' }, 'silent'],
  ])('a survey question as the subject, law firms as accounts, a file name, a card blocked after a theft, mailing feeds, reasons withheld, call and shift logs: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Кто-то забрал мою посылку из постамата. Я написал заявление в полицию. Прошу дать видео с камеры.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Някой е взел пратката ми от автомата. Подадох сигнал в полицията. Моля, дайте записа от камерата.' }, 'voicer'],
    [{ channel: 'web form', text: "Your branch claimed a voucher in my name. I have reported this to NHS England's primary care team." }, 'activist'],
  ])('a parcel taken by someone unknown, NHS England\'s primary care team: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I have instructed Harper & Lowe Solicitors to act for me.' }, 'activist'],
    [{ channel: 'Звонок', text: 'Клиент сообщил, что телефон украли, заявление в полицию подал. Просит заблокировать аккаунт и вернуть деньги.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Клиентката съобщи, че портфейлът ѝ е откраднат, подала е сигнал в полицията. Иска акаунтът да се закрие и сумата да се възстанови.' }, 'voicer'],
    [{ channel: 'Phone', text: 'Customer says her card was stolen and used on our site. She has reported it to the police and asks us to refund and close the account.' }, 'voicer'],
  ])('guards (read so before the round too): a firm instructed in a letter, money asked back beside a block after a theft: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
