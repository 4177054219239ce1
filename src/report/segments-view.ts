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
import type { Locale } from '../locale.js';
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
    title: say('table.segments.title', { asOf: formatDay(result.asOf) }),
    columns: [
      { key: 'segment', label: say('table.segments.segment') },
      { key: 'customers', label: say('table.segments.customers'), align: 'right', format: (value) => formatInteger(value as number) },
      { key: 'customerShare', label: say('table.segments.share'), align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'revenue', label: say('table.segments.revenue'), align: 'right', format: money },
      { key: 'revenueShare', label: say('table.segments.revenueShare'), align: 'right', format: (value) => formatPercent(value as number | null) },
      { key: 'template', label: say('table.segments.template') },
      { key: 'rule', label: say('table.segments.reminder') },
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
      say('table.segments.scoredNote', { count: result.customers, n: formatInteger(result.customers), asOf: formatDay(result.asOf) }),
      say('table.segments.byScoreNote'),
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
    title: say('table.segments.movedTitle', { from: formatDay(movement.from), to: formatDay(movement.to) }),
    columns: [
      { key: 'from', label: say('table.segments.from') },
      { key: 'to', label: say('table.segments.to') },
      { key: 'customers', label: say('table.segments.customers'), align: 'right', format: (value) => formatInteger(value as number) },
    ],
    rows,
    notes: [say('table.segments.movedNote', { count: movement.moved.length, n: formatInteger(movement.moved.length), stayed: formatInteger(movement.stayed) })],
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

/** How the segments are shown: the segment names' language, colour, and the language of titles, labels and notes (English when absent). */
export interface SegmentsView {
  names: SegmentNames;
  color: boolean;
  lang?: Locale;
}

/** The output formats: name → renderer. CSV is the segments table alone (one table per file). */
export const segmentsRenderers = {
  table: (result: SegmentsResult, view: SegmentsView) => grids(result, view.names).map((grid) => renderTable(grid, { color: view.color, lang: view.lang })).join('\n'),
  csv: (result: SegmentsResult, view: SegmentsView) => {
    const grid = segmentsGrid(result, view.names);
    return renderCsv({ columns: grid.columns, rows: grid.rows });
  },
  json: (result: SegmentsResult) => renderJson(withSchema('segments', segmentsJson(result))),
  md: (result: SegmentsResult, view: SegmentsView) => grids(result, view.names).map((grid) => renderMarkdown(grid, view.lang)).join('\n'),
} as const satisfies Record<string, (result: SegmentsResult, view: SegmentsView) => string>;

/** The result in one output format; html is care report's (exit 2). */
export function renderSegments(result: SegmentsResult, format: keyof typeof segmentsRenderers | 'html' | undefined, view: SegmentsView): string {
  if (format === 'html') throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  return segmentsRenderers[format ?? 'table'](result, view);
}

/** --per-customer: one row per scored customer. */
export const PER_CUSTOMER_SEGMENT_HEADERS = ['customer', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'];
