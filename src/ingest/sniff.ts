/**
 * Detects how an export is written from its first bytes: encoding (BOM, UTF-8 validity,
 * Windows-1251 vs Latin-1 by how high bytes cluster), delimiter (, ; tab |) and newline.
 * Spreadsheets saved under a .csv name are recognised and refused with a hint.
 */
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { EncodingName, Sniffed } from './types.js';

export const SNIFF_BYTES = 64 * 1024;

export interface EncodingGuess {
  encoding: EncodingName;
  bom: boolean;
  /** Bytes to skip at the start. */
  bomLength: number;
}

/**
 * Encoding of a file from its first bytes (`whole`: they are the whole file). Throws
 * InputError for binary files.
 */
export function sniffEncoding(head: Uint8Array, file: string, whole = false): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true, bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true, bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true, bomLength: 2 };
  refuseBinary(head, file);
  if (isValidUtf8(head, !whole)) return { encoding: 'utf-8', bom: false, bomLength: 0 };
  return { encoding: looksCyrillic(head) ? 'windows-1251' : 'latin1', bom: false, bomLength: 0 };
}

function refuseBinary(head: Uint8Array, file: string): void {
  const hint = 'open it in your spreadsheet and save or export it as CSV (UTF-8)';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new InputError('CARE_NOT_CSV', 'this is a ZIP file (an .xlsx workbook?), not CSV text', { file, hint, say: say('error.zipNotCsv'), hintSay: say('hint.saveAsCsv') });
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new InputError('CARE_NOT_CSV', 'this is an old Excel (.xls) workbook, not CSV text', { file, hint, say: say('error.xlsNotCsv'), hintSay: say('hint.saveAsCsv') });
  }
  let zeros = 0;
  const sample = Math.min(head.length, 4096);
  for (let i = 0; i < sample; i++) if (head[i] === 0) zeros++;
  if (zeros > 0) {
    // NUL bytes without a BOM: UTF-16 saved without its mark, or not text at all.
    const utf16 = zeros * 3 > sample;
    const hintUtf16 = utf16 ? 'if it is UTF-16 text, pass --encoding utf-16le' : hint;
    throw new InputError('CARE_BINARY', 'the file contains NUL bytes: it is not text in a known encoding', { file, hint: hintUtf16, say: say('error.binary'), ...(utf16 ? { hintSay: say('hint.utf16') } : {}) });
  }
}

/**
 * Strict UTF-8 validation. When `cut` (the sample is only the head of a longer file), a
 * sequence cut off by the end of the sample is valid if the bytes that are there fit.
 */
export function isValidUtf8(bytes: Uint8Array, cut = false): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    const present = Math.min(need, n - 1 - i);
    for (let k = 1; k <= present; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    if (present < need) return cut; // the sequence runs past the sample
    i += need + 1;
  }
  return true;
}

/**
 * Cyrillic in Windows-1251 writes whole words in high bytes (а–я are 0xE0–0xFF), so most high
 * bytes stand next to another high byte. Latin-1 text (French, German) has isolated accented
 * letters between ASCII ones.
 */
export function looksCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0xc0) continue;
    high++;
    if ((i > 0 && bytes[i - 1]! >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1]! >= 0xc0)) paired++;
  }
  return high > 0 && paired / high > 0.5;
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter that splits the first lines into the same number (> 1) of fields most often,
 * counting outside quotes; ties go to the order above. The count is the header's, or, when the
 * first line has none (a report title above the header), the most common one.
 */
export function sniffDelimiter(text: string): string {
  const lines = firstLines(text, 30);
  let best = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = (counts[0] ?? 0) > 0 ? counts[0]! : mostCommonAboveZero(counts);
    if (header === 0) continue;
    const consistent = counts.filter((count) => count === header).length;
    const score = consistent * 1000 + header;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function mostCommonAboveZero(counts: number[]): number {
  const tally = new Map<number, number>();
  for (const count of counts) if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = 0;
  let bestTimes = 0;
  for (const [count, times] of tally) {
    if (times > bestTimes) {
      best = count;
      bestTimes = times;
    }
  }
  return best;
}

export function sniffNewline(text: string): Sniffed['newline'] {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < count; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if ((c === 10 || c === 13) && !inQuotes) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < count && start < text.length) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === delimiter && !inQuotes) count++;
  }
  return count;
}

/** The single-byte encoding some bytes that are not UTF-8 are most likely in. */
export function singleByteEncodingOf(bytes: Uint8Array): EncodingName {
  return looksCyrillic(bytes) ? 'windows-1251' : 'latin1';
}
