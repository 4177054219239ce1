/**
 * The lint readings of round 17 (fixtures/eval/README.md, "Lint round 17"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a debt said to be absent in any grammatical case («справка об отсутствии задолженности», "a no-debt
 *   letter", «удостоверение за липса на задължения») tells the customer they owe nothing: no payment reminder;
 * - a question offering an act of ours ("Shall we move you to the yearly plan?", «Оформить вам рассрочку?»,
 *   «Да Ви запишем ли за вторник?») invites an answer, as "would you like…" does;
 * - a title before the signer's name («д-р Мария Колева», «проф. Иванов», "dr. Smith") is part of the name.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

describe('a debt said to be absent is no payment reminder', () => {
  it.each([
    ['ru', 'Здравствуйте, Пётр Ильич!\n\nСпасибо, что написали. Накопительный счёт закроем до 4 мая, а письмо об отсутствии задолженности пришлём в тот же день.\nЕсли появятся вопросы, просто ответьте на это письмо.\n\nС уважением,\nЕлена Носова\nотдел вкладов'],
    ['bg', 'Здравейте, г-н Олсен,\n\nБлагодарим Ви за съобщението. Ще закрием спестовната Ви сметка до 4 май и в същия ден ще Ви изпратим удостоверение за липса на задължения.\nАко имате въпроси, просто отговорете на този имейл.\n\nПоздрави,\nЛена Паркова\nотдел „Влогове“'],
  ] as const)('%s: not read as a reminder', (locale, text) => {
    expect(lint(text, locale).kind).not.toBe('reminder');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });

  it('en guard: a no-debt letter stays no reminder', () => {
    const text = 'Dear Mr Olsen,\n\nThank you for letting us know. Your savings account will be closed by 4 May, and we will email you a no-debt letter the same day.\nIf you have any questions, just reply to this email.\n\nKind regards,\nLena Park\nAccounts team, Fjord Bank';
    expect(lint(text, 'en').kind).not.toBe('reminder');
  });
});

describe('a question offering an act of ours invites an answer', () => {
  it.each([
    ['en', 'Dear Ms Grant,\n\nWe are sorry the charge came as a surprise. The fee is part of the monthly plan, so we cannot cancel it.\nWe can, however, move you to the yearly plan, which has no such fee. Shall we switch you over from June?\n\nKind regards,\nOwen'],
    ['ru', 'Здравствуйте, Ирина!\n\nНам жаль, что платёж оказался неожиданным. Плата входит в месячный тариф, поэтому отменить её мы не можем.\nЗато можем разбить сумму на три части без переплаты. Оформить вам рассрочку с июня?\n\nС уважением,\nОлег'],
    ['bg', 'Здравейте, г-жо Грант,\n\nСъжаляваме, че таксата Ви изненада. Тя е част от месечния план и не можем да я отменим.\nМожем обаче да Ви прехвърлим на годишния план без такава такса. Да Ви прехвърлим ли от юни?\n\nПоздрави,\nОгнян'],
  ] as const)('%s: the offer is there', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Hello,\nWhy should we refund it? The fee is in the contract.'],
    ['ru', 'Здравствуйте.\nЗачем вам возврат? Плата есть в договоре.'],
    ['bg', 'Здравейте.\nЗащо да връщаме парите? Таксата е в договора.'],
  ] as const)('%s guard: a question that offers nothing of ours is no offer', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });
});

describe('a title before the signer\'s name is part of the name', () => {
  it.each([
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за письмо, и простите, что приём задержался.\nМы вернём стоимость консультации на вашу карту до пятницы, 6 марта.\n\nСпасибо за понимание,\nпроф. Анна Лебедева\nклиника «Здоровье»'],
    ['bg', 'Здравейте, г-н Христов,\n\nБлагодарим, че ни писахте, и се извиняваме за дългото чакане.\nЩе Ви възстановим таксата за прегледа по картата до петък, 6 март.\n\nБлагодарим за търпението,\nд-р Мария Колева\nМедицински център „Здраве“'],
  ] as const)('%s: the reply is signed', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('signature');
    expect(rules).not.toContain('signature-name');
  });

  it('en guard: "dr." before a name stays signed', () => {
    const text = 'Dear Mr Hale,\n\nThank you for writing, and we are sorry your dog waited so long.\nWe will refund the consultation fee to your card by Friday, 6 March.\n\nThank you for your patience,\ndr. Rosa Vidal\nPaws Veterinary Clinic';
    expect(rulesOf(text, 'en')).not.toContain('signature');
  });

  it.each([
    ['en', 'Dear Mr Hale,\n\nWe will refund the fee by Friday, 6 March.\n\nThanks,\ndr.'],
    ['bg', 'Здравейте, г-н Христов,\n\nЩе Ви възстановим таксата до петък, 6 март.\n\nБлагодарим,\nд-р'],
  ] as const)('%s guard: a title alone names no one', (locale, text) => {
    expect(rulesOf(text, locale).filter((rule) => rule === 'signature' || rule === 'signature-name')).not.toEqual([]);
  });
});
