/**
 * The lint readings of round 66 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer told not to expect an answer ("Do not expect a reply before Tuesday.", «Не ждите ответа до
 * вторника», „Не очаквайте отговор преди вторник“), a visit refused in the first person ("We will not be sending anyone again",
 * «Мастера больше не пришлём», „Няма да изпращаме никого“), a discussion refused with another object ("we will not be
 * discussing it further") and the customer told not to waste time ("we'd advise you not to waste everyone's time", «не тратьте
 * наше время», „не губете времето ни“) dismiss; what we told the customer before, cited as the answer ("as we have told you
 * before", «как мы вам уже говорили», „както сме ви казвали“), is a hated phrase. A cut-off in place told with its way back
 * («Отгрузки приостановлены… как только…, отгрузки возобновятся») is no threat, and a request to send with «пожалуйста» between
 * commas and our act after it without the pronoun («пришлите, пожалуйста, их номера — проверю») offers to answer.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rules = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const noReply: Case[] = [
  ['en', 'Thank you for your message. The office is closed. Do not expect a reply before Tuesday.'],
  ['en', "Thank you for your message. Don't expect a response this week."],
  ['ru', 'Спасибо за сообщение. Офис закрыт. Не ждите ответа до вторника.'],
  ['ru', 'Спасибо за сообщение. Ответа от нас до понедельника не ждите.'],
  ['bg', 'Благодарим за съобщението. Офисът е затворен. Не очаквайте отговор преди вторник.'],
  ['bg', 'Благодарим за съобщението. Не очаквайте допълнителен отговор.'],
];
const noVisit: Case[] = [
  ['en', 'Thank you for your email. The damp is condensation. We will not be sending anyone again.'],
  ['en', "Thank you for your email. There is no fault on our network. We won't send an engineer."],
  ['ru', 'Спасибо за обращение. Сырость — это конденсат. Мастера мы больше не пришлём.'],
  ['ru', 'Спасибо за обращение. Сырость — это конденсат. Больше никого присылать не будем.'],
  ['bg', 'Благодарим за писмото. Влагата е от конденз. Няма да изпращаме никого.'],
  ['bg', 'Благодарим за писмото. Влагата е от конденз. Повече няма да изпратим техник.'],
];
const toldBefore: Case[] = [
  ['en', 'Thank you for your email. The damp is condensation, as we have told you before.'],
  ['en', 'Thank you for your email. As we told you, the boiler is working. I will call you on Monday at 10:00.'],
  ['ru', 'Спасибо за обращение. Как мы вам уже говорили, котёл исправен.'],
  ['ru', 'Спасибо за обращение. Как мы вам уже объясняли, это конденсат.'],
  ['bg', 'Благодарим за писмото. Както сме ви казвали, котелът е изправен.'],
  ['bg', 'Благодарим за писмото. Както ви казахме, влагата е от конденз.'],
];
const closedTalk: Case[] = [
  ['en', 'Thank you for your email. The deduction stands and we will not be discussing it further.'],
  ['en', "Thank you for your email. We won't discuss the matter further."],
  ['en', "Thank you for your email. You can raise a dispute with the scheme, but we'd advise you not to waste everyone's time."],
  ['en', 'Thank you for your email. Please stop wasting our time with this.'],
  ['ru', 'Спасибо за обращение. Можете оспорить удержание, но не тратьте наше время.'],
  ['ru', 'Спасибо за обращение. Вы только отнимаете у всех время.'],
  ['bg', 'Благодарим за писмото. Можете да оспорите удръжката, но не губете времето ни.'],
  ['bg', 'Благодарим за писмото. Губите времето на всички.'],
];
const cutOffLifted: Case[] = [
  ['ru', 'Отгрузки по договору приостановлены, так как счёт № 2026-0142 на 286 400 ₽ просрочен на 30 дней. Как только поступит оплата или мы согласуем график погашения, отгрузки возобновятся в тот же час. Надеемся на понимание. Предлагаю созвониться сегодня до 17:00.'],
  ['ru', 'Мы приостановили отгрузки, потому что счёт № 2026-0142 на 286 400 ₽ не оплачен с 5 сентября. Отгрузки возобновятся в день оплаты или сразу после того, как мы согласуем график. Надеемся на понимание. Предлагаю созвониться сегодня до 17:00.'],
  ['en', 'Deliveries on your account are suspended because invoice 2026-0142 for £4,870 is 30 days overdue. As soon as payment arrives or we agree a plan, deliveries will resume within the hour. We understand things can be busy. Could we speak today before 5 pm?'],
  ['en', 'We have suspended deliveries because invoice 2026-0142 for £4,870 has been overdue since 5 September; they will resume the same day payment arrives. We understand things can be busy. Could we speak today before 5 pm?'],
  ['bg', 'Доставките по сметката Ви са блокирани, защото фактура № 2026-0142 за 4 870 € е просрочена с 30 дни; ще ги възобновим веднага щом постъпи плащане. Надяваме се на разбиране. Можем ли да говорим днес до 17:00?'],
  ['bg', 'Поради фактура № 2026-0142 за 4 870 € с падеж 5 септември е наложено спиране на доставките; ще ги възобновим веднага щом постъпи плащане. Надяваме се на разбиране. Можем ли да говорим днес до 17:00?'],
];
const sendThenCheck: Case[] = [
  ['ru', 'Спасибо за звонок. Если какие-то накладные вызывают вопросы, пришлите, пожалуйста, их номера — проверю в первую очередь.'],
  ['ru', 'Спасибо за звонок. Если саженцы не приживутся, пришлите, пожалуйста, фото — заменим их бесплатно.'],
  ['ru', 'Спасибо за звонок. Если списание останется, пришлите выписку, и вернём деньги в тот же день.'],
  ['bg', 'Благодарим за обаждането. Ако някоя фактура е спорна, изпратете, моля, номерата ѝ и ще я проверя приоритетно.'],
];
// A frame with no invitation of its own: the frame's closing invites nothing, so the body alone is read.
const bare = (body: string, locale: LintLocale): string => draft[locale](body);

describe('round 66: the customer told not to expect an answer is dismissed', () => {
  it.each(noReply)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('en: the bare after-hours line scores below 50', () => {
    expect(lint('The office is closed. Do not expect a reply before Tuesday.', 'en').score).toBeLessThan(50);
  });
});
describe('round 66: a visit refused in the first person dismisses', () => {
  it.each(noVisit)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 66: what we told the customer before, cited as the answer, is a hated phrase', () => {
  it.each(toldBefore)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
  it('en: the letting agent that blames the tenant\'s habits scores below 50', () => {
    const text = 'Mrs Hale,\n\nWe have had several emails from you. The mould in your flat is condensation from drying washing indoors, as we have told you before. We will not be sending anyone again. Please ventilate the flat.\n\nHarbour Lettings';
    expect(lint(text, 'en').score).toBeLessThan(50);
  });
});
describe('round 66: a discussion refused and the customer told not to waste time dismiss', () => {
  it.each(closedTalk)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('en: the deposit deduction refused with the dispute mocked scores below 50', () => {
    const text = "Hello,\n\nThe deduction stands. The cleaning fee applies to every tenancy and we will not be discussing it further. If you disagree you can raise a dispute with the deposit scheme, but we'd advise you not to waste everyone's time.\n\nLettings Accounts";
    expect(lint(text, 'en').score).toBeLessThan(50);
  });
});
describe('round 66: a cut-off in place told with its way back is no threat', () => {
  it.each(cutOffLifted)('%s: %s', (locale, body) => {
    const result = lint(bare(body, locale), locale);
    expect(result.kind).toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-threat');
  });
  it('ru: the courteous credit stop scores at least 80', () => {
    const text = 'Уважаемая Анна Сергеевна!\n\nБлагодарим за звонок и просим извинить за то, что отгрузку сегодня придержали.\n\nОтгрузки по договору приостановлены, так как по счетам за сентябрь на сумму 154 200 ₽ просрочка составила 30 дней. Как только поступит оплата или мы согласуем график погашения, отгрузки возобновятся в тот же час.\n\nПредлагаю созвониться сегодня до 16:00, чтобы согласовать график. Если какие-то счета вызывают вопросы, пришлите, пожалуйста, их номера — проверю в первую очередь.\n\nСпасибо за понимание.\n\nС уважением,\nОльга Смирнова\nотдел дебиторской задолженности';
    expect(lint(text, 'ru').score).toBeGreaterThanOrEqual(80);
  });
});
describe('round 66: a request to send with «пожалуйста» or our act without the pronoun offers to answer', () => {
  it.each(sendThenCheck)('%s: %s', (locale, body) => {
    const text = bare(body, locale).replace(/\n\n(С уважением|Поздрави),/u, '\n\n$1,');
    expect(rules(text, locale)).not.toContain('offer-questions');
  });
});
describe('guards (read so before the round too)', () => {
  const notDismissive: Case[] = [
    ['ru', 'Спасибо, что написали. Если есть признаки воспаления, не ждите нас и обратитесь к врачу. Мы позвоним вам завтра в 10:00.'],
    ['en', "Thank you for your message. Please don't expect a reply before Monday, but we will call you on Monday at 9:00."],
    ['en', 'Thank you for your message. We will not send an engineer until the part arrives on Tuesday; I will call you then.'],
    ['ru', 'Спасибо за обращение. Мастера не пришлём, пока не придёт деталь, — мы позвоним вам во вторник.'],
    ['en', 'Thank you for your message. We do not want to waste your time, so I have booked the visit for Monday at 10:00.'],
  ];
  it.each(notDismissive)('%s: no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  const threats: Case[] = [
    ['ru', 'В связи с наличием просроченной задолженности по счёту № 2026-0142 на 286 400 ₽ отгрузки приостановлены до полного погашения.'],
    ['en', 'Invoice 2026-0142 for £240 is overdue. If it is not paid by Friday, your service will be suspended and it will resume only after payment.'],
  ];
  it.each(threats)('%s: a cut-off with no way back, or one to come, still threatens: %s', (locale, body) => {
    expect(has('reminder-threat', body, locale)).toBe(true);
  });
  it('ru: «Пришлите — посмотрим.» with nothing sent named is no invitation', () => {
    expect(rules('Без номера полиса ничего сделать не могу.\nПришлите — посмотрим.', 'ru')).toContain('offer-questions');
  });
});
