/**
 * The readings of the tuning round after blind sets 71, 72 and 73 (fixtures/eval/README.md, "Round 64"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 64', () => {
  it.each([
    [{ channel: 'Email', text: 'My wallet went missing in your lounge. We reported it to the police as a theft, which is about the thief, not about you. But why was the cloakroom left open?' }, 'voicer'],
    [{ channel: 'Звонок', text: 'Звонила дочь пациента: пропали часы, заявление в полицию подали — это про вора. Но почему в палате нет сейфа?' }, 'voicer'],
    [{ channel: 'имейл', text: 'Шофьорът на другата кола е виновен, полицията състави протокол, там нямам претенции. Но защо пациентът не беше закопчан?' }, 'voicer'],
  ])('a party the customer sets apart from us in words: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Звонок', text: 'Клиент возмущён звонками в 23:00. Сказал, что в суд пока не пойдёт, но требует прекратить.' }, 'voicer'],
    [{ channel: 'Scanned letter', text: 'Copy to: Rt Hon. Mark Ellis MP\n\nI am writing about the bill for my father\'s stay.' }, 'activist'],
    [{ channel: 'Trustpilot review feed', text: 'Wrong medicine sent to my dad. I have also reported the pharmacy to the GPhC.' }, 'activist'],
    [{ channel: 'WhatsApp', text: 'уже написал финомбутсмену, ждите запрос' }, 'activist'],
    [{ channel: 'телефон', text: 'Обади се синът на г-н Колев — подал е сигнал в Агенцията за качеството на социалните услуги.' }, 'activist'],
  ])('a refusal in the third person, parties by new names and misspellings: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'Понял. Сегодня же напишу отзывы везде, где смогу.' }, 'irate'],
    [{ channel: 'Пазарче — публична оценка на продавач', subject: 'Оценка 1/5', text: 'Счупена рамка, внимавайте.' }, 'irate'],
    [{ channel: 'Коментар под публикация на страницата', text: 'Благодаря за „безплатната“ доставка с такса 5 лв. 👏' }, 'irate'],
    [{ channel: 'дневник', text: 'Дъщерята на г-жа Колева е написала коментар под публикацията ни, че майка ѝ не е изведена навън.' }, 'irate'],
    [{ channel: 'анкета', text: 'Какво мисля, вече го написах в Dir.bg под статията.' }, 'irate'],
  ])('reviews everywhere, a public seller rating, comments under our posts, a news site: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Viber', text: 'iskam da otkaja abonamenta, blagodarya' }, 'silent'],
    [{ channel: 'анкета при напускане', text: 'ne iskam da komentiram, blagodarya' }, 'silent'],
    [{ channel: 'имейл бюлетин — отписване', text: 'Отписване от всички съобщения. Причина: Друга' }, 'silent'],
    [{ channel: 'Telegram', subject: 'Отключение подписки', text: 'Отключите подписку, пожалуйста. Объяснять не хочу.' }, 'silent'],
    [{ channel: 'телефон — задържане', text: 'Позвънихме за подновяването. Клиентката каза само, че не желае да обяснява, благодари и затвори.' }, 'silent'],
    [{ channel: 'Заметка сотрудника', subject: 'Удержание', text: 'Звонила по акции. Клиент сказал «мне уже не нужно, всего доброго» и положил трубку.' }, 'silent'],
    [{ channel: 'Email', subject: 'Re: We miss you! 20% off your next order', text: 'Please remove me from this list.' }, 'silent'],
    [{ channel: 'Freshdesk: Phone', subject: 'Subscription cancelled', text: "Customer phoned to cancel the coffee subscription. Wouldn't give a reason, said she's a lawyer and doesn't have time to chat." }, 'silent'],
    [{ channel: 'Битрикс24 — дело менеджера', subject: 'Звонок: отказ от подписки', text: 'Заметка менеджера: клиентка сказала, что разбираться не хочет, просто заказывать не будет. Причину не назвала.' }, 'silent'],
    [{ channel: 'Бележка на търговеца', text: 'Клиентката каза, че няма време за обяснения, просто спира да поръчва от нас.' }, 'silent'],
  ])('a cancellation and reasons refused in Latin letters, "Other", a reply to our own offer, no time to explain: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'The police have the report about your driver, and it has everything to do with you.' }, 'activist'],
    [{ channel: 'Email', subject: 'Re: We miss you!', text: 'Cancel my account, your courier broke my TV.' }, 'voicer'],
    [{ channel: 'Email', text: 'I read the reviews on Trustpilot before ordering.' }, 'voicer'],
  ])('guards (read so before the round too): a party about us, a closing request with a grievance, reviews read: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
