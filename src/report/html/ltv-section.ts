/**
 * The lifetime-value section: the simple LTV and the BG/NBD forecast as small figure lists, the
 * cumulative revenue per customer of every cohort by age as curves (older cohorts paler, all
 * cohorts together as one thick line), with the curves' numbers in a table, and the warnings.
 */
import { type Html, html } from './escape.js';
import { lineChart } from './line-chart.js';
import { noteIn } from './notes-language.js';
import type { LtvJson } from './model.js';
import { type PageContext, legendList, section } from './sections.js';
import { PALETTE, mixColor } from './svg.js';
import { type TableRow, dataTable, foldedTable } from './table.js';

const OLD_COHORT = '#c9d6e2';
const NEW_COHORT = '#2f6f9f';

/** The LTV section, or nothing when the JSON has no LTV figures at all. */
export function ltvSection(context: PageContext): Html {
  const { json, labels } = context;
  const ltv = json.ltv;
  const parts = [figureLists(context, ltv), ltv.historical && ltv.historical.cohorts.length > 0 ? curves(context, ltv.historical) : '', ltv.tracking ? trackingChart(context, ltv.tracking) : '', warnings(context, ltv)];
  if (!ltv.simple && !ltv.summary && !ltv.historical && ltv.warnings.length === 0) return html``;
  return section('ltv', labels.ltv.title, labels.ltv.lead, parts);
}

/** Simple LTV and forecast side by side as definition lists. */
function figureLists({ labels, format }: PageContext, ltv: LtvJson): Html {
  const l = labels.ltv;
  const lists: Html[] = [];
  if (ltv.simple) {
    const s = ltv.simple;
    const items: [string, string, string][] = [
      ['averageOrderValue', l.aov, format.money(s.averageOrderValue)],
      ['purchasesPerYear', l.purchasesPerYear, format.decimal(s.purchasesPerYear)],
      ['annualChurnRate', l.annualChurn, format.percent(s.annualChurnRate)],
      ['expectedLifetimeYears', l.lifetime, format.decimal(s.expectedLifetimeYears, 1)],
      ['margin', l.margin, format.percent(s.margin)],
      ['ltv', l.value, format.money(s.ltv)],
    ];
    if (s.cac !== null) items.push(['cac', l.cac, format.money(s.cac)], ['ltvMinusCac', l.ltvMinusCac, format.money(s.ltvMinusCac)], ['ltvToCac', l.ltvToCac, format.decimal(s.ltvToCac, 1)]);
    lists.push(figureList(l.simple, items));
  }
  if (ltv.summary) {
    const s = ltv.summary;
    lists.push(
      figureList(l.predicted, [
        ['probablyAliveShare', l.probablyAlive, `${format.percent(s.probablyAliveShare)} (${format.integer(s.probablyAlive)})`],
        ['expectedPurchasesPerCustomer', l.expectedPurchases(format.integer(s.horizon), l.timeUnit[s.timeUnit]), `${format.decimal(s.expectedPurchasesPerCustomer)} ${l.perCustomer}`],
        ['meanClv', l.meanClv, format.money(s.meanClv)],
        ['totalClv', l.totalClv, format.money(s.totalClv)],
      ]),
    );
  }
  if (ltv.historical) {
    const h = ltv.historical;
    lists.push(
      figureList(l.toDate, [
        ['customers', labels.cohorts.size, format.integer(h.customers)],
        ['revenue', labels.kpi.revenue, format.money(h.revenue)],
        ['revenuePerCustomer', l.historicalPerCustomer, format.money(h.revenuePerCustomer)],
      ]),
    );
  }
  return lists.length === 0 ? html`` : html`<div class="figure-lists">${lists}</div>`;
}

function figureList(title: string, items: readonly [string, string, string][]): Html {
  return html`<div class="figure-list"><h3>${title}</h3><dl>${items.map(([key, label, value]) => html`<div data-ltv="${key}"><dt>${label}</dt><dd>${value}</dd></div>`)}</dl></div>`;
}

type Historical = NonNullable<LtvJson['historical']>;

/** Cumulative revenue per customer by cohort age: one thin line per cohort, the overall mean thick. */
function curves({ json, labels, format }: PageContext, historical: Historical): Html {
  const { cohorts } = historical;
  const ages = Math.max(historical.overall.length, ...cohorts.map((row) => row.cumulativePerCustomer.length));
  const xLabels = Array.from({ length: ages }, (_, age) => String(age));
  const last = Math.max(1, cohorts.length - 1);
  const currency = json.currency ?? '';
  const chart = lineChart({
    id: 'ltv-chart',
    title: labels.ltv.chartTitle,
    desc: `${labels.ltv.chartDesc} ${labels.ltv.overall}: ${historical.overall.map((value, age) => `+${age} ${format.money(value)}`).join(', ')}.`,
    xLabels,
    series: [
      ...cohorts.map((row, index) => ({
        label: format.period(row.cohort),
        values: row.cumulativePerCustomer,
        color: mixColor(OLD_COHORT, NEW_COHORT, index / last),
        width: 1.25,
        // Markers on every point of every cohort would bury the lines; the table has the numbers.
        markers: false,
      })),
      { label: labels.ltv.overall, values: overallWhereShared(historical), color: PALETTE.coral, width: 3.5, markers: ages <= 24 },
    ],
    formatValue: format.money,
    formatTick: format.moneyTick,
    yMin: 0,
    xTitle: labels.ageIn[json.period],
    yTitle: currency === '' ? labels.ltv.perCustomer : `${labels.ltv.perCustomer}, ${currency}`,
    height: 340,
  });
  const legend = legendList([
    { label: `${labels.ltv.older} → ${labels.ltv.newer}`, color: `linear-gradient(90deg, ${OLD_COHORT}, ${NEW_COHORT})`, className: 'wide' },
    { label: labels.ltv.overall, color: PALETTE.coral },
  ]);
  const rows: TableRow[] = [...cohorts, { cohort: '', size: historical.customers, cumulativePerCustomer: historical.overall }].map((row) => {
    const overall = row.cohort === '';
    const cells: TableRow['cells'] = { cohort: overall ? labels.ltv.overall : format.period(row.cohort), size: format.integer(row.size) };
    row.cumulativePerCustomer.forEach((value, age) => (cells[`k${age}`] = format.money(value)));
    return { key: overall ? 'overall' : row.cohort, cells, className: overall ? 'total' : undefined };
  });
  const table = dataTable({
    id: 'ltv-table',
    caption: `${labels.ltv.chartTitle} (${labels.ageIn[json.period]})`,
    columns: [
      { key: 'cohort', label: labels.cohorts.cohort },
      { key: 'size', label: labels.cohorts.size, numeric: true },
      ...xLabels.map((age) => ({ key: `k${age}`, label: age === '0' ? '0' : `+${age}`, numeric: true })),
    ],
    rows,
  });
  const note = html`<p class="note">${labels.ltv.overallNote(format.integer(MIN_COHORTS_FOR_OVERALL))}</p>`;
  return html`<figure><figcaption>${labels.ltv.chartTitle}</figcaption>${legend}${chart}${note}</figure>${foldedTable(labels.tableSummary, table, { screenOnly: ages > 16 })}`;
}

/** Fewer cohorts than this at an age make the all-cohorts mean jump with whichever cohort is left. */
const MIN_COHORTS_FOR_OVERALL = 3;

/**
 * The all-cohorts curve for the chart, cut where fewer than MIN_COHORTS_FOR_OVERALL cohorts have
 * reached the age: beyond that the "mean" is one or two old cohorts and its jumps mislead. The
 * table keeps every value.
 */
function overallWhereShared(historical: Historical): (number | null)[] {
  return historical.overall.map((value, age) => {
    const reached = historical.cohorts.filter((row) => row.cumulativePerCustomer.length > age).length;
    return reached >= MIN_COHORTS_FOR_OVERALL ? value : null;
  });
}

type TrackingJson = NonNullable<LtvJson['tracking']>;

/**
 * The tracking chart (Fader, Hardie & Lee 2005, Figure 2): cumulative repeat purchases by week,
 * what BG/NBD expects of these customers against what they did (metrics/ltv/tracking.ts).
 */
function trackingChart({ labels, format }: PageContext, tracking: TrackingJson): Html {
  const l = labels.ltv;
  const weeks = tracking.weeks;
  const last = weeks[weeks.length - 1];
  const chart = lineChart({
    id: 'ltv-tracking-chart',
    title: l.trackingTitle,
    desc: `${l.trackingDesc} ${last ? `${l.trackingExpected} ${format.integer(Math.round(last.expected))}, ${l.trackingActual} ${format.integer(last.actual)} (${last.end}).` : ''}`,
    xLabels: weeks.map((week) => String(week.week)),
    series: [
      { label: l.trackingActual, values: weeks.map((week) => week.actual), color: PALETTE.blue, width: 2.5, markers: weeks.length <= 24 },
      { label: l.trackingExpected, values: weeks.map((week) => week.expected), color: PALETTE.coral, width: 2, markers: weeks.length <= 24 },
    ],
    formatValue: (value) => format.integer(Math.round(value)),
    yMin: 0,
    xTitle: l.trackingWeeks,
    height: 280,
  });
  const legend = legendList([
    { label: l.trackingActual, color: PALETTE.blue },
    { label: l.trackingExpected, color: PALETTE.coral },
  ]);
  const table = dataTable({
    id: 'ltv-tracking-table',
    caption: l.trackingTitle,
    columns: [
      { key: 'week', label: l.trackingWeeks, numeric: true },
      { key: 'end', label: l.trackingWeekEnd },
      { key: 'expected', label: l.trackingExpected, numeric: true },
      { key: 'actual', label: l.trackingActual, numeric: true },
    ],
    rows: weeks.map((week) => ({ key: String(week.week), cells: { week: format.integer(week.week), end: week.end, expected: format.decimal(week.expected, 1), actual: format.integer(week.actual) } })),
  });
  return html`<figure data-ltv="tracking"><figcaption>${l.trackingTitle}</figcaption>${legend}${chart}<p class="note">${l.trackingNote('BG/NBD')}</p></figure>${foldedTable(labels.tableSummary, table, { screenOnly: weeks.length > 16 })}`;
}

function warnings({ labels, format }: PageContext, ltv: LtvJson): Html {
  if (ltv.warnings.length === 0) return html``;
  // The messages come from the computation in English, said in the page's language when known; they are data here and escaped as such.
  return html`<div class="notes"><h3>${labels.ltv.warnings}</h3><ul>${ltv.warnings.map((warning) => html`<li>${noteIn(format.locale, warning.message)}</li>`)}</ul></div>`;
}
