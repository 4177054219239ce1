/**
 * Finds, validates and layers the config (docs/configuration.md): the user's own settings
 * (`$XDG_CONFIG_HOME/care/config.json`, else `~/.config/care/config.json`: the sender, SMTP, locale,
 * currency), then the project's (`--config FILE`, else the nearest `care.config.json` in the working
 * folder or a folder above it), the project's winning key by key. Every problem is reported at once
 * with its key path (exit 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { type CareConfig, configSchema } from './schema.js';

export const CONFIG_NAME = 'care.config.json';

/** Where a run looks for its config: the working folder, and the environment for the user's folder. */
export interface ConfigPlace {
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/** One file of the config and what it says. */
export interface ConfigLayer {
  source: 'user' | 'project';
  file: string;
  config: CareConfig;
}

/** The user's config file: $XDG_CONFIG_HOME/care/config.json, else $HOME/.config/care/config.json; none without either. */
export function userConfigPath(env: Readonly<Record<string, string | undefined>> = {}): string | undefined {
  const base = env['XDG_CONFIG_HOME'] || (env['HOME'] ? path.join(env['HOME'], '.config') : undefined);
  return base === undefined ? undefined : path.join(base, 'care', 'config.json');
}

/** The nearest care.config.json in the folder or a folder above it. */
export function findProjectConfig(cwd: string): string | undefined {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const file = path.join(folder, CONFIG_NAME);
    if (existsSync(file)) return file;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** The files the run reads, user first. */
export function configLayers(place: ConfigPlace, explicit?: string): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  const user = userConfigPath(place.env);
  if (user !== undefined && existsSync(user)) layers.push({ source: 'user', file: user, config: readConfigFile(user) });
  if (explicit !== undefined) {
    const file = path.resolve(place.cwd, explicit);
    if (!existsSync(file)) {
      throw new UsageError('CARE_NO_CONFIG', 'no such config file', { file: explicit, hint: `create it, or drop --config to use ./${CONFIG_NAME}`, say: say('error.noConfig'), hintSay: say('hint.createConfig', { name: CONFIG_NAME }) });
    }
    layers.push({ source: 'project', file, config: readConfigFile(file, explicit) });
  } else {
    const project = findProjectConfig(place.cwd);
    if (project !== undefined) layers.push({ source: 'project', file: project, config: readConfigFile(project) });
  }
  return layers;
}

/** The config the run uses: the layers merged key by key; `{}` when there is none. */
export function loadConfig(place: ConfigPlace, explicit?: string): CareConfig {
  return configLayers(place, explicit).reduce<CareConfig>((merged, layer) => mergeConfig(merged, layer.config), {});
}

/** `over` wins key by key; objects (email, its agent and company, map and its kinds) merge; lists are replaced. */
export function mergeConfig(base: CareConfig, over: CareConfig): CareConfig {
  return mergeObjects(base as Record<string, unknown>, over as Record<string, unknown>) as CareConfig;
}

function mergeObjects(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = merged[key];
    merged[key] = isPlainObject(before) && isPlainObject(value) ? mergeObjects(before, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readConfigFile(file: string, shown = file): CareConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError('CARE_BAD_CONFIG', `not valid JSON (${(error as Error).message})`, { file: shown, hint: 'fix the JSON syntax', say: say('error.configNotJson', { detail: (error as Error).message }), hintSay: say('hint.fixJson') });
  }
  return parseConfig(data, shown);
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
  throw new UsageError('CARE_BAD_CONFIG', `invalid config: ${problems.join('; ')}`, {
    file,
    hint: 'see the README, section "Configuration"',
    say: say('error.configInvalid', { problems: problems.join('; ') }),
    hintSay: say('hint.configDocs'),
  });
}
