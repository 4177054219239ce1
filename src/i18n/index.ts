/** Messages in en, ru and bg: the catalogs, saying a message in a language, choosing the language (docs/messages.md). */
export { say, sayIn, sayOr, translate, formatNumber, isMessageKey, placeholdersOf } from './translate.js';
export { resolveMessageLanguage, languageOfLocaleName, environmentLocale, environmentDecides } from './language.js';
export type { MessageKey, Catalog } from './messages/en.js';
export type { Message, MessageRef, Params } from './types.js';
export { knownDetail, knownNote, knownProfileReason, knownRowDetail, KNOWN_NOTE_KEYS, PROFILE_REASON_KEYS, ROW_DETAIL_KEYS } from './known-notes.js';
