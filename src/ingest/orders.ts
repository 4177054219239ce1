/**
 * Reads an orders export into a CustomerHistory while streaming (the aggregation is in
 * order-aggregator.ts): on two threads when the file is large enough (orders-parallel.ts), else
 * on this one. Memory holds one entry per customer-day, never a row.
 */
import { OrderAggregator, type OrdersRead, type ReadOrdersOptions } from './order-aggregator.js';
import { readRows, withEncodingRetry } from './read.js';
import type { InputSource } from './types.js';

export type { OrdersIngest, OrdersRead, ReadOrdersOptions } from './order-aggregator.js';

/** Reads an orders export. Throws InputError / UsageError for what cannot be read at all. */
export async function readOrders(source: InputSource, options: ReadOrdersOptions = {}): Promise<OrdersRead> {
  return withEncodingRetry(source, options, (encoding) => readOrdersOnce(source, { ...options, encoding }));
}

async function readOrdersOnce(source: InputSource, options: ReadOrdersOptions): Promise<OrdersRead> {
  // Loaded lazily: the worker-thread machinery costs nothing to a small file's read.
  const { readOrdersInParallel } = await import('./orders-parallel.js');
  const parallel = await readOrdersInParallel(source, options);
  if (parallel !== undefined) return parallel;
  const aggregator = new OrderAggregator(source.name, options);
  const sniffed = await readRows(source, { delimiter: options.delimiter, encoding: options.encoding, onProgress: options.onProgress, skipLines: options.profile?.skipLines }, aggregator);
  return aggregator.finish(sniffed);
}
