/**
 * The readings of the tuning round after blind set 46 (fixtures/eval/README.md, "Round 47"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 47', () => {
  it.each([
    [{ channel: 'Email', text: 'Dear team,\nPlease correct the double invoice for my scan.\nRegards,\nDr Omar Rahman\nClinical Director, Northern Health Regulator Office' }, 'voicer'],
    [{ channel: 'Email', text: 'Добрый день.\nПрошу заменить часы, не заряжаются.\n\nС уважением,\nИ. С. Петрова\nглавный специалист, Управление Роспотребнадзора по Калужской области' }, 'voicer'],
    [{ channel: 'Web form', text: "I ordered the e-book 'Tenant Rights & the Ombudsman: A Guide' and got a blank file. Please resend." }, 'voicer'],
    [{ channel: 'Google Reviews', text: 'Grant & Lawyer Bookshop lost my order twice. Told my reading group.' }, 'irate'],
  ])('a body in the writer\'s job title, a book\'s title with a colon, a shop\'s name: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Bitrix24', text: 'Внутреннее: клиентка перестала платить по рассрочке, на звонки не отвечает. Передано юристам компании.' }, 'silent'],
    [{ channel: 'Bitrix24', text: 'Вътрешно: клиентът спря вноските, не отговаря на обаждания. Предадено на адвоката на фирмата.' }, 'silent'],
    [{ channel: 'Болнична система', text: 'Контролен преглед 03.03 — неявила се.' }, 'silent'],
    [{ channel: 'Freshdesk', subject: 'Оплакване', text: '(няма текст)\nСистемна бележка: клиентът не е попълнил формата.' }, 'silent'],
  ])('a debt given to the company\'s own lawyers, a no-show, a system note over an empty form: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My solicitor will write to you this week.\nRegards,\nTom Hale' }, 'activist'],
    [{ channel: 'Email', text: 'Подала жалобу в Роспотребнадзор.\nС уважением,\nА. Иванова' }, 'activist'],
  ])('guards (read so before the round too): a party brought in above a signature: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
