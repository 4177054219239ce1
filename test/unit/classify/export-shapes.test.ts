/**
 * docs/definitions.md, "Whose words a record holds": more shapes in which exports write a silent
 * customer — questionnaire lines ("Q: …? Answer: 2", «…? — 3»), fields separated by ";",
 * placeholders in brackets or qualified ("[skipped]", "Other (not specified)", «(празно)»), a prompt
 * passed by ("Feedback prompt dismissed"), "No tickets", CRM products and loyalty feeds as systems,
 * survey platforms and survey subjects as forms, no-shows and deleted profiles. The records here are
 * written for this test, not taken from fixtures/eval.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { run } from './helpers.js';

function typeOf(record: ComplaintRecord): string {
  const result = run(record);
  return 'skipped' in result ? 'skipped' : result.type;
}

describe('silent customers in more export shapes', () => {
  it.each([
    // Questionnaire exports: an answer label, a dash before the answer, an empty answer.
    [{ channel: 'typeform', subject: 'Onboarding feedback', text: 'How easy was setup? Answer: 1\nWhat should we improve? Answer:' }],
    [{ channel: 'Опрос', subject: 'Оценка доставки', text: 'Насколько вы довольны курьером? Ответ: 2. Что улучшить? Ответ: —' }],
    [{ channel: 'Google Forms', subject: 'Анкета след курса', text: 'Бихте ли препоръчали курса? — Не. Коментар: (празно)' }],
    // Fields on one line, separated by semicolons; a survey platform's name as the channel.
    [{ channel: 'Qualtrics', subject: 'Post-visit survey', text: 'Q1 Overall satisfaction: 2/10; Q2 Likelihood to return: 1/10; Q3 Comments: (blank)' }],
    [{ channel: 'Анкета', subject: 'Оценка', text: 'Оценка: 2; Комментарий: не заполнено' }],
    // A channel that does not say "survey", with a subject that does.
    [{ channel: 'kiosk', subject: 'Guest survey', text: 'Food: 2/10; Service: 3/10; Anything else you want to tell us? nothing to add' }],
    // Placeholders in brackets, or qualified by another.
    [{ channel: 'returns portal', subject: 'RMA 7781', text: 'Reason: Other (please specify)\nDetails: [empty]' }],
    [{ channel: 'Cancellation form', subject: 'Cancel', text: 'Cancellation reason: [skipped]. Exit survey: not completed.' }],
    // A prompt for words passed by, in an app.
    [{ channel: 'app', subject: 'Account deleted', text: 'User deleted the account in Settings. Exit survey dismissed.' }],
    // A CRM by name: its third-person notes are the system's; "no tickets" says no words were left.
    [{ channel: 'Salesforce', subject: 'Renewal', text: 'Contract not renewed at term end. No tickets, no notes from the account.' }],
    [{ channel: 'amoCRM', subject: 'Тариф', text: 'Тариф понижен клиентом: Бизнес → Старт. Заявок нет.' }],
    // A loyalty programme's dormancy feed.
    [{ channel: 'Loyalty programme', subject: 'Dormant member', text: 'Gold member, 4 visits a month in 2025. Last stamp on 3 May. 2 free drinks on balance.', status: 'dormant' }],
    // No-shows and a deleted profile, as a booking system or an app logs them.
    [{ channel: 'Booking system', subject: 'No-show', text: 'Patient did not attend the 10:30 hygiene appointment. Reminder SMS delivered.' }],
    [{ channel: 'Запись онлайн', subject: 'Неявка', text: 'Клиент не явился на стрижку 14:00. Напоминание отправлено.' }],
    [{ channel: 'Приложение', subject: 'Изтрит профил', text: 'Потребителят изтри профила си. Остатък: 12,50 лв. Обратна връзка: не е дадена.' }],
    // Fields separated by bars; a rating drawn as a face; a rating in words.
    [{ channel: 'Survey', subject: 'Delivery', text: 'How was your delivery? 😞 | Tell us more: —' }],
    [{ channel: 'Опрос', subject: 'После визита', text: 'Ваша оценка: недоволен | Комментарий: (пусто)' }],
  ])('%j', (record) => {
    expect(typeOf(record)).toBe('silent');
  });
});

describe('guards: the customer’s own words in the same shapes stay a voicer', () => {
  it.each([
    [{ channel: 'typeform', subject: 'Onboarding feedback', text: 'How easy was setup? Answer: 1\nWhat should we improve? Answer: the import kept failing on my CSV' }],
    [{ channel: 'Qualtrics', subject: 'Post-visit survey', text: 'Overall: 2/10; Comments: the waiting room was freezing' }],
    [{ channel: 'Salesforce', subject: 'Renewal', text: 'Customer said the price rise is why they left.' }],
    // A technician who did not come, in the customer's words.
    [{ channel: 'Email', subject: 'Мастер', text: 'Мастер не пришёл в назначенное время, жду уже третий день.' }],
    // "Report a bug" and "billing" are what a ticket is about, not a system that writes it.
    [{ channel: 'Report a bug', subject: 'Export broken', text: 'Since the update the export to Excel is empty. Please fix.' }],
    [{ channel: 'Get help with billing', subject: 'Charged twice', text: 'Please fix the double charge.' }],
  ])('%j', (record) => {
    expect(typeOf(record)).toBe('voicer');
  });
});
