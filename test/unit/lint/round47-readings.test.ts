/**
 * The lint readings of round 47 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: what the customer should have done, told as a counterfactual with "you'd" or an irregular participle ("if
 * you'd sent the reading on time…", "if you had paid…") or with Russian «если бы» and the customer's trouble as its
 * consequence, dismisses as round 6's "if you had read…" does; a rhetorical tag pinned to a negated "would" ("…, would you?",
 * «…, правда?», «…, нали?») dismisses and asks nothing; the bill held to in a dispute ("The bill stands.", «Счёт остаётся в
 * силе.», «Сметката остава.») turns a claim down, so the reply answers a complaint; and further contact refused ("Further emails
 * on this matter will not be answered.", «Дальнейшие письма по этому вопросу останутся без ответа.», «По-нататъшни имейли по
 * този въпрос няма да получат отговор.») dismisses. What read so before the round is in the group "guards (read so before the
 * round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

const en = (body: string): string => `Hello Mr Lane,\n\n${body}\n\nKind regards,\nTom Price\nBilling Team`;
const ru = (body: string): string => `Здравствуйте, Олег!\n\n${body}\n\nС уважением,\nИрина Соколова\nРасчётный отдел`;
const bg = (body: string): string => `Здравейте, г-н Иванов,\n\n${body}\n\nПоздрави,\nМария Колева\nОтдел обслужване`;

describe('what the customer should have done, told as a counterfactual, dismisses', () => {
  it.each([
    ['en', en("If you'd sent the meter reading by the 5th, you wouldn't have an estimated bill.")],
    ['en', en("If you'd paid by direct debit you would not have been charged the fee.")],
    ['en', en('If you had sent the form on time, the discount would still apply.')],
    ['en', en("You wouldn't be in this position if you'd checked the statement.")],
    ['ru', ru('Если бы вы вовремя передали показания, у вас не было бы начисления по нормативу.')],
    ['ru', ru('Если бы передавали показания счётчика каждый месяц, вы бы не получили такой счёт.')],
  ] as const)('%s: a dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });
});

describe('a rhetorical tag pinned to a negated "would" dismisses and asks nothing', () => {
  it.each([
    ['en', en("Well, you wouldn't have had a late fee if the payment had gone out on time, would you?")],
    ['ru', ru('Ну а при своевременной передаче показаний начисления по нормативу не было бы, правда?')],
    ['ru', ru('При оплате в срок пени бы не начислили, не так ли?')],
    ['bg', bg('Ако плащането беше навреме, нямаше да има такса за забава, нали?')],
  ] as const)('%s: a dismissive error, and the question is no substance: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('dismissive');
    expect(rules).toContain('no-substance');
  });
});

describe('the bill held to in a dispute turns a claim down: the reply answers a complaint', () => {
  it.each([
    ['en', en('We have checked the meter history. The bill stands.')],
    ['en', en('We have reviewed the photographs and the penalty charge stands as issued.')],
    ['en', en('The estimated invoice remains in force.')],
    ['ru', ru('Мы проверили историю показаний. Счёт остаётся в силе.')],
    ['ru', ru('Штраф за парковку у шлагбаума остаётся в силе.')],
    ['bg', bg('Проверихме историята на показанията. Сметката остава.')],
    ['bg', bg('Глобата за паркиране остава в сила.')],
  ] as const)('%s: kind complaint, an apology owed: %s', (locale, text) => {
    const result = lint(text, locale);
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).toContain('apology');
  });
});

describe('further contact refused dismisses', () => {
  it.each([
    ['en', en('The lift is out of service. Further emails on this matter will not be answered.')],
    ['en', en('Any further correspondence about the bill will receive no reply.')],
    ['en', en("We won't respond to any further messages about this.")],
    ['ru', ru('Лифт не работает. Дальнейшие письма по этому вопросу останутся без ответа.')],
    ['ru', ru('Повторные обращения по данному вопросу не будут рассматриваться.')],
    ['bg', bg('Асансьорът не работи. По-нататъшни имейли по този въпрос няма да получат отговор.')],
    ['bg', bg('На следващи писма по въпроса няма да се отговаря.')],
  ] as const)('%s: a dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // "If you'd like", "if you'd send us…" ask; «если бы» with our step after it asks too.
    ['en', en("If you'd like to spread the cost, we'd be happy to set up two instalments from 1 June.")],
    ['en', en("If you'd send us a photo of the meter, I will correct the bill by Friday.")],
    ['ru', ru('Если бы вы прислали фото счётчика, мы бы пересчитали счёт до пятницы.')],
    // Further contact sent at weekends, answered later, is a notice's hours.
    ['en', en('Further emails sent at weekends will not be answered until Monday at 9:00.')],
    ['ru', ru('Письма, отправленные в выходные, останутся без ответа до понедельника 9:00.')],
  ] as const)('%s: no dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });

  it.each([
    // A question that confirms a fact is still a question; good news about a fee or a discount turns nothing down.
    ['en', en('You were charged on 3 May, is that right?')],
    ['ru', ru('Счёт был выставлен 3 мая, правда?')],
    ['bg', bg('Сметката е от 3 май, нали?')],
  ] as const)('%s: the question is substance: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('no-substance');
  });

  it.each([
    ['en', en('Your monthly fee remains the same after the upgrade, and I will send the new contract today.')],
    ['ru', ru('Ваша скидка остаётся в силе до 31 мая, новый договор я пришлю сегодня.')],
    ['bg', bg('Отстъпката остава в сила до 31 май, а новия договор ще изпратя днес.')],
    ['bg', bg('Сметката остава активна, а новия договор ще изпратя днес.')],
  ] as const)('%s: no complaint: %s', (locale, text) => {
    expect(lint(text, locale).kind).not.toBe('complaint');
  });

  it.each([
    // A time "when X is available" gives no day or time: the step is still owed (round 7).
    ['en', en('We will repair the lift when the contractor is available.')],
    ['ru', ru('Мы починим лифт, когда подрядчик освободится.')],
    ['bg', bg('Ще поправим асансьора, когато изпълнителят е на разположение.')],
  ] as const)('%s: still a next-step error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });

  it.each([
    // Round 6's "if you had read…", «ако бяхте…» and round 31's "we will not reply to further…".
    ['en', en('If you had read the terms, you would have known about the fee.')],
    ['bg', bg('Ако бяхте подали показанията навреме, нямаше да имате прогнозна сметка.')],
    ['en', en('We will not reply to further emails about this.')],
    ['ru', ru('Дальнейшие обращения по этому вопросу рассматриваться не будут.')],
  ] as const)('%s: still a dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });
});
