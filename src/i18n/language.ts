/**
 * The language care speaks (help, errors, warnings), as chosen for the run (docs/messages.md):
 * `--lang`, else the environment (LC_ALL, then LC_MESSAGES, then LANG, as POSIX ranks them: the
 * first one set decides), else the config's `lang`, else English. A locale name such as
 * `ru_RU.UTF-8` or `bg_BG` gives its language; C, POSIX and a language care does not speak give no
 * preference, so the config (then English) decides. No I/O: the caller passes what it read.
 */
import { type Locale, isLocale } from '../locale.js';

export interface LanguageSources {
  flag?: string;
  env?: Readonly<Record<string, string | undefined>>;
  config?: string;
}

/** The language of a POSIX locale name (`ru_RU.UTF-8`, `bg_BG@euro`, `en`), if care speaks it. */
export function languageOfLocaleName(name: string): Locale | undefined {
  const language = name.trim().split(/[_.@-]/)[0]?.toLowerCase() ?? '';
  return isLocale(language) ? language : undefined;
}

/** The locale name the environment sets for messages: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** The language of the run; the flag's value is checked by the caller (exit 2 when it is not en, ru or bg). */
export function resolveMessageLanguage(sources: LanguageSources): Locale {
  if (sources.flag !== undefined && isLocale(sources.flag)) return sources.flag;
  const fromEnv = sources.env === undefined ? undefined : environmentLocale(sources.env);
  const envLanguage = fromEnv === undefined ? undefined : languageOfLocaleName(fromEnv);
  if (envLanguage !== undefined) return envLanguage;
  if (sources.config !== undefined && isLocale(sources.config)) return sources.config;
  return 'en';
}

/** Whether the environment names a language care speaks (so the config need not be read). */
export function environmentDecides(env: Readonly<Record<string, string | undefined>>): boolean {
  const name = environmentLocale(env);
  return name !== undefined && languageOfLocaleName(name) !== undefined;
}
