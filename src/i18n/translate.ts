/**
 * Says a message of the catalogs in a language: `{name}` filled from the parameters, the plural
 * variant chosen by `{count}` with Intl.PluralRules (Russian one/few/many/other, Bulgarian and
 * English one/other). A key a language lacks falls back to English; a key no catalog knows is
 * shown as itself, so a missing message is visible, never a crash. No I/O.
 */
import type { Locale } from '../locale.js';
import { bg } from './messages/bg.js';
import { type MessageKey, en } from './messages/en.js';
import { ru } from './messages/ru.js';
import type { Message, MessageRef, Params, PluralMessage } from './types.js';

const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, Message>>>> = { en, ru, bg };

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralOf(lang: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** A message ref, typed against the English keys: what a throw site or a notice passes on. */
export function say(key: MessageKey, params?: Params): MessageRef {
  return params === undefined ? { key } : { key, params };
}

/** Whether a key is in the catalogs. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The text of a message in a language (English when the run has none). */
export function translate(lang: Locale | undefined, key: MessageKey, params: Params = {}): string {
  return textOf(lang ?? 'en', key, params);
}

/** The text of a message by its key as a string (a key no catalog knows is shown as itself). */
function textOf(lang: Locale, key: string, params: Params): string {
  const message = CATALOGS[lang][key] ?? (en as Readonly<Record<string, Message>>)[key];
  if (message === undefined) return key;
  const count = params['count'];
  const text = typeof message === 'string' ? message : variant(message, lang, typeof count === 'number' ? count : Number.NaN);
  return fill(lang, text, params);
}

/** The English text in a run in English (or with no catalog entry), else the message in the run's language. */
export function sayOr(lang: Locale | undefined, english: string, said: MessageRef | undefined): string {
  return lang === undefined || lang === 'en' || said === undefined ? english : sayIn(lang, said);
}

/** A message ref in a language. */
export function sayIn(lang: Locale, ref: MessageRef): string {
  return textOf(lang, ref.key, ref.params ?? {});
}

function variant(message: PluralMessage, lang: Locale, count: number): string {
  if (Number.isNaN(count)) return message.other;
  return message[pluralOf(lang, count)] ?? message.other;
}

/** Numbers as the language writes them (1 000 in ru and bg, 1,000 in en), messages in the language; anything else as given. */
function fill(lang: Locale, text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(lang, value);
    if (typeof value === 'string') return value;
    return isList(value) ? value.map((ref) => sayIn(lang, ref)).join('; ') : sayIn(lang, value);
  });
}

function isList(value: MessageRef | readonly MessageRef[]): value is readonly MessageRef[] {
  return Array.isArray(value);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(lang: Locale, value: number): string {
  let format = numberFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { maximumFractionDigits: 20, useGrouping: true });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** The placeholders of a message, every variant's together (the catalog test compares them across languages). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => text !== undefined);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
  return [...names].sort();
}

export { CATALOGS };
