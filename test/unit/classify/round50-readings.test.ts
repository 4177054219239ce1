/**
 * The readings of the tuning round after blind set 49 (fixtures/eval/README.md, "Round 50"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 50', () => {
  it.each([
    [{ channel: 'Post-visit survey (SurveyMonkey)', text: 'Overall, how satisfied were you? 1\nWhat could we improve?\nCan we call you about your answers? No' }, 'silent'],
    [{ channel: 'Анкета след посещение', text: 'Бихте ли ни препоръчали? 2\nКакво да подобрим?\nМожем ли да се свържем с вас? Не' }, 'silent'],
  ])('a form\'s ideas box left empty over its next question: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Subscription billing (Chargebee)', subject: 'Plan ended', text: 'Payment failed twice. 2 reminder emails sent, card not updated. Plan ended.', status: 'Cancelled' }, 'silent'],
    [{ channel: 'Recurly', subject: 'Renewal failed', text: 'Card declined on renewal. Emails sent on day 1 and day 5, no update.', status: 'Expired' }, 'silent'],
  ])('a subscription\'s billing system by kind and by name: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Call centre log', subject: 'Cancellation', text: "Customer rang to close the account. Asked why, said 'I'd rather not say'. Closed.", status: 'Done' }, 'silent'],
    [{ channel: 'Журнал звонков', subject: 'Расторжение', text: 'Клиент позвонил расторгнуть договор. На вопрос о причине ответил: «предпочитаю не говорить». Расторгнут.', status: 'Закрыто' }, 'silent'],
    [{ channel: 'Кол център – дневник', subject: 'Прекратяване', text: 'Клиентката се обади да прекрати договора. На въпроса защо каза: „предпочитам да не казвам“. Прекратен.', status: 'Приключен' }, 'silent'],
  ])('a reason withheld, relayed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Куриерски софтуер', subject: 'Неприета пратка', text: 'Адресатът не прие колета и го върна, без да я отвори. Пратката ще я върнем на подателя.', status: 'Върната' }, 'silent'],
  ])('Bulgarian «я» after «без да» and «ще» is "it", not Russian "I": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "I just read all the one-star reviews on Tripadvisor and now I'm worried. Is the pool open for my booking 2231?" }, 'voicer'],
    [{ channel: 'имейл', text: 'Съседка ми показа във фейсбук, че и други чакат. Кога ще дойде моята поръчка 4410?' }, 'voicer'],
    [{ channel: 'Почта', text: 'Подруга скинула мне пост из ВКонтакте, что у вас задержки. Где мой заказ 7781?' }, 'voicer'],
    [{ channel: 'Web form', text: "I'm a reporter, but this is a private matter: the boiler engineer never came. Please rebook." }, 'voicer'],
  ])('reviews read, a post shown, a trade told: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Front desk note', text: 'Mr Hale collected his X-rays. Says he has complained to the GMC about the surgeon and written to his MP.' }, 'activist'],
    [{ channel: 'VK (мониторинг)', text: 'Автосалон продал битую машину. Материалы отправили на НТВ.' }, 'activist'],
    [{ channel: 'Telegram (мониторинг)', text: 'Видео с протечкой уже отправили на РЕН ТВ. Управляющая компания молчит.' }, 'activist'],
  ])('the medical regulator and an MP relayed, a newsroom given the material: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Jivo чат', text: 'Видела по НТВ, что у вас вчера был сбой. У меня оплата списалась два раза. Верните одну.' }, 'voicer'],
    [{ channel: 'Email', text: 'I will post this on Trustpilot tonight. Three weeks and no refund.' }, 'irate'],
  ])('guards (read so before the round too): a channel watched, a post announced: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
