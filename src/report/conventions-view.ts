/**
 * Every churn convention side by side and the bridges between them (metrics/conventions.ts), for
 * `care retention --conventions`: a table, the bridge as sentences ("1 customer signed up and
 * cancelled in the same window: Stripe counts them, care does not"), CSV rows and the JSON.
 */
import { CONVENTION_RULES, type ConventionBridge, type ConventionName, type ConventionResult, type ConventionsResult } from '../metrics/conventions.js';
import { formatDay } from '../time/days.js';
import { formatInteger, formatPercent, roundFraction } from './format.js';
import type { CellValue, Grid } from './grid.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);

/** One row per convention: whose rule, the days counted, base, churned, churn and retention. */
export function conventionsGrid(result: ConventionsResult): Grid {
  return {
    title: `Churn by convention — month ending ${formatDay(result.end)}`,
    columns: [
      { key: 'convention', label: 'Convention' },
      { key: 'vendor', label: 'Rule of' },
      { key: 'days', label: 'Days counted' },
      { key: 'base', label: 'Base', align: 'right', format: integer },
      { key: 'churned', label: 'Churned', align: 'right', format: integer },
      { key: 'churnRate', label: 'Churn', align: 'right', format: percent },
      { key: 'retentionRate', label: 'Retention', align: 'right', format: percent },
    ],
    rows: result.results.map((row) => ({
      ...row,
      days: row.family === 'cohort' ? `cohort first seen ${formatDay(row.from)} – ${formatDay(row.to)}` : `${formatDay(row.from)} – ${formatDay(row.to)}`,
    })),
    notes: [
      'Period conventions: base and churned customers of the month (Stripe counts churn events, and adds new subscribers to the base).',
      'Cohort conventions: of the customers first seen 60–89 days before the month’s end, those not back in days 30–59 (Amplitude N-day, Mixpanel rolling) or on day 30 or later (Amplitude unbounded).',
      'Definitions and sources: docs/definitions.md, "Churn conventions".',
    ],
  };
}

/** One convention month by month (`care retention --convention NAME`, from conventionSeries). */
export function conventionSeriesGrid(name: ConventionName, rows: readonly (ConventionResult & { period: string })[]): Grid {
  const rule = CONVENTION_RULES[name];
  return {
    title: `Churn by month — ${rule.vendor}'s rule`,
    columns: [
      { key: 'period', label: 'Month' },
      { key: 'days', label: rule.family === 'cohort' ? 'Cohort first seen' : 'Days counted' },
      { key: 'base', label: rule.family === 'cohort' ? 'Cohort' : 'Base', align: 'right', format: integer },
      { key: 'churned', label: 'Churned', align: 'right', format: integer },
      { key: 'churnRate', label: 'Churn', align: 'right', format: percent },
      { key: 'retentionRate', label: 'Retention', align: 'right', format: percent },
    ],
    rows: rows.map((row) => ({ ...row, days: `${formatDay(row.from)} – ${formatDay(row.to)}` })),
    notes: ['Complete calendar months only. Definitions and sources: docs/definitions.md, "Churn conventions".'],
  };
}

/** The bridges as sentences: one per reason and convention, with the change it makes. */
export function bridgeSentences(bridges: readonly ConventionBridge[]): string[] {
  const lines: string[] = [];
  for (const bridge of bridges) {
    const vendor = CONVENTION_RULES[bridge.convention].vendor;
    const reference = CONVENTION_RULES[bridge.reference].vendor;
    if (bridge.lines.length === 0) lines.push(`${vendor}: the same customers as ${reference}.`);
    for (const line of bridge.lines) {
      const changes = [];
      if (line.churned !== 0) changes.push(`${signed(line.churned)} churned`);
      if (line.base !== 0) changes.push(`${signed(line.base)} in the base`);
      lines.push(`${formatInteger(line.customers)} customer${line.customers === 1 ? '' : 's'} ${line.label}: ${vendor} ${changes.join(', ')} against ${reference}.`);
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
