/**
 * Every churn convention side by side and the bridges between them (metrics/conventions.ts), for
 * `care retention --conventions`: a table, the bridge as sentences ("1 customer signed up and
 * cancelled in the same window: Stripe counts them, care does not"), CSV rows and the JSON.
 */
import { CONVENTION_RULES, type ConventionBridge, type ConventionName, type ConventionResult, type ConventionsResult } from '../metrics/conventions.js';
import { type MessageRef, say, sayIn, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { formatDay } from '../time/days.js';
import { formatInteger, formatPercent, roundFraction } from './format.js';
import type { CellValue, Grid } from './grid.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);

/** One row per convention: whose rule, the days counted, base, churned, churn and retention. */
export function conventionsGrid(result: ConventionsResult, lang?: Locale): Grid {
  return {
    title: say('table.conventions.title', { end: formatDay(result.end) }),
    columns: [
      { key: 'convention', label: say('table.conventions.convention') },
      { key: 'vendor', label: say('table.conventions.ruleOf') },
      { key: 'days', label: say('table.conventions.daysCounted') },
      { key: 'base', label: say('table.conventions.base'), align: 'right', format: integer },
      { key: 'churned', label: say('table.conventions.churned'), align: 'right', format: integer },
      { key: 'churnRate', label: say('table.conventions.churn'), align: 'right', format: percent },
      { key: 'retentionRate', label: say('table.conventions.retention'), align: 'right', format: percent },
    ],
    rows: result.results.map((row) => ({
      ...row,
      days: row.family === 'cohort' ? translate(lang, 'table.conventions.cohortSeen', { from: formatDay(row.from), to: formatDay(row.to) }) : `${formatDay(row.from)} – ${formatDay(row.to)}`,
    })),
    notes: [say('table.conventions.periodNote'), say('table.conventions.cohortNote'), say('table.conventions.sources')],
  };
}

/** One convention month by month (`care retention --convention NAME`, from conventionSeries). */
export function conventionSeriesGrid(name: ConventionName, rows: readonly (ConventionResult & { period: string })[]): Grid {
  const rule = CONVENTION_RULES[name];
  return {
    title: say('table.conventions.seriesTitle', { vendor: rule.vendor }),
    columns: [
      { key: 'period', label: say('table.conventions.month') },
      { key: 'days', label: say(rule.family === 'cohort' ? 'table.conventions.cohortFirstSeen' : 'table.conventions.daysCounted') },
      { key: 'base', label: say(rule.family === 'cohort' ? 'table.conventions.cohort' : 'table.conventions.base'), align: 'right', format: integer },
      { key: 'churned', label: say('table.conventions.churned'), align: 'right', format: integer },
      { key: 'churnRate', label: say('table.conventions.churn'), align: 'right', format: percent },
      { key: 'retentionRate', label: say('table.conventions.retention'), align: 'right', format: percent },
    ],
    rows: rows.map((row) => ({ ...row, days: `${formatDay(row.from)} – ${formatDay(row.to)}` })),
    notes: [say('table.conventions.seriesNote')],
  };
}

/** The bridges as sentences in a language: one per reason and convention, with the change it makes. */
export function bridgeSentences(bridges: readonly ConventionBridge[], lang: Locale = 'en'): string[] {
  const t = (ref: MessageRef): string => sayIn(lang, ref);
  const lines: string[] = [];
  for (const bridge of bridges) {
    const vendor = CONVENTION_RULES[bridge.convention].vendor;
    const reference = CONVENTION_RULES[bridge.reference].vendor;
    if (bridge.lines.length === 0) lines.push(t(say('table.conventions.sameCustomers', { vendor, reference })));
    for (const line of bridge.lines) {
      const changes = [];
      if (line.churned !== 0) changes.push(t(say('table.conventions.changeChurned', { change: signed(line.churned) })));
      if (line.base !== 0) changes.push(t(say('table.conventions.changeBase', { change: signed(line.base) })));
      // English keeps metrics/conventions.ts's own label of the reason; other languages say it by its id.
      const reason = lang === 'en' ? line.label : t(say(`table.conventions.reason.${line.reason}`));
      lines.push(t(say('table.conventions.bridge', { count: line.customers, customers: formatInteger(line.customers), reason, vendor, changes: changes.join(', '), reference })));
    }
  }
  return lines;
}

const signed = (value: number) => (value > 0 ? `+${formatInteger(value)}` : `−${formatInteger(-value)}`);

/** The bridge lines for CSV: convention, reference, reason, customers and the two changes. */
export function bridgeCsvGrid(bridges: readonly ConventionBridge[]): Grid {
  const keys = ['convention', 'reference', 'reason', 'customers', 'churned', 'base'];
  return {
    columns: keys.map((key) => ({ key, label: key })),
    rows: bridges.flatMap((bridge) => bridge.lines.map((line) => ({ convention: bridge.convention, reference: bridge.reference, reason: line.reason, customers: line.customers, churned: line.churned, base: line.base }))),
  };
}

/** The conventions section of the JSON contract: days as ISO dates, rates rounded. */
export function conventionsJson(result: ConventionsResult) {
  return {
    end: formatDay(result.end),
    conventions: result.results.map((row) => ({ ...row, from: formatDay(row.from), to: formatDay(row.to), churnRate: roundFraction(row.churnRate), retentionRate: roundFraction(row.retentionRate) })),
    bridges: result.bridges,
  };
}
