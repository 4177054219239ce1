/**
 * The readings of the tuning round after blind set 37 (fixtures/eval/README.md, "Round 38"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 38', () => {
  it.each([
    [{ channel: 'Zendesk', text: 'Is your wallet even FCA regulated? My top-up went through twice. Refund the second one.' }, 'voicer'],
    [{ channel: 'Usedesk', text: 'А лицензия ЦБ у вас точно есть? Платёж висит третий день, найдите его.' }, 'voicer'],
    [{ channel: 'Zendesk', text: 'Лицензирани ли сте от БНБ? Преводът ми виси от седмица, проверете.' }, 'voicer'],
    [{ channel: 'X (social listening)', text: 'someone should get a lawyer onto @FastLift honestly. 40 minutes stuck on the chair. never again' }, 'irate'],
    [{ channel: 'Telegram (мониторинг)', text: 'Пусть журналисты приедут и посмотрят на наши баки. Репост!' }, 'irate'],
    [{ channel: 'TikTok (social listening)', text: 'Нека БНТ види как висим на лифта 30 минути. #never' }, 'irate'],
    [{ channel: 'Отзывы 2ГИС', text: 'Хотела в суд, но пожалела нервы. Переезд с ними — кошмар, не советую.' }, 'irate'],
    [{ channel: 'Веб-форма', text: 'Хотел сразу жаловаться в прокуратуру, но решил сначала к вам: контейнер сломан с января.' }, 'voicer'],
    [{ channel: 'Отзывы (мониторинг)', text: 'Я сама работаю в Роспотребнадзоре, но писать туда не буду. Просто предупреждаю людей: анализ шёл две недели.' }, 'irate'],
  ])('a licence asked about, a wish that someone would, a step wanted and let go, the writer\'s own work at a body: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Intercom chat', text: 'A member of staff grabbed my daughter by the wrist. I am reporting this to the LADO tomorrow.' }, 'activist'],
    [{ channel: 'Телефонен дневник', text: 'Майка на дете от група „Зайчета“: заяви, че е подала сигнал до Агенцията за закрила на детето.' }, 'activist'],
    [{ channel: 'Имейл', text: 'Пратих записа, в който администраторката казва „такива неща стават“, на екипа на „Господари на ефира“.' }, 'activist'],
    [{ channel: 'Почта', text: 'Воспитатель толкнул ребёнка. Я написала заявление в органы опеки.' }, 'activist'],
  ])('a safeguarding officer, the child protection agency, a quotation between the verb and the party: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'RepairShopr', subject: 'Uncollected', text: 'iPhone 12 - repair complete 3 Oct. SMS x2, calls x2 no answer. Moved to uncollected shelf.' }, 'silent'],
    [{ channel: 'Email', subject: 'Re: Quote Q-118', text: '(no message body)\n\n-- Customer clicked Decline quote in the portal.' }, 'silent'],
    [{ channel: 'Заявление (детский клуб)', subject: 'Отчисление', text: 'Отчисление по инициативе родителя с 01.04. Графа «причина» не заполнена.' }, 'silent'],
    [{ channel: '1С:Документооборот', subject: 'Расторжение договора', text: 'Уведомление о расторжении с 01.05. Письменных претензий от абонента не поступало.' }, 'silent'],
  ])('a repair left uncollected, a quote declined under an empty body, a withdrawal with its reason empty, a contract ended without claims: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I have reported you to the FCA; their reference is FCA-88213.' }, 'activist'],
    [{ channel: 'Front desk', text: 'Resident: bins on Mill Lane not collected for three weeks. Wants a call back.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Я подала жалобу в прокуратуру, копию прикладываю.' }, 'activist'],
  ])('guards (read so before the round too): a body reported to, bins not collected as a complaint, a complaint filed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
