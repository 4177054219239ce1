/**
 * The readings of the tuning round after blind sets 146, 147 and 148 (fixtures/eval/README.md, "Round 89"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 89', () => {
  it.each([
    [{ channel: 'Qualtrics – guest survey', subject: 'Q1 Overall: 2 | Q2 Rooms: 1 | Q3 Staff: 3' }, 'silent'],
    [{ channel: 'Google Формы — отзыв', subject: 'Еда: 2 ★ | Сервис: 1 ★' }, 'silent'],
    [{ channel: 'Анкета на изхода', subject: 'Храна: 2 | Обслужване: 1' }, 'silent'],
    [{ channel: 'Tripleseat – lead status change', subject: 'Lead lost: Kim, 30th birthday', status: 'Lost', text: 'Status changed: Proposal Sent → Lost\nLost reason: No response\nNotes: sent revised menu + quote on 28/05 and 08/06, no answer either time.' }, 'silent'],
    [{ channel: 'Анкетолог — опрос', text: 'Насколько вероятно, что вы нас порекомендуете? 2\nЧто нам стоит улучшить? (вопрос пропущен)' }, 'silent'],
    [{ channel: 'Viber', text: 'zdraveite, shte otkajem chasa v petak. mersi' }, 'silent'],
    [{ channel: 'Firebase export', text: 'event=app_remove; platform=ios; last_screen=basket' }, 'silent'],
    [{ channel: 'бележка на касиер', text: 'Клиентката върна картата си и поиска да бъде анулирана. Попитах дали има проблем — отговори „не искам да говоря за това“.' }, 'silent'],
    [{ channel: 'voice', text: 'Daughter rang to say her dad won\'t be renewing the cover. Asked if anything was wrong - she said "just leave it, he\'s decided".' }, 'silent'],
    [{ channel: 'Email', text: 'Dear Sirs,\nWe act for Mr Hale in the sale of the above property. Please cancel the cover from completion on 1 June.\nYours faithfully' }, 'silent'],
    [{ channel: 'Звонок', text: 'Клиент позвонил отменить выезд мастера: «Не надо, сами разберёмся». Что не так — говорить не стал.' }, 'silent'],
    [{ channel: 'Billing – спряно периодично плащане', text: 'Периодичното плащане е спряно от картодържателя. Причина не е подадена.' }, 'silent'],
    [{ channel: 'Viber бот – уведомления', text: 'Потребителят натисна „Спри известията“ и блокира канала.' }, 'silent'],
  ])('ratings field by field, a lead lost, a question skipped, Latin-letter closings, an uninstall, reasons withheld, a sale\'s solicitor, a bot muted: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'If I do not hear back by Friday, the whole story goes on my travel blog.' }, 'irate'],
    [{ channel: 'писмо', text: 'На събранието на блока прочетох на глас писмата ви и всички съседи вече знаят.' }, 'irate'],
    [{ channel: 'letter', text: "I have given a copy of this letter to the Herald and they will print it in next week's paper." }, 'activist'],
    [{ channel: 'web form', text: 'No reply in 20 working days, so I have escalated this to Bus Users UK.' }, 'activist'],
    [{ channel: 'чат', text: 'Утре пиша на „Би Ти Ви“ – имат рубрика за измамени клиенти.' }, 'activist'],
  ])('a travel blog, letters read aloud, a local paper, Bus Users UK, a TV slot for cheated customers: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', subject: 'Guests: 4 | Nights: 2', text: '' }, 'voicer'],
    [{ channel: 'email', text: 'I read the reviews on Trustpilot before booking.' }, 'voicer'],
  ])('guards (read so before the round too): counts in fields are no ratings (the subject stays a comment); reviews read: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
