/**
 * The readings of the tuning round after blind sets 137, 138 and 139 (fixtures/eval/README.md, "Round 86"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 86', () => {
  it.each([
    [{ channel: 'Typeform - workshop feedback', text: '1/5' }, 'silent'],
    [{ channel: 'Hotjar - exit poll', text: '2' }, 'silent'],
    [{ channel: 'Registrar inbox', text: "Hello,\nI won't be coming in January after all. Could you tell me whether you need the enrolment pack back?\nThanks, Priya" }, 'silent'],
    [{ channel: 'amoCRM — Telegram', text: 'otmenite bronirovanie pozhaluysta' }, 'silent'],
    [{ channel: 'Viber', text: 'iskam da sprq abonamenta. mersi' }, 'silent'],
    [{ channel: 'Metabase — мониторинг активности', subject: 'Неактивен 60 дней', text: 'С 01.02 ноль поездок. Обращений и оценок нет.' }, 'silent'],
    [{ channel: 'Power BI – сигнал за неактивност', text: 'Нула поръчки от януари. Няма контакт с обслужване.' }, 'silent'],
    [{ channel: 'GetCourse — активность учеников', subject: 'Нет активности 30 дней', text: 'Ученица не заходила на платформу 30 дней. Второй платёж не прошёл.' }, 'silent'],
    [{ channel: 'Реестр визовых приглашений', text: 'Заявка отозвана студентом. Пояснений не дал.' }, 'silent'],
    [{ channel: 'Еконт — отказани пратки', text: 'Пратка 1234 — получателят отказа да я приеме в офиса. Връща се към подателя.' }, 'silent'],
    [{ channel: 'email', text: "Please close my account, I'm moving to Porto next month. Thanks" }, 'silent'],
  ])('a bare fraction on a survey, a withdrawal, Latin-letter closings, dashboards, registers, refused parcels, a move: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: "If my attendance record isn't corrected I will report the college to UKVI." }, 'activist'],
    [{ channel: 'email', text: 'Если до пятницы вы не пришлёте копию лицензии, я направлю жалобу в Рособрнадзор.' }, 'activist'],
    [{ channel: 'Вътрешен сигнал', text: 'Бащата на Мила ми каза, че е подал сигнал в ДАЗД срещу градината.' }, 'activist'],
    [{ channel: 'имейл', text: 'Фактурирате часове, които не са проведени. Въпросът е предаден на правния ни консултант.' }, 'activist'],
    [{ channel: 'email', text: 'Чеков нет уже месяц. Кстати, я отправил жалобу в налоговую, пусть проверят кассу.' }, 'activist'],
    [{ channel: 'email', text: 'Ваши сотрудники без моего разрешения и без предупреждения вскрыли дверь подвала. Я вызвал полицию, составлен протокол.' }, 'activist'],
  ])('UKVI, a threat after a condition, a step relayed by the one who took it, a legal adviser, the tax office, our staff named a sentence before the police: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Я рассказал всё это у нас в клубе, и трое уже отменили подписку.' }, 'irate'],
    [{ channel: 'имейл', text: 'Разказах на колегите и двама вече се отписаха.' }, 'irate'],
  ])('told a club and colleagues: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: "The scooter I hired was stolen outside the station on Friday. I had locked it in the app as you ask. I reported it to the police that night. Now you want £400 from me, please look at this again." }, 'voicer'],
    [{ channel: 'email', text: 'Самокат, который я арендовал, украли у вокзала. Он был заблокирован через приложение. Вечером подал заявление в полицию. Теперь вы требуете 30 000 ₽, прошу пересмотреть.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Подадох сигнал в полицията. Вие не сте виновни, но може ли да ми помогнете с ново копие?' }, 'voicer'],
    [{ channel: 'чат', text: 'Штраф 300 ₽ за парковку. В суд я из-за такой суммы, понятно, не пойду, но штраф прошу отменить.' }, 'voicer'],
    [{ channel: 'email', text: 'Не хочу я никуда жаловаться и ни с кем судиться, просто верните залог.' }, 'voicer'],
    [{ channel: 'Aircall call log', text: 'Caller upset: order 555 arrived damaged. Wants a new one by Monday or a refund.' }, 'voicer'],
    [{ channel: 'телефон — магазин', text: 'Клиентката се обади за платното от миналата седмица. Иска ново до петък или връщане на 40 лв.' }, 'voicer'],
    [{ channel: 'email', text: 'My cousin is a lawyer and was keen to send you a demand letter. I told him not to. Just replace the book, please.' }, 'voicer'],
    [{ channel: 'имейл', text: 'По професия съм журналист, но ви пиша като обикновен родител: групата е двойно по-голяма от обещаното.' }, 'voicer'],
    [{ channel: 'Intercom chat', text: 'Sam: I was charged twice this month\nAgent Jo: Sorry about that, refunding now\nSam: ok.' }, 'voicer'],
    [{ channel: '1С:Документооборот — входящие', text: 'Уважаемые коллеги! По договору № 5 поставлены бланки. В названии допущена ошибка. Просим в срок до 15.04 перепечатать тираж.' }, 'voicer'],
  ])('a rented scooter stolen, not our fault, a court declined, a call note with its remedy, an offer turned down, a trade set apart, a chat turn, incoming mail: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Регистър на оплакванията', text: 'Клиент дойде лично: картата е издадена с грешно име. Иска нова карта без такса.' }, 'voicer'],
    [{ channel: 'Bitrix24 — CRM / входящее письмо', subject: 'Re: КП', text: 'Отказываемся.' }, 'silent'],
    [{ channel: 'Zendesk chat', text: "Customer: just cancel it\nAgent: Can I ask why?\nCustomer: rather not say\nAgent: Understood, I've raised the cancellation." }, 'silent'],
    [{ channel: 'email', text: 'Please cancel my subscription from next month. We have switched to another provider.' }, 'voicer'],
  ])('guards (read so before the round too): a complaints register, a CRM letter, an agent\'s "I", a new provider: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
