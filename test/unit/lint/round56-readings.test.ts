/**
 * The lint readings of round 56 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Further contact refused in more words ("we will not be entering into further correspondence", "Any further
 * emails will be filed without reply", «Переписка по данному вопросу вестись не будет», «…будут приобщены к делу без
 * ответа», „Кореспонденция по въпроса няма да бъде водена“, „Следващите имейли ще бъдат архивирани без отговор“) and the
 * either-or ultimatum ("Renew or take your child home.", «Платите или забирайте ребёнка.», „Плащайте или търсете друга
 * градина.“) dismiss (`dismissive`); the staff member's act disowned against the training ("That is not how our drivers are
 * trained to work", «Это не то, чему обучены наши водители», „Не така са обучени нашите шофьори“) dismisses nobody; an apology
 * for the impression whose cause the next sentence owns is no insincere apology; an abbreviation in Cyrillic capitals inside a
 * sentence in lower case («показаний ОДПУ», «из ЕГРН», „на НЗОК“) is no shouting. What read so before the round is in the
 * group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const score = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const draft = ROUND_FRAME;

const cases = {
  // Further contact refused.
  stonewall: [
    ['en', 'Our position remains unchanged and we will not be entering into further correspondence on this subject.'],
    ['en', 'We cannot enter into any further correspondence about the charge.'],
    ['en', 'Any further emails will be filed without reply.'],
    ['en', 'Further letters on this matter will be kept on file without response.'],
    ['ru', 'Переписка по данному вопросу вестись не будет.'],
    ['ru', 'Последующие обращения будут приобщены к делу без ответа.'],
    ['ru', 'Повторные жалобы будут оставлены без рассмотрения.'],
    ['bg', 'Кореспонденция по въпроса няма да бъде водена.'],
    ['bg', 'Следващите имейли ще бъдат архивирани без отговор.'],
    ['bg', 'Повторните жалби ще бъдат оставени без разглеждане.'],
  ],
  // An order with the exit as its only other choice.
  ultimatum: [
    ['en', 'Renew your membership or take your child home.'],
    ['en', 'Either book a paid session or leave.'],
    ['en', 'Accept the new price or find another gym.'],
    ['ru', 'Платите или забирайте ребёнка.'],
    ['ru', 'Доплачивайте, либо ищите другой клуб.'],
    ['ru', 'Продлевайте договор или освобождайте бокс.'],
    ['bg', 'Доплатете или си вземете детето.'],
    ['bg', 'Плащайте или търсете друга градина.'],
    ['bg', 'Подновете договора или напуснете клуба.'],
  ],
  // The staff member's act disowned against the training.
  disowned: [
    ['en', 'That is not how our drivers are trained to work, and the driver\'s manager has been informed.'],
    ['en', 'This is not what our staff are trained to do, and I have spoken to the team.'],
    ['en', 'Our engineers are trained to work differently, and I have raised it with his manager.'],
    ['ru', 'Наши водители обучены работать иначе, и руководитель уже в курсе.'],
    ['bg', 'Нашите шофьори са обучени да работят по друг начин и ръководителят е уведомен.'],
  ],
  // An apology for the impression whose cause the next sentence owns.
  owned: [
    ['en', 'I\'m sorry you were left with the impression that nobody cared. The driver had not been briefed on the new route, which was our mistake.'],
    ['en', 'I apologise that you got the impression we ignored you. The message sat unanswered because our inbox rule failed.'],
    ['ru', 'Извините, что у вас сложилось такое впечатление. Из-за болезни воспитателя группу два дня вела замена без инструкций.'],
    ['ru', 'Жаль, что у вас сложилось такое впечатление. Мастер был на больничном, и заказ передали новому сотруднику.'],
    ['bg', 'Извиняваме се, че сте останали с такова впечатление. Треньорът беше в болничен и групата беше поета от заместник без инструкции.'],
    ['bg', 'Съжаляваме, че сте останали с това впечатление. Поради грешка в системата часът не беше записан.'],
  ],
  // An abbreviation in Cyrillic capitals inside a sentence in lower case.
  abbreviation: [
    ['ru', 'Расшифровку показаний ОДПУ мы отправим вам до пятницы.'],
    ['ru', 'Выписку из ЕГРН мы приложили к письму.'],
    ['ru', 'Машины задержались на МКАД из-за снегопада.'],
    ['bg', 'Изследването не е в пакета на НЗОК, но ще Ви върнем сумата.'],
    ['bg', 'Таксата за записването в ИААА се връща изцяло.'],
  ],
} as const;

const guards = {
  // Offers of a choice, a notice's hours: no dismissal.
  noUltimatum: [
    ['en', 'Call us or email us any time.'],
    ['en', 'Choose a new date or cancel your booking online.'],
    ['en', 'Keep the car until Friday or collect your car for free on Monday.'],
    ['ru', 'Звоните или пишите нам в любое время.'],
    ['ru', 'Выберите другую дату или заберите ребёнка пораньше, пожалуйста.'],
    ['bg', 'Обадете се или ни пишете по всяко време.'],
    ['en', 'Further emails sent at weekends will be answered on Monday.'],
  ],
  // The act disowned in words the staff-training reading never matched: no dismissal before the round either.
  disowned: [
    ['ru', 'Это не то, чему обучены наши водители, и его руководитель уже в курсе.'],
    ['bg', 'Не така са обучени нашите шофьори и ръководителят му е уведомен.'],
  ],
  // The staff's training held up as the answer: still a dismissal.
  defended: [
    ['en', 'Our drivers are fully trained.'],
    ['ru', 'Наши водители обучены.'],
    ['bg', 'Всички наши шофьори са обучени.'],
  ],
  // "Sorry you feel that way", an impression apology followed by "but", by the customer's part or by nothing owned: insincere.
  insincere: [
    ['en', 'I\'m sorry you feel that way. The driver had not been briefed on the new route.'],
    ['en', 'I\'m sorry you were left with the impression that nobody cared. However, the driver was late because of your address.'],
    ['ru', 'Извините, что у вас сложилось такое впечатление. Это произошло из-за того, что вы пришли позже.'],
    ['bg', 'Извиняваме се, че сте останали с такова впечатление. Учителката е много опитна.'],
  ],
  // A word in capitals after a pronoun or a particle, or beside capitals: still shouting.
  shouting: [
    ['ru', 'У вас ДОЛГ за март.'],
    ['ru', 'Вам уже ТРИ РАЗА объяснили.'],
    ['ru', 'Мы не БУДЕМ ждать.'],
    ['bg', 'ДВА ПЪТИ ви писахме.'],
    ['en', 'Your payment is late AGAIN.'],
  ],
} as const;

// Curt drafts of our own in the shape of the two this round read: a formal stonewall, a bare ultimatum.
const CURT = [
  ['en', 'Dear Customer,\n\nWe acknowledge receipt of your letter of 3 May. Our position remains unchanged and we will not be entering into further correspondence on this subject. Any further letters will be filed without reply.\n\nRegards,\nClaims Department'],
  ['ru', 'Уважаемый клиент!\n\nВаше письмо от 3 мая получено. Позиция компании не изменилась, переписка по данному вопросу вестись не будет. Последующие обращения будут приобщены к делу без ответа.\n\nС уважением,\nОтдел претензий'],
  ['bg', 'Уважаеми клиенте,\n\nПолучихме писмото Ви от 3 май. Позицията ни не се е променила и кореспонденция по въпроса няма да бъде водена. Следващите писма ще бъдат архивирани без отговор.\n\nС уважение,\nОтдел „Рекламации“'],
  ['ru', 'Абонемент закончился, бесплатно больше нельзя. Платите или забирайте ребёнка.'],
  ['bg', 'Ваучерът свърши, безплатно повече не може. Доплатете или си вземете детето.'],
] as const;

// The same curt ultimatum in English scored below 50 before the round too (no greeting, no signature, no step).
const CURT_BEFORE = [
  ['en', 'The voucher is used up, no more free sessions. Renew or take your child home.'],
] as const;

// Polite replies of our own in the shape of the three this round read.
const POLITE = [
  ['en', 'Hello Carla,\n\nThank you for your email and the photos, and I am very sorry your parcel was thrown over the gate. That is not how our drivers are trained to work, and the driver\'s manager has been informed.\n\nA replacement will be delivered on Thursday between 9:00 and 12:00. Could you please keep the damaged box until then?\n\nKind regards,\nHelena Ruiz\nCourier Care Team'],
] as const;

// The Russian and Bulgarian ones scored 80 or more before the round too (their abbreviation and impression cost 10 each).
const POLITE_BEFORE = [
  ['ru', 'Здравствуйте, Галина Петровна!\n\nСпасибо, что написали нам, и приносим извинения за ошибку в начислении. В январе общедомовой прибор учёта передал показания с ошибкой.\n\nПерерасчёт будет сделан в квитанции за март, до 10 апреля. Расшифровку показаний ОДПУ мы отправим вам на почту до пятницы.\n\nС уважением,\nЕкатерина Лаптева\nАбонентский отдел'],
  ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим Ви за обаждането и се извиняваме, че сте останали с такова впечатление. Треньорът беше в болничен и групата беше поета от заместник без инструкции.\n\nОт понеделник, 9 март, треньорът се връща и тренировките са от 17:00 до 18:30. Ако имате въпроси, пишете ни.\n\nС уважение,\nПетя Иванова\nспортен клуб „Вихър“'],
] as const;

describe('round 56: further contact refused and an either-or ultimatum dismiss; disowned acts, owned impressions, abbreviations', () => {
  it.each(cases.stonewall)('%s: %s refuses further contact', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('dismissive');
  });

  it.each(cases.ultimatum)('%s: %s is an ultimatum', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('dismissive');
  });

  it.each(cases.disowned)('%s: %s disowns the act, it defends nobody', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('dismissive');
  });

  it.each(cases.owned)('%s: %s owns the cause of the impression', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('insincere-apology');
  });

  it.each(cases.abbreviation)('%s: %s holds an abbreviation, no shouting', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('shouting');
  });

  it.each(CURT)('%s: the curt draft %s scores below 50', (locale, text) => {
    expect(score(text, locale)).toBeLessThan(50);
  });

  it.each(POLITE)('%s: the polite draft %s scores 80 or more', (locale, text) => {
    expect(score(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each(guards.disowned)('%s: %s disowns the act, it defends nobody', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('dismissive');
  });

  it.each(CURT_BEFORE)('%s: the curt draft %s scores below 50', (locale, text) => {
    expect(score(text, locale)).toBeLessThan(50);
  });

  it.each(POLITE_BEFORE)('%s: the polite draft %s scores 80 or more', (locale, text) => {
    expect(score(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it.each(guards.noUltimatum)('%s: %s dismisses nobody', (locale, body) => {
    expect(rules(draft[locale](body), locale)).not.toContain('dismissive');
  });

  it.each(guards.defended)('%s: %s defends the staff', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('dismissive');
  });

  it.each(guards.insincere)('%s: %s stays an insincere apology', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('insincere-apology');
  });

  it.each(guards.shouting)('%s: %s still shouts', (locale, body) => {
    expect(rules(draft[locale](body), locale)).toContain('shouting');
  });
});
