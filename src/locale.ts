/** The languages care reads and writes: templates, lexicons, lint rules and report labels. Imports nothing. */

export const LOCALES = ['en', 'ru', 'bg'] as const;

/** English, Russian or Bulgarian. */
export type Locale = (typeof LOCALES)[number];

/** Whether a string names a supported locale. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
