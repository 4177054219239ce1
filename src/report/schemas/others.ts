/**
 * The JSON schemas of the smaller commands: segments, lift, sla, inspect, remind, lint-reply,
 * templates, profiles and config show (their TS contracts are named beside each).
 */
import { z } from 'zod';
import { anyValue, counts, day, engineIngest, int, nnum, nstr, num, orderSourceIngest, ordersIngest, str } from './common.js';
import { thresholdCheck } from './retention.js';

const SEGMENTS = ['champions', 'loyal', 'potential-loyalists', 'new', 'promising', 'need-attention', 'about-to-sleep', 'at-risk', 'cant-lose-them', 'hibernating', 'lost'] as const;
const segmentName = z.enum(SEGMENTS);
/** A row of the movement matrix: customers per to-segment, every segment named. */
const segmentCounts = z.strictObject(Object.fromEntries(SEGMENTS.map((to) => [to, int])));

/** report/segments-view.ts, SegmentsJson. */
export const segmentRow = z.strictObject({
  segment: segmentName, names: z.strictObject({ en: str, ru: str, bg: str }),
  customers: int, customerShare: nnum, revenue: nnum, revenueShare: nnum, template: str, rule: nstr,
});
export const segmentsBody = {
  asOf: day,
  currency: nstr,
  customers: int,
  segments: z.array(segmentRow),
  movement: z.strictObject({
    from: day, to: day,
    matrix: z.strictObject(Object.fromEntries([...SEGMENTS, 'not-yet'].map((from) => [from, segmentCounts]))),
    moved: z.array(z.strictObject({ customer: str, from: z.enum([...SEGMENTS, 'not-yet']), to: segmentName })),
    stayed: int,
  }).nullable(),
  ingest: orderSourceIngest,
};

/** report/lift-view.ts, LiftJson. */
const liftGroup = z.strictObject({ customers: int, buyers: int, purchaseRate: nnum, revenue: nnum, revenuePerCustomer: nnum, meanDaysToNextPurchase: nnum });
const interval = z.strictObject({ difference: num, low: num, high: num, standardError: num, df: num.optional() }).nullable();
export const liftBody = {
  campaign: z.strictObject({ rows: int, templates: z.array(str), firstAsOf: day, lastAsOf: day, seeds: z.array(int) }),
  windowDays: int, asOf: day, pending: int, currency: nstr,
  sent: liftGroup, heldOut: liftGroup,
  purchaseRate: interval, revenuePerCustomer: interval, daysToNextPurchase: interval,
  minLift: num, neededPerGroup: int.nullable(), morePerGroup: int.nullable(),
  verdict: z.strictObject({ code: z.enum(['lift', 'negative', 'no-evidence', 'no-lift', 'not-measurable']), text: str }),
  ingest: orderSourceIngest,
};

/** report/sla-contract.ts, SlaJson. */
const slaMetric = z.strictObject({ measured: int, median: nnum, p90: nnum, met: int, breached: int, running: int, withinShare: nnum });
const slaRow = z.strictObject({
  period: str.optional(), group: str.optional(), tickets: int, open: int,
  firstResponse: slaMetric, resolution: slaMetric, csat: z.strictObject({ rated: int, satisfied: int, share: nnum }),
});
const targetPair = z.strictObject({ firstResponse: num.optional(), resolution: num.optional() });
const complainerCounts = z.strictObject({ activist: int, irate: int, voicer: int, silent: int });
export const slaSection = z.strictObject({
  source: str,
  asOf: str,
  time: z.union([
    z.strictObject({ kind: z.literal('calendar') }),
    z.strictObject({ kind: z.literal('business'), hours: str, timeZone: str, holidays: int }),
  ]),
  timeZone: str,
  targets: z.strictObject({ firstResponse: num.optional(), resolution: num.optional(), byPriority: z.record(z.string(), targetPair), byChannel: z.record(z.string(), targetPair) }),
  metrics: z.array(z.enum(['firstResponse', 'resolution'])),
  by: str.optional(),
  period: str.optional(),
  ingest: z.strictObject({
    rows: int, tickets: int, skipped: counts, unreadableRatings: int, afterAsOf: int, reopened: int, columns: z.record(z.string(), str), profile: str.optional(),
  }),
  total: slaRow,
  rows: z.array(slaRow),
  breaches: z.array(z.strictObject({
    id: str, line: int, metric: z.enum(['firstResponse', 'resolution']), minutes: nnum, target: num, open: z.boolean(),
    channel: str.optional(), agent: str.optional(), priority: str.optional(), type: str.optional(), complainer: z.enum(['activist', 'irate', 'voicer', 'silent']).optional(),
  })),
  complainers: z.strictObject({ counts: complainerCounts, unclassified: int }).optional(),
  compare: z.strictObject({
    previous: str, last: str,
    changes: z.array(z.strictObject({ figure: str, unit: z.enum(['minutes', 'share', 'count']), previous: nnum, last: nnum, change: nnum })),
  }).optional(),
  thresholds: z.array(thresholdCheck).optional(),
});
export const slaBody = slaSection.shape;

/** ingest/inspect-result.ts, InspectResult. */
export const inspectBody = {
  file: str,
  kind: z.enum(['orders', 'subscriptions', 'survey', 'complaints', 'invoices', 'customers']),
  kindHow: z.enum(['given', 'profile', 'assumed']),
  kindHint: str.optional(),
  profile: z.strictObject({
    name: nstr, title: str.optional(), how: z.enum(['detected', 'forced', 'none']), reason: str,
    alsoMatched: z.array(str).optional(), notes: z.array(str).optional(),
  }),
  encoding: str, bom: z.boolean(), delimiter: str, newline: str,
  headers: z.array(z.strictObject({ header: str, field: nstr, why: nstr, unitFolded: str.optional() })),
  unmapped: z.array(str),
  candidates: z.array(z.strictObject({ field: str, taken: str, others: z.array(str) })),
  dateFormat: str.optional(),
  decimalComma: z.boolean().optional(),
  currency: nstr.optional(),
  netRevenue: num.optional(),
  firstDate: day.optional(),
  lastDate: day.optional(),
  counts: z.record(z.string(), z.union([num, counts])),
  statuses: z.record(z.string(), z.strictObject({ meaning: str, rows: int })).optional(),
  rejects: z.record(z.string(), z.strictObject({ rows: int, firstLine: int, detail: str, text: str })),
  warnings: z.array(str),
  missing: z.array(z.strictObject({ field: nstr, problem: str, option: str.optional(), suggestion: str.optional(), candidates: z.array(str).optional() })),
  suggestion: str.optional(),
  sample: z.array(z.strictObject({ line: int, values: z.record(z.string(), str) })),
  sampleAs: z.enum(['read', 'written']),
  error: z.strictObject({ code: str, message: str, hint: str.optional() }).optional(),
};

/** email/send.ts, SendSummaryJson: what a --send run did. */
const sentMessage = { id: str, to: str, label: str };
export const sendSummary = z.strictObject({
  sendLog: str,
  sent: z.array(z.strictObject(sentMessage)),
  alreadySent: int,
  unknown: z.array(z.strictObject({ ...sentMessage, since: z.enum(['this run', 'an earlier run']) })),
  failed: z.array(z.strictObject({ ...sentMessage, error: str })),
  notTried: z.array(z.strictObject(sentMessage)),
  noRecipient: int,
  stopped: z.strictObject({ reason: str, detail: str }).nullable(),
});
export const emailBody = sendSummary.shape;

/** report/remind-view.ts, RemindJson: one item's fields depend on the kind (flat, ISO dates, major units). */
const contact = { customer: str, name: str.optional(), email: str.optional() };
const remindItem = z.union([
  z.strictObject({ ...contact, invoice: str, amount: nnum, currency: nstr, issued: day.nullable(), due: day, paid: day.nullable(), daysOverdue: int, line: int, reason: str }),
  z.strictObject({ ...contact, firstPurchase: day, lastPurchase: day, daysSinceLast: int, purchaseDays: int, usualInterval: nnum, basis: str, threshold: num, reason: str }),
  z.strictObject({ ...contact, firstPurchase: day, lastPurchase: day, daysSinceLast: int, purchaseDays: int, lapsedOn: day, daysLapsed: int, reason: str, pNoPurchase: num.optional() }),
  z.strictObject({ ...contact, firstPurchase: day, lastPurchase: day, purchaseDays: int, anniversary: day, daysUntil: int, years: int, reason: str }),
]);
const invoicesIngest = z.strictObject({ rows: int, invoices: int, skipped: counts, statuses: z.record(z.string(), z.strictObject({ meaning: str, invoices: int })) });
export const remindBody = {
  asOf: day,
  template: str,
  kind: z.enum(['reorder', 'win-back', 'payment', 'anniversary']),
  rule: z.strictObject({ churnAfterDays: int.optional(), afterDays: int.optional(), withinDays: int.optional(), lapsedWithinDays: int.optional() }),
  considered: int,
  due: int,
  setAside: counts,
  ingest: z.union([ordersIngest, engineIngest, invoicesIngest]),
  items: z.array(remindItem),
  /** --send --format json: what became of each reminder (null when nothing was sent). */
  send: sendSummary.nullable().optional(),
};

/** report/lint-view.ts, LintResultJson. */
const lintFinding = { rule: str, severity: z.enum(['error', 'warning', 'info']), message: str, suggestion: str, line: int, column: int, text: str.optional(), replacement: str.optional() };
const lintResult = {
  score: num,
  locale: str,
  kind: str,
  /** --type / --complaints --id: the complainer type the reply was checked against. */
  type: z.enum(['activist', 'irate', 'voicer', 'silent']).optional(),
  findings: z.array(z.strictObject(lintFinding)),
  /** Findings inline directives switched off (care-lint-disable …): listed, not scored. */
  suppressed: z.array(z.strictObject({
    ...lintFinding,
    suppressedBy: z.strictObject({ line: int, directive: z.enum(['disable', 'disable-next-line', 'enable']), justification: str.optional() }),
  })).optional(),
  truncated: z.strictObject({ chars: int, checkedChars: int }).optional(),
};
export const lintReplyBody = lintResult;
/** lint-reply --csv: an array, one result per draft with its line. */
export const lintReplyBatch = z.array(z.strictObject({ line: int, ...lintResult }));

/** commands/templates.ts: `templates list` (an array). */
export const templatesList = z.array(z.strictObject({ name: str, locales: z.array(str), origin: z.enum(['builtin', 'user']), description: str }));
/** `templates show NAME`. */
export const templatesShowBody = {
  name: str, locale: str, locales: z.array(str), origin: z.enum(['builtin', 'user']), path: str, description: str,
  variables: z.array(z.strictObject({ name: str, type: str, required: z.boolean(), description: str })),
  example: z.record(z.string(), anyValue),
  rendered: z.strictObject({ subject: str, text: str }),
};
/** commands/templates-check.ts, TemplateCheck[]: `templates check` (an array). */
export const templatesCheck = z.array(z.strictObject({
  name: str, locale: str, score: num,
  findings: z.array(z.strictObject({ rule: str, severity: str, message: str, line: int, column: int })),
  problems: z.array(str),
}));

/** commands/profiles.ts, ProfileListing[]: `care profiles` (an array). */
export const profilesList = z.array(z.strictObject({ name: str, kind: str, title: str, origin: z.enum(['builtin', 'user']), detectedBy: z.array(str) }));

/** report/config-view.ts, ConfigShown: `care config show`. */
export const configBody = {
  files: z.strictObject({ user: nstr, project: nstr }),
  settings: z.array(z.strictObject({ key: str, value: anyValue, source: z.enum(['user', 'project']), file: str })),
};



/** report/verify-view.ts, verifyJson: the CSV path against an engine, every difference listed. */
const verifyValue = z.union([str, num, z.boolean(), z.null()]);
export const verifyBody = {
  asOf: day,
  file: str,
  engine: str,
  table: nstr,
  period: str,
  churnAfterDays: int,
  compared: z.strictObject({ periods: int, cohorts: int, customers: int }),
  equal: z.boolean(),
  differences: z.array(z.strictObject({ table: str, key: str, field: str, csv: verifyValue, engine: verifyValue })),
};
