/**
 * The language of the run (docs/messages.md): `--lang` (a program option, read here before commander
 * runs so the help itself is in it), else LC_ALL / LC_MESSAGES / LANG, else the config's `lang`,
 * else English. The config is read only when neither the flag nor the environment decides, and
 * leniently: a broken config is the command's to report, in the language decided without it.
 */
import { UsageError } from '../errors.js';
import { environmentDecides, resolveMessageLanguage, say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { type Locale, isLocale } from '../locale.js';

/** The value of an option in argv (`--name value` or `--name=value`), up to a `--`. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The language care speaks in this run; a --lang it does not speak is exit 2. */
export async function runLanguage(argv: readonly string[], io: Io): Promise<Locale> {
  const flag = optionValue(argv, '--lang');
  if (flag !== undefined && !isLocale(flag)) {
    throw new UsageError('CARE_BAD_OPTION', `--lang ${flag}: expected one of en, ru, bg`, { say: say('error.badLang', { value: flag }) });
  }
  if (flag !== undefined || environmentDecides(io.env)) return resolveMessageLanguage({ flag, env: io.env });
  return resolveMessageLanguage({ env: io.env, config: await configLanguage(argv, io) });
}

async function configLanguage(argv: readonly string[], io: Io): Promise<string | undefined> {
  try {
    const { loadConfig } = await import('../config/load.js');
    return loadConfig(io, optionValue(argv, '--config')).lang;
  } catch {
    return undefined;
  }
}
