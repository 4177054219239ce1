/**
 * Streams an export into rows of cells, with the physical line each row starts on.
 * Bytes → (sniffed encoding) text → pieces cut at record boundaries (quote-aware) → the CSV
 * parser → the sink. Memory holds one piece at a time (about a megabyte), whatever the file size.
 */
import { createReadStream } from 'node:fs';
import { EncodingMismatchError, InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import { checkHeaderWidth } from './headers.js';
import { chooseParser, type ChunkParser } from './parser.js';
import { type BadRecord, type ScanFormat, type TextEnd, roughCells, scanRecords } from './scan.js';
import { SNIFF_BYTES, singleByteEncodingOf, sniffDelimiter, sniffEncoding, sniffNewline } from './sniff.js';
import type { EncodingName, InputSource, ReadOptions, Sniffed } from './types.js';

export interface RowSink {
  /** Called once with the header row, before any row. */
  header(headers: string[], sniffed: Sniffed): void;
  /** Called for every row after the header (empty lines excluded). */
  row(cells: string[], line: number): void;
  /** Called at the end with the number of the line after the last one read. */
  done?(nextLine: number): void;
  /**
   * Rows of quote-free text as field bounds (bounds[2i], bounds[2i + 1]) into `text`. When the
   * sink has it, pieces without a double quote skip the CSV parser: a record is then a line and a
   * field what the delimiter separates, so cells need not be copied out one by one.
   */
  span?(text: string, bounds: Int32Array, fields: number, line: number): void;
  /**
   * A record the reader could not split into fields (`badQuote`: a quote that closes mid-field or
   * never closes; see scan.ts), with rough cells for --rejects. Without it such a record is an
   * input error: a reader never drops a row without a word.
   */
  badRow?(reason: string, line: number, cells: string[], detail: string): void;
}

export interface ReadRowsOptions {
  delimiter?: string;
  encoding?: EncodingName;
  /**
   * Read only bytes [start, end) of a file source. With `sniffed`, the range starts inside the
   * file (after a record boundary): no sniffing, no header, lines counted from 1.
   */
  range?: { start: number; end: number; sniffed?: Sniffed; fields?: number };
  /** Bytes handed over so far, for progress. */
  /** Bytes and rows handed over so far, after each chunk read. */
  onProgress?: (bytes: number, rows: number) => void;
  parser?: ChunkParser;
  /** Lines above the header to skip (a profile's skipLines); without it title lines are found by findHeader. */
  skipLines?: number;
}

/** Text is handed to the parser in pieces of about this many characters. */
const PIECE_CHARS = 1 << 20;

/** Reads every row of `source` into `sink`; resolves with what was sniffed. */
export async function readRows(source: InputSource, options: ReadRowsOptions, sink: RowSink): Promise<Sniffed> {
  const parse = options.parser ?? chooseParser();
  const range = options.range;
  let rowsRead = 0;
  if (options.onProgress !== undefined) {
    const counted = sink;
    sink = {
      header: (headers, found) => counted.header(headers, found),
      row: (cells, line) => (rowsRead++, counted.row(cells, line)),
      done: (next) => counted.done?.(next),
      span: counted.span === undefined ? undefined : (text, bounds, fields, line) => (rowsRead++, counted.span!(text, bounds, fields, line)),
      badRow: counted.badRow === undefined ? undefined : (reason, line, cells, detail) => (rowsRead++, counted.badRow!(reason, line, cells, detail)),
    };
  }
  const stream = range === undefined ? source.open() : openRange(source, range.start, range.end);
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let sniffed: Sniffed | undefined;
  let head: Buffer[] = [];
  let headBytes = 0;
  let pending = '';
  let line = 1; // physical line of the first record in `pending`
  let headerDone = false;
  let bytesRead = 0;
  /** Fields of the header (a quote running over lines that have this many is given up on). */
  let fields = 0;
  let flushAt = PIECE_CHARS;
  if (range?.sniffed !== undefined) {
    // A range inside the file: the caller read the header and knows how the file is written.
    sniffed = range.sniffed;
    decoder = new TextDecoder(sniffed.encoding === 'latin1' ? 'windows-1252' : sniffed.encoding, { fatal: sniffed.encoding === 'utf-8' });
    headerDone = true;
    fields = range.fields ?? 0; // the header's, so quotes are given up on as in the whole file
  }

  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream: !final });
    } catch {
      const suggested = singleByteEncodingOf(bytes);
      throw new EncodingMismatchError(`the bytes are not valid ${sniffed!.encoding} (near byte ${bytesRead})`, suggested, options.encoding === undefined, {
        file: source.name,
        hint: `pass --encoding ${suggested} to say how the file is written (utf-8, windows-1251, latin1 and utf-16le are known)`,
        say: say('error.badEncoding', { encoding: sniffed!.encoding, byte: String(bytesRead) }),
        hintSay: say('hint.passEncoding', { suggested }),
      });
    }
  };

  /** Where the header record is in the first text (found when the head is sniffed). */
  let header: HeaderAt | undefined;
  const ending: TextEnd = range !== undefined && source.size !== undefined && range.end < source.size ? 'rangeEnd' : 'eof';

  const start = (bytes: Buffer, whole: boolean) => {
    const guess = options.encoding
      ? { encoding: options.encoding, bom: false, bomLength: 0 }
      : sniffEncoding(bytes, source.name, whole);
    decoder = new TextDecoder(guess.encoding === 'latin1' ? 'windows-1252' : guess.encoding, { fatal: guess.encoding === 'utf-8' });
    // Known before decoding, so a decoding error can name the encoding.
    sniffed = { encoding: guess.encoding, bom: guess.bom, delimiter: options.delimiter ?? ',', newline: '\n' };
    const text = decode(bytes.subarray(guess.bomLength), false).replace(/^\uFEFF/, '');
    const delimiter = options.delimiter ?? sniffDelimiter(text);
    const newline = sniffNewline(text);
    header = findHeader(text, { delimiter, newline, fields: 0 }, parse, whole ? 'eof' : 'more', options.skipLines);
    sniffed = { encoding: guess.encoding, bom: guess.bom, delimiter, newline, sample: headSample(text, header, { delimiter, newline, fields: header?.fields ?? 0 }, parse) };
    return text;
  };

  /** Rows of `text` (whole records) to the sink; returns the newlines in it. */
  const emit = (text: string, first: number, quoteFree: boolean): number => {
    if (text === '') return 0;
    const { delimiter, newline } = sniffed!;
    return sink.span !== undefined && quoteFree ? emitSpans(text, first, newline, delimiter, sink) : emitRows(parse(text, delimiter, newline), text, first, newline, sink);
  };

  const badRow = (text: string, bad: BadRecord, badLine: number) => {
    const quoteLine = badLine + countNewlines(text.slice(bad.start, bad.quoteAt), sniffed!.newline);
    // The broken field as written: from its quote to the delimiter after the quote that closes it.
    const close = text.indexOf('"', bad.quoteAt + 1);
    const fieldEnd = close === -1 ? -1 : text.indexOf(sniffed!.delimiter, close);
    const shown = text.slice(bad.quoteAt, Math.min(bad.end, bad.quoteAt + 40, fieldEnd === -1 ? bad.end : fieldEnd));
    const detail =
      bad.why === 'closesMidField'
        ? `a quoted field closes mid-field (${JSON.stringify(shown)}${quoteLine === badLine ? '' : `, quote opened at line ${quoteLine}`}); write a quote inside a field as ""`
        : `the quote opened at line ${quoteLine} (${JSON.stringify(shown)}) never closes; the lines after it are read as rows`;
    const cells = roughCells(text.slice(bad.start, bad.end), sniffed!.delimiter);
    if (sink.badRow === undefined) {
      const said =
        bad.why !== 'closesMidField'
          ? say('error.quoteNeverCloses', { line: String(quoteLine), shown: JSON.stringify(shown) })
          : quoteLine === badLine
            ? say('error.quoteClosesMidField', { shown: JSON.stringify(shown) })
            : say('error.quoteClosesMidFieldOpened', { shown: JSON.stringify(shown), line: String(quoteLine) });
      throw new InputError('CARE_BAD_QUOTE', detail, { file: source.name, line: badLine, hint: 'fix the quotes in that row, or export the file again', say: said, hintSay: say('hint.fixQuotes') });
    }
    sink.badRow('badQuote', badLine, cells, detail);
  };

  /**
   * Hands the complete records of `pending` to the sink and keeps the rest. `final`: the text
   * ends here (the file, or this reader's byte range).
   */
  const flush = (final: boolean) => {
    const newline = sniffed!.newline;
    const text = pending;
    const mode: TextEnd = final ? ending : 'more';
    let at = 0; // where the unread records start
    let first = line; // the physical line at `at`
    if (!headerDone) {
      const found = header ?? findHeader(text, { delimiter: sniffed!.delimiter, newline, fields: 0 }, parse, mode, options.skipLines);
      if (found === undefined) return; // the header is not complete yet
      headerDone = true;
      const headers = parse(text.slice(found.start, found.end), sniffed!.delimiter, newline)[0] ?? [];
      checkHeaderWidth(headers, source.name);
      sink.header(
        headers.map((cell) => cell.trim()),
        sniffed!,
      );
      fields = headers.length;
      first += countNewlines(text.slice(0, found.next), newline); // title lines, the header's lines and the newline after it
      at = found.next;
    }
    const format: ScanFormat = { delimiter: sniffed!.delimiter, newline, fields };
    const quoted = text.indexOf('"', at) !== -1;
    if (!quoted) {
      let end = text.length;
      let next = text.length;
      if (!final) {
        const mark = text.lastIndexOf(newline === '\r' ? '\r' : '\n');
        if (mark < at) return keep(text, at, first);
        end = newline === '\r\n' && text.charCodeAt(mark - 1) === 13 ? mark - 1 : mark;
        next = mark + 1;
      }
      const body = text.slice(at, end);
      const newlines = emit(body, first, true);
      pending = text.slice(next);
      line = first + newlines + (final && text === '' ? 0 : 1);
      return;
    }
    const scan = scanRecords(text, at, format, mode);
    if (scan.openQuoteAt !== undefined) {
      const quoteLine = first + countNewlines(text.slice(at, scan.openQuoteAt), newline);
      throw new InputError('CARE_UNCLOSED_QUOTE', `the file ends inside a quoted field: the quote opened at line ${quoteLine} never closes`, {
        file: source.name,
        line: quoteLine,
        hint: 'close that quote (a quote inside a field is written ""), or export the file again',
        say: say('error.unclosedQuote', { line: String(quoteLine) }),
        hintSay: say('hint.closeQuote'),
      });
    }
    if (scan.next === -1) return keep(text, at, first);
    let segment = at;
    let segmentLine = first;
    for (const bad of scan.bad) {
      if (bad.start > segment) {
        // The good records before the bad one (without the newline that ends them).
        const cut = bad.start - 1 - (newline === '\r\n' && text.charCodeAt(bad.start - 2) === 13 ? 1 : 0);
        segmentLine += emit(text.slice(segment, cut), segmentLine, false) + 1;
      }
      badRow(text, bad, segmentLine);
      segmentLine += countNewlines(text.slice(bad.start, bad.next), newline);
      segment = bad.next;
    }
    pending = text.slice(scan.next);
    if (segment === scan.next) {
      // The last complete record was a bad one; at the very end of the text the next line is past it.
      line = segmentLine + (scan.next === scan.end ? 1 : 0);
      return;
    }
    line = segmentLine + emit(text.slice(segment, scan.end), segmentLine, false) + 1;
  };

  /** Nothing complete yet: keep the text from `at`, whose first line is `first`. */
  const keep = (text: string, at: number, first: number) => {
    pending = text.slice(at);
    line = first;
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    if (!sniffed) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < SNIFF_BYTES) continue;
      pending = start(Buffer.concat(head), false);
      head = [];
    } else {
      pending += decode(chunk, false);
    }
    options.onProgress?.(bytesRead, rowsRead);
    if (pending.length >= flushAt) {
      flush(false);
      // A record longer than a piece (a huge quoted field) is scanned again only once the text has doubled.
      flushAt = Math.max(PIECE_CHARS, pending.length * 2);
    }
  }
  const expected = range === undefined ? source.size : range.end - range.start;
  if (expected !== undefined && bytesRead < expected) {
    throw new InputError('CARE_FILE_SHRANK', `the file shrank while it was read (${expected} bytes when opened, ${bytesRead} read)`, {
      file: source.name,
      hint: 'read it again once whatever is writing it has finished (or read a copy)',
      say: say('error.fileShrank', { expected, read: bytesRead }),
      hintSay: say('hint.readAgainLater'),
    });
  }
  if (!sniffed) {
    const all = Buffer.concat(head);
    if (all.length === 0) throw new InputError('CARE_EMPTY', 'the file is empty', { file: source.name, hint: 'export it again with a header row and data', say: say('error.fileEmpty'), hintSay: say('hint.exportAgain') });
    pending = start(all, true);
  }
  pending += decode(new Uint8Array(0), true);
  // Drop the one newline that ends the file so no empty last row appears.
  if (pending.endsWith('\r\n')) pending = pending.slice(0, -2);
  else if (pending.endsWith('\n') || pending.endsWith('\r')) pending = pending.slice(0, -1);
  if (!headerDone && pending.trim() === '') throw new InputError('CARE_EMPTY', 'the file is empty', { file: source.name, hint: 'export it again with a header row and data', say: say('error.fileEmpty'), hintSay: say('hint.exportAgain') });
  flush(true);
  sink.done?.(line);
  return sniffed!;
}

export interface FileHead {
  sniffed: Sniffed;
  headers: string[];
  /** Byte offset where the first data row starts. */
  dataStart: number;
}

/** The header record in the first text: its bounds, where the data starts, its field count. */
export interface HeaderAt {
  start: number;
  end: number;
  next: number;
  fields: number;
}

/** Records looked at for the header row. */
const HEADER_SEARCH_RECORDS = 20;

/**
 * The header row: the first record, unless title lines stand above it (1C reports: `Продажи за
 * период 01.01.2024 - 31.03.2024;;;`, an empty line, then the header). Among the first records,
 * the header is the first with at least two non-empty cells that are not numbers and at least half
 * as many non-empty cells as the fullest record; a first record like that is the header as
 * always. `skipLines` (a profile's) forces the lines to skip. Undefined when the text does not yet
 * hold a complete record.
 */
export function findHeader(text: string, format: ScanFormat, parse: ChunkParser, ending: TextEnd, skipLines?: number): HeaderAt | undefined {
  const mark = format.newline === '\r' ? '\r' : '\n';
  let from = 0;
  if (skipLines !== undefined && skipLines > 0) {
    for (let skipped = 0; skipped < skipLines; skipped++) {
      const at = text.indexOf(mark, from);
      if (at === -1) return undefined;
      from = at + 1;
    }
    return recordAt(text, from, format, parse, ending);
  }
  const candidates: (HeaderAt & { filled: number; words: number })[] = [];
  let position = 0;
  while (candidates.length < HEADER_SEARCH_RECORDS && position < text.length) {
    const record = recordAt(text, position, format, parse, ending);
    if (record === undefined) break;
    const cells = record.bad ? [] : (parse(text.slice(record.start, record.end), format.delimiter, format.newline)[0] ?? []);
    let filled = 0;
    let words = 0;
    for (const cell of cells) {
      const value = cell.trim();
      if (value === '') continue;
      filled++;
      if (!/^[-+]?[\d\s.,/:]+$/.test(value)) words++;
    }
    candidates.push({ ...record, filled, words });
    if (record.next >= text.length) break;
    position = record.next;
  }
  if (candidates.length === 0) return undefined;
  const fullest = Math.max(...candidates.map((candidate) => candidate.filled));
  const looksLikeHeader = (candidate: { filled: number; words: number }) => candidate.words >= 2 && candidate.filled * 2 >= fullest;
  const chosen = looksLikeHeader(candidates[0]!) ? candidates[0]! : (candidates.find(looksLikeHeader) ?? candidates[0]!);
  return { start: chosen.start, end: chosen.end, next: chosen.next, fields: chosen.fields };
}

/** The record starting at `from`, with its field count; undefined when it is not complete. */
function recordAt(text: string, from: number, format: ScanFormat, parse: ChunkParser, ending: TextEnd): (HeaderAt & { bad: boolean }) | undefined {
  const scan = scanRecords(text, from, format, ending === 'rangeEnd' ? 'eof' : ending, from);
  if (scan.next === -1) return undefined;
  const bad = scan.bad.length > 0;
  const fields = bad ? 0 : (parse(text.slice(from, scan.end), format.delimiter, format.newline)[0] ?? []).length;
  return { start: from, end: scan.end, next: scan.next, fields, bad };
}

/**
 * Sniffs a file's head and reads its header row, for readers that split the file into byte
 * ranges. Undefined when the file cannot be split by bytes (UTF-16, or a header longer than the head).
 */
export function readFileHead(head: Buffer, file: string, options: ReadRowsOptions): FileHead | undefined {
  const parse = options.parser ?? chooseParser();
  const guess = options.encoding ? { encoding: options.encoding, bom: false, bomLength: 0 } : sniffEncoding(head, file);
  if (guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be') return undefined;
  const decoder = new TextDecoder(guess.encoding === 'latin1' ? 'windows-1252' : guess.encoding);
  const text = decoder.decode(head.subarray(guess.bomLength), { stream: true });
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const newline = sniffNewline(text);
  const header = findHeader(text, { delimiter, newline, fields: 0 }, parse, 'more', options.skipLines);
  if (header === undefined || header.next >= text.length) return undefined;
  const sniffed: Sniffed = { encoding: guess.encoding, bom: guess.bom, delimiter, newline, sample: headSample(text, header, { delimiter, newline, fields: header.fields }, parse) };
  const headerText = text.slice(0, header.next);
  const headers = (parse(text.slice(header.start, header.end), sniffed.delimiter, sniffed.newline)[0] ?? []).map((cell) => cell.trim());
  checkHeaderWidth(headers, file);
  const byteLength = guess.encoding === 'utf-8' ? Buffer.byteLength(headerText, 'utf8') : headerText.length;
  return { sniffed, headers, dataStart: guess.bomLength + byteLength };
}

/** Rows sampled from the head for per-column decisions. */
const SAMPLE_ROWS = 200;

/** The first data rows of the head text (whole records after the header, up to the first bad one). */
function headSample(text: string, header: HeaderAt | undefined, format: ScanFormat, parse: ChunkParser): string[][] {
  if (header === undefined) return [];
  const scan = scanRecords(text, header.next, format, 'more');
  const end = scan.bad.length > 0 ? Math.max(header.next, scan.bad[0]!.start - 1) : scan.end;
  if (end <= header.next) return [];
  return parse(text.slice(header.next, end), format.delimiter, format.newline).slice(0, SAMPLE_ROWS);
}

function openRange(source: InputSource, start: number, end: number): NodeJS.ReadableStream {
  if (source.path === undefined) throw new Error('a byte range needs a file source');
  return createReadStream(source.path, { start, end: end - 1, highWaterMark: 1 << 20 });
}

let spanBounds = new Int32Array(256);

/**
 * Quote-free text: each line a record, fields between delimiters; empty lines skipped but counted.
 * Returns the newlines read.
 */
function emitSpans(piece: string, firstLine: number, newline: string, delimiter: string, sink: RowSink): number {
  const mark = newline === '\r' ? '\r' : '\n';
  const dropCR = newline === '\r\n';
  const n = piece.length;
  let line = firstLine;
  let position = 0;
  for (;;) {
    let end = piece.indexOf(mark, position);
    if (end === -1) end = n;
    let lineEnd = end;
    if (dropCR && lineEnd > position && piece.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (lineEnd > position) {
      let fields = 0;
      let start = position;
      for (;;) {
        if (2 * fields + 2 > spanBounds.length) {
          const grown = new Int32Array(spanBounds.length * 2);
          grown.set(spanBounds);
          spanBounds = grown;
        }
        const at = piece.indexOf(delimiter, start);
        const fieldEnd = at === -1 || at > lineEnd ? lineEnd : at;
        spanBounds[2 * fields] = start;
        spanBounds[2 * fields + 1] = fieldEnd;
        fields++;
        if (fieldEnd === lineEnd) break;
        start = fieldEnd + 1;
      }
      sink.span!(piece, spanBounds, fields, line);
    }
    if (end >= n) return line - firstLine;
    line++;
    position = end + 1;
  }
}

/** Hands rows to the sink with the physical lines they start on; returns the newlines in the piece. */
function emitRows(rows: string[][], piece: string, firstLine: number, newline: string, sink: RowSink): number {
  const newlines = countNewlines(piece, newline);
  let line = firstLine;
  if (newlines === rows.length - 1) {
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!;
      if (!(cells.length === 1 && cells[0] === '')) sink.row(cells, line);
      line++;
    }
    return newlines;
  }
  // Some cells hold newlines of their own: count them to keep line numbers physical.
  for (const cells of rows) {
    if (!(cells.length === 1 && cells[0] === '')) sink.row(cells, line);
    let inside = 0;
    for (const cell of cells) if (cell.length > 0) inside += countNewlines(cell, newline);
    line += inside + 1;
  }
  return newlines;
}

function countNewlines(text: string, newline: string): number {
  const mark = newline === '\r' ? '\r' : '\n';
  let count = 0;
  let at = text.indexOf(mark);
  while (at !== -1) {
    count++;
    at = text.indexOf(mark, at + 1);
  }
  return count;
}

/**
 * The end of the last complete record of `text` (scan.ts rules): everything before `end` is
 * whole records, the next starts at `next`; `quoted`: the text has a double quote.
 */
export function lastRecordBoundary(text: string, newline: Sniffed['newline'], delimiter = ',', fields = 0): { end: number; next: number; quoted: boolean } | undefined {
  if (text.indexOf('"') === -1) {
    const at = text.lastIndexOf(newline === '\r' ? '\r' : '\n');
    if (at === -1) return undefined;
    return { end: newline === '\r\n' && text.charCodeAt(at - 1) === 13 ? at - 1 : at, next: at + 1, quoted: false };
  }
  const scan = scanRecords(text, 0, { delimiter, newline, fields }, 'more');
  return scan.next === -1 ? undefined : { end: scan.end, next: scan.next, quoted: true };
}

/**
 * Runs a whole read, and once more in the suggested encoding when a file sniffed as UTF-8 turns
 * out not to be past its head (a stream cannot be read twice: stdin gets the error and its hint).
 */
export async function withEncodingRetry<T>(
  source: InputSource,
  options: Pick<ReadOptions, 'encoding' | 'onNotice' | 'onRestart'> & { onReject?: unknown },
  read: (encoding: EncodingName | undefined) => Promise<T>,
): Promise<T> {
  try {
    return await read(options.encoding);
  } catch (error) {
    const canRestart = options.onReject === undefined || options.onRestart !== undefined;
    if (!(error instanceof EncodingMismatchError) || !error.sniffed || options.encoding !== undefined || source.path === undefined || !canRestart) throw error;
    const where = /near byte \d+/.exec(error.message)?.[0] ?? 'past its head';
    options.onNotice?.(`${source.name}: not UTF-8 after all (${where}); reading it again as ${error.suggested}`);
    options.onRestart?.();
    return read(error.suggested as EncodingName);
  }
}
