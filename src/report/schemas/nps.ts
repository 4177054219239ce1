/** The JSON schema of `care nps` (report/nps-contract.ts, NpsJson); care report's `nps` section is the same. */
import { z } from 'zod';
import { counts, day, int, nnum, nstr, periodKind, str } from './common.js';

const summary = {
  n: int, promoters: int, passives: int, detractors: int,
  promoterShare: nnum, passiveShare: nnum, detractorShare: nnum, nps: nnum, marginOfError: nnum,
};

const trendRow = z.strictObject({
  period: str, start: day, end: day, ...summary,
  previous: nstr, change: nnum, adjustedChange: nnum, changeMargin: nnum, belowMinimum: z.boolean(), significant: z.boolean(),
});

const ordersJoin = z.strictObject({
  tierBasis: z.enum(['revenue', 'orders']),
  tiers: z.array(z.strictObject({ tier: str, ...summary, revenue: nnum })),
  buyerTypes: z.array(z.strictObject({ type: str, ...summary })),
  respondentRevenue: nnum, detractorRevenue: nnum, detractorRevenueShare: nnum, detractorShareOfTotalRevenue: nnum,
  respondents: int, matched: int, unmatched: int, anonymous: int,
  currency: nstr,
});

export const npsBody = {
  source: str,
  asOf: day.nullable(),
  ...summary,
  distribution: z.array(int).length(11),
  csat: z.strictObject({ n: int, satisfied: int, csat: nnum }).nullable(),
  ingest: z.strictObject({ rows: int, answers: int, skipped: counts, afterAsOf: int.optional(), columns: z.record(z.string(), str) }),
  notes: z.array(str).optional(),
  period: periodKind.optional(),
  trend: z.array(trendRow).optional(),
  by: str.optional(),
  segments: z.array(z.strictObject({ segment: str, ...summary })).optional(),
  orders: ordersJoin.optional(),
};
