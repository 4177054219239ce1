/**
 * `care lint-reply [FILE|-]`: checks a draft reply (plain text or an .eml), or every draft in a
 * CSV column, against the rules of polite care and scores it 0–100. `--fail-under N` makes a
 * script fail (exit 4) when a draft scores below N; the findings are printed first.
 */
import path from 'node:path';
import { InputError, ThresholdError, UsageError } from '../errors.js';
import { SNIFF_BYTES, sniffEncoding } from '../ingest/sniff.js';
import { openSource, readTable } from '../ingest/table.js';
import type { EncodingName, InputSource } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { lintMessage } from '../lint/engine.js';
import { LINT_LOCALES, REPLY_KINDS, isLintLocale, isReplyKind } from '../lint/types.js';
import type { LintOptions, LintResult } from '../lint/types.js';
import { escapeControls } from '../report/format.js';
import { lintResultJson, renderLintText } from '../report/lint-view.js';

/** Options of `care lint-reply`, as the CLI parses them. */
export interface LintReplyOptions {
  /** --csv FILE (or - for stdin): one draft per row. */
  csv?: string;
  /** --column COL: the column of --csv holding the drafts. */
  column?: string;
  /** --locale en|ru|bg (default: detected from each draft). */
  locale?: string;
  /** --kind complaint|reminder|notice|general (default: detected from each draft). */
  kind?: string;
  /** --format table|json (default table). */
  format?: string;
  /** --fail-under N: exit 4 when a draft scores below N (0–100). */
  failUnder?: string | number;
  /** --delimiter for --csv. */
  delimiter?: string;
  /** --encoding of the draft or the CSV (default: sniffed). */
  encoding?: EncodingName;
}

type LintFormat = 'table' | 'json';

/** One linted draft: where it came from and its text (for the context column). */
interface LintedDraft {
  /** Physical line of the CSV row; undefined for a single draft. */
  line?: number;
  text: string;
  result: LintResult;
}

// Columns a drafts CSV is likely to keep its text in, when --column is not given.
const LIKELY_COLUMNS = ['reply', 'draft', 'text', 'body', 'message', 'ответ', 'текст', 'отговор'];
// Headers of a MIME message: when stdin starts like this it is read as an .eml.
const MIME_HEADER = /^(?:mime-version|content-type):/im;
const BLANK_LINE = /\r?\n\r?\n/;
// A reply's quoted original ("> …") and the line that introduces it are not the agent's words.
const QUOTED_LINE = /^\s*>/;
const QUOTE_INTRO = /(?:wrote|написал\p{L}*|пише|писа):\s*$/iu;

/** Runs `care lint-reply`. */
export async function runLintReply(io: Io, file: string | undefined, options: LintReplyOptions = {}): Promise<void> {
  const lintOptions = pickLintOptions(options);
  const format = pickFormat(options.format);
  const failUnder = pickFailUnder(options.failUnder);

  const drafts = options.csv === undefined
    ? [await lintOne(io, file, options, lintOptions)]
    : await lintRows(io, file, options, lintOptions);

  for (const draft of drafts) if (draft.result.truncated !== undefined) io.stderr.write(truncationNote(file ?? options.csv ?? '-', draft));
  io.stdout.write(format === 'json' ? renderJson(drafts, options.csv !== undefined) : renderTable(io, drafts, options.csv !== undefined));
  if (failUnder !== undefined) assertScores(drafts, failUnder);
}

/** "care: draft.txt: 1,500,000 characters; checked the first 1,048,576" (the text cap, text-cap.ts). */
function truncationNote(name: string, draft: LintedDraft): string {
  const { chars, checkedChars } = draft.result.truncated as { chars: number; checkedChars: number };
  const where = draft.line === undefined ? escapeControls(name) : `${escapeControls(name)}, line ${draft.line}`;
  return `care: ${where}: the draft has ${chars.toLocaleString('en-US')} characters; checked the first ${checkedChars.toLocaleString('en-US')}\n`;
}

function pickLintOptions(options: LintReplyOptions): LintOptions {
  const picked: LintOptions = {};
  if (options.locale !== undefined) {
    if (!isLintLocale(options.locale)) throw new UsageError('CARE_BAD_LOCALE', `unknown locale "${options.locale}"`, { hint: `use --locale ${LINT_LOCALES.join(', ')}` });
    picked.locale = options.locale;
  }
  if (options.kind !== undefined) {
    if (!isReplyKind(options.kind)) throw new UsageError('CARE_BAD_KIND', `unknown kind "${options.kind}"`, { hint: `use --kind ${REPLY_KINDS.join(', ')}` });
    picked.kind = options.kind;
  }
  return picked;
}

function pickFormat(value: string | undefined): LintFormat {
  if (value === undefined || value === 'table' || value === 'json') return value ?? 'table';
  throw new UsageError('CARE_BAD_FORMAT', `unknown format "${value}" for lint-reply`, { hint: 'use --format table or json' });
}

function pickFailUnder(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (String(value).trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new UsageError('CARE_BAD_OPTION', `--fail-under ${value}: expected a score from 0 to 100`, { hint: 'for example --fail-under 90' });
  }
  return number;
}

/** A single draft from a file or stdin: plain text, or the text part of an .eml. */
async function lintOne(io: Io, file: string | undefined, options: LintReplyOptions, lintOptions: LintOptions): Promise<LintedDraft> {
  const name = file ?? '-';
  // Never wait on a terminal for a draft nobody is typing in.
  if (name === '-' && io.isTTY.stdin) {
    throw new UsageError('CARE_NO_INPUT', 'no draft to check', { hint: 'name a file (.txt or .eml), pipe the draft into care lint-reply -, or use --csv FILE --column COL' });
  }
  const source = openSource(io, name === '-' ? '-' : path.resolve(io.cwd, name));
  const bytes = await readBytes(source);
  const isEml = path.extname(name).toLowerCase() === '.eml' || (name === '-' && looksLikeMime(bytes));
  const text = withoutQuotedText(isEml ? await emlText(bytes, source.name) : decodeText(bytes, source.name, options.encoding));
  if (text.trim() === '') throw new InputError('CARE_EMPTY_DRAFT', 'the draft is empty', { file: source.name, hint: 'write the reply first, then check it' });
  return { text, result: lintMessage(text, lintOptions) };
}

/** Every draft of a CSV column, each with its physical line; blank cells are skipped with a note. */
async function lintRows(io: Io, file: string | undefined, options: LintReplyOptions, lintOptions: LintOptions): Promise<LintedDraft[]> {
  const csv = options.csv as string;
  if (file !== undefined) {
    throw new UsageError('CARE_TWO_INPUTS', `give either a draft file (${file}) or --csv ${csv}, not both`, { hint: 'care lint-reply drafts.csv is read as one draft; use --csv for a table of drafts' });
  }
  const table = await readTable(openSource(io, csv === '-' ? '-' : path.resolve(io.cwd, csv)), {
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  });
  const column = pickColumn(table.headers, options.column, csv);
  const drafts: LintedDraft[] = [];
  for (const row of table.rows) {
    const text = withoutQuotedText(row.cells[column] ?? '');
    if (text.trim() === '') {
      io.stderr.write(`care: line ${row.line}: the ${escapeControls(table.headers[column] ?? '')} cell is empty; skipped\n`);
      continue;
    }
    drafts.push({ line: row.line, text, result: lintMessage(text, lintOptions) });
  }
  if (drafts.length === 0) {
    throw new InputError('CARE_NO_ROWS', `no drafts in the ${table.headers[column]} column`, { file: csv, hint: 'check --column, or that the file has rows' });
  }
  return drafts;
}

/** The index of the drafts column: --column, else a column with a likely name, else the only column. */
function pickColumn(headers: readonly string[], wanted: string | undefined, file: string): number {
  if (wanted !== undefined) {
    const index = headers.indexOf(wanted);
    if (index >= 0) return index;
    throw new UsageError('CARE_NO_COLUMN', `--column "${wanted}" is not a column of the file`, { file, hint: `columns: ${headers.join(', ')}` });
  }
  const likely = headers.findIndex((header) => LIKELY_COLUMNS.includes(header.trim().toLowerCase()));
  if (likely >= 0) return likely;
  if (headers.length === 1) return 0;
  throw new UsageError('CARE_NO_COLUMN', 'which column holds the drafts?', { file, hint: `add --column COL; columns: ${headers.join(', ')}` });
}

/** Whether the header block (up to the first blank line) names a MIME version or content type. */
function looksLikeMime(bytes: Buffer): boolean {
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
    throw new InputError('CARE_NO_TEXT_PART', 'the message has no text to check', { file, hint: 'save the draft with its body, or paste the text into a .txt file' });
  }
  return text;
}

/**
 * Blanks the quoted original of a reply ("> …" lines and the "… wrote:" line before them), so
 * only the agent's words are checked; lines stay where they are, so line numbers still match.
 */
export function withoutQuotedText(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i += 1) {
    if (!QUOTED_LINE.test(lines[i] ?? '')) continue;
    lines[i] = '';
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before -= 1;
    if (before >= 0 && QUOTE_INTRO.test(lines[before] ?? '')) lines[before] = '';
  }
  return lines.join('\n');
}

function renderJson(drafts: readonly LintedDraft[], batch: boolean): string {
  const views = drafts.map((draft) => (batch ? { line: draft.line, ...lintResultJson(draft.result) } : lintResultJson(draft.result)));
  return `${JSON.stringify(batch ? views : views[0], null, 2)}\n`;
}

function renderTable(io: Io, drafts: readonly LintedDraft[], batch: boolean): string {
  const parts = drafts.map((draft) =>
    renderLintText(draft.result, draft.text, { color: io.color, ...(batch ? { title: `line ${draft.line}` } : {}) }),
  );
  if (batch) parts.push(batchSummary(drafts));
  return parts.join('\n');
}

/** "4 drafts · average 68 · lowest 10 (line 3) · 2 below 90". */
function batchSummary(drafts: readonly LintedDraft[]): string {
  const lowest = drafts.reduce((worst, draft) => (draft.result.score < worst.result.score ? draft : worst));
  const average = Math.round(drafts.reduce((sum, draft) => sum + draft.result.score, 0) / drafts.length);
  const weak = drafts.filter((draft) => draft.result.score < 90).length;
  const noun = drafts.length === 1 ? 'draft' : 'drafts';
  return `${drafts.length} ${noun} · average ${average} · lowest ${lowest.result.score} (line ${lowest.line}) · ${weak} below 90\n`;
}

/** ThresholdError (exit 4) when any draft scores below the bar; the output is already written. */
function assertScores(drafts: readonly LintedDraft[], failUnder: number): void {
  const below = drafts.filter((draft) => draft.result.score < failUnder);
  if (below.length === 0) return;
  const single = drafts.length === 1 ? drafts[0] : undefined;
  if (single !== undefined && single.line === undefined) {
    throw new ThresholdError('CARE_SCORE_BELOW', `the reply scores ${single.result.score}, below --fail-under ${failUnder}`, {
      hint: 'fix the findings above and check again',
    });
  }
  const lines = below.map((draft) => draft.line).join(', ');
  throw new ThresholdError('CARE_SCORE_BELOW', `${below.length} of ${drafts.length} drafts score below --fail-under ${failUnder} (lines ${lines})`, {
    hint: 'fix the findings above and check again',
  });
}
