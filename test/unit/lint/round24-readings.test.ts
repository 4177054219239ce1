/**
 * The lint readings of round 24 (fixtures/eval/README.md, "Lint round 24"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a policy told by what it does ("Our policy is to charge 50% for…") states the rule, no phrase customers hate;
 *   "that's our policy" still offers the policy as the answer;
 * - what went wrong told as outside our control ("that's not something we can control", «это от нас не зависит», «това не
 *   зависи от нас») refuses responsibility (`dismissive`); the courteous excuse of a notice ("circumstances beyond our
 *   control", «по независящим от нас причинам», «по независещи от нас причини») and what we do after it ("…, but we have
 *   asked…") are none;
 * - access refused to whoever does not pay, in the first person ("Anyone who has not paid by Friday — we will not take the
 *   child", «Кто не оплатит до пятницы — ребёнка не принимаем», «Който не плати до петък, детето не го приемаме»), threatens
 *   and dismisses, as round 20's passive «не будет допущен» does;
 * - the channel the customer wrote through refused ("We don't rebook by email.", «по почте не записываем», «По имейл не
 *   приемаме») closes the conversation (`dismissive`), as round 9's «По телефону не консультируем.» does, also after a comma or a dash;
 *   a way offered after it ("…, but I will call you", «…, но мы перезвоним») refers.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a policy told by what it does states the rule', () => {
  it('en: "Our policy is to …" is no hated phrase', () => {
    const text = 'Dear Mr Hale,\n\nThank you for your message about the charge for your missed class, and I am sorry you were ill.\n\nOur policy is to charge half the fee when a class is cancelled on the day, because the instructor is still paid for it. This time we will add the class back to your pass instead.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nLaura Finch\nFront Desk, Peak Yoga';
    expect(rulesOf(text, 'en')).not.toContain('hated-phrase');
  });

  it.each([
    "That's our policy.",
    'It is our policy and we will not change it.',
    'Our policy does not allow refunds.',
  ])('en guard: %s still offers the policy as the answer', (sentence) => {
    const text = `Hi Mr Hale,\n\nYour refund request was received. ${sentence}\n\nRegards,\nLaura Finch\nFront Desk`;
    expect(rulesOf(text, 'en')).toContain('hated-phrase');
  });
});

describe('what went wrong told as outside our control refuses responsibility', () => {
  it.each([
    ['en', 'Hi Tom,\n\nThe parcel left our warehouse on time. Delays at the depot are not something we can control.\n\nThanks,\nGemma\nCustomer Services'],
    ['en', 'Hi Tom,\n\nThe colours on your screen may differ from the real thing, and that is nothing we can control.\n\nThanks,\nGemma\nCustomer Services'],
    ['ru', 'Здравствуйте, Олег!\n\nПосылка ушла со склада вовремя. Сроки доставки от нас не зависят.\n\nМария\nСлужба поддержки'],
    ['ru', 'Здравствуйте, Олег!\n\nЦвет на экране может отличаться, это от нас не зависит.\n\nМария\nСлужба поддержки'],
    ['bg', 'Здравейте, Иване,\n\nПратката излезе от склада навреме. Сроковете на куриера не зависят от нас.\n\nМария\nОбслужване на клиенти'],
    ['bg', 'Здравейте, Иване,\n\nЦветът на екрана може да е различен, това не зависи от нас.\n\nМария\nОбслужване на клиенти'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Tom,\n\nThank you for your patience. Due to circumstances beyond our control, the shop will open at 12:00 on Monday.\n\nKind regards,\nGemma Hill\nCustomer Services'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за терпение. По независящим от нас причинам магазин откроется в понедельник в 12:00.\n\nС уважением,\nМария Иванова\nСлужба поддержки'],
    ['bg', 'Здравейте, Иване,\n\nБлагодарим за търпението. По независещи от нас причини магазинът ще отвори в понеделник в 12:00.\n\nС уважение,\nМария Иванова\nОбслужване на клиенти'],
    ['en', 'Hello Tom,\n\nThank you for your message. The courier\'s delays are not something we can control, but we have asked them to deliver on Friday by 12:00.\n\nKind regards,\nGemma Hill\nCustomer Services'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за письмо. Сроки доставки от нас не зависят, но мы уже попросили курьера привезти заказ в пятницу до 12:00.\n\nС уважением,\nМария Иванова\nСлужба поддержки'],
    ['bg', 'Здравейте, Иване,\n\nБлагодарим за писмото. Сроковете на куриера не зависят от нас, но вече го помолихме да достави в петък до 12:00.\n\nС уважение,\nМария Иванова\nОбслужване на клиенти'],
  ] as const)('%s guard: the courteous excuse, or what we do after it, is none: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('access refused to whoever does not pay, in the first person, threatens', () => {
  it.each([
    ['en', 'Dear parents,\n\nThe fee for March is still unpaid for six children. Anyone who has not paid by Friday — we will not take the child on Monday.\n\nThe Office'],
    ['en', 'Dear parents,\n\nThe fee for March is still unpaid. If you do not pay by Friday, we will not admit your child on Monday.\n\nThe Office'],
    ['ru', 'Уважаемые родители!\n\nОплата за март не внесена у шести человек. Кто не оплатит до пятницы — ребёнка в понедельник не принимаем.\n\nАдминистрация'],
    ['ru', 'Уважаемые родители!\n\nОплата за март не внесена. Если не оплатите до пятницы, в понедельник детей не примем.\n\nАдминистрация'],
    ['bg', 'Уважаеми родители,\n\nТаксата за март не е платена от шест семейства. Който не плати до петък, детето в понеделник не го приемаме.\n\nАдминистрацията'],
    ['bg', 'Уважаеми родители,\n\nТаксата за март не е платена. Ако не платите до петък, в понеделник няма да приемем детето.\n\nАдминистрацията'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Dear parents,\n\nIf you have not paid by Friday, please let us know and we will take the child on Monday as usual.\n\nKind regards,\nAnna Moss\nThe Office'],
    ['ru', 'Уважаемые родители!\n\nКто не успеет оплатить до пятницы, напишите нам: ребёнка в понедельник примем как обычно.\n\nС уважением,\nАнна Мосина\nАдминистрация'],
    ['bg', 'Уважаеми родители,\n\nКойто не успее да плати до петък, нека ни пише: детето в понеделник ще го приемем както обикновено.\n\nС уважение,\nАнна Мосева\nАдминистрацията'],
  ] as const)('%s guard: access kept is no threat: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('booking refused on the channel the customer wrote through closes the conversation', () => {
  it.each([
    ['en', 'Hi Sam,\n\nThe engineer came at 11:40 and nobody was in. We don\'t rebook by email.\n\nThanks,\nGemma\nCustomer Services'],
    ['en', 'Hi Sam,\n\nFor a new date call the office, we do not book visits by email.\n\nThanks,\nGemma\nCustomer Services'],
    ['ru', 'Здравствуйте, Олег!\n\nМастер приезжал в 11:40. Новую дату назначаем по телефону, по почте не записываем.\n\nМария\nСервисная служба'],
    ['ru', 'Здравствуйте, Олег!\n\nНужна новая дата — звоните диспетчеру, по почте не записываем.\n\nМария\nСервисная служба'],
    ['bg', 'Здравейте, Иване,\n\nТехникът идва в 11:40. Нов час даваме по телефона, по имейл не записваме.\n\nМария\nСервиз'],
    ['bg', 'Здравейте, Иване,\n\nЗа нов час звънете на диспечера, по имейл не записваме.\n\nМария\nСервиз'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hi Sam,\n\nThank you for your message. We cannot rebook by email, but I will call you today at 15:00 to find a new date.\n\nKind regards,\nGemma Hill\nCustomer Services'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за письмо. По почте не записываем, но мы перезвоним вам сегодня в 15:00 и подберём дату.\n\nС уважением,\nМария Иванова\nСервисная служба'],
    ['bg', 'Здравейте, Иване,\n\nБлагодарим за писмото. По имейл не записваме, но ще Ви се обадим днес в 15:00 за нов час.\n\nС уважение,\nМария Иванова\nСервиз'],
  ] as const)('%s guard: a way offered after it: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});
