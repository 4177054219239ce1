/**
 * The sections that appear only with their input files: NPS (--survey) with the 0–10
 * distribution and, when the JSON has it, the trend by period with its margin of error; and the
 * complaint-type breakdown (--complaints) against the 14/37/21/28 benchmark with the iceberg.
 */
import { benchmarkBars, columnChart } from './bar-charts.js';
import { type Html, html } from './escape.js';
import { lineChart } from './line-chart.js';
import { noteIn } from './notes-language.js';
import type { ComplaintsView, NpsView } from './model.js';
import { type KpiCard, type PageContext, kpiCards, legendList, section } from './sections.js';
import { PALETTE } from './svg.js';
import { type TableRow, dataTable, foldedTable } from './table.js';

const GROUP_COLOR = { detractor: PALETTE.coral, passive: PALETTE.grey, promoter: PALETTE.green } as const;

/** The group of a 0–10 score (promoters 9–10, passives 7–8, detractors 0–6). */
function groupOf(score: number): keyof typeof GROUP_COLOR {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The NPS card for the headline. */
export function npsCard({ labels, format }: PageContext, nps: NpsView): KpiCard {
  return { key: 'nps', label: labels.kpi.nps, value: format.signed(nps.nps), hint: labels.kpi.npsHint(format.integer(nps.n), format.decimal(nps.marginOfError, 1)) };
}

/** NPS: group cards, the distribution chart and table, the trend when present, the notes. */
export function npsSection(context: PageContext, nps: NpsView): Html {
  const { labels, format } = context;
  const l = labels.nps;
  const cards = kpiCards([
    { key: 'nps', label: labels.kpi.nps, value: format.signed(nps.nps), hint: `± ${format.decimal(nps.marginOfError, 1)} · ${l.margin}` },
    { key: 'promoters', label: `${l.promoters} (9–10)`, value: format.percent(nps.promoterShare), hint: format.integer(nps.promoters) },
    { key: 'passives', label: `${l.passives} (7–8)`, value: format.percent(nps.passiveShare), hint: format.integer(nps.passives) },
    { key: 'detractors', label: `${l.detractors} (0–6)`, value: format.percent(nps.detractorShare), hint: format.integer(nps.detractors) },
  ]);
  const groupName = { promoter: l.promoters, passive: l.passives, detractor: l.detractors };
  const chart = columnChart({
    id: 'nps-chart',
    title: l.distributionTitle,
    desc: `${l.distributionDesc} ${nps.distribution.map((count, score) => `${score}: ${format.integer(count)}`).join(', ')}.`,
    columns: nps.distribution.map((count, score) => ({ label: String(score), value: count, color: GROUP_COLOR[groupOf(score)], tooltip: `${l.score} ${score}: ${format.integer(count)}` })),
    formatValue: format.integer,
    xTitle: l.score,
  });
  const legend = legendList([
    { label: `${l.detractors} 0–6`, color: GROUP_COLOR.detractor },
    { label: `${l.passives} 7–8`, color: GROUP_COLOR.passive },
    { label: `${l.promoters} 9–10`, color: GROUP_COLOR.promoter },
  ]);
  const table = dataTable({
    id: 'nps-distribution-table',
    columns: [
      { key: 'score', label: l.score },
      { key: 'answers', label: l.answers, numeric: true },
      { key: 'share', label: l.share, numeric: true },
      { key: 'group', label: '' },
    ],
    rows: nps.distribution.map((count, score) => ({
      key: String(score),
      cells: { score: String(score), answers: format.integer(count), share: format.percent(nps.n === 0 ? null : count / nps.n), group: groupName[groupOf(score)] },
    })),
  });
  const csat = nps.csat && nps.csat.csat !== null ? html`<p class="note">${l.csat(format.percent(nps.csat.csat), format.integer(nps.csat.satisfied), format.integer(nps.csat.n))}</p>` : '';
  const notes = nps.notes.length > 0 ? html`<div class="notes"><h3>${l.notes}</h3><ul>${nps.notes.map((note) => html`<li>${noteIn(format.locale, note)}</li>`)}</ul></div>` : '';
  const content = html`${cards}<figure><figcaption>${l.distributionTitle}</figcaption>${legend}${chart}</figure>${foldedTable(labels.tableSummary, table)}${nps.trend && nps.trend.length > 0 ? trend(context, nps.trend) : ''}${csat}${notes}`;
  return section('nps', l.title, l.lead, content);
}

/** NPS by period with its 95% margin as a band, and the trend table. */
function trend({ labels, format }: PageContext, rows: NonNullable<NpsView['trend']>): Html {
  const l = labels.nps;
  const xLabels = rows.map((row) => format.period(row.period));
  const chart = lineChart({
    id: 'nps-trend-chart',
    title: l.trendTitle,
    desc: `${l.trendDesc} ${rows.map((row, index) => `${xLabels[index]}: ${format.signed(row.nps)} ± ${format.decimal(row.marginOfError, 1)}`).join('; ')}.`,
    xLabels,
    series: [{ label: 'NPS', values: rows.map((row) => row.nps), color: PALETTE.blue, valueLabels: rows.length <= 12 ? 'above' : undefined }],
    band: {
      lower: rows.map((row) => (row.nps === null || row.marginOfError === null ? null : Math.max(-100, row.nps - row.marginOfError))),
      upper: rows.map((row) => (row.nps === null || row.marginOfError === null ? null : Math.min(100, row.nps + row.marginOfError))),
      color: PALETTE.band,
    },
    formatValue: format.signed,
    formatTick: (value) => format.integer(value),
    height: 260,
  });
  const table = dataTable({
    id: 'nps-trend-table',
    columns: [
      { key: 'period', label: labels.periods.period },
      { key: 'n', label: l.answers, numeric: true },
      { key: 'nps', label: 'NPS', numeric: true },
      { key: 'marginOfError', label: l.margin, numeric: true },
      { key: 'change', label: l.change, numeric: true },
    ],
    rows: rows.map(
      (row, index): TableRow => ({
        key: row.period,
        cells: { period: xLabels[index]!, n: format.integer(row.n), nps: format.signed(row.nps), marginOfError: row.marginOfError === null ? '–' : `± ${format.decimal(row.marginOfError, 1)}`, change: format.signed(row.change) },
      }),
    ),
  });
  return html`<figure><figcaption>${l.trendTitle}</figcaption>${chart}</figure>${table}`;
}

const TYPE_COLOR: Record<string, string> = { silent: '#8796a5', voicer: PALETTE.blue, irate: PALETTE.coral, activist: '#8a4f7d' };

/** The complaint types against the benchmark shares: bars with marks, the table, the iceberg. */
export function complaintsSection({ labels, format }: PageContext, complaints: ComplaintsView): Html {
  const l = labels.complaints;
  const name = (type: string) => l.types[type] ?? type;
  const chart = benchmarkBars({
    id: 'complaints-chart',
    title: l.title,
    desc: `${l.chartDesc} ${complaints.types.map((row) => `${name(row.type)}: ${format.percent(row.share)} (${l.benchmark} ${format.percent(row.benchmark)})`).join('; ')}.`,
    rows: complaints.types.map((row) => ({ label: name(row.type), share: row.share, benchmark: row.benchmark, color: TYPE_COLOR[row.type] ?? PALETTE.blue })),
    formatShare: format.percentTick,
    benchmarkLabel: l.benchmark,
  });
  const table = dataTable({
    id: 'complaints-table',
    columns: [
      { key: 'type', label: l.type },
      { key: 'count', label: l.count, numeric: true },
      { key: 'share', label: l.share, numeric: true },
      { key: 'benchmark', label: l.benchmark, numeric: true },
      { key: 'difference', label: l.difference, numeric: true },
    ],
    rows: complaints.types.map((row) => ({
      key: row.type,
      cells: { type: name(row.type), count: format.integer(row.count), share: format.percent(row.share), benchmark: format.percent(row.benchmark), difference: format.pointsChange(row.difference) },
    })),
  });
  const facts = [
    complaints.classified !== null && complaints.records !== null ? l.classified(format.integer(complaints.classified), format.integer(complaints.records)) : '',
    complaints.iceberg ? l.iceberg(format.integer(complaints.iceberg.voicedComplaints), format.integer(complaints.iceberg.multiplier), format.integer(complaints.iceberg.estimatedUnhappyCustomers)) : '',
  ].filter((text) => text !== '');
  return section('complaints', l.title, l.lead, html`<figure>${chart}</figure>${table}${facts.map((text) => html`<p class="note">${text}</p>`)}`);
}
