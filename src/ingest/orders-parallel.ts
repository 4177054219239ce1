/**
 * Reading a large orders file on both cores: the file is cut in two at a record boundary
 * (outside quotes, and never between two line items of one order), a worker thread reads the
 * second half while this thread reads the first, and the halves merge by customer id.
 * Exact whenever line items of an order are on consecutive rows — the rule single-threaded
 * reading follows too. --strict, --rejects and samples keep the one-thread path, so the first
 * error and every reject line come in file order.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CareError, EncodingMismatchError, InputError, InternalError, UsageError } from '../errors.js';
import type { MessageRef } from '../i18n/index.js';
import { ORDER_FIELDS } from './kinds.js';
import { OrderAggregator, type OrdersRead, type PartialOrders, type ReadOrdersOptions } from './order-aggregator.js';
import { chooseParser } from './parser.js';
import { mapExport } from './profiles/apply.js';
import { type FileHead, readFileHead, readRows } from './read.js';
import { type ScanFormat, scanRecords } from './scan.js';
import { SNIFF_BYTES } from './sniff.js';
import type { InputSource } from './types.js';

/** Files smaller than this are read on one thread: a worker costs about 50 ms to start. */
const DEFAULT_MIN_BYTES = 16 * 1024 * 1024;
/**
 * This thread's share of the rows: it starts reading at once, while the worker first loads its
 * modules and at the end copies its customer ids over, so an even cut leaves this thread waiting.
 */
const MAIN_SHARE = 0.55;
/** How far past the cut to look for a boundary between orders. */
const WINDOW_BYTES = 1024 * 1024;

export interface WorkerTask {
  path: string;
  name: string;
  start: number;
  end: number;
  head: FileHead;
  options: ReadOrdersOptions;
}

export type WorkerReply = { partial: PartialOrders } | { error: { exitCode: number; code: string; message: string; file?: string; line?: number; field?: string; hint?: string; say?: MessageRef; hintSay?: MessageRef; suggestedEncoding?: string; sniffedEncoding?: boolean } };

/**
 * Reads `source` on two threads when it is worth it and safe; undefined means "read it on one".
 * With CARE_DEBUG=threads, says on stderr (through onNotice) how many threads read the file: the
 * e2e tests assert the two-thread path really ran.
 */
export async function readOrdersInParallel(source: InputSource, options: ReadOrdersOptions): Promise<OrdersRead | undefined> {
  const read = await readOnTwoThreads(source, options);
  if ((process.env['CARE_DEBUG'] ?? '').split(',').includes('threads')) {
    options.onNotice?.(read === undefined ? `${source.name}: read on 1 thread` : `${source.name}: read on 2 threads (the worker from line ${read.split.line}, byte ${read.split.byte})`);
  }
  return read?.read;
}

async function readOnTwoThreads(source: InputSource, options: ReadOrdersOptions): Promise<{ read: OrdersRead; split: { line: number; byte: number } } | undefined> {
  if (source.path === undefined || source.size === undefined) return undefined;
  if (options.strict || options.onReject !== undefined || (options.sample ?? 0) > 0) return undefined;
  if (process.env['CARE_THREADS'] === '1') return undefined;
  const minBytes = Number(process.env['CARE_PARALLEL_MIN_BYTES'] ?? DEFAULT_MIN_BYTES);
  if (source.size < minBytes) return undefined;
  const workerUrl = new URL('./orders-worker.js', import.meta.url);
  // From the TypeScript sources (tests) there is no compiled worker: read on one thread.
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;

  const plan = planSplit(source.path, source.name, source.size, options);
  if (plan === undefined) return undefined;

  const task: WorkerTask = { path: source.path, name: source.name, start: plan.split, end: source.size, head: plan.head, options: withoutCallbacks(options) };
  const worker = new Worker(workerUrl, { workerData: task });
  const reply = new Promise<WorkerReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new InternalError(`the reading thread stopped with code ${code}`))));
  });
  reply.catch(() => undefined); // handled below; avoid an unhandled rejection while this thread reads

  const aggregator = new OrderAggregator(source.name, options);
  let sniffed;
  try {
    // Progress follows this thread's half; the worker reads the other half at about the same pace.
    const scale = source.size / plan.split;
    const onProgress = options.onProgress === undefined ? undefined : (bytes: number, rows: number) => options.onProgress!(Math.min(source.size!, bytes * scale), Math.round(rows * scale));
    sniffed = await readRows(source, { delimiter: options.delimiter, encoding: options.encoding, onProgress, range: { start: 0, end: plan.split }, skipLines: options.profile?.skipLines }, aggregator);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const answer = await reply;
  await worker.terminate();
  const lineOffset = aggregator.linesRead();
  if ('error' in answer) throw rebuildError(answer.error, lineOffset);
  aggregator.absorb(answer.partial, lineOffset);
  return { read: aggregator.finish(sniffed), split: { line: lineOffset + 1, byte: plan.split } };
}

/** The options a worker thread gets: functions cannot cross threads (and its callbacks are this thread's job). */
function withoutCallbacks(options: ReadOrdersOptions): ReadOrdersOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value !== 'function')) as ReadOrdersOptions;
}

function rebuildError(error: Extract<WorkerReply, { error: unknown }>['error'], lineOffset: number): CareError {
  const context = { file: error.file, line: error.line === undefined ? undefined : error.line + lineOffset, field: error.field, hint: error.hint, say: error.say, hintSay: error.hintSay };
  // Mixed-dates and mixed-currency errors carry lines in their message too; they are raised after merging, so none come from here.
  if (error.suggestedEncoding !== undefined) return new EncodingMismatchError(error.message, error.suggestedEncoding, error.sniffedEncoding ?? false, context);
  if (error.exitCode === 2) return new UsageError(error.code, error.message, context);
  if (error.exitCode === 3) return new InputError(error.code, error.message, context);
  return new InternalError(error.message, context);
}

interface SplitPlan {
  head: FileHead;
  split: number;
}

/** Where to cut: the first record boundary after MAIN_SHARE of the data that does not split an order. */
export function planSplit(path: string, name: string, size: number, options: ReadOrdersOptions): SplitPlan | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, 0, SNIFF_BYTES);
    const fileHead = readFileHead(head, name, { delimiter: options.delimiter, encoding: options.encoding, skipLines: options.profile?.skipLines });
    if (fileHead === undefined) return undefined;
    const { mapping } = mapExport(fileHead.headers, ORDER_FIELDS, { ...options, onWarning: undefined }, name, 'orders');
    const middle = fileHead.dataStart + Math.floor((size - fileHead.dataStart) * MAIN_SHARE);
    const newlineByte = fileHead.sniffed.newline === '\r' ? 0x0d : 0x0a;
    const format: ScanFormat = { delimiter: fileHead.sniffed.delimiter, newline: fileHead.sniffed.newline, fields: fileHead.headers.length };
    // Quote-free up to the middle: every newline is a record boundary, so start at the last one
    // before it; else follow the records from the header on (scan.ts: the rule the readers follow).
    let from = fileHead.dataStart;
    if (countQuotes(fd, fileHead.dataStart, middle) === 0) {
      const before = readAt(fd, Math.max(fileHead.dataStart, middle - 64 * 1024), Math.min(64 * 1024, middle - fileHead.dataStart));
      const at = before.lastIndexOf(newlineByte);
      if (at !== -1) from = middle - before.length + at + 1;
    }
    const cut = firstBoundaryFrom(fd, from, middle, size, format);
    if (cut === undefined || cut.next >= size) return undefined;
    let split = cut.next;
    const orderColumn = mapping.fields['order'];
    if (orderColumn !== undefined) split = pastOrderContinuation(fd, cut, size, fileHead, orderColumn, format) ?? -1;
    return split === -1 || split >= size ? undefined : { head: fileHead, split };
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves the cut past rows that continue the order of the row before it: records as scan.ts finds
 * them (quoted fields, even over lines, are followed; a bad record is passed over, as the reader
 * keeps an order open across it). Undefined when the window ends before the order does.
 */
function pastOrderContinuation(fd: number, cut: Boundary, size: number, head: FileHead, orderColumn: number, format: ScanFormat): number | undefined {
  const parse = chooseParser();
  const decoder = new TextDecoder(head.sniffed.encoding === 'latin1' ? 'windows-1252' : head.sniffed.encoding);
  const orderIdOf = (bytes: Uint8Array) => (parse(decoder.decode(bytes), head.sniffed.delimiter, head.sniffed.newline)[0]?.[orderColumn] ?? '').trim();
  if (cut.bad) return undefined;
  let previous = orderIdOf(readAt(fd, cut.start, cut.end - cut.start));
  if (previous === '') return cut.next;
  const window = readAt(fd, cut.next, WINDOW_BYTES);
  const text = window.toString('latin1');
  const atEnd = cut.next + window.length >= size;
  let position = 0;
  while (position < text.length) {
    const scan = scanRecords(text, position, format, atEnd ? 'eof' : 'more', position);
    if (scan.next === -1 || scan.openQuoteAt !== undefined) return undefined;
    if (scan.bad.length === 0) {
      const id = orderIdOf(window.subarray(position, scan.end));
      if (id !== previous) return cut.next + position;
      previous = id;
    }
    position = scan.next;
  }
  return atEnd ? size : undefined;
}

/** A record boundary: the record before it (start, end of its text, bad or not) and where the next starts. */
interface Boundary {
  start: number;
  end: number;
  next: number;
  bad: boolean;
}

/**
 * The first record boundary at or past `target`, following records from `from` (a record start)
 * with scan.ts over the bytes read as latin1 (one char per byte; the delimiter, quote and newline
 * are ASCII). Undefined when there is none within the window past the target.
 */
function firstBoundaryFrom(fd: number, from: number, target: number, size: number, format: ScanFormat): Boundary | undefined {
  let base = from;
  let carried = '';
  const limit = Math.min(size, target + WINDOW_BYTES);
  while (base + carried.length < limit) {
    const position = base + carried.length;
    const bytes = readAt(fd, position, Math.min(SCAN_CHUNK_BYTES, limit - position));
    if (bytes.length === 0) return undefined;
    const text = carried + bytes.toString('latin1');
    const atEnd = base + text.length >= size;
    const scan = scanRecords(text, 0, format, atEnd ? 'eof' : 'more', target - base);
    if (scan.next !== -1 && base + scan.next >= target) {
      const last = scan.bad[scan.bad.length - 1];
      return { start: base + scan.lastStart, end: base + scan.end, next: base + scan.next, bad: last !== undefined && last.start === scan.lastStart };
    }
    if (scan.openQuoteAt !== undefined || atEnd) return undefined;
    if (scan.next !== -1) {
      carried = text.slice(scan.next);
      base += scan.next;
    } else carried = text;
  }
  return undefined;
}

/** Bytes scanned at a time when following records to the cut. */
const SCAN_CHUNK_BYTES = 4 * 1024 * 1024;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(Math.max(0, length));
  const read = readSync(fd, buffer, 0, buffer.length, position);
  return buffer.subarray(0, read);
}

/** Double quotes in [from, to): their parity says whether `to` is inside a quoted field. */
function countQuotes(fd: number, from: number, to: number): number {
  let count = 0;
  const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (let position = from; position < to; ) {
    const read = readSync(fd, chunk, 0, Math.min(chunk.length, to - position), position);
    if (read === 0) break;
    const view = chunk.subarray(0, read);
    for (let at = view.indexOf(0x22); at !== -1; at = view.indexOf(0x22, at + 1)) count++;
    position += read;
  }
  return count;
}
