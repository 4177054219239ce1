/**
 * Which English each Russian and Bulgarian message was translated from (docs/messages.md, "When an
 * English message changes"): src/i18n/messages/translated-from.json keeps, per key of the merged
 * English catalog, a short hash of the English text the translations were last looked at against.
 * When the English changes, its hash no longer matches, and test/unit/i18n/translated-from.test.ts
 * names the key until a translator has reviewed ru and bg and re-stamped it (`npm run i18n:stamp --
 * --key KEY`, scripts/i18n-stamp.mjs). Used by that script and that test only; care never reads it.
 */
import { createHash } from 'node:crypto';
import type { Message } from './types.js';

/** key → stamp, as in translated-from.json. */
export type Stamps = Readonly<Record<string, string>>;

/** The plural categories in a fixed order, so a variant object's key order never changes its stamp. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A short hash of an English message (12 hex digits of SHA-256): a text, or its plural variants in a fixed order. */
export function stampOf(message: Message): string {
  const text = typeof message === 'string' ? message : JSON.stringify(CATEGORIES.filter((category) => message[category] !== undefined).map((category) => [category, message[category]]));
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export interface Staleness {
  /** Keys whose English changed since they were stamped: their ru and bg need a look. */
  changed: string[];
  /** Keys with no stamp yet. */
  unstamped: string[];
  /** Stamps of keys the catalog no longer has. */
  gone: string[];
}

/** How the stamps stand against the English catalog. */
export function staleness(english: Readonly<Record<string, Message>>, stamps: Stamps): Staleness {
  const changed: string[] = [];
  const unstamped: string[] = [];
  for (const [key, message] of Object.entries(english)) {
    const stamp = stamps[key];
    if (stamp === undefined) unstamped.push(key);
    else if (stamp !== stampOf(message)) changed.push(key);
  }
  const gone = Object.keys(stamps).filter((key) => !Object.hasOwn(english, key));
  return { changed: changed.sort(), unstamped: unstamped.sort(), gone: gone.sort() };
}

export interface Restamped {
  /** The new stamps, keys sorted. */
  stamps: Record<string, string>;
  added: string[];
  removed: string[];
  /** Keys of `review` whose stamp changed. */
  restamped: string[];
  /** Keys of `review` the catalog does not have. */
  unknown: string[];
  /** Keys still stamped with an older English (not in `review`). */
  changed: string[];
}

/**
 * The stamps after a run of scripts/i18n-stamp.mjs: keys without a stamp get one, stamps of keys
 * that are gone are removed, the keys in `review` (translations looked at again) are stamped with
 * their English as it is now; every other stamp is kept, so a changed English stays flagged.
 */
export function restamp(english: Readonly<Record<string, Message>>, stamps: Stamps, review: readonly string[] = []): Restamped {
  const { unstamped, gone } = staleness(english, stamps);
  const unknown = review.filter((key) => !Object.hasOwn(english, key));
  const next: Record<string, string> = {};
  const restamped: string[] = [];
  for (const key of Object.keys(english).sort()) {
    const now = stampOf(english[key]!);
    const old = stamps[key];
    if (old !== undefined && old !== now && review.includes(key)) restamped.push(key);
    next[key] = old === undefined || review.includes(key) ? now : old;
  }
  const changed = Object.keys(next).filter((key) => next[key] !== stampOf(english[key]!));
  return { stamps: next, added: unstamped, removed: gone, restamped, unknown, changed };
}
