/**
 * The readings of the tuning round after blind set 23 (fixtures/eval/README.md, "Round 24"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 24', () => {
  it.each([
    [{ channel: 'Social listening - Reddit', text: "I did think about going to the ombudsman but I can't be bothered. Avoid this installer." }, 'irate'],
    [{ channel: 'iRecommend — мониторинг отзывов', text: 'Говорят, надо писать в Роспотребнадзор, но мне некогда. Просто не покупайте здесь.' }, 'irate'],
    [{ channel: 'Google Maps — отзиви', text: 'Колегите ми казаха да пиша до КЗП, но нямам време. Сменям магазина.' }, 'irate'],
  ])('advice heard and let go: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Bitrix24 — CRM', subject: 'КП на СЭС 15 кВт', text: 'Отказываемся.' }, 'silent'],
    [{ channel: 'FORUMHOUSE — мониторинг', text: 'Монтажники СЭС поставили панели криво, крыша течёт. Не советую.' }, 'irate'],
    [{ channel: 'Кол център', text: 'Бележка на оператора: клиентът съобщи за теч от разширителния съд на котела. Записан сервиз.' }, 'voicer'],
    [{ channel: 'Email', subject: 'Order 2231 - The Rainmaker Lawyer', text: 'My copy of The Rainmaker Lawyer arrived with a torn cover. Could you send a replacement?' }, 'voicer'],
    [{ channel: 'почта', text: 'Книгу Адвокат дьявола привезли с порванной обложкой, замените, пожалуйста.' }, 'voicer'],
  ])('a solar station, a vessel, a book’s title: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Intercom chat', text: 'Sam: I have sent everything to the OCCS, they will contact you.' }, 'activist'],
    [{ channel: 'Web form', text: 'I reported the mislabelled medicine to the Veterinary Medicines Directorate, as my vet advised.' }, 'activist'],
    [{ channel: 'Имейл — pr@', text: 'Здравейте, казвам се Ана Маркова и съм журналист във вестник „Труд“. Бихте ли коментирали оплакването на ваша клиентка до петък?' }, 'activist'],
  ])('bodies by name, a journalist asking for comment: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'amoCRM', text: 'Примечание менеджера: клиентка (работает в Роспотребнадзоре) отказалась от продления без объяснения причин.' }, 'silent'],
    [{ channel: 'CRM — бележка', text: 'Клиентът е адвокат от съседната кантора. Отказа подновяване без обяснение.', status: 'Неподновен' }, 'silent'],
    [{ channel: 'SMS шлюз — входящи отговори', text: 'Изпратено: „Напомняме за сервиз. Отговорете ДА за час.“\nОтговор: „Отказ“' }, 'silent'],
    [{ channel: 'SMS gateway replies', text: 'Sent: "Your annual service is due. Reply YES to book."\nReply: STOP' }, 'silent'],
    [{ channel: 'Кол център — дневник', text: 'Бележка на оператора: клиентката се обади да откаже резервацията. Каза: „Не искам да обяснявам, просто откажете“.', status: 'Анулирана' }, 'silent'],
  ])('a client’s job, a one-word decline, a reason refused in the customer’s words: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I have taken them to the High Court.' }, 'activist'],
    [{ channel: 'email', text: 'My lawyer says the book you sold me was counterfeit and we will sue.' }, 'activist'],
    [{ channel: 'почта', text: 'Пожалуюсь в СЭС, в столовой тараканы.' }, 'activist'],
    [{ channel: 'SMS replies', text: 'Reply: STOP sending me these, I was charged twice!' }, 'voicer'],
  ])('guards: a court in earnest, a lawyer, the sanitary service, a reply with a grievance: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
