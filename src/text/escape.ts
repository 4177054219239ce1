/**
 * Text from data made safe for a terminal (docs/guarantees.md "The terminal is safe"). A complaint,
 * a header or a file name can hold escape sequences (`\x1b[31m`, `\x1b]0;title\x07`, a cursor
 * move, a screen clear) or bidi overrides (U+202E) that would recolour, rewrite or reorder what
 * the terminal shows. Every such character is shown as its escape instead: `\x1b`, `\x9b`,
 * `\u202e`. Imports nothing, so any layer (the CLI's error line included) can use it.
 *
 * What is escaped: C0 controls (U+0000–U+001F, tab and line feed only when the caller allows
 * them), DEL (U+007F), C1 controls (U+0080–U+009F), and the bidi embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069. Everything else is left as it is. CSV and JSON
 * outputs keep the data as it is (JSON escapes controls itself); this is for text meant to be read.
 */

/** What a caller lets through: a tab or a line break where the output's layout allows one. */
export interface EscapeOptions {
  tab?: boolean;
  newline?: boolean;
}

// A character class: tested once per character, no backtracking.
const ALL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BUT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BUT_BOTH = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every terminal control character shown as an escape; the same string when there is none. */
export function escapeControls(text: string, options: EscapeOptions = {}): string {
  const pattern = options.newline ? (options.tab ? BUT_BOTH : BUT_NEWLINE) : options.tab ? BUT_TAB : ALL;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, escapeOne);
}

/** `\x1b` for the one-byte controls, `\u202e` for the bidi controls. */
function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
