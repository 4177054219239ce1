/** The worker thread of orders-parallel.ts: reads one byte range and posts what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { EncodingMismatchError, isCareError } from '../errors.js';
import { OrderAggregator } from './order-aggregator.js';
import type { WorkerReply, WorkerTask } from './orders-parallel.js';
import { readRows } from './read.js';
import { fileSource } from './source.js';

const task = workerData as WorkerTask;

async function readRange(): Promise<WorkerReply> {
  const aggregator = new OrderAggregator(task.name, task.options);
  aggregator.header(task.head.headers, task.head.sniffed);
  try {
    await readRows({ ...fileSource(task.path), name: task.name }, { range: { start: task.start, end: task.end, sniffed: task.head.sniffed, fields: task.head.headers.length } }, aggregator);
    return { partial: aggregator.partial() };
  } catch (error) {
    if (!isCareError(error)) throw error;
    const encoding = error instanceof EncodingMismatchError ? { suggestedEncoding: error.suggested, sniffedEncoding: error.sniffed } : {};
    return { error: { exitCode: error.exitCode, code: error.code, message: error.message, file: error.file, line: error.line, field: error.field, hint: error.hint, say: error.say, hintSay: error.hintSay, ...encoding } };
  }
}

const reply = await readRange();
const transfer = 'partial' in reply ? [reply.partial.entryCustomer.buffer, reply.partial.entryDay.buffer, reply.partial.entryOrders.buffer, reply.partial.entryAmount.buffer] : [];
parentPort!.postMessage(reply, transfer as ArrayBuffer[]);
