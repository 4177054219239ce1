/**
 * docs/definitions.md, "Who wrote the record": a record written by the third party the customer
 * took the complaint to (a lawyer for the customer, a court, a journalist, an authority or an
 * ombudsman writing about the complaint it received) is activist evidence. The records here are
 * written for this test, not taken from fixtures/eval.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { builtinRules, classify, compileRules, explainClassification, mergeRules } from '../../../src/classify/index.js';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { rules, run } from './helpers.js';

function typeOf(record: ComplaintRecord): string {
  const result = run(record);
  return 'skipped' in result ? 'skipped' : result.type;
}

describe('a record the third party wrote is activist', () => {
  it.each([
    // A lawyer writing for the customer.
    [{ channel: 'email', subject: 'Our ref: KL/4471/JM', text: 'We are instructed by our client, Mr Patel, in connection with the kitchen you fitted in March.' }],
    [{ channel: 'Email', subject: 'Претензия', text: 'Действуя от имени и по поручению моего доверителя, требую вернуть уплаченные 120 000 рублей.' }],
    [{ channel: 'Имейл', subject: 'Покана', text: 'Като пълномощник на г-н Иванов Ви каня да възстановите сумата от 300 лв.' }],
    // A journalist asking for comment.
    [{ channel: 'email', subject: 'Evening Echo', text: 'We are working on a story about delayed refunds at your travel agency. Can you send us a statement?' }],
    [{ channel: 'Почта', subject: 'Вопрос', text: 'Наша редакция получила письма о задержках выплат. Ответите на пару вопросов?' }],
    // An authority opening a case on a citizen's complaint.
    [{ channel: 'Письмо', subject: 'Уведомление', text: 'По заявлению гражданина возбуждено дело об административном правонарушении.' }],
    // An authority's or an ombudsman's letter: a complaint reached it, and it demands the company's response.
    [{ channel: 'letter', subject: 'Complaint reference 5521', text: 'We have received a complaint from one of your customers about a delayed repair. We ask you to respond within 21 days.' }],
    [{ channel: 'Почта', subject: 'Исх. № 12-07/331', text: 'В адрес отдела поступила жалоба потребителя на качество ремонта. Просим представить пояснения.' }],
    [{ channel: 'Имейл', subject: 'Сигнал 77', text: 'Постъпил е сигнал от потребител за некачествена услуга. Моля, представете становище.' }],
    [{ channel: 'email', subject: 'Nightly News', text: 'I am a producer at a regional news programme. We would welcome your right of reply before Monday.' }],
    [{ channel: 'Email', subject: 'Вопрос', text: 'Для статьи о сервисах доставки хотели бы узнать вашу позицию по задержкам.' }],
    // A channel naming the press office the letter came through.
    [{ channel: 'Press office', subject: 'Delays', text: 'Could you tell us how many orders were late in November?' }],
    [{ channel: 'Писмо', subject: 'Преписка 4471', text: 'По повод жалба на ваш клиент относно фактура за ток, следва да представите документи.' }],
  ])('%j', (record) => {
    expect(typeOf(record)).toBe('activist');
  });
});

describe('the same words in the customer’s own complaint are not a third party', () => {
  // Guards of the readings above: each half of a pair, and quoted formulae, must not make an activist.
  it.each([
    // A customer quoting a collector's letter.
    [{ channel: 'email', subject: 'Your letter', text: 'Your collector wrote "we act for Acme Bank" — I paid that bill in May. Please check.' }],
    // One half of an authority's letter alone: the customer's own demand, an agent's note of a complaint.
    [{ channel: 'email', subject: 'Delay', text: 'I have been your customer for ten years. Please respond within 14 days.' }],
    [{ channel: 'phone', subject: 'Call note', text: 'Received a complaint from the customer about the late courier. Tracking sent.' }],
    [{ channel: 'Email', subject: 'Обращение', text: 'По моему обращению от 5 марта ответа нет. Прошу предоставить ответ в течение 10 рабочих дней.' }],
    [{ channel: 'email', subject: 'Refund', text: 'I am writing on behalf of my elderly father. Please provide a refund for the broken heater.' }],
    [{ channel: 'email', subject: 'Complaint', text: 'This is a complaint by a loyal customer. Please respond by Friday.' }],
  ])('%j', (record) => {
    expect(typeOf(record)).toBe('voicer');
  });

  it('says why a half of the pair did not count', () => {
    const explained = explainClassification({ channel: 'email', text: 'I have been your customer for ten years. Please respond within 14 days.' }, rules);
    const demand = explained.evidence.find((hit) => hit.rule === 'activist-response-demand');
    expect(demand?.setAside).toBe('uncorroborated');
  });
});

describe('whose third party it is', () => {
  it.each([
    // Third parties in a list share the negation after them.
    [{ channel: 'Чат', text: 'В полицию и в прокуратуру я не пойду, просто верните деньги за сломанный телефон.' }, 'voicer'],
    [{ channel: 'Чат', text: 'В полицию, в прокуратуру и в суд я не пойду. Верните деньги.' }, 'voicer'],
    // Not across a new clause.
    [{ channel: 'Чат', text: 'Я уже ходил в полицию, и в суд я не пойду только если вернёте деньги.' }, 'activist'],
    // Someone else's story: the third party is theirs.
    [{ channel: 'email', text: 'My neighbour said she took her landlord to court over this. I do not want that, just return my deposit.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Приятел ми каза, че е дал друг хотел на съд. Аз искам само парите си обратно.' }, 'voicer'],
  ])('%j → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});

describe('a rules file may pair two rules with `needs`', () => {
  const paired = (): ReturnType<typeof compileRules> => compileRules(
    mergeRules(builtinRules, {
      rules: {
        'activist-ticket-union': { type: 'activist', weight: 0.8, terms: { en: ['tenants union'] }, needs: 'activist-ticket-deadline' },
        'activist-ticket-deadline': { type: 'activist', weight: 0.8, terms: { en: ['by the deadline'] }, needs: 'activist-ticket-union' },
      },
    }),
  );
  const typeWith = (text: string): string => {
    const result = classify({ channel: 'email', text }, paired());
    return 'skipped' in result ? 'skipped' : result.type;
  };

  it('counts the pair together, and neither half alone', () => {
    expect(typeWith('The tenants union asks you to fix the lift by the deadline.')).toBe('activist');
    expect(typeWith('The tenants union meets on Friday.')).toBe('voicer');
    expect(typeWith('Please fix the lift by the deadline.')).toBe('voicer');
  });

  it('refuses a rule that needs a rule that does not exist', () => {
    const call = (): unknown => mergeRules(builtinRules, { rules: { 'my-rule': { type: 'activist', weight: 0.8, terms: { en: ['x y'] }, needs: 'no-such-rule' } } });
    expect(call).toThrow(UsageError);
    expect(call).toThrow(/rules\.my-rule\.needs: there is no rule "no-such-rule"/);
  });
});
