/** Grids of `care sla`: the summary (total, then one row per period and group) and the breaches. */
import { type MessageKey, type MessageRef, say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { SlaBreach, SlaChange, SlaComparison, SlaGroup, SlaRow } from '../metrics/sla.js';
import { formatInteger, formatPercent } from './format.js';
import { type CellValue, type Grid, type GridColumn, type GridText, gridText } from './grid.js';
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

const METRIC_LABEL = { firstResponse: 'table.sla.firstResponse', resolution: 'table.sla.resolution' } as const satisfies Record<string, MessageKey>;
const SHORT = { firstResponse: 'table.sla.short.firstResponse', resolution: 'table.sla.short.resolution' } as const satisfies Record<string, MessageKey>;
const GROUP_LABEL = { channel: 'table.sla.group.channel', agent: 'table.sla.group.agent', priority: 'table.sla.group.priority', type: 'table.sla.group.type' } as const satisfies Record<SlaGroup, MessageKey>;

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

/** The summary for table and Markdown: totals first, then each period / group row (the totals row's "all" in `lang`). */
export function slaGrid(result: SlaResult, lang?: Locale): Grid {
  const duration = durationIn(result);
  const columns: GridColumn[] = [];
  if (result.period !== undefined) columns.push({ key: 'period', label: say('table.sla.period') });
  if (result.by !== undefined) columns.push({ key: 'group', label: say(GROUP_LABEL[result.by]) });
  columns.push({ key: 'tickets', label: say('table.sla.tickets'), align: 'right', format: integer }, { key: 'open', label: say('table.sla.open'), align: 'right', format: integer });
  for (const metric of result.metrics) {
    const short = say(SHORT[metric]);
    columns.push(
      { key: `${metric}Median`, label: say('table.sla.column.median', { short }), align: 'right', format: duration },
      { key: `${metric}P90`, label: say('table.sla.column.p90', { short }), align: 'right', format: duration },
      { key: `${metric}Within`, label: say('table.sla.column.within', { short }), align: 'right', format: percent },
      { key: `${metric}Breached`, label: say('table.sla.column.breached', { short }), align: 'right', format: integer },
    );
  }
  columns.push({ key: 'csat', label: 'CSAT', align: 'right', format: percent });
  const all = gridText(say('table.sla.all'), lang);
  const rows = [flat(result.total, result.period === undefined ? undefined : all, result.by === undefined ? undefined : all)];
  for (const row of result.rows) rows.push(flat(row, row.period, row.group));
  return { title: say('table.sla.title'), columns, rows, notes: slaNotes(result) };
}

/** The lines under the summary: what was measured how, and what the figures leave out. */
export function slaNotes(result: SlaResult): GridText[] {
  const notes: GridText[] = [];
  const { time } = result;
  if (time.kind === 'calendar') notes.push(say('table.sla.calendarNote'));
  else if (time.holidays > 0) notes.push(say('table.sla.businessNoteHolidays', { hours: time.hours, timeZone: time.timeZone, count: time.holidays, n: String(time.holidays) }));
  else notes.push(say('table.sla.businessNote', { hours: time.hours, timeZone: time.timeZone }));
  const targets: MessageRef[] = result.metrics.map((metric) => {
    const target = result.targets[metric];
    return say('table.sla.target', { metric: say(METRIC_LABEL[metric]), target: target === undefined ? say('table.sla.noTarget') : formatMinutes(target, time.kind === 'calendar') });
  });
  const extra = Object.keys(result.targets.byPriority).length + Object.keys(result.targets.byChannel).length;
  notes.push(say(extra > 0 ? 'table.sla.targetsNoteMore' : 'table.sla.targetsNote', { targets: joined(targets), extra: String(extra) }));
  if (!result.metrics.includes('firstResponse')) notes.push(say('table.sla.noFirstReplyNote'));
  if (result.complainers !== undefined) {
    const types = Object.entries(result.complainers.counts).filter(([, count]) => count > 0).map(([type, count]) => `${type} ${formatInteger(count)}`);
    const none = result.complainers.unclassified;
    const byType = types.length > 0 ? types.join(', ') : say('table.sla.noneClassified');
    notes.push(none > 0 ? say('table.sla.complainersNoteUnclassified', { types: byType, none: formatInteger(none) }) : say('table.sla.complainersNote', { types: byType }));
  }
  if (result.ingest.reopened > 0) notes.push(say('table.sla.reopenedNote', { count: result.ingest.reopened, n: formatInteger(result.ingest.reopened) }));
  return notes;
}

/** Messages joined by ", " in whatever language they are said in. */
function joined(parts: readonly MessageRef[]): MessageRef {
  return parts.slice(1).reduce<MessageRef>((text, part) => say('table.sla.list', { first: text, next: part }), parts[0] ?? say('table.sla.noTarget'));
}

/** Every summary row for CSV, raw numbers: minutes and 0–1 shares; the totals row has period and group `all` (or empty). */
export function slaCsvGrid(result: SlaResult): Grid {
  const rows = [flat(result.total, 'all', 'all'), ...result.rows.map((row) => flat(row, row.period, row.group))];
  const keys = Object.keys(rows[0]!);
  return { columns: keys.map((key) => ({ key, label: key })), rows };
}

/** The breaches, most over target first; `limit` cuts the list for the terminal; the metric and state in `lang`. */
export function breachGrid(result: SlaResult, limit?: number, lang?: Locale): Grid {
  const { breaches } = result;
  const duration = durationIn(result);
  const shown = limit === undefined ? breaches : breaches.slice(0, limit);
  const notes = limit !== undefined && breaches.length > limit ? [say('table.sla.breachesShown', { limit: String(limit), n: formatInteger(breaches.length) })] : [];
  const metricText = { firstResponse: gridText(say(METRIC_LABEL.firstResponse), lang), resolution: gridText(say(METRIC_LABEL.resolution), lang) };
  const open = gridText(say('table.sla.stillOpen'), lang);
  const late = gridText(say('table.sla.late'), lang);
  return {
    title: say('table.sla.breachesTitle', { n: formatInteger(breaches.length) }),
    columns: [
      { key: 'id', label: say('table.sla.ticket') },
      { key: 'metric', label: say('table.sla.metric') },
      { key: 'minutes', label: say('table.sla.took'), align: 'right', format: duration },
      { key: 'target', label: say('table.sla.targetColumn'), align: 'right', format: duration },
      { key: 'state', label: say('table.sla.state') },
      { key: 'channel', label: say('table.sla.group.channel') },
      { key: 'agent', label: say('table.sla.group.agent') },
      { key: 'priority', label: say('table.sla.group.priority') },
      { key: 'complainer', label: say('table.sla.complainer') },
    ],
    rows: shown.map((breach) => ({
      id: breach.id,
      metric: metricText[breach.metric],
      minutes: breach.minutes,
      target: breach.target,
      state: breach.open ? open : late,
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

const FIGURE_LABEL: Record<SlaChange['figure'], MessageKey> = {
  tickets: 'table.sla.tickets',
  firstResponseMedian: 'table.sla.figure.firstResponseMedian',
  firstResponseP90: 'table.sla.figure.firstResponseP90',
  firstResponseWithin: 'table.sla.figure.firstResponseWithin',
  resolutionMedian: 'table.sla.figure.resolutionMedian',
  resolutionP90: 'table.sla.figure.resolutionP90',
  resolutionWithin: 'table.sla.figure.resolutionWithin',
  breaches: 'table.sla.figure.breaches',
  csat: 'table.sla.figure.csat',
};

/** --compare: each figure of the last complete period beside the one before, and the change (shares in points); figures and units in `lang`. */
export function slaCompareGrid(result: SlaResult, comparison: SlaComparison, lang?: Locale): Grid {
  const days = result.time.kind === 'calendar';
  const show = (unit: SlaChange['unit'], value: number | null, signed = false): string => {
    if (value === null) return '–';
    const sign = signed && value > 0 ? '+' : signed && value < 0 ? '−' : '';
    const size = Math.abs(value);
    if (unit === 'share') return signed ? gridText(say('table.sla.points', { value: `${sign}${(size * 100).toFixed(1)}` }), lang) : formatPercent(value);
    if (unit === 'minutes') return `${sign}${formatMinutes(signed ? size : value, days)}`;
    return `${sign}${formatInteger(signed ? size : value)}`;
  };
  return {
    title: say('table.sla.compareTitle', { last: comparison.last, previous: comparison.previous }),
    columns: [
      { key: 'figure', label: say('table.sla.figure') },
      { key: 'previous', label: comparison.previous, align: 'right' },
      { key: 'last', label: comparison.last, align: 'right' },
      { key: 'change', label: say('table.compare.change'), align: 'right' },
    ],
    rows: comparison.changes.map((change) => ({ figure: gridText(say(FIGURE_LABEL[change.figure]), lang), previous: show(change.unit, change.previous), last: show(change.unit, change.last), change: show(change.unit, change.change, true) })),
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
