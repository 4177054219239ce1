/** Grids of `care sla`: the summary (total, then one row per period and group) and the breaches. */
import type { SlaBreach, SlaChange, SlaComparison, SlaRow } from '../metrics/sla.js';
import { formatInteger, formatPercent } from './format.js';
import type { CellValue, Grid, GridColumn } from './grid.js';
import type { SlaResult } from './sla-contract.js';

/**
 * Minutes as `35m`, `4h 05m`, `2d 3h`; `–` for none. Business time never shows days (a day of
 * 24 working hours would mislead): `63h 20m`.
 */
export function formatMinutes(value: number | null | undefined, days = true): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const whole = Math.round(value);
  if (whole < 60) return `${whole}m`;
  if (whole < 1440 || !days) return `${Math.floor(whole / 60)}h ${String(whole % 60).padStart(2, '0')}m`;
  const hours = Math.round(whole / 60);
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);
const durationIn = (result: SlaResult) => {
  const days = result.time.kind === 'calendar';
  return (value: CellValue) => formatMinutes(value as number | null, days);
};

const METRIC_LABEL = { firstResponse: 'First response', resolution: 'Resolution' } as const;
const SHORT = { firstResponse: 'FR', resolution: 'Res' } as const;

function flat(row: SlaRow, period: string | undefined, group: string | undefined): Record<string, CellValue> {
  const cells: Record<string, CellValue> = { period: period ?? null, group: group ?? null, tickets: row.tickets, open: row.open };
  for (const metric of ['firstResponse', 'resolution'] as const) {
    const summary = row[metric];
    cells[`${metric}Median`] = summary.median ?? null;
    cells[`${metric}P90`] = summary.p90 ?? null;
    cells[`${metric}Within`] = summary.withinShare ?? null;
    cells[`${metric}Met`] = summary.met;
    cells[`${metric}Breached`] = summary.breached;
    cells[`${metric}Running`] = summary.running;
    cells[`${metric}Measured`] = summary.measured;
  }
  cells['csatRated'] = row.csat.rated;
  cells['csat'] = row.csat.share ?? null;
  return cells;
}

/** The summary for table and Markdown: totals first, then each period / group row. */
export function slaGrid(result: SlaResult): Grid {
  const duration = durationIn(result);
  const columns: GridColumn[] = [];
  if (result.period !== undefined) columns.push({ key: 'period', label: 'Period' });
  if (result.by !== undefined) columns.push({ key: 'group', label: result.by[0]!.toUpperCase() + result.by.slice(1) });
  columns.push({ key: 'tickets', label: 'Tickets', align: 'right', format: integer }, { key: 'open', label: 'Open', align: 'right', format: integer });
  for (const metric of result.metrics) {
    const short = SHORT[metric];
    columns.push(
      { key: `${metric}Median`, label: `${short} median`, align: 'right', format: duration },
      { key: `${metric}P90`, label: `${short} p90`, align: 'right', format: duration },
      { key: `${metric}Within`, label: `${short} within`, align: 'right', format: percent },
      { key: `${metric}Breached`, label: `${short} breached`, align: 'right', format: integer },
    );
  }
  columns.push({ key: 'csat', label: 'CSAT', align: 'right', format: percent });
  const rows = [flat(result.total, result.period === undefined ? undefined : 'all', result.by === undefined ? undefined : 'all')];
  for (const row of result.rows) rows.push(flat(row, row.period, row.group));
  return { title: 'Service levels', columns, rows, notes: slaNotes(result) };
}

/** The lines under the summary: what was measured how, and what the figures leave out. */
export function slaNotes(result: SlaResult): string[] {
  const notes: string[] = [];
  notes.push(
    result.time.kind === 'calendar'
      ? 'Calendar time, from creation to the first reply / the (last) resolution.'
      : `Business time: ${result.time.hours} in ${result.time.timeZone}${result.time.holidays > 0 ? `, ${result.time.holidays} holiday${result.time.holidays === 1 ? '' : 's'} left out` : ''}.`,
  );
  const targets = result.metrics.map((metric) => `${METRIC_LABEL[metric]} ${result.targets[metric] === undefined ? 'no target' : formatMinutes(result.targets[metric], result.time.kind === 'calendar')}`);
  const extra = Object.keys(result.targets.byPriority).length + Object.keys(result.targets.byChannel).length;
  notes.push(`Targets: ${targets.join(', ')}${extra > 0 ? ` (and ${extra} per priority or channel)` : ''}. "within" counts open tickets as not (yet) met; p90 is the nearest-rank 90th percentile.`);
  if (!result.metrics.includes('firstResponse')) notes.push('The export has no first-reply column: first response is not measured.');
  if (result.complainers !== undefined) {
    const types = Object.entries(result.complainers.counts).filter(([, count]) => count > 0).map(([type, count]) => `${type} ${formatInteger(count)}`);
    const none = result.complainers.unclassified;
    notes.push(`Breached tickets by complainer type: ${types.length > 0 ? types.join(', ') : 'none classified'}${none > 0 ? `; ${formatInteger(none)} with nothing to classify by` : ''}.`);
  }
  if (result.ingest.reopened > 0) notes.push(`${formatInteger(result.ingest.reopened)} reopened ticket${result.ingest.reopened === 1 ? '' : 's'} measured to the last resolution.`);
  return notes;
}

/** Every summary row for CSV, raw numbers: minutes and 0–1 shares; the totals row has period and group `all` (or empty). */
export function slaCsvGrid(result: SlaResult): Grid {
  const rows = [flat(result.total, 'all', 'all'), ...result.rows.map((row) => flat(row, row.period, row.group))];
  const keys = Object.keys(rows[0]!);
  return { columns: keys.map((key) => ({ key, label: key })), rows };
}

/** The breaches, most over target first; `limit` cuts the list for the terminal. */
export function breachGrid(result: SlaResult, limit?: number): Grid {
  const { breaches } = result;
  const duration = durationIn(result);
  const shown = limit === undefined ? breaches : breaches.slice(0, limit);
  const notes = limit !== undefined && breaches.length > limit ? [`Showing ${limit} of ${formatInteger(breaches.length)} breaches; --breaches lists them all (--format csv --breaches writes them as CSV).`] : [];
  return {
    title: `Breaches (${formatInteger(breaches.length)})`,
    columns: [
      { key: 'id', label: 'Ticket' },
      { key: 'metric', label: 'Metric' },
      { key: 'minutes', label: 'Took', align: 'right', format: duration },
      { key: 'target', label: 'Target', align: 'right', format: duration },
      { key: 'state', label: 'State' },
      { key: 'channel', label: 'Channel' },
      { key: 'agent', label: 'Agent' },
      { key: 'priority', label: 'Priority' },
      { key: 'complainer', label: 'Complainer' },
    ],
    rows: shown.map((breach) => ({
      id: breach.id,
      metric: METRIC_LABEL[breach.metric],
      minutes: breach.minutes,
      target: breach.target,
      state: breach.open ? 'still open' : 'late',
      channel: breach.channel ?? null,
      agent: breach.agent ?? null,
      priority: breach.priority ?? null,
      complainer: breach.complainer ?? null,
    })),
    notes,
  };
}

/** The breaches for CSV: raw minutes. */
export function breachCsvGrid(breaches: readonly SlaBreach[]): Grid {
  const keys = ['id', 'line', 'metric', 'minutes', 'target', 'open', 'channel', 'agent', 'priority', 'type', 'complainer'];
  return { columns: keys.map((key) => ({ key, label: key })), rows: breaches.map((breach) => Object.fromEntries(keys.map((key) => [key, (breach as unknown as Record<string, CellValue>)[key] ?? null]))) };
}

const FIGURE_LABEL: Record<SlaChange['figure'], string> = {
  tickets: 'Tickets',
  firstResponseMedian: 'First response, median',
  firstResponseP90: 'First response, p90',
  firstResponseWithin: 'First response within target',
  resolutionMedian: 'Resolution, median',
  resolutionP90: 'Resolution, p90',
  resolutionWithin: 'Resolution within target',
  breaches: 'Breaches',
  csat: 'CSAT',
};

/** --compare: each figure of the last complete period beside the one before, and the change (shares in points). */
export function slaCompareGrid(result: SlaResult, comparison: SlaComparison): Grid {
  const days = result.time.kind === 'calendar';
  const show = (unit: SlaChange['unit'], value: number | null, signed = false): string => {
    if (value === null) return '–';
    const sign = signed && value > 0 ? '+' : signed && value < 0 ? '−' : '';
    const size = Math.abs(value);
    if (unit === 'share') return signed ? `${sign}${(size * 100).toFixed(1)} pts` : formatPercent(value);
    if (unit === 'minutes') return `${sign}${formatMinutes(signed ? size : value, days)}`;
    return `${sign}${formatInteger(signed ? size : value)}`;
  };
  return {
    title: `${comparison.last} against ${comparison.previous}`,
    columns: [
      { key: 'figure', label: 'Figure' },
      { key: 'previous', label: comparison.previous, align: 'right' },
      { key: 'last', label: comparison.last, align: 'right' },
      { key: 'change', label: 'Change', align: 'right' },
    ],
    rows: comparison.changes.map((change) => ({ figure: FIGURE_LABEL[change.figure], previous: show(change.unit, change.previous), last: show(change.unit, change.last), change: show(change.unit, change.change, true) })),
  };
}

/** --compare as CSV: raw numbers (minutes, 0–1 shares). */
export function slaCompareCsvGrid(comparison: SlaComparison): Grid {
  const keys = ['figure', 'unit', 'previousPeriod', 'previous', 'lastPeriod', 'last', 'change'];
  return {
    columns: keys.map((key) => ({ key, label: key })),
    rows: comparison.changes.map((change) => ({ figure: change.figure, unit: change.unit, previousPeriod: comparison.previous, previous: change.previous, lastPeriod: comparison.last, last: change.last, change: change.change })),
  };
}
