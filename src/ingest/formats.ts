/**
 * How an export is written, as the user may state it (--encoding, --date-format, --delimiter, the
 * config file) or a profile records it. The CLI's choices and the config schema are these lists.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'latin1'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export const DATE_ORDERS = ['DMY', 'MDY', 'YMD'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** --delimiter and the config's `delimiter`: `tab` or `\t` is a TAB, else one character (docs/contracts.md, "Reading options"). */
export function parseDelimiter(delimiter: string): string {
  if (delimiter === '\\t' || delimiter.toLowerCase() === 'tab') return '\t';
  if (delimiter.length !== 1) throw new UsageError('CARE_BAD_DELIMITER', `--delimiter ${delimiter}: one character expected`, { hint: "use ',', ';', '|' or 'tab'", say: say('error.delimiterOneChar', { value: delimiter }), hintSay: say('hint.delimiters') });
  return delimiter;
}

/** Whether parseDelimiter takes the text. */
export function isDelimiter(delimiter: string): boolean {
  return delimiter.length === 1 || delimiter === '\\t' || delimiter.toLowerCase() === 'tab';
}
