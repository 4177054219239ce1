/**
 * The readings of the tuning round after blind sets 116, 117 and 118 (fixtures/eval/README.md, "Round 79"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 79', () => {
  it.each([
    [{ channel: 'Salesforce - Contract Renewal Watch', subject: 'RENEWAL AT RISK - Beech Court (30 units)', text: 'Renewal pack sent twice. No reply to any of it. No reason given to account manager.' }, 'silent'],
    [{ channel: 'Outbound retention call log', subject: 'Retention call - Elm Mews', text: 'Spoke to the chair. Asked if we could do anything before they serve notice. He said "we\'ve made our decision" and ended the call. Would not give a reason.' }, 'silent'],
    [{ channel: 'Caretaker daily log', text: "Mr Obi in 2A has stopped coming to residents' meetings. Used to chat every day, now just nods. He's not said anything to me about why." }, 'silent'],
    [{ channel: '1С:ЖКХ — отчёт об активности', subject: 'Нет входов 6 мес.', text: 'Последний вход 02.03. Электронные квитанции не открывались.' }, 'silent'],
    [{ channel: 'Okdesk — комментарий диспетчера', text: 'Замена счётчиков 12.10. Житель дверь не открыл, звонили — не отвечает. Акт недопуска составлен.' }, 'silent'],
    [{ channel: 'СЭД «Дело» — входящие', subject: 'Протокол ОСС', text: 'Поступила копия протокола: «О расторжении договора управления» — «за» 70%. Обращений и претензий от собственников за год в УК не поступало.' }, 'silent'],
    [{ channel: 'Регистър на общите събрания', text: 'ап. 4 – отсъства от 2 поредни общи събрания, не е изпратил пълномощно.' }, 'silent'],
    [{ channel: 'Касиер – бележки', text: 'Г-н Колев от 7 не плаща таксата от два месеца. Не отваря. Нищо не е казал, нито е писал.' }, 'silent'],
    [{ channel: 'Деловодство – входяща поща', text: 'Получен препис от протокол: решение за прекратяване на договора с фирмата от 01.04. Мотиви не са посочени. Няма постъпвали жалби към нас.' }, 'silent'],
  ])('a building named Court, renewals and meetings walked away from, caretakers\' and cashiers\' notes, minutes received: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Onfleet delivery exceptions', text: "Stop 9/15 - fridge + install. Not home. 2 calls, card left. Customer hasn't rebooked." }, 'silent'],
    [{ channel: 'Журнал старшего кассира', text: 'Покупатель погасил рассрочку и попросил закрыть бонусную карту. Почему — не сказал, был вежлив.' }, 'silent'],
    [{ channel: 'дневник на магазина', text: 'Клиентката поиска да закрием картата ѝ. Не каза защо. Поиска дубликат на бележка, защото ѝ го откраднали и полицията искала документ.' }, 'silent'],
    [{ channel: 'Визовый отдел — журнал', text: 'Турист отозвал документы на визу. Причину не пояснил. Паспорт выдан.' }, 'silent'],
    [{ channel: 'Billing - Balance Due Monitor', text: 'Balance GBP 900 due 2026-03-01. Reminders sent twice by email and SMS. No payment, no reply. Booking cancelled.' }, 'silent'],
    [{ channel: 'Счетоводство — контрол на плащанията', text: 'Неплатен остатък 300 €. Напомняния по имейл и SMS — без отговор. Резервацията е анулирана.' }, 'silent'],
    [{ channel: 'Viber', text: 'Zdraveite, molq otka4ete rezervaciqta za 3 mart. Blagodarq.' }, 'silent'],
  ])('delivery exceptions, counters\' journals, a theft told as „ѝ го откраднали“, payment monitors, a Latin-letter cancellation: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Outlook', subject: 'Constituent enquiry: Flat 3, Oak Court', text: 'I am writing on behalf of my constituents about the heating. Yours sincerely, J. Reed MP' }, 'activist'],
    [{ channel: 'Email', text: "The fire risk assessment expired. Today I reported the block to the fire and rescue service's protection team." }, 'activist'],
    [{ channel: 'WhatsApp', text: 'Ya otpravila zhalobu v GZhI cherez Gosuslugi, zhdu inspektora.' }, 'activist'],
    [{ channel: 'имейл', text: 'Вашият монтажник взе пари от шкафа. Подадох жалба в 3 РУ срещу него.' }, 'activist'],
    [{ channel: 'Email', text: 'I have handed the file to a lawyer friend who is now acting for the group and will write to you.' }, 'activist'],
  ])('an MP\'s constituents, a fire service, the housing inspectorate in Latin letters, a police office by number, a lawyer acting: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Freshdesk - Phone', subject: 'Call - lift, Beech Court', text: 'Customer rang re lift (2nd call). Says she has already put it on Nextdoor and in the block WhatsApp group. Gave ETA Monday.' }, 'irate'],
    [{ channel: 'NPS survey', subject: 'NPS: 0', text: 'Already left you a review on Google, read it there.' }, 'irate'],
    [{ channel: 'ВКонтакте — стена сообщества УК', text: 'Выкладываю сюда, раз в личке вы молчите. Трубу так и не поменяли.' }, 'irate'],
    [{ channel: 'Customer Relations post', text: 'I have put the whole story on the AVForums consumer section. Please refund me.' }, 'irate'],
  ])('posts beside a building called Court, a review already left, a community\'s wall, a forum\'s consumer section: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'After your engineer failed to come again I looked you up on Trustpilot. Now I understand. Please send someone Friday.' }, 'voicer'],
    [{ channel: 'Почта — info@uk.example', text: 'Отопления нет. Соседка с пятого этажа говорит — пишите в жилинспекцию, там быстро зашевелятся. Не хочу я никуда писать и ни с кем воевать, мне нужно тепло.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Някакви младежи изкъртиха бравата на входа. Подадох сигнал в полицията за вандализма. Кога ще сложите нова?' }, 'voicer'],
    [{ channel: 'JSM', text: "Your courier left my speaker on the doorstep and it was gone. I've given the police a report because my insurer needs one. Please send a replacement." }, 'voicer'],
    [{ channel: 'Usedesk — почта', text: 'Я сам юрист и знаю, чем такие истории заканчиваются в суде, но давайте решим мирно: верните разницу.' }, 'voicer'],
  ])('reviews looked up, advice relayed, vandals reported, a report for the insurer, what happens in court: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I will issue a claim in the County Court.' }, 'activist'],
    [{ channel: 'Web', text: 'I have been to the Bankruptcy Court.' }, 'activist'],
    [{ channel: 'Email', text: 'Your driver stole my phone and I called the police.' }, 'activist'],
  ])('guards (read so before the round too): courts by kind, our driver\'s theft: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
