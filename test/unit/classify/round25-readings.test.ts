/**
 * The readings of the tuning round after blind set 24 (fixtures/eval/README.md, "Round 25"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 25', () => {
  it.each([
    [{ channel: 'email', text: 'I have complained to the Maritime and Coastguard Agency about the cancelled sailing.' }, 'activist'],
    [{ channel: 'Trustpilot review feed', text: 'Bus never came again. Reported them to the Traffic Commissioner today.' }, 'activist'],
    [{ channel: 'Уеб форма', text: 'Шофьорът караше с телефон в ръка. Подадох сигнал до ИА „Автомобилна администрация“.' }, 'activist'],
    [{ channel: 'Кол център – бележка', text: 'Обади се г-н Петров. Казва, че вече е подал жалба до омбудсмана и иска отговор.' }, 'activist'],
  ])('bodies by name, a step relayed as already taken: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', subject: 'Regulator replaced, no change', text: 'Your plumber fitted a new pressure regulator, but the regulator did not fix the low pressure. Please come back.' }, 'voicer'],
    [{ channel: 'форма на сайте', text: 'Я прочитала на сайте Роспотребнадзора, что вы обязаны вернуть деньги. Верните, пожалуйста.' }, 'voicer'],
    [{ channel: 'Google Maps – отзиви', text: 'Като адвокат съм виждала много, но такава фирма — за първи път. Не ги препоръчвам.' }, 'irate'],
    [{ channel: 'ВКонтакте — сообщения сообщества', text: 'Здравствуйте, вчера не взяли мою машину на паром, хотя билет был. Верните разницу.' }, 'voicer'],
  ])('a part named again, a regulator read about, the writer’s own trade, a community’s private messages: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'NPS survey (SurveyMonkey)', text: "Q1 score: 2\nQ2 (What's the main reason for your score?): [no answer]" }, 'silent'],
    [{ channel: 'Marketplace returns', text: 'Product: running watch\nReason (from the list): Size does not fit\nCustomer comment: none' }, 'silent'],
    [{ channel: 'Booksy – изгубени клиенти', text: 'Последно посещение през януари. Не е отговорила на 2 SMS с отстъпка.', status: 'Неактивна' }, 'silent'],
  ])('a question’s label closed by a bracket, a preset reason, SMS offers unanswered: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Сосед сказал, что на его агентство уже подали в суд. Я так не хочу — просто верните залог.' }, 'voicer'],
    [{ channel: 'email', text: 'I reported you to the regulator last week.' }, 'activist'],
    [{ channel: 'Facebook', text: 'Posted the whole story here, avoid them.' }, 'irate'],
    [{ channel: 'CRM отлив', text: 'Абонаментът изтече. Няма запитвания към поддръжката.' }, 'silent'],
  ])('guards (read so before the round too): someone else’s story, a regulator in earnest, a public post, a lapsed subscription: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
