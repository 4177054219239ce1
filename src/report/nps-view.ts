/**
 * NPS results as grids (summary, trend, segments, value tiers, buyer types) and the 0–10
 * distribution as a horizontal bar chart: detractors red, passives grey, promoters green on
 * colour terminals. NPS and its margin are in points, shares in percent (docs/contracts.md).
 */
import { Chalk } from 'chalk';
import { type MessageKey, say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { type NpsOrdersJoin, type NpsSegmentRow, type NpsSummary, type NpsTrendRow, type CsatSummary, NPS_MIN_ANSWERS, npsGroup } from '../metrics/nps.js';
import type { PeriodKind } from '../time/periods.js';
import { formatInteger, formatMoney, formatPercent } from './format.js';
import { type CellValue, type Grid, type GridColumn, type GridText, gridText } from './grid.js';

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

/** `+32.0 ± 8.1 points` (the words in `lang`; English when absent). */
export function formatNpsWithMargin(summary: Pick<NpsSummary, 'nps' | 'marginOfError'>, lang?: Locale): string {
  if (summary.nps === null) return gridText(say('table.nps.noAnswers'), lang);
  return gridText(say('table.nps.withMargin', { nps: formatPoints(summary.nps), margin: (summary.marginOfError ?? 0).toFixed(1) }), lang);
}

/** The columns every NPS breakdown shares after its label column. */
function npsColumns(): GridColumn[] {
  return [
    { key: 'n', label: say('table.nps.answers'), align: 'right', format: integer },
    { key: 'promoterShare', label: say('table.nps.promoters'), align: 'right', format: percent },
    { key: 'passiveShare', label: say('table.nps.passives'), align: 'right', format: percent },
    { key: 'detractorShare', label: say('table.nps.detractors'), align: 'right', format: percent },
    { key: 'nps', label: 'NPS', align: 'right', format: points },
    { key: 'marginOfError', label: say('table.nps.margin'), align: 'right', format: margin },
  ];
}

/** The headline: counts and shares of each group, NPS with its margin, CSAT when there is one; the groups' names in `lang`. */
export function npsSummaryGrid(summary: NpsSummary, csat: CsatSummary | null, lang?: Locale): Grid {
  const text = (key: MessageKey) => gridText(say(key), lang);
  const rows: Record<string, CellValue>[] = [
    { group: text('table.nps.promotersRange'), count: summary.promoters, share: summary.promoterShare },
    { group: text('table.nps.passivesRange'), count: summary.passives, share: summary.passiveShare },
    { group: text('table.nps.detractorsRange'), count: summary.detractors, share: summary.detractorShare },
    { group: text('table.nps.allAnswers'), count: summary.n, share: summary.n > 0 ? 1 : null },
  ];
  const notes: GridText[] = [say('table.nps.summaryNote', { nps: formatNpsWithMargin(summary, lang) })];
  if (csat !== null) notes.push(say('table.nps.csatNote', { csat: formatPercent(csat.csat), satisfied: formatInteger(csat.satisfied), n: formatInteger(csat.n) }));
  return {
    title: say('table.nps.title'),
    columns: [
      { key: 'group', label: say('table.nps.group') },
      { key: 'count', label: say('table.nps.answers'), align: 'right', format: integer },
      { key: 'share', label: say('table.nps.share'), align: 'right', format: percent },
    ],
    rows,
    notes,
  };
}

const GROUP_NAMES = { promoter: 'table.nps.promoter', passive: 'table.nps.passive', detractor: 'table.nps.detractor' } as const satisfies Record<string, MessageKey>;

/** The 0–10 distribution as a table (Markdown and the HTML report); each score's group in `lang`. */
export function distributionGrid(distribution: readonly number[], lang?: Locale): Grid {
  const n = distribution.reduce((sum, count) => sum + count, 0);
  return {
    title: say('table.nps.scoresTitle'),
    columns: [
      { key: 'score', label: say('table.nps.score'), align: 'right' },
      { key: 'group', label: say('table.nps.group') },
      { key: 'count', label: say('table.nps.answers'), align: 'right', format: integer },
      { key: 'share', label: say('table.nps.share'), align: 'right', format: percent },
    ],
    rows: distribution.map((count, score) => ({ score, group: gridText(say(GROUP_NAMES[npsGroup(score)]), lang), count, share: n > 0 ? count / n : null })),
  };
}

export interface ChartStyle {
  color: boolean;
  /** Characters of the longest bar. */
  width?: number;
  /** The language of the title and the legend (English when absent). */
  lang?: Locale;
}

/** The 0–10 distribution as horizontal bars, one line per score, longest bar = most answers. */
export function distributionChart(distribution: readonly number[], style: ChartStyle): string {
  const chalk = new Chalk({ level: style.color ? 2 : 0 });
  const ink = { promoter: chalk.green, passive: chalk.gray, detractor: chalk.red } as const;
  const width = style.width ?? 40;
  const n = distribution.reduce((sum, count) => sum + count, 0);
  const most = Math.max(1, ...distribution);
  const countWidth = Math.max(...distribution.map((count) => formatInteger(count).length));
  const title = gridText(say('table.nps.scoresTitle'), style.lang);
  const lines = [style.color ? chalk.bold(title) : title];
  distribution.forEach((count, score) => {
    // A score with answers always shows at least one block, however small its share.
    const length = count === 0 ? 0 : Math.max(1, Math.round((count / most) * width));
    const bar = ink[npsGroup(score)]('█'.repeat(length));
    const share = n > 0 ? formatPercent(count / n) : '–';
    lines.push(`${String(score).padStart(2)} │${bar}${' '.repeat(width - length)} ${formatInteger(count).padStart(countWidth)}  ${share.padStart(6)}`);
  });
  const legend = gridText(say('table.nps.legend', { detractor: ink.detractor('█'), passive: ink.passive('█'), promoter: ink.promoter('█') }), style.lang);
  lines.push(`   ${legend}`);
  return `${lines.join('\n')}\n`;
}

/** NPS per period, with ▲/▼ where the change from the previous period exceeds its margin of error; the marker in `lang`. */
export function trendGrid(rows: readonly NpsTrendRow[], period: PeriodKind, lang?: Locale): Grid {
  const significant = gridText(say('table.nps.significant'), lang);
  return {
    title: say(`table.nps.by.${period}`),
    columns: [
      { key: 'period', label: say('table.periodGrid.period') },
      ...npsColumns(),
      { key: 'change', label: say('table.nps.change'), align: 'right', format: points },
      { key: 'marker', label: '' },
    ],
    rows: rows.map((row) => ({ ...row, marker: row.significant ? `${row.change! > 0 ? '▲' : '▼'} ${significant}` : '' })),
    notes: [say('table.nps.trendNote', { min: String(NPS_MIN_ANSWERS) })],
  };
}

/** NPS per segment, best first. */
export function segmentGrid(rows: readonly NpsSegmentRow[], by: string): Grid {
  return { title: say('table.nps.bySegment', { by }), columns: [{ key: 'segment', label: by }, ...npsColumns()], rows: rows.map((row) => ({ ...row })) };
}

const TIER_LABELS = { top: 'table.nps.tier.top', middle: 'table.nps.tier.middle', bottom: 'table.nps.tier.bottom' } as const satisfies Record<string, MessageKey>;

/** NPS by customer value tier, with the tier's revenue; the tiers' names in `lang`. */
export function tierGrid(join: NpsOrdersJoin, currency?: string, lang?: Locale): Grid {
  const columns: GridColumn[] = [{ key: 'tier', label: say('table.nps.customerValue') }, ...npsColumns()];
  if (join.tierBasis === 'revenue') columns.push({ key: 'revenue', label: say('table.nps.revenue'), align: 'right', format: (value) => formatMoney(value as number | null, currency) });
  return {
    title: say('table.nps.byCustomerValue'),
    columns,
    rows: join.tiers.map((row) => ({ ...row, tier: gridText(say(TIER_LABELS[row.tier]), lang) })),
    notes: [say(join.tierBasis === 'revenue' ? 'table.nps.tiersByRevenueNote' : 'table.nps.tiersByOrdersNote')],
  };
}

/** NPS of first-time against repeat buyers, and the revenue detractors hold; the buyer types in `lang`. */
export function buyerTypeGrid(join: NpsOrdersJoin, currency?: string, lang?: Locale): Grid {
  const found = { matched: formatInteger(join.matched), respondents: formatInteger(join.respondents) };
  const notes: GridText[] = [join.anonymous > 0 ? say('table.nps.foundNoteAnonymous', { ...found, anonymous: formatInteger(join.anonymous) }) : say('table.nps.foundNote', found)];
  if (join.detractorRevenue !== null) {
    notes.push(
      say('table.nps.detractorRevenueNote', {
        share: formatPercent(join.detractorRevenueShare),
        revenue: formatMoney(join.detractorRevenue, currency),
        ofAll: formatPercent(join.detractorShareOfTotalRevenue),
      }),
    );
  }
  const repeat = gridText(say('table.nps.repeatBuyers'), lang);
  const first = gridText(say('table.nps.newBuyers'), lang);
  return {
    title: say('table.nps.byBuyerType'),
    columns: [{ key: 'type', label: say('table.nps.buyer') }, ...npsColumns()],
    rows: join.buyerTypes.map((row) => ({ ...row, type: row.type === 'repeat' ? repeat : first })),
    notes,
  };
}

/** Any NPS rows as CSV: raw numbers, fractions 0–1, NPS and margin in points. */
export function npsCsvGrid<Row extends object>(rows: readonly Row[], keys: readonly (keyof Row & string)[]): Grid {
  return { columns: keys.map((key) => ({ key, label: key })), rows: rows.map((row) => ({ ...(row as Record<string, CellValue>) })) };
}
