/**
 * Loaders for the CDNOW sample (Fader, Hardie & Lee 2005) committed in fixtures/cdnow (MIT,
 * from lifetimes; fixtures/cdnow/README.md), shared by the LTV tests. Small files: read whole,
 * split on commas.
 */
import { readFileSync } from 'node:fs';
import { fixture } from '../../../helpers/datasets.js';
import { dayFromYmd, type Day } from '../../../../src/time/days.js';
import type { CustomerHistory } from '../../../../src/metrics/history.js';
import { buildHistory, type OrderTuple } from '../../../helpers/history-builder.js';

/** cdnow-sample.csv: one row per purchase. */
export const CDNOW_SAMPLE = fixture('cdnow', 'cdnow-sample.csv');
/** cdnow-customers-summary.csv: the published (x, t_x, T) of every customer. */
export const CDNOW_SUMMARY = fixture('cdnow', 'cdnow-customers-summary.csv');

/** The calibration period of every CDNOW paper ends on 1997-09-30 (39 weeks after 1997-01-01). */
export const CDNOW_CALIBRATION_END: Day = dayFromYmd(1997, 9, 30);
/** The sample is followed to the end of June 1998 (78 weeks). */
export const CDNOW_HOLDOUT_END: Day = dayFromYmd(1998, 6, 30);

function dataLines(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(','));
}

/**
 * cdnow-sample.csv (masterid, sampleid, date YYYYMMDD, cds, sales in dollars) as a history
 * keyed by sampleid, amounts in cents. Every row is an order, zero-dollar rows included, as in
 * the published summary (the ingestion would not count a 0.00 order as a purchase).
 */
export function loadCdnowHistory(path: string): CustomerHistory {
  const orders: OrderTuple[] = dataLines(path).map(([, sampleId, date, , sales]) => {
    const ymd = Number(date);
    const day = dayFromYmd(Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100, ymd % 100);
    return [sampleId!, day, Math.round(Number(sales) * 100), 1];
  });
  return buildHistory(orders, { currency: 'USD' });
}

/** cdnow-customers-summary.csv: ID (the sampleid), frequency, recency and T in weeks. */
export function loadCdnowSummary(path: string): { id: string[]; x: number[]; tx: number[]; T: number[] } {
  const rows = dataLines(path);
  return {
    id: rows.map((row) => row[0]!),
    x: rows.map((row) => Number(row[1])),
    tx: rows.map((row) => Number(row[2])),
    T: rows.map((row) => Number(row[3])),
  };
}
