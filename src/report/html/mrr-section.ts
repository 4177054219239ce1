/**
 * The recurring-revenue section (subscriptions): MRR movements per period as a table, and the
 * cohort revenue retention as a heat map (cells above 100% at the darkest shade). Reads the MRR
 * JSON (report/mrr-view.ts, mrrJson): money in major units, rates 0–1.
 */
import type { MrrJson } from '../mrr-view.js';
import { type Html, html } from './escape.js';
import { type PageContext, section } from './sections.js';
import { type TableRow, dataTable, heatShade } from './table.js';

/** The MRR section; nothing when there are no periods. */
export function mrrSection({ labels, format }: Pick<PageContext, 'labels' | 'format'>, mrr: MrrJson): Html {
  if (mrr.rows.length === 0) return html``;
  const l = labels.mrr;
  const money = (key: string, label: string) => ({ key, label, numeric: true });
  const movements = dataTable({
    id: 'mrr-table',
    className: 'numbers',
    caption: l.movements,
    columns: [
      { key: 'period', label: l.period },
      money('mrrAtStart', l.atStart),
      money('new', l.new),
      money('expansion', l.expansion),
      money('reactivation', l.reactivation),
      money('contraction', l.contraction),
      money('churned', l.churned),
      money('mrrAtEnd', l.atEnd),
      { key: 'grr', label: l.grr, numeric: true },
      { key: 'nrr', label: l.nrr, numeric: true },
      { key: 'quickRatio', label: l.quickRatio, numeric: true },
      money('arpa', l.arpa),
    ],
    rows: mrr.rows.map((row): TableRow => ({
      key: row.period,
      cells: {
        period: { content: format.period(row.period), className: row.partial ? 'partial' : undefined, title: row.partial ? labels.partial : undefined },
        mrrAtStart: format.money(row.mrrAtStart),
        new: format.money(row.new),
        expansion: format.money(row.expansion),
        reactivation: format.money(row.reactivation),
        contraction: format.money(row.contraction),
        churned: format.money(row.churned),
        mrrAtEnd: format.money(row.mrrAtEnd),
        grr: format.percent(row.grossRevenueRetention),
        nrr: format.percent(row.netRevenueRetention),
        quickRatio: format.decimal(row.quickRatio),
        arpa: format.money(row.arpa),
      },
    })),
  });
  const ages = Math.max(0, ...mrr.cohorts.map((row) => row.retention.length));
  const cohorts = dataTable({
    id: 'mrr-cohort-table',
    className: 'numbers heat-map',
    caption: l.cohorts,
    columns: [
      { key: 'cohort', label: labels.cohorts.cohort },
      { key: 'size', label: labels.cohorts.size, numeric: true },
      ...Array.from({ length: ages }, (_, age) => ({ key: `k${age}`, label: age === 0 ? '0' : `+${age}`, numeric: true })),
    ],
    rows: mrr.cohorts.map((row): TableRow => {
      const cells: TableRow['cells'] = { cohort: format.period(row.cohort), size: format.integer(row.size) };
      row.retention.forEach((rate, age) => {
        if (rate === null) return;
        cells[`k${age}`] = { content: format.percent(rate), ...heatShade(Math.min(1, rate), 1), title: `${format.period(row.cohort)}, +${age}: ${format.money(row.mrr[age] ?? null)}` };
      });
      return { key: row.cohort, cells };
    }),
  });
  return section('mrr', l.title, l.lead, html`${movements}${cohorts}<p class="note">${l.cohortNote}</p>`);
}
