/**
 * NPS results as grids (summary, trend, segments, value tiers, buyer types) and the 0–10
 * distribution as a horizontal bar chart: detractors red, passives grey, promoters green on
 * colour terminals. NPS and its margin are in points, shares in percent (docs/contracts.md).
 */
import { Chalk } from 'chalk';
import { type NpsOrdersJoin, type NpsSegmentRow, type NpsSummary, type NpsTrendRow, type CsatSummary, NPS_MIN_ANSWERS, npsGroup } from '../metrics/nps.js';
import { formatInteger, formatMoney, formatPercent } from './format.js';
import type { CellValue, Grid, GridColumn } from './grid.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);
const points = (value: CellValue) => formatPoints(value as number | null);
const margin = (value: CellValue) => (value === null ? '–' : `±${(value as number).toFixed(1)}`);

/** NPS in points with its sign and one decimal: `+32.0`, `-12.5`, `0.0`; `–` when there is none. */
export function formatPoints(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
}

/** `+32.0 ± 8.1` */
export function formatNpsWithMargin(summary: Pick<NpsSummary, 'nps' | 'marginOfError'>): string {
  if (summary.nps === null) return '– (no answers)';
  return `${formatPoints(summary.nps)} ± ${(summary.marginOfError ?? 0).toFixed(1)} points`;
}

/** The columns every NPS breakdown shares after its label column. */
function npsColumns(): GridColumn[] {
  return [
    { key: 'n', label: 'Answers', align: 'right', format: integer },
    { key: 'promoterShare', label: 'Promoters', align: 'right', format: percent },
    { key: 'passiveShare', label: 'Passives', align: 'right', format: percent },
    { key: 'detractorShare', label: 'Detractors', align: 'right', format: percent },
    { key: 'nps', label: 'NPS', align: 'right', format: points },
    { key: 'marginOfError', label: '95% margin', align: 'right', format: margin },
  ];
}

/** The headline: counts and shares of each group, NPS with its margin, CSAT when there is one. */
export function npsSummaryGrid(summary: NpsSummary, csat: CsatSummary | null, title = 'Net Promoter Score'): Grid {
  const rows: Record<string, CellValue>[] = [
    { group: 'Promoters (9–10)', count: summary.promoters, share: summary.promoterShare },
    { group: 'Passives (7–8)', count: summary.passives, share: summary.passiveShare },
    { group: 'Detractors (0–6)', count: summary.detractors, share: summary.detractorShare },
    { group: 'All answers', count: summary.n, share: summary.n > 0 ? 1 : null },
  ];
  const notes = [`NPS ${formatNpsWithMargin(summary)} (95% margin of error; NPS = % promoters − % detractors).`];
  if (csat !== null) notes.push(`CSAT ${formatPercent(csat.csat)} — ${formatInteger(csat.satisfied)} of ${formatInteger(csat.n)} ratings were 4 or 5 out of 5.`);
  return {
    title,
    columns: [
      { key: 'group', label: 'Group' },
      { key: 'count', label: 'Answers', align: 'right', format: integer },
      { key: 'share', label: 'Share', align: 'right', format: percent },
    ],
    rows,
    notes,
  };
}

/** The 0–10 distribution as a table (Markdown and the HTML report). */
export function distributionGrid(distribution: readonly number[]): Grid {
  const n = distribution.reduce((sum, count) => sum + count, 0);
  return {
    title: 'Scores 0–10',
    columns: [
      { key: 'score', label: 'Score', align: 'right' },
      { key: 'group', label: 'Group' },
      { key: 'count', label: 'Answers', align: 'right', format: integer },
      { key: 'share', label: 'Share', align: 'right', format: percent },
    ],
    rows: distribution.map((count, score) => ({ score, group: npsGroup(score), count, share: n > 0 ? count / n : null })),
  };
}

export interface ChartStyle {
  color: boolean;
  /** Characters of the longest bar. */
  width?: number;
}

/** The 0–10 distribution as horizontal bars, one line per score, longest bar = most answers. */
export function distributionChart(distribution: readonly number[], style: ChartStyle): string {
  const chalk = new Chalk({ level: style.color ? 2 : 0 });
  const ink = { promoter: chalk.green, passive: chalk.gray, detractor: chalk.red } as const;
  const width = style.width ?? 40;
  const n = distribution.reduce((sum, count) => sum + count, 0);
  const most = Math.max(1, ...distribution);
  const countWidth = Math.max(...distribution.map((count) => formatInteger(count).length));
  const lines = [style.color ? chalk.bold('Scores 0–10') : 'Scores 0–10'];
  distribution.forEach((count, score) => {
    // A score with answers always shows at least one block, however small its share.
    const length = count === 0 ? 0 : Math.max(1, Math.round((count / most) * width));
    const bar = ink[npsGroup(score)]('█'.repeat(length));
    const share = n > 0 ? formatPercent(count / n) : '–';
    lines.push(`${String(score).padStart(2)} │${bar}${' '.repeat(width - length)} ${formatInteger(count).padStart(countWidth)}  ${share.padStart(6)}`);
  });
  const legend = `${ink.detractor('█')} detractors 0–6  ${ink.passive('█')} passives 7–8  ${ink.promoter('█')} promoters 9–10`;
  lines.push(`   ${legend}`);
  return `${lines.join('\n')}\n`;
}

/** NPS per period, with ▲/▼ where the change from the previous period exceeds its margin of error. */
export function trendGrid(rows: readonly NpsTrendRow[], period: string): Grid {
  return {
    title: `NPS by ${period}`,
    columns: [
      { key: 'period', label: 'Period' },
      ...npsColumns(),
      { key: 'change', label: 'Change', align: 'right', format: points },
      { key: 'marker', label: '' },
    ],
    rows: rows.map((row) => ({ ...row, marker: row.significant ? (row.change! > 0 ? '▲ significant' : '▼ significant') : '' })),
    notes: [
      `Change: against the previous period with answers. Marked significant when the adjusted-Wald test of the difference (¾ promoter, ¾ detractor and 3 answers added to each period) puts it beyond its 95% margin, and both periods have at least ${NPS_MIN_ANSWERS} answers.`,
    ],
  };
}

/** NPS per segment, best first. */
export function segmentGrid(rows: readonly NpsSegmentRow[], by: string): Grid {
  return { title: `NPS by ${by}`, columns: [{ key: 'segment', label: by }, ...npsColumns()], rows: rows.map((row) => ({ ...row })) };
}

const TIER_LABELS = { top: 'Top 20%', middle: 'Middle 60%', bottom: 'Bottom 20%' } as const;

/** NPS by customer value tier, with the tier's revenue. */
export function tierGrid(join: NpsOrdersJoin, currency?: string): Grid {
  const basis = join.tierBasis === 'revenue' ? 'net revenue' : 'number of orders (the orders have no amounts)';
  const columns: GridColumn[] = [{ key: 'tier', label: 'Customer value' }, ...npsColumns()];
  if (join.tierBasis === 'revenue') columns.push({ key: 'revenue', label: 'Revenue', align: 'right', format: (value) => formatMoney(value as number | null, currency) });
  return {
    title: 'NPS by customer value',
    columns,
    rows: join.tiers.map((row) => ({ ...row, tier: TIER_LABELS[row.tier] })),
    notes: [`Tiers rank every customer of the orders export by ${basis}; each customer counts once, with their latest answer.`],
  };
}

/** NPS of first-time against repeat buyers, and the revenue detractors hold. */
export function buyerTypeGrid(join: NpsOrdersJoin, currency?: string): Grid {
  const notes = [
    `${formatInteger(join.matched)} of ${formatInteger(join.respondents)} customers who answered were found in the orders` +
      (join.anonymous > 0 ? `; ${formatInteger(join.anonymous)} answers had no customer id.` : '.'),
  ];
  if (join.detractorRevenue !== null) {
    notes.push(
      `Detractors hold ${formatPercent(join.detractorRevenueShare)} of the answering customers' revenue (${formatMoney(join.detractorRevenue, currency)}), ` +
        `${formatPercent(join.detractorShareOfTotalRevenue)} of all revenue.`,
    );
  }
  return {
    title: 'NPS by buyer type',
    columns: [{ key: 'type', label: 'Buyer' }, ...npsColumns()],
    rows: join.buyerTypes.map((row) => ({ ...row, type: row.type === 'repeat' ? 'Repeat (2+ orders)' : 'New (1 order or none)' })),
    notes,
  };
}

/** Any NPS rows as CSV: raw numbers, fractions 0–1, NPS and margin in points. */
export function npsCsvGrid<Row extends object>(rows: readonly Row[], keys: readonly (keyof Row & string)[]): Grid {
  return { columns: keys.map((key) => ({ key, label: key })), rows: rows.map((row) => ({ ...(row as Record<string, CellValue>) })) };
}
