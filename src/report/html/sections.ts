/**
 * The orders part of the page: the headline KPI cards, retention and churn by period (line chart
 * and the period table), and the cohort heat map. Each section reads only the report JSON.
 */
import { type Html, type HtmlPart, html } from './escape.js';
import type { Labels } from './labels.js';
import { lineChart } from './line-chart.js';
import type { LocaleFormat } from './locale-format.js';
import type { PeriodJson, ReportJson } from './model.js';
import { PALETTE } from './svg.js';
import { type TableRow, dataTable, heatShade } from './table.js';

/** What every section builder needs: the data, the words and the number formats. */
export interface PageContext {
  json: ReportJson;
  labels: Labels;
  format: LocaleFormat;
}

/** A section of the page with its heading and one-sentence lead. */
export function section(id: string, title: HtmlPart, lead: HtmlPart, content: HtmlPart): Html {
  return html`<section class="report-section" id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${title}</h2>${lead ? html`<p class="lead">${lead}</p>` : ''}${content}</section>`;
}

/** One headline card; `key` names the JSON number it shows (data-kpi). */
export interface KpiCard {
  key: string;
  label: string;
  value: string;
  hint?: HtmlPart;
  /** A change to show with an arrow: `good` when it is welcome. */
  change?: { text: string; good: boolean; up: boolean };
}

/** The grid of headline cards. */
export function kpiCards(cards: readonly KpiCard[]): Html {
  const items = cards.map((card) => {
    const change = card.change
      ? html`<span class="change ${card.change.good ? 'good' : 'bad'}"><span aria-hidden="true">${card.change.up ? '▲' : '▼'}</span> ${card.change.text}</span>`
      : '';
    return html`<div class="kpi" data-kpi="${card.key}"><p class="kpi-label">${card.label}</p><p class="kpi-value">${card.value}</p>${card.hint || change ? html`<p class="kpi-hint">${card.hint ?? ''}${card.hint && change ? html`<br>` : ''}${change}</p>` : ''}</div>`;
  });
  return html`<div class="kpis">${items}</div>`;
}

/** The orders' headline cards: customers, activity, retention, churn, repeat rate, orders, money. */
export function orderCards({ json, labels, format }: PageContext): KpiCard[] {
  const { kpis } = json;
  const period = kpis.lastCompletePeriod;
  const previous = previousComplete(json.periods, period);
  const change = (key: 'retentionRate' | 'churnRate', higherIsBetter: boolean): KpiCard['change'] => {
    const now = kpis[key];
    const before = previous?.[key];
    if (now === null || before === null || before === undefined || previous === undefined) return undefined;
    const difference = now - before;
    if (Math.round(difference * 1000) === 0) return undefined;
    return { text: labels.kpi.change(format.pointsChange(difference), format.period(previous.period)), good: difference > 0 === higherIsBetter, up: difference > 0 };
  };
  const periodHint = period === null ? undefined : labels.kpi.lastComplete(format.period(period));
  const cards: KpiCard[] = [
    { key: 'customers', label: labels.kpi.customers, value: format.integer(kpis.customers), hint: labels.kpi.customersHint },
    { key: 'activeNow', label: labels.kpi.activeNow, value: format.integer(kpis.activeNow), hint: labels.kpi.activeHint(format.integer(json.churnAfterDays)) },
    { key: 'retentionRate', label: labels.kpi.retention, value: format.percent(kpis.retentionRate), hint: periodHint, change: change('retentionRate', true) },
    { key: 'churnRate', label: labels.kpi.churn, value: format.percent(kpis.churnRate), hint: periodHint, change: change('churnRate', false) },
    { key: 'repeatPurchaseRate', label: labels.kpi.repeat, value: format.percent(kpis.repeatPurchaseRate), hint: labels.kpi.repeatHint(format.integer(kpis.repeatCustomers)) },
    { key: 'orders', label: labels.kpi.orders, value: format.integer(kpis.orders), hint: labels.kpi.ordersHint(format.decimal(kpis.customers === 0 ? null : kpis.orders / kpis.customers)) },
  ];
  if (kpis.revenue !== null) {
    cards.push(
      { key: 'averageOrderValue', label: labels.kpi.aov, value: format.money(kpis.averageOrderValue) },
      { key: 'revenue', label: labels.kpi.revenue, value: format.moneyWhole(kpis.revenue), hint: labels.kpi.revenueHint },
    );
  }
  const simple = json.ltv.simple;
  if (simple && simple.ltv !== null) {
    cards.push({ key: 'ltv', label: labels.kpi.ltv, value: format.moneyWhole(simple.ltv), hint: labels.kpi.ltvHint(format.decimal(simple.expectedLifetimeYears, 1)) });
  }
  return cards;
}

/** The complete period before `label` in the table, if it is shown. */
function previousComplete(periods: readonly PeriodJson[], label: string | null): PeriodJson | undefined {
  const index = periods.findIndex((row) => row.period === label);
  const previous = index > 0 ? periods[index - 1] : undefined;
  return previous && !previous.partial ? previous : undefined;
}

/** Retention and churn by period: the line chart and the period table under it. */
export function retentionSection({ json, labels, format }: PageContext): Html {
  const periods = json.periods;
  const partialFrom = periods.findIndex((row) => row.partial);
  const xLabels = periods.map((row) => format.period(row.period));
  const chart = lineChart({
    id: 'retention-chart',
    title: labels.retention.title,
    desc: `${labels.retention.chartDesc} ${periods.map((row, index) => `${xLabels[index]}: ${labels.retention.crr} ${format.percent(row.retentionRate)}, ${labels.retention.churn} ${format.percent(row.churnRate)}`).join('; ')}.`,
    xLabels,
    series: [
      { label: labels.retention.crr, values: periods.map((row) => row.retentionRate), color: PALETTE.blue, partialFrom: partialFrom === -1 ? undefined : partialFrom, valueLabels: 'above' },
      { label: labels.retention.churn, values: periods.map((row) => row.churnRate), color: PALETTE.coral, partialFrom: partialFrom === -1 ? undefined : partialFrom, valueLabels: 'below' },
    ],
    formatValue: format.percent,
    formatTick: format.percentTick,
    yMin: 0,
    yMax: 1,
    height: 280,
  });
  const legend = legendList([
    { label: labels.retention.crr, color: PALETTE.blue },
    { label: labels.retention.churn, color: PALETTE.coral },
  ]);
  const p = labels.periods;
  const table = dataTable({
    id: 'periods-table',
    columns: [
      { key: 'period', label: p.period },
      { key: 'customersAtStart', label: p.atStart, numeric: true },
      { key: 'new', label: p.new, numeric: true },
      { key: 'reactivated', label: p.reactivated, numeric: true },
      { key: 'retained', label: p.retained, numeric: true },
      { key: 'lost', label: p.lost, numeric: true },
      { key: 'customersAtEnd', label: p.atEnd, numeric: true },
      { key: 'retentionRate', label: labels.retention.crr, numeric: true },
      { key: 'churnRate', label: labels.retention.churn, numeric: true },
    ],
    rows: periods.map(
      (row, index): TableRow => ({
        key: row.period,
        className: row.partial ? 'partial' : undefined,
        cells: {
          period: row.partial ? html`${xLabels[index]!} <span class="tag">${labels.partial}</span>` : xLabels[index]!,
          customersAtStart: format.integer(row.customersAtStart),
          new: format.integer(row.new),
          reactivated: format.integer(row.reactivated),
          retained: format.integer(row.retained),
          lost: format.integer(row.lost),
          customersAtEnd: format.integer(row.customersAtEnd),
          retentionRate: format.percent(row.retentionRate),
          churnRate: format.percent(row.churnRate),
        },
      }),
    ),
  });
  const note = partialFrom === -1 ? '' : html`<p class="note">${labels.partialNote}</p>`;
  return section('retention', labels.retention.title, labels.retention.lead, html`<figure>${legend}${chart}</figure>${table}${note}`);
}

/** The cohort table as a heat map: each cell shaded by the share of the cohort active at that age. */
export function cohortSection({ json, labels, format }: PageContext): Html {
  const cohorts = json.cohorts;
  const ages = Math.max(0, ...cohorts.map((row) => row.rates.length));
  // Age 0 is 100% by definition; shading against the best later rate keeps the rest visible.
  const top = Math.max(0, ...cohorts.flatMap((row) => row.rates.slice(1).filter((rate): rate is number => rate !== null)));
  const lastPartial = json.periods[json.periods.length - 1]?.partial === true;
  const ageColumns = Array.from({ length: ages }, (_, age) => ({ key: `k${age}`, label: age === 0 ? '0' : `+${age}`, numeric: true }));
  const rows = cohorts.map((row): TableRow => {
    const cells: TableRow['cells'] = { cohort: format.period(row.cohort), size: format.integer(row.size) };
    row.rates.forEach((rate, age) => {
      if (rate === null) return;
      const partial = lastPartial && age === row.rates.length - 1;
      cells[`k${age}`] = {
        content: format.percent(rate),
        ...heatShade(age === 0 ? top : rate, top),
        className: partial ? 'partial' : undefined,
        title: `${format.period(row.cohort)}, +${age}: ${format.integer(row.active[age] ?? null)} / ${format.integer(row.size)}${partial ? ` (${labels.partial})` : ''}`,
      };
    });
    return { key: row.cohort, cells };
  });
  const table = dataTable({
    id: 'cohort-table',
    className: 'numbers heat-map',
    caption: labels.ageIn[json.period],
    columns: [{ key: 'cohort', label: labels.cohorts.cohort }, { key: 'size', label: labels.cohorts.size, numeric: true }, ...ageColumns],
    rows,
  });
  const scale = html`<p class="note"><span class="heat-scale" aria-hidden="true"></span> ${labels.cohorts.scale}${lastPartial ? html` <em>${labels.partialNote}</em>` : ''}</p>`;
  return section('cohorts', labels.cohorts.title, labels.cohorts.lead, html`${table}${scale}`);
}

/** A legend of coloured swatches for a chart. */
export function legendList(items: readonly { label: string; color: string; className?: string }[]): Html {
  return html`<ul class="legend">${items.map((item) => html`<li><span class="swatch${item.className ? html` ${item.className}` : ''}" style="background:${item.color}"></span>${item.label}</li>`)}</ul>`;
}
