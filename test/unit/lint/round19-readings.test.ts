/**
 * The lint readings of round 19 (fixtures/eval/README.md, "Lint round 19"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a decision told as final, not to be discussed ("Our answer is final…", «решение окончательное, пересмотру не
 *   подлежит», «решението ни е окончателно и няма да се обсъжда») closes the matter: dismissive;
 * - the addressees who disagree pointed to the exit in the third person ("Members who don't accept the new price are
 *   free to leave", «Те, кого не устраивает…, могут расторгнуть договор», «Които не приемат…, могат да прекратят…»):
 *   the ultimatum of round 9, dismissive;
 * - an obligation refused in the first person ("We are under no obligation to…", «…мы не обязаны», «Не сме длъжни…»):
 *   refusing responsibility, dismissive, unless a concession comes before it ("Although we are not obliged to…, we…");
 * - the day of what is called off ("Your viewing on Saturday has been cancelled.") is no step of ours; the new time after
 *   the verb is;
 * - a thank-you for patience or understanding after the apology is the convention of a closing, no thanks out of order;
 * - a name written with initials after the signer's role («старший диспетчер А.Н. Котов», «Котов А.Н.») names the signer.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

describe('a decision told as final, not to be discussed, dismisses', () => {
  it.each([
    ['en', 'Dear Mr Ortega,\n\nThe new parking charge of £4 a day applies from 1 May. Our answer is final and the matter is not open to discussion.\n\nRegards,\nFacilities Office'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nС 1 мая плата за парковку составит 200 ₽ в день. Это решение окончательное, пересмотру не подлежит.\n\nС уважением,\nАдминистрация бизнес-центра'],
    ['bg', 'Здравейте, г-н Петров,\n\nОт 1 май таксата за паркинг става 8 лв. на ден. Решението ни е окончателно и няма да се обсъжда.\n\nПоздрави,\nАдминистрацията на сградата'],
  ] as const)('%s: the notice is curt', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Mr Ortega,\n\nThank you for your email about the new parking charge, and I\'m sorry the notice came so late.\nThe charge of £4 a day applies from 1 May. If you would like to discuss it, I can call you on Tuesday at 10:00.\n\nKind regards,\nNina Shaw\nFacilities Office'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nСпасибо за письмо о плате за парковку, и простите, что предупредили поздно.\nОкончательное решение правление примет до пятницы, 14 мая, и я сразу напишу вам.\n\nС уважением,\nНина Шевцова\nадминистрация бизнес-центра'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви за писмото и се извиняваме, че Ви уведомихме късно.\nАко желаете да обсъдим новата такса, ще Ви се обадя във вторник в 10:00 ч.\n\nПоздрави,\nНина Шопова\nотдел „Администрация“'],
  ] as const)('%s guard: a discussion offered, or a final decision still to come, is courteous', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('the addressees who disagree pointed to the exit dismiss', () => {
  it.each([
    ['en', 'Dear members,\n\nMembership rises to £42 a month from 1 June. Members who don\'t accept the new price are free to leave at the end of May.\n\nRegards,\nThe Front Desk'],
    ['ru', 'Уважаемые жильцы!\n\nС 1 июня плата за консьержа вырастет до 450 ₽. Те, кого не устраивает новая цена, могут расторгнуть договор обслуживания.\n\nС уважением,\nУправляющая компания «Уют»'],
    ['bg', 'Уважаеми наематели,\n\nОт 1 юни наемът се увеличава с 5%. Които не приемат новия наем, могат да прекратят договора си с едномесечно предизвестие.\n\nПоздрави,\nУправата на сградата'],
  ] as const)('%s: "those who do not accept it may leave" is an ultimatum', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Dear members,\n\nThank you for being with us. Membership rises to £42 a month from 1 June, and I am sorry we have to ask more.\nMembers who do not wish to continue can cancel free of charge before 1 June, and we will refund any unused days.\n\nKind regards,\nOwen Hale\nMembership Team'],
    ['ru', 'Уважаемые родители!\n\nСпасибо, что вы с нами, и простите, что меняем расписание посреди года.\nС 1 марта занятия группы «Звёздочки» начинаются в 17:00. Те, кого не устраивает новое время, могут перейти в другую группу — напишите нам, и мы подберём удобный день.\n\nС уважением,\nОльга Миронова\nадминистратор студии'],
    ['bg', 'Уважаеми абонати,\n\nБлагодарим Ви за доверието и се извиняваме за промяната в цената.\nОт 1 юни месечната такса става 12 лв. Които не желаят да продължат, могат да прекратят абонамента безплатно до 1 юни — ще Ви възстановим остатъка.\n\nПоздрави,\nИва Маринова\nотдел „Абонаменти“'],
  ] as const)('%s guard: the way out offered with our help is an offer', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('an obligation refused in the first person dismisses', () => {
  it.each([
    ['en', 'Hello Ms Byrne,\n\nThe lockers are emptied every Friday at 18:00, as the sign says. We are under no obligation to replace lost padlocks.\n\nRegards,\nGym Reception'],
    ['ru', 'Здравствуйте, Марина!\n\nКлючи от почтовых ящиков выдают по пятницам с 10:00 до 12:00. Восстанавливать утерянные ключи мы не обязаны.\n\nС уважением,\nДиспетчерская'],
    ['bg', 'Здравейте, г-жо Бърн,\n\nШкафчетата се изпразват всеки петък в 18:00 ч. Не сме длъжни да подменяме изгубени катинари.\n\nПоздрави,\nРецепцията'],
  ] as const)('%s: "we are not obliged" refuses responsibility', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Ms Byrne,\n\nThank you for letting us know, and I\'m sorry the padlock went missing.\nAlthough we are not obliged to replace padlocks, we have refunded the £6 to your card today.\n\nKind regards,\nLeah Moss\nMember Services'],
    ['ru', 'Здравствуйте, Марина!\n\nСпасибо, что написали, и простите за путаницу с ключами.\nХотя мы и не обязаны восстанавливать утерянные ключи, новый комплект мы уже заказали: заберёте его в пятницу после 10:00.\n\nС уважением,\nИрина Лосева\nдиспетчерская служба'],
    ['bg', 'Здравейте, г-жо Бърн,\n\nБлагодарим Ви, че ни писахте, и съжаляваме, че катинарът изчезна.\nМакар че не сме длъжни да подменяме катинари, възстановихме сумата от 12 лв. по картата Ви днес.\n\nПоздрави,\nЛили Мосева\nотдел „Обслужване на членове“'],
    ['en', 'Hello Ms Byrne,\n\nThank you for asking about the trial week, and sorry for the slow reply.\nYou are under no obligation to join afterwards: the trial ends on Sunday and nothing is charged.\n\nKind regards,\nLeah Moss\nMember Services'],
  ] as const)('%s guard: a concession before a remedy, or the customer under no obligation, is courteous', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('the day of what is called off is no step of ours', () => {
  it.each([
    ['en', 'Your viewing on Saturday has been cancelled.\nPhone the office to arrange another.'],
    ['ru', 'Ваша консультация во вторник отменена.\nЗапишитесь снова на сайте.'],
    ['bg', 'Консултацията Ви във вторник е отменена.\nЗапишете се отново на сайта.'],
  ] as const)('%s: a cancellation with no new time has no next step', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('next-step');
    expect(rules).toContain('no-substance');
    expect(lint(text, locale).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Ms Byrne,\n\nI\'m sorry: your viewing on Saturday has been moved to Sunday at 11:00, as the owners are away.\nIf that does not suit you, just reply and I will find another time.\n\nKind regards,\nTom Reid\nLettings Team'],
    ['ru', 'Здравствуйте, Марина!\n\nПростите за неудобство: врач заболел, и ваша консультация перенесена на среду, 12:00.\nЕсли время неудобно, напишите, и я подберу другое.\n\nС уважением,\nАнна Коваль\nрегистратура клиники'],
    ['bg', 'Здравейте, г-жо Бърнева,\n\nИзвиняваме се: лекарят е болен и консултацията Ви е преместена за сряда, 12:00 ч.\nАко часът не Ви е удобен, пишете ни и ще намерим друг.\n\nПоздрави,\nАна Колева\nрецепция на клиниката'],
  ] as const)('%s guard: the new time after the verb is the step', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });
});

describe('a thank-you for patience after the apology is no thanks out of order', () => {
  it.each([
    ['en', 'Hello Mr Dale,\n\nI\'m sorry your boiler service was missed on Monday: our engineer was taken ill.\nHe will come on Thursday between 9 and 12 instead, and the visit is free.\nIf that time does not suit you, just reply and I will find another.\n\nThanks for bearing with us.\n\nKind regards,\nAmy Cole\nService Team'],
    ['ru', 'Здравствуйте, Денис!\n\nПростите, что мастер не пришёл в понедельник: он заболел.\nОн придёт в четверг с 9:00 до 12:00, визит бесплатный. Если время неудобно, напишите, и я подберу другое.\n\nСпасибо, что подождали.\n\nС уважением,\nАнна Коваль\nсервисная служба'],
    ['bg', 'Здравейте, г-н Дилов,\n\nИзвиняваме се, че техникът не дойде в понеделник: разболя се.\nЩе дойде в четвъртък между 9:00 и 12:00 ч., посещението е безплатно. Ако часът не Ви е удобен, пишете ни и ще намерим друг.\n\nБлагодарим Ви за търпението!\n\nПоздрави,\nАна Колева\nсервизен отдел'],
  ] as const)('%s: the closing thank-you is in its place, and still thanks', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('thanks-before-apology');
    expect(rules).not.toContain('thanks');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello Mr Dale,\n\nI\'m sorry your boiler service was missed on Monday: our engineer was taken ill.\nHe will come on Thursday between 9 and 12 instead, and the visit is free.\nThank you for writing to us, and for your patience.\n\nKind regards,\nAmy Cole\nService Team'],
    ['ru', 'Здравствуйте, Денис!\n\nПростите, что мастер не пришёл в понедельник: он заболел.\nОн придёт в четверг с 9:00 до 12:00, визит бесплатный.\nСпасибо, что написали нам.\n\nС уважением,\nАнна Коваль\nсервисная служба'],
    ['bg', 'Здравейте, г-н Дилов,\n\nИзвиняваме се, че техникът не дойде в понеделник: разболя се.\nЩе дойде в четвъртък между 9:00 и 12:00 ч., посещението е безплатно.\nБлагодарим Ви, че ни писахте.\n\nПоздрави,\nАна Колева\nсервизен отдел'],
  ] as const)('%s guard: a thank-you for writing after the apology is still out of order', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('thanks-before-apology');
  });
});

describe('a name written with initials after the role names the signer', () => {
  it.each([
    ['ru', 'Уважаемые жильцы!\n\nПриносим извинения за отключение отопления. Подача тепла будет восстановлена сегодня до 18:00.\nЕсли останутся вопросы, звоните диспетчеру.\n\nС уважением,\nаварийная служба ТСЖ «Берёзка»\nстарший диспетчер А.Н. Котов'],
    ['ru', 'Уважаемые жильцы!\n\nПриносим извинения за отключение отопления. Подача тепла будет восстановлена сегодня до 18:00.\nЕсли останутся вопросы, звоните диспетчеру.\n\nС уважением,\nКотов А.Н.\nаварийная служба ТСЖ «Берёзка»'],
    ['bg', 'Уважаеми съседи,\n\nИзвиняваме се за спряното отопление. Ще бъде пуснато днес до 18:00 ч.\nПри въпроси се обадете на диспечера.\n\nПоздрави,\nсервизен отдел „Топлофикация“\nначалник на участъка Е. Петрова'],
    ['en', 'Dear residents,\n\nWe apologise for the heating outage. It will be back on today by 18:00.\nIf you have any questions, just reply to this email.\n\nKind regards,\nBilling Department\nAccounts Manager J. R. Reed'],
  ] as const)('%s: no hint to add a name', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('signature-name');
    expect(rulesOf(text, locale)).not.toContain('signature');
  });

  it.each([
    ['ru', 'Уважаемые жильцы!\n\nПриносим извинения за отключение отопления. Подача тепла будет восстановлена сегодня до 18:00.\nЕсли останутся вопросы, звоните диспетчеру.\n\nС уважением,\nаварийная служба ТСЖ «Берёзка»\nстарший диспетчер'],
    ['en', 'Dear residents,\n\nWe apologise for the heating outage. It will be back on today by 18:00.\nIf you have any questions, just reply to this email.\n\nKind regards,\nBilling Department\nAccounts Manager'],
  ] as const)('%s guard: a role alone names no one', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('signature-name');
  });
});
