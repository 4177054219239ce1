/**
 * The lint readings of round 15 (fixtures/eval/README.md, "Lint round 15"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - the customer's own choice held up as the answer ("You picked that colour.", "We delivered exactly what you
 *   ordered.", «Вы заказали именно этот размер.», «Поръчахте точно тази тарифа.») blames the customer, as "you
 *   ordered the wrong size" does: `dismissive`, and a complaint's answer. Our part in the sentence ("…, and we
 *   packed the other one by mistake") makes it an account of what happened, not blame;
 * - a request to send or tell us something with our part in the sentence ("If it is still missing on Friday,
 *   send us a screenshot and we will refund it", «…пришлите нам выписку, и мы…», «…пратете ни снимка и ще…»)
 *   invites the customer to write back: an offer to hear from them, as "let us know" is. A bare order
 *   ("Send us the receipt.") is still an order and no invitation.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('the customer\'s own choice held up as the answer is blame', () => {
  it.each([
    ['en', 'You picked that colour yourself.\nThe photos on the page are accurate.'],
    ['en', 'We delivered exactly what you ordered.'],
    ['ru', 'Вы заказали именно этот размер.\nФото на сайте верные.'],
    ['ru', 'Доставили ровно то, что вы выбрали.'],
    ['bg', 'Поръчахте точно тази тарифа.\nУсловията са на сайта.'],
    ['bg', 'Доставихме Ви това, което сте избрали.'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.findings.map((finding) => finding.rule)).toContain('dismissive');
    expect(result.kind).toBe('complaint');
  });

  it.each([
    ['en', 'You chose this shade when ordering, and it was shipped on 3 June.\nIf you would like another one, place a new order.'],
    ['ru', 'Вы выбрали этот оттенок при заказе.\nОтправили то, что вы указали.\nЕсли нужен другой, оформляйте новый заказ.'],
    ['bg', 'Избрахте този цвят при поръчката, а пратката тръгна на 3 юни.\nАко искате друг, направете нова поръчка.'],
  ] as const)('%s: a curt wrong-item reply that only holds up the customer\'s choice scores below 50', (locale, text) => {
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Ms Park,\n\nThank you for writing, and I am sorry for the mix-up. You ordered this jacket in blue, and we packed the green one by mistake. I have sent the blue one today by express; it will reach you by Thursday.\n\nIf you have any questions, just reply.\nKind regards,\nLena Ortiz, Orders team'],
    ['en', 'Hello Ms Park,\n\nThank you for writing. I can see that you ordered this size on 4 March, and I am sorry it does not fit. I have booked a free collection for Monday and will send the larger size the same day.\n\nIf you have any questions, just reply.\nKind regards,\nLena Ortiz, Orders team'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали, и простите за путаницу. Вы заказали эту модель в чёрном цвете, а мы по ошибке отправили белую. Чёрную я отправила сегодня, она придёт к четвергу.\n\nЕсли останутся вопросы, пишите.\nС уважением,\nМария Смирнова, отдел заказов'],
    ['bg', 'Здравейте, Борис,\n\nБлагодарим Ви, че ни писахте, и съжаляваме за объркването. Поръчали сте този модел в черно, а ние по грешка изпратихме бял. Черният тръгна днес и ще пристигне до четвъртък.\n\nАко имате въпроси, пишете ни.\nПоздрави,\nМила Петрова, екип „Поръчки“'],
  ] as const)('guard: the customer\'s order told beside our part stays polite (%s)', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.findings.map((finding) => finding.rule)).not.toContain('dismissive');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'We will send exactly what you ordered on Monday.'],
    ['en', 'Thank you for choosing this plan.'],
    ['ru', 'Мы отправим то, что вы заказали, в понедельник.'],
    ['bg', 'Ще изпратим това, което сте поръчали, в понеделник.'],
  ] as const)('guard: a promise or a thank-you is no blame (%s: %s)', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a request to send us something, with our part in it, invites an answer', () => {
  it.each([
    ['en', 'Hello Mr Diaz,\n\nThank you for writing, and I am sorry the charge was taken twice. The second payment will be back on your card by Wednesday.\nIf it has not arrived by Friday, send us your bank statement and we will refund it the same day.\n\nKind regards,\nNora Bell, Billing team'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо, что написали, и простите за двойное списание. Второй платёж вернётся на карту до среды.\nЕсли к пятнице деньги не придут, пришлите нам выписку, и мы вернём их в тот же день.\n\nС уважением,\nАнна Котова, отдел оплаты'],
    ['bg', 'Здравейте, Борис,\n\nБлагодарим Ви, че ни писахте, и съжаляваме за двойното таксуване. Второто плащане ще бъде върнато по картата Ви до сряда.\nАко до петък парите не са пристигнали, пратете ни извлечение от банката и ще ги възстановим още същия ден.\n\nПоздрави,\nМила Петрова, екип „Плащания“'],
  ] as const)('%s: no offer-questions warning', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it('bg: a courteous apology without thanks that invites the customer back scores 80 or more', () => {
    const text = 'Здравейте, Иво,\n\nИзвиняваме се за неудобството. Вчера следобед сайтът не показваше наличностите заради техническа грешка.\nГрешката е отстранена, а вчерашните поръчки ще бъдат изпратени до сряда.\nАко поръчката Ви не тръгне до сряда, уведомете ни на имейла по-долу и аз лично ще я проследя.\n\nПоздрави,\nДана, екип „Поръчки“';
    expect(lintMessage(text, { locale: 'bg' }).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Send us the receipt.'],
    ['ru', 'Пришлите нам чек.'],
    ['bg', 'Изпратете ни бележката.'],
  ] as const)('guard: a bare order is still an order and no invitation (%s: %s)', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('hated-phrase');
    expect(rules).toContain('offer-questions');
  });
});
