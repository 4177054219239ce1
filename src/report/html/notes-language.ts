/**
 * The notes of a page in its language (--locale): the LTV warnings and NPS notes are written in
 * English by the computations and kept so in the JSON; the page says those src/i18n knows in its
 * own language, the others as they are (docs/messages.md).
 */
import { knownNote, sayIn } from '../../i18n/index.js';
import type { HtmlLocale } from './labels.js';

export function noteIn(locale: HtmlLocale, text: string): string {
  if (locale === 'en') return text;
  const known = knownNote(text);
  return known === undefined ? text : sayIn(locale, known);
}
