/**
 * The readings of the tuning round after blind set 31 (fixtures/eval/README.md, "Round 32"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 32', () => {
  it.each([
    [{ channel: 'email', text: 'My complaint is now with WATRS after your stage 2 letter.' }, 'activist'],
    [{ channel: 'Имейл', text: 'Подадох сигнал до ИАЛ за сгрешеното лекарство.' }, 'activist'],
    [{ channel: 'Имейл', text: 'Изпратих жалба до МОН за таксата.' }, 'activist'],
  ])('bodies: the water redress scheme, the medicines agency, the education ministry: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CRM churn feed', text: 'Subscription cancelled in app. Complaint raised: No. Likely reason: moved house.', status: 'Churned' }, 'silent'],
    [{ channel: 'CRM отлив', text: 'Абонаментът е прекратен. Оплакване: не. Вероятна причина: цена.' }, 'silent'],
    [{ channel: 'Win-back emails', subject: 'Re: We miss you', text: 'I am on annual leave until 3 June and will reply on my return.' }, 'silent'],
    [{ channel: 'Bitrix24 (рассылка)', subject: 'Re: Скучаем', text: 'Я в отпуске до 15.06, отвечу после возвращения.' }, 'silent'],
    [{ channel: 'SMS reminders (replies)', text: 'STOP', status: 'Unsubscribed' }, 'silent'],
  ])('a reason the system inferred, an out-of-office reply in the first person, a one-word decline as the whole text: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Instagram DM (Brandwatch)', text: 'Hello, my order #5531 arrived broken, can you send a new one?' }, 'voicer'],
    [{ channel: 'WhatsApp (amoCRM)', text: 'Мебель обещали привезти в среду, уже пятница. Когда?' }, 'voicer'],
    [{ channel: 'Mumsnet thread', text: 'Nursery kept our deposit after we gave notice. Do I need a solicitor for £400?' }, 'irate'],
  ])('a private message through a listening tool, a question after a statement, asking whether a solicitor is needed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk', text: 'I am outraged: I have sent my complaint to the Financial Ombudsman.' }, 'activist'],
    [{ channel: 'CRM', text: 'Reason: the courier was rude.' }, 'voicer'],
    [{ channel: 'Brandwatch social listening', text: 'Avoid this shop, they ignore every DM.' }, 'irate'],
  ])('guards (read so before the round too): a body brought in, a reason in words, "DM" in a listened post’s text: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
