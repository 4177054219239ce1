/**
 * `care config show` (every setting in effect and the file it comes from) and `care config set KEY
 * VALUE [--user]` (one setting written into the project's or the user's config file, validated
 * whole, written atomically). docs/configuration.md.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_NAME, type ConfigLayer, configLayers, findProjectConfig, parseConfig, userConfigPath } from '../config/load.js';
import { UsageError } from '../errors.js';
import { say, sayOr } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import { type ConfigSetting, renderConfigShown } from '../report/config-view.js';
import { toJson } from './output.js';

export interface ConfigOptions {
  config?: string;
  user?: boolean;
  format?: 'table' | 'json';
  color?: boolean;
}

export function runConfig(io: Io, action: 'show' | 'set', key: string | undefined, value: string | undefined, options: ConfigOptions): void {
  if (action === 'show') {
    const layers = configLayers(io, options.config);
    const settings = new Map<string, ConfigSetting>();
    for (const layer of layers) for (const [dotted, setting] of flatten(layer.config)) settings.set(dotted, { key: dotted, value: setting, source: layer.source, file: layer.file });
    const fileOf = (source: ConfigLayer['source']) => layers.find((layer) => layer.source === source)?.file ?? null;
    const shown = { files: { user: fileOf('user') ?? userConfigPath(io.env) ?? null, project: fileOf('project') }, settings: [...settings.values()].sort((a, b) => a.key.localeCompare(b.key)) };
    io.stdout.write(renderConfigShown(shown, options.format ?? 'table', options.color !== false && io.color, io.lang));
    return;
  }
  if (key === undefined || value === undefined) throw new UsageError('CARE_BAD_OPTION', 'care config set needs a key and a value', { hint: 'for example care config set email.agent.name "Olga Ivanova" --user', say: say('error.configSetNeeds'), hintSay: say('hint.forExampleOnly', { example: 'care config set email.agent.name "Olga Ivanova" --user' }) });
  const file = targetFile(io, options);
  const current: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const updated = setDotted(typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {}, key, parseValue(value));
  parseConfig(updated, file); // the whole file must still be a valid config (exit 2, naming the key)
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, toJson(updated), { what: 'the config file' });
  io.stderr.write(`care: ${sayOr(io.lang, `${key} set in ${file}`, say('config.keySet', { key, file }))}\n`);
}

/** --user: the user's file; else --config, the nearest care.config.json, or a new one here. */
function targetFile(io: Io, options: ConfigOptions): string {
  if (options.user === true) {
    const user = userConfigPath(io.env);
    if (user === undefined) throw new UsageError('CARE_NO_CONFIG', 'no user config folder: neither $XDG_CONFIG_HOME nor $HOME is set', { hint: 'set HOME, or write the project config (drop --user)', say: say('error.noUserConfigFolder'), hintSay: say('hint.setHome') });
    return user;
  }
  if (options.config !== undefined) return path.resolve(io.cwd, options.config);
  return findProjectConfig(io.cwd) ?? path.join(io.cwd, CONFIG_NAME);
}

/** A number, true/false, null, a list or an object when the text is JSON; otherwise the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function setDotted(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = key.split('.');
  if (head === undefined || head === '') throw new UsageError('CARE_BAD_OPTION', `config key "${key}": expected names joined by dots`, { hint: 'for example email.from', say: say('error.configKeyShape', { key }), hintSay: say('hint.forExampleOnly', { example: 'email.from' }) });
  if (rest.length === 0) return { ...target, [head]: value };
  const inner = target[head];
  return { ...target, [head]: setDotted(typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {}, rest.join('.'), value) };
}

function* flatten(value: unknown, prefix = ''): Generator<[string, unknown]> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) yield* flatten(inner, prefix === '' ? key : `${prefix}.${key}`);
  } else if (prefix !== '') {
    yield [prefix, value];
  }
}
