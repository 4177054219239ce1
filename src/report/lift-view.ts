/**
 * `care lift` results: sent against held-out customers after a campaign, as a grid (table, CSV,
 * Markdown) and as JSON (docs/definitions.md, "Lift"). Rates as 0–1 fractions in JSON and CSV,
 * points in the table; money in major units; dates as ISO days.
 */
import { UsageError } from '../errors.js';
import { type MessageKey, say, sayIn, translate } from '../i18n/index.js';
import type { OrdersIngest } from '../ingest/order-aggregator.js';
import type { GroupOutcome, Interval, LiftResult, VerdictCode, WelchInterval } from '../metrics/lift.js';
import { formatMajor } from '../money/index.js';
import { type Day, formatDay } from '../time/days.js';
import { formatDecimal, formatInteger, roundFraction, toMajor } from './format.js';
import type { CellValue, Grid, GridColumn, GridText } from './grid.js';
import type { Locale } from '../locale.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

/** What the campaign file held. */
export interface CampaignSummary {
  rows: number;
  templates: string[];
  firstAsOf: Day;
  lastAsOf: Day;
  seeds: number[];
}

/** Everything `care lift` shows. */
export interface LiftView {
  campaign: CampaignSummary;
  lift: LiftResult;
  currency: string | null;
  ingest: OrdersIngest;
}

type Unit = 'count' | 'rate' | 'money' | 'days';

/** One metric: the two groups, the difference and its interval. */
interface MetricRow {
  metric: string;
  unit: Unit;
  sent: number | null;
  heldOut: number | null;
  interval: Interval | WelchInterval | null;
}

function metricRows(view: LiftView): MetricRow[] {
  const { sent, heldOut, purchaseRate, revenuePerCustomer, daysToNextPurchase } = view.lift;
  const money = (minor: number | null) => (minor === null ? null : toMajor(minor, view.currency));
  const rows: MetricRow[] = [
    { metric: 'customers', unit: 'count', sent: sent.customers, heldOut: heldOut.customers, interval: null },
    { metric: 'buyers', unit: 'count', sent: sent.buyers, heldOut: heldOut.buyers, interval: null },
    { metric: 'purchaseRate', unit: 'rate', sent: sent.purchaseRate, heldOut: heldOut.purchaseRate, interval: purchaseRate },
  ];
  if (sent.revenue !== null) {
    const majorInterval = revenuePerCustomer === null ? null : scaleInterval(revenuePerCustomer, (value) => toMajor(value, view.currency));
    rows.push({ metric: 'revenuePerCustomer', unit: 'money', sent: money(sent.revenuePerCustomer), heldOut: money(heldOut.revenuePerCustomer), interval: majorInterval });
  }
  rows.push({ metric: 'daysToNextPurchase', unit: 'days', sent: sent.meanDaysToNextPurchase, heldOut: heldOut.meanDaysToNextPurchase, interval: daysToNextPurchase });
  return rows;
}

function scaleInterval<T extends Interval>(interval: T, scale: (value: number) => number): T {
  return { ...interval, difference: scale(interval.difference), standardError: scale(interval.standardError), low: scale(interval.low), high: scale(interval.high) };
}

/** The metrics' names, for the first column (a cell: said in the table's language). */
const LABELS: Record<string, MessageKey> = {
  customers: 'table.lift.customers',
  buyers: 'table.lift.buyers',
  purchaseRate: 'table.lift.purchaseRate',
  revenuePerCustomer: 'table.lift.revenuePerCustomer',
  daysToNextPurchase: 'table.lift.daysToNextPurchase',
};

/** A metric's name in the table's language (an unknown metric by its id). */
function labelOf(metric: string, said: (key: MessageKey) => string): string {
  const key = LABELS[metric];
  return key === undefined ? metric : said(key);
}

/** The comparison as a grid: one row per metric; the metrics' names and the points unit in `lang`. */
export function liftGrid(view: LiftView, lang?: Locale): Grid {
  const { lift } = view;
  const said = (key: MessageKey): string => translate(lang, key);
  const pts = said('table.lift.points');
  const text = (value: CellValue, row: Readonly<Record<string, CellValue>>): string => {
    if (value === null) return '–';
    switch (row['unit'] as Unit) {
      case 'count':
        return formatInteger(value as number);
      case 'rate':
        return `${formatDecimal((value as number) * 100)}%`;
      case 'money':
        return formatMajor(value as number, view.currency);
      case 'days':
        return formatDecimal(value as number);
    }
  };
  const difference = (value: CellValue, row: Readonly<Record<string, CellValue>>): string => {
    if (value === null) return '–';
    return row['unit'] === 'rate' ? `${formatDecimal((value as number) * 100)} ${pts}` : text(value, row);
  };
  const columns: GridColumn[] = [
    { key: 'label', label: say('table.lift.metric') },
    { key: 'sent', label: say('table.lift.sent'), align: 'right', format: text },
    { key: 'heldOut', label: say('table.lift.heldOut'), align: 'right', format: text },
    { key: 'difference', label: say('table.lift.difference'), align: 'right', format: difference },
    { key: 'low', label: say('table.lift.low'), align: 'right', format: difference },
    { key: 'high', label: say('table.lift.high'), align: 'right', format: difference },
  ];
  const templates = view.campaign.templates.join(', ');
  const days = view.campaign.firstAsOf === view.campaign.lastAsOf ? formatDay(view.campaign.firstAsOf) : `${formatDay(view.campaign.firstAsOf)} … ${formatDay(view.campaign.lastAsOf)}`;
  // English keeps the verdict's own text (metrics/lift.ts); other languages say its message.
  const verdict = lang === undefined || lang === 'en' ? lift.verdict.text : sayIn(lang, lift.verdictSay);
  const notes: GridText[] = [say('table.lift.verdict', { verdict }), say('table.lift.window', { days: String(lift.windowDays), asOf: formatDay(lift.dataAsOf) })];
  if (lift.pending > 0) notes.push(say('table.lift.pending', { count: lift.pending, days: String(lift.windowDays) }));
  notes.push(say('table.lift.intervals'));
  return {
    title: say('table.lift.title', { templates, days }),
    columns,
    rows: metricRows(view).map((row) => ({
      label: labelOf(row.metric, said),
      metric: row.metric,
      unit: row.unit,
      sent: row.sent,
      heldOut: row.heldOut,
      difference: row.interval?.difference ?? null,
      low: row.interval?.low ?? null,
      high: row.interval?.high ?? null,
    })),
    notes,
  };
}

/** The stable JSON of `care lift --format json`. */
export interface LiftJson {
  campaign: { rows: number; templates: string[]; firstAsOf: string; lastAsOf: string; seeds: number[] };
  windowDays: number;
  asOf: string;
  pending: number;
  currency: string | null;
  sent: GroupJson;
  heldOut: GroupJson;
  purchaseRate: IntervalJson | null;
  revenuePerCustomer: IntervalJson | null;
  daysToNextPurchase: IntervalJson | null;
  minLift: number;
  neededPerGroup: number | null;
  morePerGroup: number | null;
  verdict: { code: VerdictCode; text: string };
  ingest: OrdersIngest;
}

/** A group's outcome as JSON: the same fields, money in major units, fractions rounded. */
type GroupJson = GroupOutcome;

interface IntervalJson {
  difference: number;
  low: number;
  high: number;
  standardError: number;
  df?: number;
}

const round = (value: number, digits = 6): number => Math.round(value * 10 ** digits) / 10 ** digits;

function intervalJson(interval: Interval | WelchInterval | null, scale: (value: number) => number = (value) => value): IntervalJson | null {
  if (interval === null) return null;
  const json: IntervalJson = { difference: round(scale(interval.difference)), low: round(scale(interval.low)), high: round(scale(interval.high)), standardError: round(scale(interval.standardError)) };
  if ('df' in interval) json.df = round(interval.df, 3);
  return json;
}

export function liftJson(view: LiftView): LiftJson {
  const { lift, currency } = view;
  const money = (minor: number) => toMajor(minor, currency);
  const group = (outcome: GroupOutcome): GroupJson => ({
    customers: outcome.customers,
    buyers: outcome.buyers,
    purchaseRate: roundFraction(outcome.purchaseRate),
    revenue: outcome.revenue === null ? null : money(outcome.revenue),
    revenuePerCustomer: outcome.revenuePerCustomer === null ? null : round(money(outcome.revenuePerCustomer)),
    meanDaysToNextPurchase: outcome.meanDaysToNextPurchase === null ? null : round(outcome.meanDaysToNextPurchase, 3),
  });
  return {
    campaign: { ...view.campaign, firstAsOf: formatDay(view.campaign.firstAsOf), lastAsOf: formatDay(view.campaign.lastAsOf) },
    windowDays: lift.windowDays,
    asOf: formatDay(lift.dataAsOf),
    pending: lift.pending,
    currency,
    sent: group(lift.sent),
    heldOut: group(lift.heldOut),
    purchaseRate: intervalJson(lift.purchaseRate),
    revenuePerCustomer: intervalJson(lift.revenuePerCustomer, money),
    daysToNextPurchase: intervalJson(lift.daysToNextPurchase),
    minLift: lift.minLift,
    neededPerGroup: lift.neededPerGroup,
    morePerGroup: lift.morePerGroup,
    verdict: lift.verdict,
    ingest: view.ingest,
  };
}

/** The output formats: name → renderer. */
export const liftRenderers = {
  table: (view: LiftView, color: boolean, lang?: Locale) => renderTable(liftGrid(view, lang), { color, lang }),
  csv: (view: LiftView) => {
    const grid = liftGrid(view);
    const columns = [{ key: 'metric', label: 'metric' }, ...grid.columns.filter((column) => column.key !== 'label')];
    return renderCsv({ columns, rows: grid.rows });
  },
  json: (view: LiftView) => renderJson(withSchema('lift', liftJson(view))),
  md: (view: LiftView, _color: boolean, lang?: Locale) => renderMarkdown(liftGrid(view, lang), lang),
} as const satisfies Record<string, (view: LiftView, color: boolean, lang?: Locale) => string>;

/** The result in one output format; html is care report's (exit 2). */
export function renderLift(view: LiftView, format: keyof typeof liftRenderers | 'html' | undefined, color: boolean, lang?: Locale): string {
  if (format === 'html') throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  return liftRenderers[format ?? 'table'](view, color, lang);
}
