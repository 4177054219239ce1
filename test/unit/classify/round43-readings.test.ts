/**
 * The readings of the tuning round after blind set 42 (fixtures/eval/README.md, "Round 43"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 43', () => {
  it.each([
    [{ channel: 'Email', text: 'Two months of estimated bills. The Public Utilities Commission has my complaint now, ref PUC-1182.' }, 'activist'],
    [{ channel: 'Email', text: 'My complaint is now with the county Department of Consumer Services, reference DCS-4471.' }, 'activist'],
    [{ channel: 'Web form', subject: 'PCN 5521', text: 'POPLA allowed my appeal last week, so please cancel PCN 5521.' }, 'activist'],
    [{ channel: 'Salesforce case', text: 'Agent note: letter received from Patel Moore LLP on behalf of the tenant about the unreturned deposit.' }, 'activist'],
    [{ channel: 'Twitter (listening)', text: 'Channel 8 News Investigates rang me this morning and they are doing a segment on your meters.' }, 'activist'],
    [{ channel: 'Запись в отделении', text: 'Клиентка требует вернуть кольцо. Заявила: «Я напишу в Роспотребнадзор, так и знайте». Выдан акт.' }, 'activist'],
  ])('bodies and firms in plain words, a station\'s investigations desk, first-person speech quoted in a note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Trustpilot feed', text: 'I thought about the ombudsman but could not face the forms. Avoid them, everyone.' }, 'irate'],
    [{ channel: 'Post-event survey', text: 'Score: 3\nComment: It is all in my WeddingWire review.' }, 'irate'],
    [{ channel: 'Чат на сайте', text: 'Куда мне писать? В Роспотребнадзор? Третий день нет горячей воды, а вы молчите.' }, 'voicer'],
    [{ channel: 'Уеб форма', text: 'Към кого да се обърна – КЗП ли? Климатикът пак не работи.' }, 'voicer'],
    [{ channel: 'Help Scout', text: 'Half the lessons are just links to YouTube. I would like a refund.' }, 'voicer'],
    [{ channel: 'Форма на сайте', text: 'Прошу отменить начисление за парковку: шлагбаум был открыт.' }, 'voicer'],
    [{ channel: 'Личный кабинет', text: 'Прошу перерасчёт за март: отключали свет на 3 дня.' }, 'voicer'],
    [{ channel: 'Bitrix24 CRM', text: 'Добрый день! Торт был сухой. Хотим замену или скидку.' }, 'voicer'],
  ])('a thought of a party let go, a wedding review site, a body asked about, a product of links, a charge disputed, a business "we": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CRM churn feed', text: 'Subscription ended. Support checked Trustpilot and Facebook: no mentions.' }, 'silent'],
    [{ channel: 'CRM', text: 'Договор не продлён. Маркетолог проверил Отзовик: упоминаний нет.' }, 'silent'],
    [{ channel: 'CRM', text: 'Абонаментът изтече. Проверка в соц. мрежи и форуми: няма споменавания.' }, 'silent'],
    [{ channel: 'Журнал магазина', text: 'Предложили оставить отзыв на Яндекс Картах за бонусы — отказалась. С марта не появлялась.' }, 'silent'],
    [{ channel: 'Подписки (App Store)', text: 'Автопродление отключено. Опрос при отмене: пропущен.' }, 'silent'],
    [{ channel: 'Журнал звонков', text: 'Позвонили по продлению. Клиент сказал «всё хорошо, спасибо», продлевать не стал.' }, 'silent'],
    [{ channel: 'Live chat', text: 'Customer: Please pause my membership for two months. No complaints, just busy.' }, 'silent'],
    [{ channel: 'CSAT после доставки', text: 'Оценка курьера: 2\nЧто можно улучшить: (нет ответа)' }, 'silent'],
    [{ channel: 'Okdesk', subject: 'Возврат', text: 'Поле «Причина»: пусто. Возврат выполнен.' }, 'silent'],
  ])('a search that found nothing, a review offered and declined, an app store\'s billing, "all fine, thanks", a pause with no complaints, an empty box: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'имейл', text: 'Моля, закрийте сметката ми. Наличността, с начислените лихви, преведете по IBAN BG00 XXXX 0000 1111.' }, 'silent'],
    [{ channel: 'Email', text: 'Жалоба уже в Роспотребнадзоре. Вам этого мало?' }, 'activist'],
  ])('guards (read so before the round too): interest accrued in a closing letter, a question after a step taken: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
