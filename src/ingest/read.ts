/**
 * Streams an export into rows of cells, with the physical line each row starts on.
 * Bytes → (sniffed encoding) text → pieces cut at record boundaries (quote-aware) → the CSV
 * parser → the sink. Memory holds one piece at a time (about a megabyte), whatever the file size.
 */
import { createReadStream } from 'node:fs';
import { EncodingMismatchError, InputError } from '../errors.js';
import { chooseParser, type ChunkParser } from './parser.js';
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
}

export interface ReadRowsOptions {
  delimiter?: string;
  encoding?: EncodingName;
  /**
   * Read only bytes [start, end) of a file source. With `sniffed`, the range starts inside the
   * file (after a record boundary): no sniffing, no header, lines counted from 1.
   */
  range?: { start: number; end: number; sniffed?: Sniffed };
  /** Bytes handed over so far, for progress. */
  /** Bytes and rows handed over so far, after each chunk read. */
  onProgress?: (bytes: number, rows: number) => void;
  parser?: ChunkParser;
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
  if (range?.sniffed !== undefined) {
    // A range inside the file: the caller read the header and knows how the file is written.
    sniffed = range.sniffed;
    decoder = new TextDecoder(sniffed.encoding === 'latin1' ? 'windows-1252' : sniffed.encoding, { fatal: sniffed.encoding === 'utf-8' });
    headerDone = true;
  }

  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream: !final });
    } catch {
      const suggested = singleByteEncodingOf(bytes);
      throw new EncodingMismatchError(`the bytes are not valid ${sniffed!.encoding} (near byte ${bytesRead})`, suggested, options.encoding === undefined, {
        file: source.name,
        hint: `pass --encoding ${suggested} to say how the file is written (utf-8, windows-1251, latin1 and utf-16le are known)`,
      });
    }
  };

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
    sniffed = { encoding: guess.encoding, bom: guess.bom, delimiter, newline, sample: headSample(text, delimiter, newline, parse) };
    return text;
  };

  const flush = (final: boolean) => {
    const newline = sniffed!.newline;
    let piece: string;
    /** Whether the piece may hold a double quote; the cut already knows when the text has none. */
    let mayBeQuoted = true;
    if (final) {
      piece = pending;
      pending = '';
    } else {
      const cut = lastRecordBoundary(pending, newline);
      if (cut === undefined) return;
      piece = pending.slice(0, cut.end);
      pending = pending.slice(cut.next);
      mayBeQuoted = cut.quoted;
    }
    const whole = piece;
    let first = line;
    if (!headerDone) {
      headerDone = true;
      const headerEnd = firstRecordEnd(piece, newline);
      const headers = parse(piece.slice(0, headerEnd.end), sniffed!.delimiter, newline)[0] ?? [];
      sink.header(
        headers.map((header) => header.trim()),
        sniffed!,
      );
      first += countNewlines(piece.slice(0, headerEnd.next), newline); // the header's lines and the newline after it
      piece = piece.slice(headerEnd.next);
    }
    let bodyNewlines = 0;
    if (piece !== '') {
      const quoteFree = !mayBeQuoted || piece.indexOf('"') === -1;
      bodyNewlines =
        sink.span !== undefined && quoteFree
          ? emitSpans(piece, first, newline, sniffed!.delimiter, sink)
          : emitRows(parse(piece, sniffed!.delimiter, newline), piece, first, newline, sink);
    }
    // `line` is now where the next record starts: past the piece's lines and the newline cut after
    // it (at the very end: the line after the last record).
    line = first + bodyNewlines + (final && whole === '' ? 0 : 1);
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
    if (pending.length >= PIECE_CHARS) flush(false);
  }
  if (!sniffed) {
    const all = Buffer.concat(head);
    if (all.length === 0) throw new InputError('CARE_EMPTY', 'the file is empty', { file: source.name, hint: 'export it again with a header row and data' });
    pending = start(all, true);
  }
  pending += decode(new Uint8Array(0), true);
  // Drop the one newline that ends the file so no empty last row appears.
  if (pending.endsWith('\r\n')) pending = pending.slice(0, -2);
  else if (pending.endsWith('\n') || pending.endsWith('\r')) pending = pending.slice(0, -1);
  if (!headerDone && pending.trim() === '') throw new InputError('CARE_EMPTY', 'the file is empty', { file: source.name, hint: 'export it again with a header row and data' });
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
  const sniffed: Sniffed = { encoding: guess.encoding, bom: guess.bom, delimiter, newline, sample: headSample(text, delimiter, newline, parse) };
  const headerEnd = firstRecordEnd(text, sniffed.newline);
  if (headerEnd.next >= text.length) return undefined;
  const headerText = text.slice(0, headerEnd.next);
  const headers = (parse(text.slice(0, headerEnd.end), sniffed.delimiter, sniffed.newline)[0] ?? []).map((header) => header.trim());
  const byteLength = guess.encoding === 'utf-8' ? Buffer.byteLength(headerText, 'utf8') : headerText.length;
  return { sniffed, headers, dataStart: guess.bomLength + byteLength };
}

/** Rows sampled from the head for per-column decisions. */
const SAMPLE_ROWS = 200;

/** The first data rows of the head text (whole records only, header dropped). */
function headSample(text: string, delimiter: string, newline: string, parse: ChunkParser): string[][] {
  const cut = lastRecordBoundary(text, newline);
  if (cut === undefined) return [];
  return parse(text.slice(0, cut.end), delimiter, newline).slice(1, SAMPLE_ROWS + 1);
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

interface Cut {
  /** Where the text of the complete records ends. */
  end: number;
  /** Where the next record starts. */
  next: number;
}

/** The last newline outside quotes: everything before it is whole records (`quoted`: the text has a double quote). */
export function lastRecordBoundary(text: string, newline: string): (Cut & { quoted: boolean }) | undefined {
  const mark = newline === '\r' ? '\r' : '\n';
  const markCode = mark.charCodeAt(0);
  const cutAt = (at: number, quoted: boolean) => ({ end: newline === '\r\n' && text.charCodeAt(at - 1) === 13 ? at - 1 : at, next: at + 1, quoted });
  if (text.indexOf('"') === -1) {
    const at = text.lastIndexOf(mark);
    return at === -1 ? undefined : cutAt(at, false);
  }
  let inQuotes = false;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === markCode && !inQuotes) last = i;
  }
  return last === -1 ? undefined : cutAt(last, true);
}

/** The end of the first record (the header), quote-aware. */
function firstRecordEnd(text: string, newline: string): Cut {
  const markCode = (newline === '\r' ? '\r' : '\n').charCodeAt(0);
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === markCode && !inQuotes) {
      return { end: newline === '\r\n' && text.charCodeAt(i - 1) === 13 ? i - 1 : i, next: i + 1 };
    }
  }
  return { end: text.length, next: text.length };
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
