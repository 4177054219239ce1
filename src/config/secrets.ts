/**
 * The SMTP password of the config (docs/configuration.md): from the environment variable named by
 * `email.smtpPasswordEnv`, or the file named by `email.smtpPasswordFile`, which must be readable by
 * its owner only (mode 0600) — never from the config itself.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { CareConfig } from './schema.js';
import type { ConfigPlace } from './load.js';

/** The config's SMTP URL with its password filled in from the environment or the 0600 file. */
export function configSmtpUrl(config: CareConfig, place: ConfigPlace): string | undefined {
  const url = config.email?.smtpUrl;
  if (url === undefined) return undefined;
  const password = smtpPassword(config, place);
  return password === undefined ? url : withPassword(url, password);
}

function smtpPassword(config: CareConfig, place: ConfigPlace): string | undefined {
  const variable = config.email?.smtpPasswordEnv;
  if (variable !== undefined) {
    const value = place.env?.[variable];
    if (value === undefined || value === '') throw new UsageError('CARE_NO_PASSWORD', `email.smtpPasswordEnv names ${variable}, which is not set`, { hint: `export ${variable}=… before running care`, say: say('error.passwordEnvUnset', { variable }), hintSay: say('hint.exportVariable', { variable }) });
    return value;
  }
  const file = config.email?.smtpPasswordFile;
  if (file === undefined) return undefined;
  const full = path.resolve(place.cwd, file);
  let mode: number;
  try {
    mode = statSync(full).mode;
  } catch {
    throw new UsageError('CARE_NO_PASSWORD', 'email.smtpPasswordFile: no such file', { file, say: say('error.passwordFileMissing') });
  }
  if ((mode & 0o077) !== 0) throw new UsageError('CARE_PASSWORD_FILE_OPEN', `email.smtpPasswordFile is readable by others (mode ${(mode & 0o777).toString(8)})`, { file, hint: `chmod 600 ${file}`, say: say('error.passwordFileOpen', { mode: (mode & 0o777).toString(8) }) });
  return readFileSync(full, 'utf8').replace(/\r?\n$/, '');
}

/** smtp://user@host → smtp://user:PASSWORD@host (the password URL-encoded). */
export function withPassword(url: string, password: string): string {
  const match = /^([a-z]+:\/\/)([^@/:]*)@/i.exec(url.trim());
  if (match === null) throw new UsageError('CARE_SMTP_URL', 'an SMTP password is configured, but email.smtpUrl names no user', { hint: 'write it as smtp://user@host:587', say: say('error.smtpUrlNoUser'), hintSay: say('hint.smtpUrlUser') });
  return `${match[1]}${match[2]}:${encodeURIComponent(password)}@${url.trim().slice(match[0].length)}`;
}
