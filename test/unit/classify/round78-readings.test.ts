/**
 * The readings of the tuning round after blind sets 113, 114 and 115 (fixtures/eval/README.md, "Round 78"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 78', () => {
  it.each([
    [{ channel: 'Google Forms – exit survey', text: "Why are you leaving?  just am\nAnything else? nope. I just won't be back next term." }, 'silent'],
    [{ channel: 'Typeform exit survey', text: "Why are you leaving us?\nI'd rather not say\n\nWould you come back?\nNo" }, 'silent'],
    [{ channel: 'уеб форма „Защо ни напускате?“', text: 'Напускам и толкова. Няма да пиша никъде, не ми се занимава. Просто повече няма да идвам.' }, 'silent'],
    [{ channel: 'Front Desk Log – North Campus', text: "10:15 Ms Ade came to the desk to hand back her ID card and asked to close her account. I asked if anything had gone wrong, she said she'd rather not get into it. Gave her form ACC-7, she signed. – Sam" }, 'silent'],
    [{ channel: 'Zoom – Attendance Monitoring Report', subject: 'Inactive learner', text: 'Missed 6 live sessions. Tutor comment: "He just stopped showing up." Two check-in emails unanswered.' }, 'silent'],
    [{ channel: 'Stripe Billing – customer.subscription.deleted', text: 'Plan: Monthly (£20)\ncancellation_details.reason: null\ncancellation_details.comment: null' }, 'silent'],
    [{ channel: 'дневник на рецепцията', text: 'Г-н Петров върна учебниците и каза, че се отписват от курса. „Няма нужда да говорим за това.“ – Ива' }, 'silent'],
    [{ channel: 'Журнал вахты общежития', text: '23:10 Студент Ли (комн. 204) сдал ключ и пропуск, сказал, что переезжает. На вопрос ответил: «Неважно». Вахтёр Иванова.' }, 'silent'],
  ])('leavers\' surveys, desk and dormitory logs, attendance reports, a billing event: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram-бот', text: 'zdravstvuite. hochu zabrat dokumenty i otchislitsya. prichinu ukazyvat ne budu' }, 'silent'],
    [{ channel: 'Usedesk — email', subject: 'Rastorzhenie', text: "Zdravstvuyte. Proshu rastorgnut' dogovor s 1 iyunya. Prichinu ukazyvat' ne budu. Spasibo." }, 'silent'],
    [{ channel: 'Заявление (скан)', text: 'Прошу выселить меня из общежития с 01.04 по личным обстоятельствам.' }, 'silent'],
    [{ channel: 'студентски портал – заявление', subject: 'Прекъсване', text: 'Причина: лични\nФакултетен №: 123' }, 'silent'],
    [{ channel: 'Telegram-бот', text: '/stop' }, 'silent'],
    [{ channel: 'Mailchimp: отписване', text: 'Причина: Не искам повече да получавам тези имейли' }, 'silent'],
    [{ channel: '1С:Розница — комментарий к чеку', text: 'Клиент закрыл рассрочку и попросил расторгнуть договор. На вопрос о причине ответил «просто так надо». Старший смены Белова.' }, 'silent'],
    [{ channel: 'Bitrix24 — телефония (исходящие)', text: 'Звонила дважды по долгу 12 000 ₽. Трубку не берёт, на СМС не отвечает. Если не объявится, передаём в юротдел для досудебной претензии. — Карина' }, 'silent'],
  ])('leaving in Latin letters, personal reasons, a bot stopped, a mailing list\'s reason, our own legal department: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "My husband asked his cousin, who is a solicitor, to write to you formally on her firm's letterhead next week." }, 'activist'],
    [{ channel: 'Course Cancellation Form', text: 'Reason: misrepresented. The matter has been passed to my legal expenses insurer.' }, 'activist'],
    [{ channel: 'Госуслуги — Платформа обратной связи (ПОС)', text: 'Обращение № 12-ПОС переадресовано в организацию для ответа заявителю.' }, 'activist'],
    [{ channel: 'twitter', text: '@FreshBox sent nuts to my allergic kid. Reported to @FSAgov today.' }, 'activist'],
    [{ channel: 'уеб форма', text: 'Вашият шофьор ме заплаши. Подадох сигнал в 04 РУ срещу него.' }, 'activist'],
  ])('a lawyer to write formally, a legal-expenses insurer, the state platform as the channel, the FSA, a district police office: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web', text: "My brother keeps going on about taking it to the ombudsman but I'd rather just sort it out with you. Where is my phone?" }, 'voicer'],
    [{ channel: 'Chat', text: 'heating in Marlow Court block C is off for 5 days. please fix' }, 'voicer'],
    [{ channel: 'voice', text: 'Order left on step despite the note. Bag gone 5 min later (camera shows someone taking it). She has reported the theft to the police for her home insurance and has a crime ref. Asks why the rider ignored the note.' }, 'voicer'],
    [{ channel: 'Intercom', text: 'your own instagram ad says the code is valid till the 31st. please honour it' }, 'voicer'],
    [{ channel: 'Usedesk: email', text: 'Я сама работаю в районном отделе Роспотребнадзора, но пишу вам как обычная покупательница: на упаковке нет даты. Исправьте.' }, 'voicer'],
    [{ channel: 'Чат поддержки', text: 'Продаём квартиру, юрист по сделке попросил съехать до 20-го. Поменяйте адрес доставки, приложение не даёт.' }, 'voicer'],
    [{ channel: 'Usedesk: email', text: 'Мы держим пост, а в «постном» салате майонез с яйцом. Уберите его из меню.' }, 'voicer'],
    [{ channel: 'Okdesk — портал', text: 'Соседка (она юрист) советует идти в суд, но я хочу по-хорошему: верните 5 000 ₽ за пропущенные занятия.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Клиентката съобщи, че в неделя ѝ откраднали чантата и с картата ѝ е платено 80 € в акаунт на нейно име. Подала е сигнал в 03 РУ за кражбата. Иска профилът да се закрие и сумата да се върне.' }, 'voicer'],
  ])('advice let go, a building called Court, a theft reported for the insurer or by someone unknown, our own advert, a trade set apart, a fast kept: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'JivoSite', text: 'я уже написала про вас в канал нашего ЖК, пусть знают, как вы доставляете' }, 'irate'],
    [{ channel: 'Usedesk: email', text: 'Я написала о вашей работе в закрытом сообществе HR-директоров. Исправляйтесь.' }, 'irate'],
  ])('a residents\' channel, a closed professional community: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I have retained a solicitor and she will write to you.' }, 'activist'],
    [{ channel: 'Чат', text: 'Ни в какой суд я не пойду, верните деньги.' }, 'voicer'],
    [{ channel: 'email', text: 'I posted about you on Instagram. Refund me.' }, 'irate'],
  ])('guards (read so before the round too): a solicitor retained, a court refused, a post of the customer\'s own: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
