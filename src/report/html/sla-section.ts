/** The service-level section of the HTML report (`care report --tickets FILE`): the SLA totals as one table. */
import type { SlaJson } from '../sla-contract.js';
import { formatMinutes } from '../sla-view.js';
import { type Html, html } from './escape.js';
import type { PageContext } from './sections.js';
import { section } from './sections.js';
import { dataTable } from './table.js';

export function slaSection({ labels, format }: PageContext, sla: SlaJson): Html {
  const l = labels.sla;
  const total = sla.total;
  const days = sla.time.kind === 'calendar';
  const row = (key: 'firstResponse' | 'resolution', label: string) => {
    const metric = total[key];
    const hasTarget = sla.targets[key] !== undefined;
    return {
      key,
      cells: {
        measure: label,
        median: formatMinutes(metric.median, days),
        p90: formatMinutes(metric.p90, days),
        within: hasTarget ? format.percent(metric.withinShare) : l.noTarget,
        breached: hasTarget ? format.integer(metric.breached) : '–',
      },
    };
  };
  const table = dataTable({
    id: 'sla-table',
    columns: [
      { key: 'measure', label: l.measure },
      { key: 'median', label: l.median, numeric: true },
      { key: 'p90', label: l.p90, numeric: true },
      { key: 'within', label: l.within, numeric: true },
      { key: 'breached', label: l.breached, numeric: true },
    ],
    rows: [row('firstResponse', l.firstResponse), row('resolution', l.resolution)],
  });
  const facts = [`${l.tickets}: ${format.integer(total.tickets)} · ${l.open}: ${format.integer(total.open)}`];
  if (total.csat.share !== null) facts.push(`${l.csat}: ${format.percent(total.csat.share)}`);
  return section('sla', l.title, l.lead, html`${table}${facts.map((text) => html`<p class="note">${text}</p>`)}`);
}
