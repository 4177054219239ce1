/** The RFM segments of the HTML report: size, share of customers and of revenue, the suggested template. */
import type { ReportJson } from './model.js';
import { type Html } from './escape.js';
import type { HtmlLocale } from './labels.js';
import { type PageContext, section } from './sections.js';
import { dataTable } from './table.js';

export function segmentsSection({ labels, format }: PageContext, segments: ReportJson['segments'], locale: HtmlLocale): Html {
  const l = labels.segments;
  const table = dataTable({
    id: 'segments-table',
    columns: [
      { key: 'segment', label: l.segment },
      { key: 'customers', label: l.customers, numeric: true },
      { key: 'share', label: l.share, numeric: true },
      { key: 'revenueShare', label: l.revenueShare, numeric: true },
      { key: 'template', label: l.template },
    ],
    rows: segments.segments.map((row) => ({
      key: row.segment,
      cells: { segment: row.names[locale], customers: format.integer(row.customers), share: format.percent(row.customerShare), revenueShare: format.percent(row.revenueShare), template: row.template },
    })),
  });
  return section('segments', l.title, l.lead, table);
}
