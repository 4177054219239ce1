/**
 * The readings of the tuning round after blind sets 59, 60 and 61 (fixtures/eval/README.md, "Round 60"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 60', () => {
  it.each([
    [{ channel: 'Dealer CRM - deal notes', subject: 'Deposit withdrawn', text: 'Customer withdrew the deposit on the Golf. Her solicitor is currently sorting out her mother\'s estate and she will wait. No issue with us.' }, 'silent'],
    [{ channel: 'amoCRM: сделка', subject: 'Отмена брони', text: 'Клиент снял бронь на кухню. Его юрист сейчас занимается продажей квартиры, ремонт откладывают. Претензий к нам нет.' }, 'silent'],
    [{ channel: 'CRM: сделка', subject: 'Отказ от поръчка', text: 'Клиентът отказа поръчката за гардероб. Адвокатът му в момента урежда делбата на имота. Към нас няма претенции.' }, 'silent'],
  ])('a lawyer busy with the customer\'s own affairs, no claim against us said outright: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Звонок', text: 'Клиент: ночью на склад залезли, полицию вызвали, ищут. Почему охрана не приехала по тревоге?' }, 'voicer'],
    [{ channel: 'телефон', text: 'Обажда се управителят: в събота е имало кражба в магазина, полицията е направила оглед. Пита защо охраната не е дошла.' }, 'voicer'],
    [{ channel: 'Email', text: 'There was a burglary at the unit last week and the police have it in hand, but why did your alarm not call us?' }, 'voicer'],
  ])('a break-in by nobody named told to the police, the complaint being ours: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'The local paper wants to hear how a gym can take fees for a pool that has been shut since June.' }, 'activist'],
    [{ channel: 'Email', text: 'I have sent the whole thread to the Evening Standard.' }, 'activist'],
    [{ channel: 'Email', text: 'I have taken this to the Property Redress Scheme.' }, 'activist'],
    [{ channel: 'Email', text: 'My complaint is now with the Dental Complaints Service.' }, 'activist'],
    [{ channel: 'Phone', text: 'Caller says she reported the blocked fire exit to the Health and Safety Executive this morning.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох сигнал в ИАМН за сгрешените резултати.' }, 'activist'],
    [{ channel: 'уеб форма', text: 'Вече подадох жалба в РЗОК за таксата за прегледа.' }, 'activist'],
  ])('a paper by its title or as "the local paper", redress schemes, health and safety, medical supervisors: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "I've posted a review about the missing crowns and it stays until I get a refund." }, 'irate'],
    [{ channel: 'Чат', text: 'vse napisala v otzyvah na Yandeks Kartah' }, 'irate'],
    [{ channel: 'Чат', text: 'pisah v google otzivite za tova' }, 'irate'],
    [{ channel: 'WhatsApp', text: 'Отправила скрины переписки в чат своего ЖК.' }, 'irate'],
    [{ channel: 'Чат', text: 'В полицию или там в прокуратуру я не пойду, но на Авито отзыв оставила.' }, 'irate'],
    [{ channel: 'имейл', text: 'Пуснах видео на счупения шкаф и хората коментират.' }, 'irate'],
    [{ channel: 'имейл', text: 'Довечера ще пиша цялата история в групата „Мами в Бургас“.' }, 'irate'],
  ])('a review posted, reviews and groups in Latin letters, a block\'s chat, a refusal after the party, a video posted: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'уеб форма', text: 'Moje da pusna otziv vav Facebook, no po-dobre elate i go opravete.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Нямам намерение да ви съдя, искам само да върнете парите.' }, 'voicer'],
    [{ channel: 'Email', text: 'My lawyer is handling this now.' }, 'activist'],
  ])('a post only possible in Latin letters, no intention to sue, a lawyer handling this very matter: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web form', subject: 'Cancel lessons', text: "Please cancel the rest of my lessons. I'd rather not go into why." }, 'silent'],
    [{ channel: 'Форма отмены', text: 'Otmenyayu zapis, prichinu nazyvat ne budu.' }, 'silent'],
    [{ channel: 'уеб форма', text: 'Otkazvam abonamenta, ne iskam da obyasnyavam.' }, 'silent'],
    [{ channel: 'Прокат — акт возврата', text: 'Автомобиль возвращён раньше срока. Графа «Замечания арендатора» не заполнена.' }, 'silent'],
    [{ channel: 'Rent-a-car — протокол', text: 'Колата е върната 3 дни по-рано. Поле „Забележки“ — празно.' }, 'silent'],
    [{ channel: 'CRM — сервиз', text: 'Колата не е взета от сервиза, два имейла неотворени, телефонът е изключен.' }, 'silent'],
    [{ channel: 'Okdesk: заявка', text: 'Заказчик не вышел на связь в день доставки, водитель ждал час, телефон выключен. Заявка отменена.' }, 'silent'],
    [{ channel: 'рецепция', text: 'Членката върна картата. На въпроса защо каза „няма значение“.' }, 'silent'],
    [{ channel: 'известие — регистрации', text: 'Пациентът се е регистрирал при друг лекар. Без контакт от негова страна.' }, 'silent'],
  ])('a reason withheld in words and in Latin letters, an early return with its remarks empty, a customer unreachable, a move elsewhere: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Call log', text: 'Agent note: policyholder unhappy that the assessor has not attended in two weeks. Wants a date.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Нямам друг избор освен да ви съдя.' }, 'activist'],
    [{ channel: 'Email', text: 'One review on Google mentions the same problem. Please call me.' }, 'voicer'],
    [{ channel: 'Email', text: 'My brother works at the local paper, but I would rather settle it with you.' }, 'voicer'],
    [{ channel: 'Госуслуги — Платформа обратной связи', text: 'Почему во дворе опять не вывезли мусор?' }, 'voicer'],
  ])('guards (read so before the round too): the company\'s visit not attended, suing as the only choice, a review read, a relative at a paper, a public body\'s own form: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
