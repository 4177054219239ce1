/**
 * The readings of the tuning round after blind sets 74, 75 and 76 (fixtures/eval/README.md, "Round 65"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 65', () => {
  it.each([
    [{ channel: 'Деловодство — входяща поща', text: 'Уведомяваме Ви, че представляваме г-жа Илиева във връзка с инцидента на пързалката.' }, 'activist'],
    [{ channel: 'Деловодство — входяща поща', text: 'Препращаме сигнал от г-н Стоянов относно цените на билетите. Моля за отговор.' }, 'activist'],
  ])('a registry\'s incoming post: a notice of representation, a complaint forwarded: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "I'm not going to drag this to the ombudsman, I just want the refund." }, 'voicer'],
    [{ channel: 'Email', text: 'My neighbour says I ought to write to Trading Standards but I will not. Please just fix the mower.' }, 'voicer'],
    [{ channel: 'уеб форма', text: 'Сестра ми настоява да ви съдя, но аз не искам. Оправете пералнята.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Телефонът ми беше откраднат в трамвая, подадох сигнал в полицията. Моля, изключете го от профила ми.' }, 'voicer'],
    [{ channel: 'Ветаптека — журнал', text: 'Предзаказ вакцины для КРС, клиент не пришёл, телефон выключен.' }, 'silent'],
  ])('a refusal far from its party, someone else insisting, a theft told in the passive, cattle: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Анкета после обращения', subject: 'Оценка 1/10', text: 'Я уже поставила вам единицу на Маркете, хватит опросов.' }, 'irate'],
    [{ channel: 'Коментари под статия — новинарски сайт', text: 'Пак вдигнаха цените. Браво 👏' }, 'irate'],
  ])('a one given on a marketplace, comments under an article: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Журнал кассира — Малый театр', subject: 'Сдача билетов', text: 'Подходил мужчина, сдал три билета на «Ревизора», сказал «не пойдём», причину не объяснил. Оформил возврат.' }, 'silent'],
    [{ channel: 'Дневник на смяната — каса', subject: 'Върнати карти', text: 'Оставиха картите на касата и си тръгнаха. Не казаха защо.' }, 'silent'],
    [{ channel: 'Телефония — журнал звонков', subject: 'Расторжение договора', text: 'Клиентка позвонила: «Ничего объяснять не буду, просто расторгните договор». Оформлено.' }, 'silent'],
    [{ channel: 'анкета при спиране на абонамент', text: 'Причина: друго\nКоментар: Няма да се оплаквам, просто спрете абонамента.' }, 'silent'],
    [{ channel: 'Касса залогов', subject: 'Возврат залога', text: 'Клиент сдал баллоны и забрал залог, новые не взял, от разговора уклонился.' }, 'silent'],
    [{ channel: 'Реестр карт болельщика', text: 'Абонемент сезона 2025/26 сектор D4 | проходов: 2 из 15 | последний проход 01.11.2025 | продление 2026/27: нет' }, 'silent'],
  ])('reasons not given in the plural and the third person, "I won\'t complain", a system\'s row of cells: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "If you don't refund me I am going to the ombudsman." }, 'activist'],
    [{ channel: 'Email', text: 'Order 4411 | 2 items | delivered late | I want a refund' }, 'voicer'],
    [{ channel: 'имейл', text: 'Адвокатът ми вече ви изпрати претенция.' }, 'activist'],
  ])('guards (read so before the round too): a threat kept, a customer\'s own pipes, a lawyer\'s claim: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
