/**
 * The text cap: classification and lint read at most the first TEXT_CAP characters of a field or
 * a draft. A complaint or a reply is a few kilobytes; a field of many megabytes is a broken
 * export or a pasted log, and reading all of it would only cost time and memory. The work is
 * linear in the text either way (docs/guarantees.md "Text work is linear"); the cap bounds it.
 * The commands say when a field was cut (stderr, and `truncated` in JSON).
 */

/** 1 MiB of characters (UTF-16 code units): 1,048,576. */
export const TEXT_CAP = 1024 * 1024;

/** The text cut to `cap` characters, never between the two halves of a surrogate pair. */
export function capText(text: string, cap: number = TEXT_CAP): string {
  if (text.length <= cap) return text;
  const last = text.charCodeAt(cap - 1);
  // A high surrogate as the last kept unit would be half a character: keep one unit less.
  const end = last >= 0xd800 && last <= 0xdbff ? cap - 1 : cap;
  return text.slice(0, end);
}

/** Whether a text is longer than the cap (and so read only in part). */
export function isOverCap(text: string | undefined, cap: number = TEXT_CAP): boolean {
  return text !== undefined && text.length > cap;
}
