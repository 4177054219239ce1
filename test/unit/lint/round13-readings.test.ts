/**
 * The lint readings of round 13 (fixtures/eval/README.md, "Lint round 13"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - the period the customer is charged for ("you are charged for the whole of June", «июнь оплачивается
 *   полностью», «ще Ви таксуваме за целия юни») is the customer's bill, no step of ours and no substance, as a
 *   rule's deadline is none; a charge waived ("we will not charge you for June") keeps its month;
 * - a bare order to read the terms at a sentence's start ("Consult the user manual.", «Ознакомьтесь с
 *   правилами клуба.», «Запознайте се с общите условия.») is the lecture "read the instructions before
 *   contacting us" without its "before": it dismisses. "Please…" or a part of ours in the sentence asks or helps.
 * So a reply that only states a rule — no greeting, no reason or step of ours, no signature — lands below 50.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('the period the customer is charged for is no step of ours', () => {
  it.each([
    ['en', 'Membership ends two months after you tell the front desk.\nYou are charged for the whole of June.'],
    ['en', 'The plan runs to the end of its term.\nJuly is payable in full.'],
    ['ru', 'Абонемент прекращается через два месяца после заявления.\nИюнь оплачивается полностью.'],
    ['ru', 'Договор действует до конца срока.\nЗа апрель спишем полную сумму.'],
    ['bg', 'Членството се прекратява два месеца след заявлението.\nЩе Ви таксуваме за целия юни.'],
    ['bg', 'Договорът важи до края на срока.\nАприл се заплаща изцяло.'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('next-step');
    expect(rules).toContain('no-substance');
  });

  it.each([
    ['en', 'Hello Ms Park,\n\nThank you for your message, and I am sorry the studio was closed for most of June.\nWe will not charge you for June.\n\nIf you have any questions, just reply.\nKind regards,\nAnna Bell, Members team'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо, что написали, и простите, что студия почти весь июнь была закрыта.\nЗа июнь мы ничего не спишем.\n\nЕсли останутся вопросы, пишите.\nС уважением,\nАнна Белова, отдел клиентов'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим Ви за писмото и се извиняваме, че студиото беше затворено почти целия юни.\nНяма да Ви таксуваме за юни.\n\nПри въпроси ни пишете.\nПоздрави,\nАнна Белева, отдел „Клиенти“'],
  ] as const)('guard: a charge waived keeps its month a time (%s)', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
  });

  it.each([
    ['en', 'Hello Ms Park,\n\nThank you for letting us know you are moving away. Your contract has a one-month notice period, so your last payment will be taken on 1 May and you will be billed for May as usual, with nothing after that.\nI have sent you a written confirmation today.\n\nIf you have any questions, just reply.\nKind regards,\nAnna Bell, Members team'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо, что предупредили о переезде. По договору срок уведомления — один месяц, поэтому последний платёж спишем 1 мая, и май оплачивается как обычно, а дальше ничего.\nПодтверждение я отправила вам сегодня.\n\nЕсли останутся вопросы, пишите.\nС уважением,\nАнна Белова, отдел клиентов'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим Ви, че ни уведомихте за преместването. Договорът има едномесечно предизвестие, затова последното плащане ще бъде на 1 май и май се плаща както обикновено, а след това нищо.\nПотвърждението Ви изпратих днес.\n\nПри въпроси ни пишете.\nПоздрави,\nАнна Белева, отдел „Клиенти“'],
  ] as const)('guard: a polite reply that explains a notice period, thanks, gives its date and signs stays ≥ 80 (%s)', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.findings.map((finding) => finding.rule)).not.toContain('next-step');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('a bare order to read the terms is a lecture', () => {
  it.each([
    ['en', 'Consult the user manual.'],
    ['en', 'Check the terms and conditions.'],
    ['ru', 'Ознакомьтесь с правилами клуба.'],
    ['ru', 'Изучите условия оферты.'],
    ['bg', 'Запознайте се с общите условия.'],
    ['bg', 'Препрочетете правилата.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Please read section 4 of your contract, which I have attached.'],
    ['en', 'Check your contract number on the first page and we will find your account.'],
    ['ru', 'Пожалуйста, ознакомьтесь с правилами во вложении: если что-то неясно, я позвоню вам завтра.'],
    ['bg', 'Моля, запознайте се с условията в приложението, а аз ще Ви се обадя утре.'],
  ] as const)('guard: a request or help is none (%s: %s)', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a reply that only states a rule is far below 50', () => {
  it.each([
    ['en', 'Membership ends two months after you tell the front desk.\nYou are charged for the whole of June.'],
    ['en', 'Lessons are cancelled only with a week of notice.\nConsult the studio rules.\nThe next term starts on 3 May.'],
    ['ru', 'Абонемент прекращается через два месяца после заявления.\nИюнь оплачивается полностью.'],
    ['ru', 'Занятия отменяются только с уведомлением за неделю.\nОзнакомьтесь с правилами студии.\nНовый семестр начинается 3 мая.'],
    ['bg', 'Членството се прекратява два месеца след заявлението.\nЩе Ви таксуваме за целия юни.'],
    ['bg', 'Уроците се отменят само със седмица предизвестие.\nЗапознайте се с правилата на студиото.\nНовият срок започва на 3 май.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });
});
