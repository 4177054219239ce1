/**
 * `--fail-if` thresholds (docs/exit-codes.md, exit 4): parsing expressions such as `churn>5%`,
 * `retention<80%`, `nps<30` or `new<10`, reading the metric values a command produced, and
 * deciding which thresholds were crossed. Pure: the command decides what to print and throws.
 *
 * Period metrics are read from the last COMPLETE period: a partial period's end is "now", so its
 * numbers move every day of the week and would raise false alarms on Monday morning.
 */
import { UsageError } from '../errors.js';
import { say, type MessageRef } from '../i18n/index.js';
import type { PeriodRow } from './retention.js';
import { type ProportionInterval, wilsonInterval } from './wilson.js';

export type MetricName =
  | 'churn' | 'retention' | 'new' | 'reactivated' | 'retained' | 'lost' | 'customersAtStart' | 'customersAtEnd' | 'nps'
  // care sla (src/metrics/sla.ts): shares within target, breached tickets, CSAT.
  | 'firstResponseWithin' | 'resolutionWithin' | 'breaches' | 'csat';
export type Comparison = '>' | '>=' | '<' | '<=';

/** What a metric's number is: a 0–1 rate, a count of customers, or points (NPS, −100…100). */
type MetricUnit = 'rate' | 'count' | 'points';


const UNITS: Record<MetricName, MetricUnit> = {
  churn: 'rate',
  retention: 'rate',
  new: 'count',
  reactivated: 'count',
  retained: 'count',
  lost: 'count',
  customersAtStart: 'count',
  customersAtEnd: 'count',
  nps: 'points',
  firstResponseWithin: 'rate',
  resolutionWithin: 'rate',
  breaches: 'count',
  csat: 'rate',
};

/** Every spelling accepted (case-insensitive) → the metric. The JSON keys work too. */
const ALIASES: Record<string, MetricName> = {
  churn: 'churn',
  churnrate: 'churn',
  retention: 'retention',
  retentionrate: 'retention',
  crr: 'retention',
  new: 'new',
  reactivated: 'reactivated',
  retained: 'retained',
  lost: 'lost',
  customersatstart: 'customersAtStart',
  start: 'customersAtStart',
  customersatend: 'customersAtEnd',
  end: 'customersAtEnd',
  nps: 'nps',
  // care sla: `within` is the first-response share, the promise customers feel first.
  within: 'firstResponseWithin',
  firstresponsewithin: 'firstResponseWithin',
  frwithin: 'firstResponseWithin',
  resolutionwithin: 'resolutionWithin',
  reswithin: 'resolutionWithin',
  breaches: 'breaches',
  breached: 'breaches',
  csat: 'csat',
};

/** The metrics `care retention` can check (all but NPS). */
export const PERIOD_METRICS: readonly MetricName[] = ['churn', 'retention', 'new', 'reactivated', 'retained', 'lost', 'customersAtStart', 'customersAtEnd'];
/** `care nps`. */
export const NPS_METRICS: readonly MetricName[] = ['nps'];
/** `care report`, and with `--survey`. */
export const REPORT_METRICS: readonly MetricName[] = ['churn', 'retention'];
export const REPORT_SURVEY_METRICS: readonly MetricName[] = ['churn', 'retention', 'nps'];
/** `care sla`. */
export const SLA_THRESHOLD_METRICS: readonly MetricName[] = ['firstResponseWithin', 'resolutionWithin', 'breaches', 'csat'];

/** One parsed `--fail-if` expression: crossed when `actual op limit`. */
export interface Threshold {
  /** The expression as the user wrote it (trimmed), for messages. */
  expression: string;
  metric: MetricName;
  op: Comparison;
  /** In the metric's unit: rates as 0–1 fractions (`5%` → 0.05), NPS in points. */
  limit: number;
  /**
   * `churn>5% significant`: crossed only when the whole 95% Wilson interval of the rate is beyond
   * the limit — the data supports it, not just the point estimate (churn and retention only).
   */
  significant?: boolean;
}

/** The value of a metric as a command computed it, and what it was measured over. */
export interface MetricReading {
  value: number | null;
  /** `period 2026-W05`, `survey to 2026-02-01`: shown after a crossing. */
  scope: string;
  /** Why there is no value (when `value` is null). */
  missing?: string;
  /** For a rate: the counts behind it (churn: lost of the customers at the start), for `significant`. */
  counts?: { successes: number; trials: number };
}

export type Readings = Partial<Record<MetricName, MetricReading>>;

/** A threshold checked against a reading. */
export interface ThresholdCheck extends Threshold {
  actual: number | null;
  scope: string | null;
  crossed: boolean;
  /** Set when the metric had no value, so the threshold could not be checked. */
  missing?: string;
  /** With `significant`: the 95% Wilson interval of the rate. */
  interval?: ProportionInterval;
}

// METRIC OP NUMBER [%] [significant], spaces allowed around each part; `≥ ≤` as well as `>= <=`.
const EXPRESSION = /^([A-Za-z]+)\s*(>=|<=|≥|≤|>|<)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%?)(\s+significant)?$/i;

/** The metrics `significant` applies to: rates with counts behind them. */
const SIGNIFICANT_METRICS: readonly MetricName[] = ['churn', 'retention'];

/**
 * Parses `--fail-if` values (repeatable, each possibly several expressions joined by commas)
 * for a command that can check `allowed`. Anything malformed, unknown or not available to the
 * command is a usage error (exit 2) naming the expression.
 */
export function parseThresholds(values: string | readonly string[] | undefined, allowed: readonly MetricName[], command: string, unavailableHint?: string): Threshold[] {
  if (values === undefined) return [];
  const thresholds: Threshold[] = [];
  for (const value of typeof values === 'string' ? [values] : values) {
    const pieces = value.split(',').map((piece) => piece.trim());
    if (pieces.every((piece) => piece === '')) throw malformed(value, 'an empty expression', say('error.failIfEmpty', { expression: quote(value) }));
    for (const piece of pieces) {
      if (piece === '') continue; // `churn>5%,` — a trailing comma is harmless
      thresholds.push(parseOne(piece, value, allowed, command, unavailableHint));
    }
  }
  return thresholds;
}

function parseOne(expression: string, whole: string, allowed: readonly MetricName[], command: string, unavailableHint: string | undefined): Threshold {
  // A piece that is only a number follows a decimal comma (`churn>0,05`): say so instead of "malformed".
  if (/^\d+%?$/.test(expression) && whole !== expression) {
    throw new UsageError('CARE_BAD_FAIL_IF', `--fail-if ${quote(whole)}: "${expression}" is not an expression`, {
      hint: 'commas separate expressions; write decimals with a point, e.g. churn>0.05 or churn>5%',
      say: say('error.failIfNotExpression', { whole: quote(whole), expression }),
      hintSay: say('hint.failIfDecimals'),
    });
  }
  const match = EXPRESSION.exec(expression);
  if (match === null) throw malformed(expression, 'expected METRIC OP VALUE', say('error.failIfShape', { expression: quote(expression) }));
  const [, name, opText, numberText, percent, significant] = match as unknown as [string, string, string, string, string, string | undefined];
  const metric = ALIASES[name.toLowerCase()];
  if (metric === undefined) {
    throw new UsageError('CARE_BAD_FAIL_IF', `--fail-if ${quote(expression)}: unknown metric "${name}"`, {
      hint: `${command} can check: ${allowed.join(', ')}`,
      say: say('error.failIfUnknownMetric', { expression: quote(expression), name }),
      hintSay: say('hint.failIfCanCheck', { command, metrics: allowed.join(', ') }),
    });
  }
  if (!allowed.includes(metric)) {
    throw new UsageError('CARE_BAD_FAIL_IF', `--fail-if ${quote(expression)}: ${command} has no ${metric}`, {
      hint: unavailableHint ?? `${command} can check: ${allowed.join(', ')}`,
      say: say('error.failIfNoMetric', { expression: quote(expression), command, metric }),
      hintSay: unavailableHint === undefined ? say('hint.failIfCanCheck', { command, metrics: allowed.join(', ') }) : undefined,
    });
  }
  const op = ({ '≥': '>=', '≤': '<=' } as Record<string, Comparison>)[opText] ?? (opText as Comparison);
  if (significant !== undefined && !SIGNIFICANT_METRICS.includes(metric)) {
    throw new UsageError('CARE_BAD_FAIL_IF', `--fail-if ${quote(expression)}: "significant" applies to churn and retention`, {
      hint: 'for example --fail-if "churn>5% significant"',
      say: say('error.failIfSignificant', { expression: quote(expression) }),
      hintSay: say('hint.forExample', { flag: '--fail-if', example: '"churn>5% significant"' }),
    });
  }
  const threshold: Threshold = { expression, metric, op, limit: readLimit(expression, metric, numberText, percent === '%') };
  if (significant !== undefined) threshold.significant = true;
  return threshold;
}

/** The limit in the metric's unit, refusing what cannot be meant (a churn above 100%, `new<10%`). */
function readLimit(expression: string, metric: MetricName, numberText: string, percent: boolean): number {
  const fail = (message: string, hint: string, said: MessageRef, hintSay: MessageRef) => new UsageError('CARE_BAD_FAIL_IF', `--fail-if ${quote(expression)}: ${message}`, { hint, say: said, hintSay });
  const number = Number(numberText);
  const quoted = quote(expression);
  switch (UNITS[metric]) {
    case 'rate': {
      // Integer percent / 100 is the correctly rounded double, equal to the one a fraction would give (5% ≡ 0.05).
      const fraction = percent ? number / 100 : number;
      if (!percent && number > 1) {
        throw fail(`${metric} is a rate: a percentage or a fraction from 0 to 1`, `write ${expression}% for ${numberText} percent, or a fraction such as 0.05`,
          say('error.failIfRateFraction', { expression: quoted, metric }), say('hint.failIfPercentOrFraction', { expression, number: numberText }));
      }
      if (fraction < 0 || fraction > 1) {
        throw fail(`${metric} is a rate from 0% to 100%`, 'for example churn>5% or retention<0.8',
          say('error.failIfRateRange', { expression: quoted, metric }), say('hint.forExampleOr', { first: 'churn>5%', second: 'retention<0.8' }));
      }
      return fraction;
    }
    case 'count': {
      const what = metric === 'breaches' ? say('what.breaches') : say('what.customers');
      const example = say('hint.forExampleOnly', { example: `${metric}<10` });
      if (percent) throw fail(`${metric} is a number of ${metric === 'breaches' ? 'breaches' : 'customers'}, not a percentage`, `for example ${metric}<10`, say('error.failIfCountPercent', { expression: quoted, metric, what }), example);
      if (number < 0) throw fail(`${metric} is a number of ${metric === 'breaches' ? 'breaches' : 'customers'}, never below 0`, `for example ${metric}<10`, say('error.failIfCountNegative', { expression: quoted, metric, what }), example);
      return number;
    }
    case 'points': {
      const example = say('hint.forExampleOnly', { example: 'nps<30' });
      if (percent) throw fail('NPS is in points (−100 to 100), not a percentage', 'for example nps<30', say('error.failIfNpsPercent', { expression: quoted }), example);
      if (number < -100 || number > 100) throw fail('NPS is between −100 and 100 points', 'for example nps<30', say('error.failIfNpsRange', { expression: quoted }), example);
      return number;
    }
  }
}

function malformed(expression: string, what: string, said: MessageRef): UsageError {
  return new UsageError('CARE_BAD_FAIL_IF', `--fail-if ${quote(expression)}: ${what}`, {
    hint: 'for example --fail-if churn>5% or --fail-if "retention<80%,new<10" (metrics: churn, retention, new, reactivated, retained, lost, start, end, nps)',
    say: said,
    hintSay: say('hint.failIfExamples'),
  });
}

/** The expression in quotes, as a shell needs it (`<` and `>` redirect). */
function quote(expression: string): string {
  return `"${expression}"`;
}

/** The period metrics of the last complete period of a retention table (the partial one is skipped). */
export function periodReadings(periods: readonly PeriodRow[]): Readings {
  const complete = periods.filter((row) => !row.partial);
  const row = complete[complete.length - 1];
  const readings: Readings = {};
  for (const metric of PERIOD_METRICS) {
    if (row === undefined) {
      readings[metric] = { value: null, scope: '', missing: 'no complete period yet' };
      continue;
    }
    const value = periodValue(row, metric);
    readings[metric] = { value, scope: `period ${row.period}`, ...(value === null ? { missing: `no customers at the start of period ${row.period}, so no rate` } : {}) };
    if (metric === 'churn' || metric === 'retention') readings[metric]!.counts = { successes: metric === 'churn' ? row.lost : row.retained, trials: row.customersAtStart };
  }
  return readings;
}

function periodValue(row: PeriodRow, metric: MetricName): number | null {
  switch (metric) {
    case 'churn':
      return row.churnRate;
    case 'retention':
      return row.retentionRate;
    case 'new':
    case 'reactivated':
    case 'retained':
    case 'lost':
    case 'customersAtStart':
    case 'customersAtEnd':
      return row[metric];
    case 'nps':
    case 'firstResponseWithin':
    case 'resolutionWithin':
    case 'breaches':
    case 'csat':
      return null;
  }
}

/** NPS of a survey (`care nps`): the headline NPS of every answer up to the as-of date. */
export function npsReading(nps: number | null, asOf: string | null | undefined): Readings {
  const scope = asOf ? `survey to ${asOf}` : 'survey';
  return { nps: { value: nps, scope, ...(nps === null ? { missing: 'the survey has no answers' } : {}) } };
}

/** What `care report` checks: CRR and churn of its last complete period, and NPS with --survey. */
export function reportReadings(report: { kpis: { lastCompletePeriod: string | null; retentionRate: number | null; churnRate: number | null }; nps?: { json: Record<string, unknown> } }): Readings {
  const { lastCompletePeriod, retentionRate, churnRate } = report.kpis;
  const scope = lastCompletePeriod === null ? '' : `period ${lastCompletePeriod}`;
  const missing = lastCompletePeriod === null ? 'no complete period yet' : `no customers at the start of period ${lastCompletePeriod}, so no rate`;
  const readings: Readings = {
    churn: { value: churnRate, scope, ...(churnRate === null ? { missing } : {}) },
    retention: { value: retentionRate, scope, ...(retentionRate === null ? { missing } : {}) },
  };
  if (report.nps !== undefined) {
    const nps = report.nps.json['nps'];
    const asOf = report.nps.json['asOf'];
    Object.assign(readings, npsReading(typeof nps === 'number' ? nps : null, typeof asOf === 'string' ? asOf : null));
  }
  return readings;
}

/**
 * Rounding noise must not decide a crossing: `churn>5%` with a churn of exactly 1/20 is not
 * crossed, though 5/100 and 1/20 could differ in the last bit for other values.
 */
const TOLERANCE = 1e-9;

/** Checks each threshold against its reading; a metric without a value is never crossed (and says why). */
export function evaluateThresholds(thresholds: readonly Threshold[], readings: Readings): ThresholdCheck[] {
  return thresholds.map((threshold) => {
    const reading = readings[threshold.metric];
    if (reading === undefined || reading.value === null) {
      return { ...threshold, actual: null, scope: reading?.scope || null, crossed: false, missing: reading?.missing ?? `no ${threshold.metric} value` };
    }
    if (threshold.significant === true) return significantCheck(threshold, reading);
    return { ...threshold, actual: reading.value, scope: reading.scope, crossed: crosses(reading.value, threshold.op, threshold.limit) };
  });
}

/**
 * `METRIC OP LIMIT significant`: crossed when the 95% Wilson interval lies wholly beyond the
 * limit — its low end above it for > and >=, its high end below it for < and <=.
 */
function significantCheck(threshold: Threshold, reading: MetricReading): ThresholdCheck {
  const interval = reading.counts === undefined ? null : wilsonInterval(reading.counts.successes, reading.counts.trials);
  if (interval === null) return { ...threshold, actual: reading.value, scope: reading.scope, crossed: false, missing: 'no counts behind the rate, so no interval' };
  const beyond = threshold.op === '>' || threshold.op === '>=' ? interval.low : interval.high;
  return { ...threshold, actual: reading.value, scope: reading.scope, crossed: crosses(beyond, threshold.op, threshold.limit), interval };
}

function crosses(actual: number, op: Comparison, limit: number): boolean {
  const difference = actual - limit;
  switch (op) {
    case '>':
      return difference > TOLERANCE;
    case '>=':
      return difference >= -TOLERANCE;
    case '<':
      return difference < -TOLERANCE;
    case '<=':
      return difference <= TOLERANCE;
  }
}

/**
 * The one line for crossed thresholds, grouped by what they were measured over:
 * `threshold crossed: churn 7.2% > 5%, lost 12 > 10 (period 2026-W05)`; undefined when none.
 */
export function describeCrossed(checks: readonly ThresholdCheck[]): string | undefined {
  const byScope = crossedByScope(checks);
  if (byScope.size === 0) return undefined;
  const groups = [...byScope].map(([scope, parts]) => `${parts.join(', ')}${scope === '' ? '' : ` (${scope})`}`);
  return `threshold crossed: ${groups.join('; ')}`;
}

/**
 * describeCrossed as a message of the catalogs: the frame and the scopes in the run's language,
 * each check (`churn 7.2% > 5%`) as the --fail-if expression writes it.
 */
export function crossedRef(checks: readonly ThresholdCheck[]): MessageRef | undefined {
  const byScope = crossedByScope(checks);
  if (byScope.size === 0) return undefined;
  const groups = [...byScope].map(([scope, parts]) => (scope === '' ? say('threshold.checks', { checks: parts.join(', ') }) : say('threshold.checksIn', { checks: parts.join(', '), scope: scopeRef(scope) })));
  return say('error.thresholdCrossed', { groups });
}

/** The crossed checks described, grouped by what they were measured over ('' when nothing). */
function crossedByScope(checks: readonly ThresholdCheck[]): Map<string, string[]> {
  const byScope = new Map<string, string[]>();
  for (const check of checks) {
    if (!check.crossed) continue;
    const scope = check.scope ?? '';
    byScope.set(scope, [...(byScope.get(scope) ?? []), describeCheck(check)]);
  }
  return byScope;
}

/** A reading's scope (periodReadings, npsReading, reportReadings, slaReadings) in words; one of another shape as written. */
function scopeRef(scope: string): MessageRef | string {
  const match = /^(period|week|month|survey to|tickets to) (.+)$/.exec(scope);
  if (scope === 'survey') return say('threshold.scopeSurvey');
  if (match === null) return scope;
  const value = match[2]!;
  switch (match[1]) {
    case 'period':
      return say('threshold.scopePeriod', { period: value });
    case 'week':
      return say('threshold.scopeWeek', { period: value });
    case 'month':
      return say('threshold.scopeMonth', { period: value });
    case 'survey to':
      return say('threshold.scopeSurveyTo', { day: value });
    default:
      return say('threshold.scopeTicketsTo', { time: value });
  }
}

/** `churn 7.2% > 5%`: the actual value with enough decimals that it does not look equal to the limit. */
export function describeCheck(check: ThresholdCheck): string {
  const limit = formatLimit(check.metric, check.limit);
  if (check.actual === null) return `${check.metric} ${check.op} ${limit}`;
  const scale = UNITS[check.metric] === 'rate' ? 100 : 1;
  let decimals = UNITS[check.metric] === 'count' ? 0 : 1;
  // 5.004% would print as "5.0% > 5%": add decimals until the shown value differs from the limit.
  while (decimals < 6 && Math.abs(check.actual - check.limit) > TOLERANCE && Number((check.actual * scale).toFixed(decimals)) === Number((check.limit * scale).toFixed(6))) decimals++;
  const interval = check.interval === undefined ? '' : ` (95% ${formatValue(check.metric, check.interval.low, 1)}–${formatValue(check.metric, check.interval.high, 1)})`;
  return `${check.metric} ${formatValue(check.metric, check.actual, decimals)}${interval} ${check.op} ${limit}${check.significant === true ? ' significant' : ''}`;
}

/** Lines for thresholds that could not be checked: `--fail-if churn>5%: not checked: no complete period yet`. */
export function describeUnchecked(checks: readonly ThresholdCheck[]): string[] {
  return checks.filter((check) => check.missing !== undefined).map((check) => `--fail-if ${quote(check.expression)}: not checked: ${check.missing}`);
}

/** describeUnchecked as messages of the catalogs, line for line: why each threshold was not checked, in words. */
export function uncheckedRefs(checks: readonly ThresholdCheck[]): MessageRef[] {
  return checks.filter((check) => check.missing !== undefined).map((check) => say('threshold.notChecked', { expression: quote(check.expression), why: missingRef(check.missing!) }));
}

/** A reading's `missing` (periodReadings, npsReading, reportReadings, evaluateThresholds, slaReadings) in words; one of another shape as written. */
function missingRef(missing: string): MessageRef | string {
  if (missing === 'no complete period yet') return say('threshold.noCompletePeriod');
  if (missing === 'the survey has no answers') return say('threshold.noAnswers');
  if (missing === 'no counts behind the rate, so no interval') return say('threshold.noCounts');
  const atStart = /^no customers at the start of period (.+), so no rate$/.exec(missing);
  if (atStart !== null) return say('threshold.noCustomersAtStart', { period: atStart[1]! });
  const judged = /^no (first response|resolution) judged against a target in (.+)$/.exec(missing);
  if (judged !== null) return say(judged[1] === 'resolution' ? 'threshold.noResolution' : 'threshold.noFirstResponse', { scope: scopeRef(judged[2]!) });
  const rated = /^no rated ticket in (.+)$/.exec(missing);
  if (rated !== null) return say('threshold.noRatedTicket', { scope: scopeRef(rated[1]!) });
  const value = /^no (\w+) value$/.exec(missing);
  if (value !== null) return say('threshold.noValue', { metric: value[1]! });
  return missing;
}

function formatValue(metric: MetricName, value: number, decimals: number): string {
  return UNITS[metric] === 'rate' ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}

/** The limit without float noise: 0.07 → `7%`, 0.055 → `5.5%`, 30 → `30`. */
function formatLimit(metric: MetricName, limit: number): string {
  const shown = UNITS[metric] === 'rate' ? limit * 100 : limit;
  return `${Number(shown.toFixed(6))}${UNITS[metric] === 'rate' ? '%' : ''}`;
}

/** The checks for JSON output: fractions 0–1 for rates, as everywhere in JSON. */
export function thresholdsJson(checks: readonly ThresholdCheck[]) {
  return checks.map((check) => ({
    expression: check.expression,
    metric: check.metric,
    op: check.op,
    limit: check.limit,
    actual: check.actual === null ? null : Math.round(check.actual * 1e6) / 1e6,
    scope: check.scope,
    crossed: check.crossed,
    ...(check.missing === undefined ? {} : { missing: check.missing }),
  }));
}
