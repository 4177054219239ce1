/**
 * Replies to each complainer type in en/ru/bg, written for the fit rules (docs/definitions.md,
 * "Reply fit"): each reply is its lines, and the lines that carry one element of the fit are
 * named after it, so a reply without that element is the same reply without those lines.
 */
import type { FitType, LintLocale } from '../../../src/lint/types.js';

/** A line of a reply: plain, or the element of the fit it carries. */
export type FitLine = string | [element: string, text: string];

export const FIT_DRAFTS: Record<FitType, Record<LintLocale, FitLine[]>> = {
  activist: {
    en: [
      'Hello Anna,', '',
      'Thank you for your letter, and I am sorry for what happened.',
      ['fit-activist-person', 'My name is Olga Ivanova, I am the head of customer care.'],
      ['fit-activist-escalation', 'I have escalated your complaint to our quality team.'],
      ['fit-activist-compensation', 'Besides the full refund, we would like to offer you a voucher for 30 € on us.'],
      'We will call you on Monday at 10:00.',
      'If you have any questions, I am glad to help.', '',
      'Kind regards,', 'Olga Ivanova', 'Customer Care',
    ],
    ru: [
      'Здравствуйте, Анна!', '',
      'Спасибо за ваше письмо, и примите наши извинения за случившееся.',
      ['fit-activist-person', 'Меня зовут Ольга Иванова, я руководитель службы заботы о клиентах.'],
      ['fit-activist-escalation', 'Я передала вашу жалобу в отдел качества.'],
      ['fit-activist-compensation', 'Кроме полного возврата денег, мы дарим вам сертификат на 2000 ₽.'],
      'Мы позвоним вам в понедельник в 10:00.',
      'Если у вас остались вопросы, я с радостью помогу.', '',
      'С уважением,', 'Ольга Иванова', 'Служба заботы о клиентах',
    ],
    bg: [
      'Здравейте, Мария!', '',
      'Благодарим ви за писмото и се извиняваме за случилото се.',
      ['fit-activist-person', 'Казвам се Елена Петрова, ръководител на отдела за обслужване на клиенти.'],
      ['fit-activist-escalation', 'Предадох оплакването ви на отдела по качеството.'],
      ['fit-activist-compensation', 'Освен пълното възстановяване на сумата, ви предлагаме ваучер за 40 лв. за наша сметка.'],
      'Ще ви се обадим в понеделник в 10:00.',
      'Ако имате въпроси, с радост ще помогна.', '',
      'С уважение,', 'Елена Петрова', 'Екип за обслужване на клиенти',
    ],
  },
  irate: {
    en: [
      'Hello Anna,', '',
      'Thank you for telling us, and I am sorry the delivery was so late.',
      ['fit-irate-public', 'I have read your review on Google Maps.'],
      ['fit-irate-private', 'Could I call you today, or would you write to me by email at olga@example.com?'],
      'We will sort this out by Friday.',
      'If you have any questions, I am glad to help.', '',
      'Kind regards,', 'Olga Ivanova', 'Customer Care',
    ],
    ru: [
      'Здравствуйте, Анна!', '',
      'Спасибо, что рассказали нам, и простите за задержку доставки.',
      ['fit-irate-public', 'Я прочитала ваш отзыв на Яндекс Картах.'],
      ['fit-irate-private', 'Можно я вам позвоню сегодня, или напишите мне на почту olga@example.com.'],
      'Мы всё исправим до пятницы.',
      'Если у вас остались вопросы, я с радостью помогу.', '',
      'С уважением,', 'Ольга Иванова', 'Служба заботы о клиентах',
    ],
    bg: [
      'Здравейте, Мария!', '',
      'Благодарим ви, че ни казахте, и се извиняваме за закъснялата доставка.',
      ['fit-irate-public', 'Прочетох отзива ви във Фейсбук.'],
      ['fit-irate-private', 'Може ли да ви се обадя днес, или ми пишете на имейл elena@example.com.'],
      'Ще оправим всичко до петък.',
      'Ако имате въпроси, с радост ще помогна.', '',
      'С уважение,', 'Елена Петрова', 'Екип за обслужване на клиенти',
    ],
  },
  silent: {
    en: [
      'Hello Anna,', '',
      'Thank you for being with us, and I am sorry if your last order let you down.',
      ['fit-silent-asks', 'Could you tell us what went wrong with it?'],
      'We will keep your discount until Friday.',
      'If you have any questions, I am glad to help.', '',
      'Kind regards,', 'Olga Ivanova', 'Customer Care',
    ],
    ru: [
      'Здравствуйте, Анна!', '',
      'Спасибо, что вы с нами, и простите, если последний заказ вас разочаровал.',
      ['fit-silent-asks', 'Расскажите, пожалуйста, что пошло не так?'],
      'Ваша скидка действует до пятницы.',
      'Если у вас остались вопросы, я с радостью помогу.', '',
      'С уважением,', 'Ольга Иванова', 'Служба заботы о клиентах',
    ],
    bg: [
      'Здравейте, Мария!', '',
      'Благодарим ви, че сте с нас, и се извиняваме, ако последната поръчка ви е разочаровала.',
      ['fit-silent-asks', 'Бихте ли ни разказали какво се обърка?'],
      'Отстъпката ви важи до петък.',
      'Ако имате въпроси, с радост ще помогна.', '',
      'С уважение,', 'Елена Петрова', 'Екип за обслужване на клиенти',
    ],
  },
  voicer: {
    en: [
      'Hello Anna,', '',
      'Thank you for writing to us, and I am sorry about this.',
      ['fit-voicer-problem', 'Your order #1042 arrived damaged in transit.'],
      ['fit-voicer-next', 'We will send a new one today, and it arrives on Friday.'],
      'If you have any questions, I am glad to help.', '',
      'Kind regards,', 'Olga Ivanova', 'Customer Care',
    ],
    ru: [
      'Здравствуйте, Анна!', '',
      'Спасибо за ваше письмо, и примите наши извинения.',
      ['fit-voicer-problem', 'Ваш заказ № 1042 пришёл повреждённым.'],
      ['fit-voicer-next', 'Мы отправим новый сегодня, он придёт в пятницу.'],
      'Если у вас остались вопросы, я с радостью помогу.', '',
      'С уважением,', 'Ольга Иванова', 'Служба заботы о клиентах',
    ],
    bg: [
      'Здравейте, Мария!', '',
      'Благодарим ви за писмото и се извиняваме.',
      ['fit-voicer-problem', 'Поръчката ви № 1042 пристигна повредена.'],
      ['fit-voicer-next', 'Днес изпратихме нова, в петък е при вас.'],
      'Ако имате въпроси, с радост ще помогна.', '',
      'С уважение,', 'Елена Петрова', 'Екип за обслужване на клиенти',
    ],
  },
};

/** The elements of a type's fit: the rules its lines are named after. */
export function elementsOf(lines: readonly FitLine[]): string[] {
  return lines.flatMap((line) => (typeof line === 'string' ? [] : [line[0]]));
}

/** The reply as text, without the lines of the elements named. */
export function replyWithout(lines: readonly FitLine[], drop: readonly string[] = []): string {
  return `${lines.flatMap((line) => (typeof line === 'string' ? [line] : drop.includes(line[0]) ? [] : [line[1]])).join('\n')}\n`;
}
