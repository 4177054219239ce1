/**
 * `care segments` results: the RFM segments as a grid (table, CSV, Markdown) and as JSON, and the
 * movement between two as-of days. Dates are ISO days, money in major units (docs/contracts.md);
 * segment names in English, Russian or Bulgarian (docs/definitions.md, "Segments").
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { OrdersIngest } from '../ingest/order-aggregator.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import { type FromSegment, RFM_SEGMENTS, type RfmSegment, SEGMENT_INFO, type SegmentMove, type SegmentMovement, type SegmentSummary } from '../metrics/segments-rfm.js';
import { type Day, formatDay } from '../time/days.js';
import { formatMajor } from '../money/index.js';
import { formatInteger, formatPercent, roundFraction, toMajor } from './format.js';
import type { CellValue, Grid } from './grid.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

/** The language of the segment names in tables. */
export type SegmentNames = 'en' | 'ru' | 'bg';

/** Everything `care segments` shows. */
export interface SegmentsResult {
  asOf: Day;
  currency: string | null;
  /** Customers scored (a purchase on or before the as-of day). */
  customers: number;
  segments: SegmentSummary[];
  movement?: SegmentMovement;
  ingest: OrdersIngest | EngineIngest;
}

/** A segment's name in the chosen language. */
export function segmentName(segment: FromSegment, names: SegmentNames): string {
  if (segment === 'not-yet') return { en: '(not yet a customer)', ru: '(ещё не покупатель)', bg: '(още не е клиент)' }[names];
  return SEGMENT_INFO[segment][names];
}

/** One row per segment: size, shares, revenue, the suggested template and reminder rule. */
export function segmentsGrid(result: SegmentsResult, names: SegmentNames): Grid {
  const money = (value: CellValue) => formatMajor(value as number | null, result.currency);
  return {
    title: `RFM segments as of ${formatDay(result.asOf)}`,
    columns: [
      { key: 'segment', label: 'Segment' },
      { key: 'customers', label: 'Customers', align: 'right', format: (value) => formatInteger(value as number) },
      { key: 'customerShare', label: 'Share', align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'revenue', label: 'Revenue', align: 'right', format: money },
      { key: 'revenueShare', label: 'Revenue share', align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'template', label: 'Template' },
      { key: 'rule', label: 'Reminder' },
    ],
    rows: result.segments.map((row) => ({
      segment: segmentName(row.segment, names),
      customers: row.customers,
      customerShare: roundFraction(row.customerShare),
      revenue: row.revenue === null ? null : toMajor(row.revenue, result.currency),
      revenueShare: roundFraction(row.revenueShare),
      template: SEGMENT_INFO[row.segment].action.template,
      rule: SEGMENT_INFO[row.segment].action.rule ?? '–',
    })),
    notes: [
      `${formatInteger(result.customers)} customers with a purchase on or before ${formatDay(result.asOf)}, scored 1–5 on recency, frequency and monetary value by quintile.`,
      'Segments by recency and frequency score (docs/definitions.md, "Segments").',
    ],
  };
}

/** The non-empty from → to pairs of the movement, largest first (changes only). */
export function movementGrid(movement: SegmentMovement, names: SegmentNames): Grid {
  const rows: Record<string, CellValue>[] = [];
  for (const from of [...RFM_SEGMENTS, 'not-yet'] as FromSegment[]) {
    for (const to of RFM_SEGMENTS) {
      const count = movement.matrix[from][to];
      if (count > 0 && from !== to) rows.push({ from: segmentName(from, names), to: segmentName(to, names), customers: count });
    }
  }
  rows.sort((a, b) => (b['customers'] as number) - (a['customers'] as number));
  return {
    title: `Moved between segments from ${formatDay(movement.from)} to ${formatDay(movement.to)}`,
    columns: [
      { key: 'from', label: 'From' },
      { key: 'to', label: 'To' },
      { key: 'customers', label: 'Customers', align: 'right', format: (value) => formatInteger(value as number) },
    ],
    rows,
    notes: [`${formatInteger(movement.moved.length)} customers changed segment, ${formatInteger(movement.stayed)} stayed.`],
  };
}

/** The stable JSON of `care segments --format json` (docs/definitions.md, "Segments"). */
export interface SegmentsJson {
  asOf: string;
  currency: string | null;
  customers: number;
  segments: {
    segment: RfmSegment;
    names: { en: string; ru: string; bg: string };
    customers: number;
    customerShare: number | null;
    revenue: number | null;
    revenueShare: number | null;
    template: string;
    rule: string | null;
  }[];
  movement: { from: string; to: string; matrix: Record<FromSegment, Record<RfmSegment, number>>; moved: SegmentMove[]; stayed: number } | null;
  ingest: OrdersIngest | EngineIngest;
}

export function segmentsJson(result: SegmentsResult): SegmentsJson {
  const movement = result.movement;
  return {
    asOf: formatDay(result.asOf),
    currency: result.currency,
    customers: result.customers,
    segments: result.segments.map((row) => {
      const info = SEGMENT_INFO[row.segment];
      return {
        segment: row.segment,
        names: { en: info.en, ru: info.ru, bg: info.bg },
        customers: row.customers,
        customerShare: roundFraction(row.customerShare),
        revenue: row.revenue === null ? null : toMajor(row.revenue, result.currency),
        revenueShare: roundFraction(row.revenueShare),
        template: info.action.template,
        rule: info.action.rule,
      };
    }),
    movement: movement === undefined ? null : { from: formatDay(movement.from), to: formatDay(movement.to), matrix: movement.matrix, moved: movement.moved, stayed: movement.stayed },
    ingest: result.ingest,
  };
}

/** The grids in reading order. */
function grids(result: SegmentsResult, names: SegmentNames): Grid[] {
  return result.movement === undefined ? [segmentsGrid(result, names)] : [segmentsGrid(result, names), movementGrid(result.movement, names)];
}

/** The output formats: name → renderer. CSV is the segments table alone (one table per file). */
export const segmentsRenderers = {
  table: (result: SegmentsResult, names: SegmentNames, color: boolean) => grids(result, names).map((grid) => renderTable(grid, { color })).join('\n'),
  csv: (result: SegmentsResult, names: SegmentNames) => {
    const grid = segmentsGrid(result, names);
    return renderCsv({ columns: grid.columns, rows: grid.rows });
  },
  json: (result: SegmentsResult) => renderJson(withSchema('segments', segmentsJson(result))),
  md: (result: SegmentsResult, names: SegmentNames) => grids(result, names).map((grid) => renderMarkdown(grid)).join('\n'),
} as const satisfies Record<string, (result: SegmentsResult, names: SegmentNames, color: boolean) => string>;

/** The result in one output format; html is care report's (exit 2). */
export function renderSegments(result: SegmentsResult, format: keyof typeof segmentsRenderers | 'html' | undefined, names: SegmentNames, color: boolean): string {
  if (format === 'html') throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  return segmentsRenderers[format ?? 'table'](result, names, color);
}

/** --per-customer: one row per scored customer. */
export const PER_CUSTOMER_SEGMENT_HEADERS = ['customer', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'];
