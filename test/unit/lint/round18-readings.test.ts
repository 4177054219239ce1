/**
 * The lint readings of round 18 (fixtures/eval/README.md, "Lint round 18"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - the signer's name joined to the team by a word ("Nadia from the care team", «Тимур из отдела доставки», «Калина
 *   от екипа на…») names the signer, and after a closing phrase a line that opens with the name and goes on with the
 *   team ("Nadia, on behalf of the Customer Care Team at Bright Lane Opticians") signs even past eight words;
 * - a part of today named by "this" («этим утром», «тази сутрин», «довечера») is a time, as "this morning" and
 *   "tonight" are in English;
 * - a request to send something with "and we…" right after it, without "us" ("please send a photo and we will…",
 *   «пришлите фото, и мы…», «изпратете снимка и ще…»), invites an answer, as "send us…, and we…" does.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);
const signatureRules = (text: string, locale: LintLocale): string[] =>
  rulesOf(text, locale).filter((rule) => rule === 'signature' || rule === 'signature-name');

describe('the signer\'s name joined to the team names the signer', () => {
  it.each([
    ['en', 'Hello Mr Quinn,\n\nThank you for your note, and I am sorry your glasses were late.\nThey are ready now, and we will post them to you on Thursday, 9 April.\n\nKind regards,\nNadia from the Bright Lane care team'],
    ['ru', 'Здравствуйте, Игорь!\n\nСпасибо за письмо, и простите, что торт опоздал.\nСтоимость доставки мы вернём на вашу карту до четверга, 9 апреля.\n\nС уважением,\nТимур из отдела доставки «Сладкий дом»'],
    ['bg', 'Здравейте, г-н Куин,\n\nБлагодарим Ви за писмото и се извиняваме, че поръчката закъсня.\nЩе Ви възстановим таксата за доставка до четвъртък, 9 април.\n\nПоздрави,\nКалина от екипа на „Зелена къща“'],
  ] as const)('%s: a short line, no hint to add a name', (locale, text) => {
    expect(signatureRules(text, locale)).toEqual([]);
  });

  it.each([
    ['en', 'Hello Mr Quinn,\n\nThank you for your note, and I am sorry your glasses were late.\nThey are ready now, and we will post them to you on Thursday, 9 April.\n\nKind regards,\nNadia, on behalf of the Customer Care Team at Bright Lane Opticians'],
    ['ru', 'Здравствуйте, Игорь!\n\nСпасибо за письмо, и простите, что торт опоздал.\nСтоимость доставки мы вернём на вашу карту до четверга, 9 апреля.\n\nС уважением,\nТимур, от имени отдела по работе с клиентами интернет-магазина «Сладкий дом»'],
    ['bg', 'Здравейте, г-н Куин,\n\nБлагодарим Ви за писмото и се извиняваме, че поръчката закъсня.\nЩе Ви възстановим таксата за доставка до четвъртък, 9 април.\n\nПоздрави,\nКалина, от името на отдела за обслужване на клиенти на „Зелена къща“'],
  ] as const)('%s: a longer line after a closing still signs', (locale, text) => {
    expect(signatureRules(text, locale)).toEqual([]);
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Your glasses will be posted on Thursday.\n\nKind regards,\nCustomer Care from Bright Lane'],
    ['ru', 'Заказ приедет в четверг.\n\nС уважением,\nслужба доставки из «Сладкого дома»'],
    ['bg', 'Поръчката ще пристигне в четвъртък.\n\nПоздрави,\nЕкипът от „Зелена къща“'],
  ] as const)('%s guard: a team joined to a place is still no person', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature-name');
  });

  it.each([
    ['en', 'Your glasses are late.\nNadia, the care team has nothing more to add on this matter'],
    ['ru', 'Заказ опоздал.\nИгорь, служба доставки больше ничего не может добавить по этому вопросу сейчас'],
  ] as const)('%s guard: without a closing, a long line naming the customer is body text', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature');
    expect(lint(text, locale).score).toBeLessThan(50);
  });
});

describe('a part of today named by "this" is a time', () => {
  it.each([
    ['ru', 'Здравствуйте, Вера!\n\nСпасибо, что сообщили, и простите за путаницу с заказом.\nПравильный комплект ушёл к вам этим утром курьером.\n\nС уважением,\nАлина\nотдел заказов'],
    ['ru', 'Здравствуйте, Вера!\n\nСпасибо, что сообщили, и простите за путаницу с заказом.\nМастер приедет к вам этим вечером и заменит замок.\n\nС уважением,\nАлина\nотдел заказов'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим Ви, че ни писахте, и се извиняваме за объркването.\nПравилният комплект тръгна тази сутрин с куриер.\n\nПоздрави,\nАлина\nотдел „Поръчки“'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим Ви, че ни писахте, и се извиняваме за объркването.\nТехникът ни идва довечера и сменя ключалката.\n\nПоздрави,\nАлина\nотдел „Поръчки“'],
  ] as const)('%s: the step has its time', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
  });

  it('en guard: "this morning" was a time already', () => {
    const text = 'Hello Ms Petrova,\n\nThank you for letting us know, and I am sorry for the mix-up.\nThe right set went out this morning by courier.\n\nKind regards,\nAlina\nOrders team';
    expect(rulesOf(text, 'en')).not.toContain('next-step');
  });

  it.each([
    ['ru', 'Комплект ушёл этим утром. Вопрос считаем закрытым.'],
    ['bg', 'Комплектът тръгна тази сутрин. Считаме въпроса за приключен.'],
  ] as const)('%s guard: a curt reply with the time stays curt', (locale, text) => {
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['ru', 'Здравствуйте, Вера!\n\nСпасибо, что написали, и простите за сломанный замок.\nМастер у нас приходит по вечерам.\n\nС уважением,\nАлина\nотдел заказов'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим Ви, че ни писахте, и се извиняваме за счупената ключалка.\nТехникът ни идва по сутрините.\n\nПоздрави,\nАлина\nотдел „Поръчки“'],
  ] as const)('%s guard: a part of the day without "this" names no time', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});

describe('a request to send something, and we…, invites an answer', () => {
  it.each([
    ['en', 'Dear Mr Bell,\n\nThank you for writing. I am sorry, but the printed T-shirt cannot be refunded.\nIf the print has peeled, please send a picture and we will print a new one within 4 working days.\n\nKind regards,\nMia\nOrders team'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за обращение. Простите, но футболку с принтом вернуть нельзя.\nЕсли принт отслоился, пришлите снимок, и мы напечатаем новую за 4 рабочих дня.\n\nС уважением,\nМия\nотдел заказов'],
    ['bg', 'Здравейте, г-н Белов,\n\nБлагодарим Ви за писмото. Съжаляваме, но тениската с щампа не подлежи на връщане.\nАко щампата се е обелила, изпратете снимка и ще отпечатаме нова до 4 работни дни.\n\nПоздрави,\nМия\nотдел „Поръчки“'],
  ] as const)('%s: the offer is there', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Hello,\nSend the receipt.'],
    ['en', 'Hello,\nThank you for your email about the shirt, and I have nothing to add.'],
    ['en', 'Hello,\nSend it to the printer and we will close the ticket.'],
    ['ru', 'Здравствуйте.\nПришлите чек.'],
    ['ru', 'Здравствуйте.\nОтправьте её в типографию, и мы закроем заявку.'],
    ['bg', 'Здравейте.\nИзпратете бележката.'],
    ['bg', 'Здравейте.\nИзпратете я към печатницата и ще закрием заявката.'],
  ] as const)('%s guard: %s — no offer', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
    expect(lint(text, locale).score).toBeLessThan(50);
  });
});
