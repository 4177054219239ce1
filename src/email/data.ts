/**
 * Template data: dotted paths (customer.name) into nested plain objects, merging of data
 * layers, and coercion of string input (--set, CSV cells, prompts) to declared types.
 * Keys that reach object prototypes are refused everywhere data is built.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { readDecimal } from '../money/index.js';
import { parseIsoDay } from '../time/days.js';
import type { TemplateData, VariableType } from './types.js';

// Any of these as a path segment could reach or replace Object.prototype.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKey(key: string, path: string, origin?: string): void {
  if (key === '' || FORBIDDEN_KEYS.has(key)) {
    throw new UsageError('CARE_BAD_VARIABLE_NAME', `"${path}" is not a usable variable name`, {
      ...(origin === undefined ? {} : { file: origin }),
      hint: 'use dotted names made of letters, digits and underscores, like customer.name',
      say: say('error.badVariableName', { path }),
      hintSay: say('hint.variableNames'),
    });
  }
}

/** Reads a dotted path through own properties only; undefined when any segment is absent. */
export function getPath(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (!isPlainRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** Sets a dotted path, creating nested objects; a segment that is already a value is an error. */
export function setPath(data: TemplateData, path: string, value: unknown, origin?: string): void {
  const keys = path.split('.');
  let current: Record<string, unknown> = data;
  keys.forEach((key, index) => {
    checkKey(key, path, origin);
    if (index === keys.length - 1) {
      current[key] = value;
      return;
    }
    const next = Object.hasOwn(current, key) ? current[key] : undefined;
    if (next === undefined || next === null) {
      const created: Record<string, unknown> = {};
      current[key] = created;
      current = created;
    } else if (isPlainRecord(next)) {
      current = next;
    } else {
      throw new UsageError(
        'CARE_VARIABLE_CONFLICT',
        `"${path}" cannot be set: "${keys.slice(0, index + 1).join('.')}" already holds a value`,
        { ...(origin === undefined ? {} : { file: origin }), say: say('error.variableConflict', { path, holder: keys.slice(0, index + 1).join('.') }) },
      );
    }
  });
}

/** Template data nested deeper than this is refused: no template reads it, and copying it would overflow the stack. */
export const MAX_DATA_DEPTH = 32;

/** Deep-copies data, turning dotted keys ({"customer.name": "Anna"}) into nested objects. */
export function expandDotted(data: Record<string, unknown>, origin?: string, depth = 0): TemplateData {
  const result: TemplateData = {};
  for (const [key, value] of Object.entries(data)) {
    setPath(result, key, copyValue(value, key, origin, depth), origin);
  }
  return result;
}

function copyValue(value: unknown, path: string, origin: string | undefined, depth: number): unknown {
  if (depth >= MAX_DATA_DEPTH && (Array.isArray(value) || isPlainRecord(value))) {
    throw new UsageError('CARE_DATA_TOO_DEEP', `template data nested more than ${MAX_DATA_DEPTH} levels deep (at ${path.split('.').slice(0, 3).join('.')}…)`, {
      file: origin,
      hint: 'template variables are a few levels deep, like customer.name or invoice.amount',
      say: say('error.dataTooDeep', { depth: MAX_DATA_DEPTH, at: path.split('.').slice(0, 3).join('.') }),
      hintSay: say('hint.variablesShallow'),
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => copyValue(item, `${path}.${index}`, origin, depth + 1));
  if (isPlainRecord(value)) {
    const nested = expandDotted(value, origin, depth + 1);
    for (const key of Object.keys(nested)) checkKey(key, `${path}.${key}`, origin);
    return nested;
  }
  return value;
}

/** Merges data layers left to right; later layers win leaf by leaf. */
export function mergeData(...layers: readonly TemplateData[]): TemplateData {
  const result: TemplateData = {};
  for (const layer of layers) mergeInto(result, layer);
  return result;
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    checkKey(key, key);
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (isPlainRecord(value) && isPlainRecord(existing)) {
      mergeInto(existing, value);
    } else if (isPlainRecord(value)) {
      const copy: Record<string, unknown> = {};
      mergeInto(copy, value);
      target[key] = copy;
    } else if (isPlainRecord(existing)) {
      // A plain cell (a CSV column `action` or `customer`) never wipes out nested values given
      // for the same name (`--set action.taken=…`, `customer.name`): templates use the nested ones.
      continue;
    } else {
      target[key] = value;
    }
  }
}

/** Parses `--set key=value` assignments (dotted keys, repeatable) into nested data. */
export function parseAssignments(assignments: readonly string[]): TemplateData {
  const data: TemplateData = {};
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) {
      throw new UsageError('CARE_BAD_SET', `--set expects key=value, got "${assignment}"`, {
        hint: 'for example: --set customer.name=Anna',
        say: say('error.badSet', { value: assignment }),
        hintSay: say('hint.forExample', { flag: '--set', example: 'customer.name=Anna' }),
      });
    }
    setPath(data, assignment.slice(0, equals).trim(), assignment.slice(equals + 1));
  }
  return data;
}

/** Whether a variable counts as missing: absent, null, or an empty or blank string. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The result of coercing one input value: the typed value, or why it does not fit. */
export type Coerced = { ok: true; value: unknown } | { ok: false; reason: string };


/** Coerces a value (usually a string from --set or CSV) to a declared variable type. */
export function coerceValue(value: unknown, type: VariableType): Coerced {
  switch (type) {
    case 'text':
      return { ok: true, value: typeof value === 'string' ? value : String(value) };
    case 'number':
    case 'money':
    case 'integer': {
      const number = typeof value === 'number' ? value : readDecimal(String(value));
      if (number === undefined || !Number.isFinite(number)) return { ok: false, reason: `"${String(value)}" is not a number` };
      if (type === 'integer' && !Number.isInteger(number)) return { ok: false, reason: `"${String(value)}" is not a whole number` };
      return { ok: true, value: number };
    }
    case 'date': {
      const text = String(value).trim();
      if (parseIsoDay(text, { time: true }) === undefined) {
        return { ok: false, reason: `"${text}" is not an ISO date (YYYY-MM-DD)` };
      }
      // The calendar date as written is the day (docs/definitions.md): drop any time part.
      return { ok: true, value: text.slice(0, 10) };
    }
    case 'email': {
      const text = String(value).trim();
      if (/[\r\n]/.test(text) || !/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(text)) {
        return { ok: false, reason: `"${text.replace(/[\r\n]+/g, ' ')}" is not an email address` };
      }
      return { ok: true, value: text };
    }
  }
}
