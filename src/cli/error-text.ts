/**
 * The error line of a CareError in the language of the run: where (file, line, field), what, and
 * the hint. A message or hint without a catalog entry (docs/messages.md counts them) stays English.
 */
import type { CareError } from '../errors.js';
import { sayIn, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';

export interface SpokenError {
  /** `file, line N, field "x": what`. */
  line: string;
  hint?: string;
  /** `hint` in the language. */
  hintLabel: string;
}

export function spokenError(error: CareError, lang: Locale): SpokenError {
  if (lang === 'en') return { line: error.describe(), hint: error.hint, hintLabel: 'hint' };
  const where = [
    error.file,
    error.line === undefined ? undefined : translate(lang, 'where.line', { line: String(error.line) }),
    error.field === undefined ? undefined : translate(lang, 'where.field', { field: error.field }),
  ].filter((part): part is string => part !== undefined);
  const what = error.say === undefined ? error.message : sayIn(lang, error.say);
  const hint = error.hintSay === undefined ? error.hint : sayIn(lang, error.hintSay);
  return { line: where.length > 0 ? `${where.join(', ')}: ${what}` : what, hint, hintLabel: translate(lang, 'label.hint') };
}

/** The line of an error care did not expect, in the language. */
export function internalErrorText(lang: Locale, message: string): string {
  return `care: ${translate(lang, 'error.internal', { message })}\n  ${translate(lang, 'label.hint')}: ${translate(lang, 'hint.internal')}\n`;
}
