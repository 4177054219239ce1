/**
 * The readings of the tuning round after blind sets 95, 96 and 97 (fixtures/eval/README.md, "Round 72"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 72', () => {
  it.each([
    [{ channel: 'Email', text: "I work for Trading Standards in the next county, but I'm writing as an ordinary customer: the skip was never collected." }, 'voicer'],
    [{ channel: 'имейл', text: 'Работя в НАП, но ви пиша като частно лице: приложението не отваря снимките.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Знам, че КЗП следи цените, но няма да им пиша. Просто върнете старата цена.' }, 'voicer'],
    [{ channel: 'Email', text: "I know Ofcom regulates this, but I'm not going to complain to them. Please fix the speed." }, 'voicer'],
    [{ channel: 'Phone', text: 'Caller says his daughter keeps telling him to report us to Trading Standards, but he just wants the charge back.' }, 'voicer'],
    [{ channel: 'Письмо', text: 'Сын говорит — жалуйтесь, мол, в Роспотребнадзор. Но я никуда писать не хочу, доделайте работу.' }, 'voicer'],
  ])('one\'s own work at a body set apart, a body known and declined, advice relayed and not taken: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'After resume the VPN leaks DNS for a minute until the client\'s watchdog runs. Logs attached.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Получих имейл уж от вас с линк за плащане. Оказа се фишинг, подадох сигнал в ГДБОП. Предупредете клиентите си.' }, 'voicer'],
    [{ channel: 'Почта', text: 'С объекта украли взятый у вас генератор. Заявление в полицию написали. Остановите начисление аренды.' }, 'voicer'],
    [{ channel: 'Facebook (private message)', text: "Didnt want to put this on your page so messaging here. The skip is still on my drive." }, 'voicer'],
    [{ channel: 'ВКонтакте: сообщения сообщества', text: 'Под постом ответили написать в личку — пишу. Промокод не работает.' }, 'voicer'],
  ])('a software watchdog, phishing and thefts reported, our reply under a post: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'im reporting u to the better busness bureau and my atorney gets a copy' }, 'activist'],
    [{ channel: 'SMS inbound', text: 'my solicter is dealing with it now so dont ring me' }, 'activist'],
    [{ channel: 'Почта', text: 'Написал в прокуротуру и в потребнадзор, ждите.' }, 'activist'],
    [{ channel: 'Community forum', text: 'I have joined the class action against them over the no-logs claim.' }, 'activist'],
    [{ channel: 'Email', text: 'Posting this publicly since my tickets keep getting closed.' }, 'irate'],
    [{ channel: 'web', text: 'Put the whole cancellation maze on Hacker News this morning.' }, 'irate'],
    [{ channel: 'Typeform survey', subject: 'Rating 1', text: 'Already said what I think on Google.' }, 'irate'],
  ])('misspelt parties, a class action joined, posts made public, Hacker News, what was said on Google: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Google Play Console - Order management', text: 'Order refunded by Google. Refund reason: Customer request. Additional details: none provided.' }, 'silent'],
    [{ channel: 'Huawei AppGallery — IAP известия', text: 'event=SUBSCRIPTION_CANCELLED\ncancelReason=USER_CANCEL' }, 'silent'],
    [{ channel: 'Кампания „Споделете във Facebook“ — отчет', text: 'Клиентът не е публикувал нищо. Абонаментът не е подновен.' }, 'silent'],
    [{ channel: 'EasyPay', text: 'Кодът за плащане е изтекъл. Клиентът не е писал и не е звънял.' }, 'silent'],
    [{ channel: 'Branch diary', text: "Rang their office, girl on reception said 'we've sorted it elsewhere', nothing more. Left msg for Gary." }, 'silent'],
    [{ channel: 'телефон', text: 'Клиентката се обади да прекрати. На въпроса защо отговори само: „Лична работа.“' }, 'silent'],
  ])('store events, a campaign\'s quoted title, a customer who neither wrote nor called, answers that say nothing is wrong: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram: канал «Подслушано Электрички»', text: 'Опять отменили три поезда подряд.' }, 'irate'],
    [{ channel: 'Email', text: 'This bank paid fines in those class action cases years ago and nothing changed. Refund my fee.' }, 'voicer'],
    [{ channel: 'Email', text: 'Your courier stole my parcel from your depot and I reported it to the police.' }, 'activist'],
    [{ channel: 'Чат', text: 'Работя в bTV и ще ви дадем ефир, ако не върнете парите.' }, 'activist'],
  ])('guards (read so before the round too): a channel\'s quoted name, others\' class actions, a theft by our courier, work at a TV channel used as a threat: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
