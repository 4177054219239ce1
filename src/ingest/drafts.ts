/**
 * Reading reply drafts for `care lint-reply`: one draft from a file or stdin (plain text in its
 * sniffed encoding, or the text part of an .eml), or the drafts column of a CSV.
 */
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { SNIFF_BYTES, sniffEncoding } from './sniff.js';
import type { EncodingName, InputSource } from './types.js';

// Columns a drafts CSV is likely to keep its text in, when --column is not given.
const LIKELY_COLUMNS = ['reply', 'draft', 'text', 'body', 'message', 'ответ', 'текст', 'отговор'];
// Headers of a MIME message: when stdin starts like this it is read as an .eml.
const MIME_HEADER = /^(?:mime-version|content-type):/im;
const BLANK_LINE = /\r?\n\r?\n/;

/** The text of one draft: an .eml (by its name, or stdin that starts like one) gives its text part. */
export async function readDraftText(source: InputSource, name: string, encoding: EncodingName | undefined): Promise<string> {
  const bytes = await readBytes(source);
  const isEml = path.extname(name).toLowerCase() === '.eml' || (name === '-' && looksLikeMime(bytes));
  return isEml ? await emlText(bytes, source.name) : decodeText(bytes, source.name, encoding);
}

/** The index of the drafts column: --column, else a column with a likely name, else the only column. */
export function pickDraftColumn(headers: readonly string[], wanted: string | undefined, file: string): number {
  if (wanted !== undefined) {
    const index = headers.indexOf(wanted);
    if (index >= 0) return index;
    throw new UsageError('CARE_NO_COLUMN', `--column "${wanted}" is not a column of the file`, {
      file,
      hint: `columns: ${headers.join(', ')}`,
      say: say('error.noColumnNamed', { column: wanted }),
      hintSay: say('hint.columns', { columns: headers.join(', ') }),
    });
  }
  const likely = headers.findIndex((header) => LIKELY_COLUMNS.includes(header.trim().toLowerCase()));
  if (likely >= 0) return likely;
  if (headers.length === 1) return 0;
  throw new UsageError('CARE_NO_COLUMN', 'which column holds the drafts?', {
    file,
    hint: `add --column COL; columns: ${headers.join(', ')}`,
    say: say('error.whichDraftColumn'),
    hintSay: say('hint.addColumn', { columns: headers.join(', ') }),
  });
}

/** Whether the header block (up to the first blank line) names a MIME version or content type. */
export function looksLikeMime(bytes: Buffer): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
  const blank = head.search(BLANK_LINE);
  return MIME_HEADER.test(blank < 0 ? head : head.slice(0, blank));
}

async function readBytes(source: InputSource): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source.open()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Plain text in its sniffed (or given) encoding: UTF-8 with or without BOM, UTF-16, Windows-1251. */
function decodeText(bytes: Buffer, file: string, encoding: EncodingName | undefined): string {
  const guess = sniffEncoding(bytes.subarray(0, SNIFF_BYTES), file);
  const chosen = encoding ?? guess.encoding;
  const skip = encoding === undefined || encoding === guess.encoding ? guess.bomLength : 0;
  return new TextDecoder(chosen).decode(bytes.subarray(skip));
}

/** The text part of a MIME message (mailparser turns an HTML-only message into text). */
async function emlText(bytes: Buffer, file: string): Promise<string> {
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(bytes);
  const text = typeof parsed.text === 'string' ? parsed.text : '';
  if (text.trim() === '') {
    throw new InputError('CARE_NO_TEXT_PART', 'the message has no text to check', { file, hint: 'save the draft with its body, or paste the text into a .txt file', say: say('error.noTextToCheck'), hintSay: say('hint.saveBody') });
  }
  return text;
}
