/**
 * The lint reading of round 29 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - the form the customer signed named as the place the answer was already written ("This was explained in the consent
 *   form you signed.", «об этом сказано в информированном согласии», «това е посочено в информираното съгласие») is
 *   round 22's lecture "it says so on our website" (`dismissive`): the risk they were told of held up as the answer. A copy
 *   of the form sent, or the form named with what we do next in the same clause, is help.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('the form the customer signed, named as where the answer was written, is a lecture', () => {
  it.each([
    ['en', 'Hello Mr Dale,\n\nSome bruising after the procedure is normal. This was explained in the consent form you signed.\n\nKind regards,\nAmy Hale\nRiverside Clinic'],
    ['en', 'Hello Jo,\n\nColour can fade in the first month, it is in the waiver you signed.\n\nBest wishes,\nMia Cross\nInkwell Studio'],
    ['en', 'Hello Mr Platt,\n\nThe climbing wall carries a risk of sprains. That is all stated in the disclaimer which you accepted.\n\nRegards,\nTom Reeve\nSummit Centre'],
    ['ru', 'Здравствуйте, Игорь!\n\nОтёк после удаления зуба возможен, об этом сказано в информированном согласии.\n\nС уважением,\nАнна Белова\nКлиника «Дента»'],
    ['ru', 'Здравствуйте, Игорь!\n\nПосле пилинга кожа может шелушиться. Это указано в расписке, которую вы подписали.\n\nС уважением,\nАнна Белова\nСалон «Лада»'],
    ['bg', 'Здравейте, Иво,\n\nПодуването след процедурата е нормално, това е посочено в информираното съгласие.\n\nПоздрави,\nАна Белова\nКлиника „Дента“'],
    ['bg', 'Здравейте, Иво,\n\nСлед пилинга кожата може да се бели. Всичко пише в декларацията, която подписахте.\n\nПоздрави,\nАна Белова\nСалон „Лада“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Mr Dale,\n\nI am sorry the bruising worried you. The aftercare steps are also in the consent form you signed, and I have attached a copy; I will call you on Monday at 10:00.\n\nKind regards,\nAmy Hale\nRiverside Clinic'],
    ['ru', 'Здравствуйте, Игорь!\n\nПриносим извинения за беспокойство. Копию информированного согласия, которое вы подписали, я прикрепила к письму, а в понедельник в 10:00 вам позвонит врач.\n\nС уважением,\nАнна Белова\nКлиника «Дента»'],
    ['bg', 'Здравейте, Иво,\n\nИзвиняваме се за притеснението. Изпращам Ви копие от информираното съгласие, което подписахте, а в понеделник в 10:00 лекарят ще Ви се обади.\n\nПоздрави,\nАна Белова\nКлиника „Дента“'],
  ] as const)('%s guard: a copy of the signed form sent, with our next step, is help, before round 29 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});
