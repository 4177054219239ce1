/**
 * The readings of the tuning round after blind set 16 (fixtures/eval/README.md, "Round 17"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 17', () => {
  it.each([
    [{ channel: 'email', text: 'Hi, I would like to return order #B-2210 (a lamp). Could the courier come on Monday morning? Thanks, Ola' }, 'silent'],
    [{ channel: 'Почта', text: 'Отмените, пожалуйста, заказ 5510-К, пока его не собрали. Оплату верните на ту же карту.' }, 'silent'],
    [{ channel: 'чат', text: 'Закройте, пожалуйста, дебетовую карту *1188, задолженности нет.' }, 'silent'],
    [{ channel: 'тикет', text: 'Моля, анулирайте поръчка 55120, ако още не е изпратена. Парите върнете по картата.' }, 'silent'],
    [{ channel: 'Secure message', text: 'Hello, I would like to close my instant saver ending 2210 and move the remaining balance to my current account at another bank, sort code 20-10-10, account 11223344. Please post the closing statement to my home address. Thank you.' }, 'silent'],
  ])('a closure request whose logistics ask, negate or run long: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Hotel survey', subject: 'Overall stay: 2/5' }, 'silent'],
    [{ channel: 'Пренасяне на номер (NP събития)', text: 'NP_OUT msisdn=3598xxxx120 status=completed recipient=друг оператор' }, 'silent'],
  ])('a labelled score in a title, an event whose value runs on: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Your fitter left the tap dripping. My plumber, Mr Alan Judge, says the washer is the wrong size. Please send someone.' }, 'voicer'],
    [{ channel: 'Форма на сайте', text: 'Знакомый юрист советует идти в суд, но я думаю, мы договоримся: замените чайник.' }, 'voicer'],
    [{ channel: 'тикет', text: 'Живея до Съдебната палата и куриерът ви всеки път пише, че не ме е намерил.' }, 'voicer'],
    [{ channel: 'Бележка от разговор', text: 'Обади се с оплакване: техникът още не е идвал, а заявката е от две седмици.' }, 'voicer'],
  ])('no third party, and a relayed complaint: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Эл. почта', text: 'Подруга посоветовала Роспотребнадзор — так и сделала, обращение уже зарегистрировано.' }, 'activist'],
    [{ channel: 'Мониторинг общности', text: 'Съобщение в общността на квартала: парното пак не работи. 150 реакции.' }, 'irate'],
  ])('advice taken; a community the company monitors: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Please cancel my subscription from next month. We have moved to a new flat with a new provider.' }, 'voicer'],
    // Read as a voicer's reason until round 86: a move alone complains of nothing, as five blind sets' writers read it
    // (B68-EN-047, B102-EN-008, B119-RU-042, B135-RU-043, B138-EN-056). The new provider above is still a reason.
    [{ channel: 'Почта', text: 'Прошу расторгнуть договор, мы переехали в другой город.' }, 'silent'],
    [{ channel: 'email', text: 'My friend suggested the ombudsman, but I would rather sort it out with you.' }, 'voicer'],
  ])('guards: a reason that is no grievance, advice not taken: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
