/**
 * Pieces the JSON schemas of several commands share (docs/contracts.md, "Schema names"): the
 * `ingest` objects, numbers that may be null, the period rows. Objects care controls are strict
 * (`additionalProperties: false`); maps keyed by data (skip reasons, status values) are records.
 */
import { z } from 'zod';

export const num = z.number();
export const int = z.number().int();
export const nnum = z.number().nullable();
export const str = z.string();
export const nstr = z.string().nullable();
export const counts = z.record(z.string(), z.number());
/** A JSON value whose shape the data decides (template variables, a profile's settings). */
export const anyValue = z.unknown();

/** A day as ISO `YYYY-MM-DD`. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const periodKind = z.enum(['day', 'week', 'month', 'quarter', 'year']);

/** `ingest` of an orders export (ingest/order-aggregator.ts, OrdersIngest). */
export const ordersIngest = z.strictObject({
  rows: int,
  orders: int,
  customers: int,
  skipped: counts,
  excludedRows: int,
  excludedOrders: int,
  creditOrders: int,
  excludedByMeaning: z.strictObject({ excluded: int, refunded: int, pending: int }),
  statuses: z.record(z.string(), z.strictObject({ meaning: z.enum(['completed', 'excluded', 'refunded', 'pending', 'unknown']), rows: int })).optional(),
  repeatedTotals: int,
  splitTransactions: int,
  refundedOrders: int,
  convertedFromBgn: int,
  warnings: z.array(str),
});

/** `ingest` of a subscriptions export (report/retention-contract.ts, SubscriptionsIngest). */
export const subscriptionsIngest = z.strictObject({ rows: int, subscriptions: int, skipped: counts, customers: int });

/** The header each field was read from (null: no column). */
export const columns = z.record(z.string(), nstr);

/** `ingest` when an engine read the orders (`--engine`, model/engine-ingest.ts, EngineIngest). */
export const engineIngest = z.strictObject({ engine: str, table: nstr, customerDays: int });

/** `ingest` of orders: the CSV reader's, or the engine's. */
export const orderSourceIngest = z.union([ordersIngest, engineIngest]);
