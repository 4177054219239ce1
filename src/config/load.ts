/**
 * Finds and validates the config: `--config FILE`, else `care.config.json` in the working
 * folder, else none. Every problem is reported at once with its key path (exit 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { type CareConfig, configSchema } from './schema.js';

export const CONFIG_NAME = 'care.config.json';

/** The config the run uses; `{}` when there is none. */
export function loadConfig(cwd: string, explicit?: string): CareConfig {
  const file = explicit ?? path.join(cwd, CONFIG_NAME);
  if (!existsSync(file)) {
    if (explicit !== undefined) throw new UsageError('CARE_NO_CONFIG', 'no such config file', { file: explicit, hint: `create it, or drop --config to use ./${CONFIG_NAME}` });
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError('CARE_BAD_CONFIG', `not valid JSON (${(error as Error).message})`, { file, hint: 'fix the JSON syntax' });
  }
  return parseConfig(data, file);
}

/** Validates config data, naming every bad key by its dotted path. */
export function parseConfig(data: unknown, file = CONFIG_NAME): CareConfig {
  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
    return `${where}:${keys} ${issue.message}`;
  });
  throw new UsageError('CARE_BAD_CONFIG', `invalid config: ${problems.join('; ')}`, { file, hint: 'see the README, section "Configuration"' });
}
