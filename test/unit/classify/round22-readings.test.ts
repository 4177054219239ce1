/**
 * The readings of the tuning round after blind set 21 (fixtures/eval/README.md, "Round 22"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 22', () => {
  it.each([
    [{ channel: 'CRM note', text: 'Membership not renewed. Checked Trustpilot and Google reviews – nothing posted by them.' }, 'silent'],
    [{ channel: 'amoCRM — отток', text: 'Перестал заказывать в мае. Проверили Отзовик и 2ГИС — отзывов от клиента нет.' }, 'silent'],
    [{ channel: 'Pipedrive – бележка', text: 'Спря да поръчва от юни. Проверихме Google и Facebook – няма коментари от него.' }, 'silent'],
  ])('review sites the company checked and found nothing on: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Should I be reporting this to the Financial Ombudsman? I would rather you just refunded me.' }, 'voicer'],
    [{ channel: 'Trustpilot review feed', text: 'People keep saying take them to small claims, but I cannot be bothered. Avoid.' }, 'irate'],
    [{ channel: 'Facebook', text: 'Хора, подайте сигнал в КЗП, ако и на вас се случи. Аз просто няма да купувам повече оттук.' }, 'irate'],
    [{ channel: 'ВКонтакте', text: 'Жалуйтесь в Роспотребнадзор, если вас тоже обманули. Я больше туда ни ногой.' }, 'irate'],
    [{ channel: 'email', text: 'Podala zhalobu v Roskomnadzor iz-za spama.' }, 'activist'],
  ])('a question whether to go, what people keep saying, telling others to go, a regulator in Latin letters: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'The pressure regulator you fitted on my boiler is leaking again. Please send someone.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Работя във вестник, но ви пиша като клиент: поръчката ми закъснява с 10 дни.' }, 'voicer'],
    [{ channel: 'Книга отзывов и предложений (скан)', text: 'Официант нагрубил, блюдо принесли холодным. Прошу разобраться.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Здравейте, и двете слушалки спряха след ден. Моля за връщане на 30 лв.' }, 'voicer'],
  ])('a part called a regulator, a journalist writing as a customer, the company’s own complaints book, a refund after a fault: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Формуляр за отписване', text: 'Причина: (полето е празно). Желае ли обратна връзка: Не.' }, 'silent'],
    [{ channel: 'ЛИС', text: 'Пакетът изтече на 01.09 без запитвания. Не е записвал часове от март.' }, 'silent'],
    [{ channel: 'Яндекс Формы — опрос', subject: 'Оцените от 1 до 5', text: 'Оценка: 2\nЧто нам улучшить? Ребёнка забирали позже всех в группе. Воспитатели на звонки не отвечали.' }, 'voicer'],
    [{ channel: 'Typeform survey', text: 'Score: 1\nWhat could we improve? The instructor cancelled twice in a month. Messages to the studio were not answered.' }, 'voicer'],
  ])('an empty field, notes of a package unused and a debit cancelled, an answer to “what could we improve”: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Опрос', text: 'Оценка: 2\nЧто нам улучшить? -' }, 'silent'],
    [{ channel: 'email', subject: 'We miss you!', text: 'Hi Jordan,\nAnything we could do better? Just reply to this email.\n\n[No reply received]' }, 'silent'],
    [{ channel: 'email', text: 'I checked with my lawyer and we are filing a claim.' }, 'activist'],
    [{ channel: 'email', text: 'I checked your reviews before booking and have now posted my own on Trustpilot.' }, 'irate'],
    [{ channel: 'email', text: 'I will report them to Trading Standards tomorrow.' }, 'activist'],
    [{ channel: 'почта', text: 'Регулятор давления, который вы поставили, снова течёт. Пришлите мастера.' }, 'voicer'],
    [{ channel: 'Книга за предложения', text: 'Персоналът беше груб, чакахме 40 минути.' }, 'voicer'],
    [{ channel: 'Bacs ADDACS report', text: 'Direct Debit cancelled by payer at their bank. No cancellation request received by the club.' }, 'silent'],
  ])('guards (some read so before the round too): a short form answer, the company’s own question, a check that is no hedge, a party in earnest, a part, a book, a bank’s report: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
