/**
 * The next step for each complainer type, after docs/definitions.md ("Complainer types") and the
 * usual handling of a complaint (the seven steps, compensation when it cannot be fixed, a manager's
 * apology for serious failures), written in our own words in English, Russian and Bulgarian.
 */
import type { ComplainerType, Locale } from './types.js';

/** What to do about one type: who acts, how soon, and the step itself. */
export interface PlaybookEntry {
  /** Whether a manager should take it today (third parties and public complaints). */
  manager: boolean;
  /** The next action, one sentence per locale. */
  action: Record<Locale, string>;
}

/** The playbook, most severe type first. */
export const PLAYBOOK: Record<ComplainerType, PlaybookEntry> = {
  activist: {
    manager: true,
    action: {
      en: 'A manager calls the customer today: listen without arguing, apologise in writing, fix it and offer compensation above what they asked for, then tell them what changes so it will not happen again.',
      ru: 'Руководитель звонит клиенту сегодня же: выслушать без споров, извиниться письменно, исправить и предложить компенсацию сверх ожидаемого, затем рассказать, что изменено, чтобы это не повторилось.',
      bg: 'Ръководител се обажда на клиента още днес: изслушва без спор, извинява се писмено, поправя проблема и предлага компенсация над очакваното, после казва какво е променено, за да не се повтори.',
    },
  },
  irate: {
    manager: true,
    action: {
      en: 'Answer where they posted, today, briefly and politely, and invite them to a private channel; there thank them, apologise, fix it fast and check they are satisfied.',
      ru: 'Сегодня же ответить там, где клиент написал, коротко и вежливо, и пригласить в личный канал; там поблагодарить, извиниться, быстро исправить и убедиться, что клиент доволен.',
      bg: 'Още днес отговорете там, където клиентът е писал, кратко и учтиво, и го поканете в личен канал; там благодарете, извинете се, поправете бързо и проверете дали е доволен.',
    },
  },
  voicer: {
    manager: false,
    action: {
      en: 'Reply quickly: thank them for telling you, apologise, ask for any missing details as a favour, fix it while they are in touch, confirm they are satisfied and fix the cause.',
      ru: 'Ответить быстро: поблагодарить за обращение, извиниться, попросить недостающие детали как о помощи, решить вопрос, пока клиент на связи, убедиться, что он доволен, и устранить причину.',
      bg: 'Отговорете бързо: благодарете за сигнала, извинете се, помолете за липсващите подробности като за услуга, решете въпроса, докато клиентът е на линия, проверете дали е доволен и отстранете причината.',
    },
  },
  silent: {
    manager: false,
    action: {
      en: 'Reach out before they are gone: a short personal note asking what went wrong (three to five open questions), a concrete offer to make it right, and a look at the process behind it.',
      ru: 'Связаться, пока клиент не ушёл: короткое личное письмо с вопросом, что пошло не так (три–пять открытых вопросов), конкретное предложение всё исправить и проверка процесса, который к этому привёл.',
      bg: 'Свържете се, преди клиентът да си е тръгнал: кратко лично писмо с въпрос какво не е наред (три до пет отворени въпроса), конкретно предложение да се поправи и проверка на процеса зад това.',
    },
  },
};

/** The next action for a type, in a locale. */
export function nextAction(type: ComplainerType, locale: Locale = 'en'): string {
  return PLAYBOOK[type].action[locale];
}

/** Whether records of this type need a manager today. */
export function needsManager(type: ComplainerType): boolean {
  return PLAYBOOK[type].manager;
}
