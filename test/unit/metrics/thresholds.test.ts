import { describe, expect, it } from 'vitest';
import { ThresholdError, UsageError } from '../../../src/errors.js';
import type { PeriodRow } from '../../../src/metrics/retention.js';
import {
  NPS_METRICS,
  PERIOD_METRICS,
  REPORT_METRICS,
  REPORT_SURVEY_METRICS,
  describeCrossed,
  describeUnchecked,
  evaluateThresholds,
  npsReading,
  parseThresholds,
  periodReadings,
  reportReadings,
} from '../../../src/metrics/thresholds.js';

const parse = (...values: string[]) => parseThresholds(values, PERIOD_METRICS, 'care retention');

/** A period row with the counts given; rates follow from them as in docs/definitions.md. */
function row(period: string, counts: { start: number; retained: number; new?: number; reactivated?: number; partial?: boolean }): PeriodRow {
  const lost = counts.start - counts.retained;
  const end = counts.retained + (counts.new ?? 0) + (counts.reactivated ?? 0);
  return {
    period,
    start: '',
    end: '',
    partial: counts.partial ?? false,
    customersAtStart: counts.start,
    new: counts.new ?? 0,
    reactivated: counts.reactivated ?? 0,
    retained: counts.retained,
    lost,
    customersAtEnd: end,
    retentionRate: counts.start === 0 ? null : counts.retained / counts.start,
    churnRate: counts.start === 0 ? null : lost / counts.start,
  };
}

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    return (error as UsageError).message;
  }
  throw new Error('expected a usage error');
}

describe('parsing --fail-if', () => {
  it('reads percentages of a 0–1 fraction and plain fractions alike', () => {
    expect(parse('churn>5%')).toEqual([{ expression: 'churn>5%', metric: 'churn', op: '>', limit: 0.05 }]);
    expect(parse('churn>=0.05')[0]).toMatchObject({ metric: 'churn', op: '>=', limit: 0.05 });
    expect(parse('retention<80%')[0]).toMatchObject({ metric: 'retention', op: '<', limit: 0.8 });
    expect(parse('crr <= 72.5 %')[0]).toMatchObject({ metric: 'retention', op: '<=', limit: 0.725 });
  });

  it('takes several joined by commas, given repeatedly, and ignores a trailing comma', () => {
    const thresholds = parse('churn>5%,retention<80%', 'new<10,', 'lost > 3');
    expect(thresholds.map((t) => [t.metric, t.op, t.limit])).toEqual([
      ['churn', '>', 0.05],
      ['retention', '<', 0.8],
      ['new', '<', 10],
      ['lost', '>', 3],
    ]);
  });

  it('knows the aliases, case-insensitively', () => {
    const metrics = parse('end<1,start<1,customersAtEnd<1,CustomersAtStart<1,Churn>1%,churnRate>1%,retentionRate<1%,CRR<1%,reactivated>1,retained<1').map((t) => t.metric);
    expect(metrics).toEqual(['customersAtEnd', 'customersAtStart', 'customersAtEnd', 'customersAtStart', 'churn', 'churn', 'retention', 'retention', 'reactivated', 'retained']);
  });

  it('reads nps in points, negative limits included, where the command has NPS', () => {
    expect(parseThresholds('nps<30', NPS_METRICS, 'care nps')[0]).toMatchObject({ metric: 'nps', op: '<', limit: 30 });
    expect(parseThresholds(['nps<=-10'], NPS_METRICS, 'care nps')[0]).toMatchObject({ op: '<=', limit: -10 });
    expect(parseThresholds(undefined, NPS_METRICS, 'care nps')).toEqual([]);
  });

  it('a malformed expression is a usage error (exit 2) naming it exactly', () => {
    expect(usageMessage(() => parse('churn>>5%'))).toBe('--fail-if "churn>>5%": expected METRIC OP VALUE');
    expect(usageMessage(() => parse('churn=5%'))).toBe('--fail-if "churn=5%": expected METRIC OP VALUE');
    expect(usageMessage(() => parse('churn>five'))).toBe('--fail-if "churn>five": expected METRIC OP VALUE');
    expect(usageMessage(() => parse('retention<80%,oops'))).toBe('--fail-if "oops": expected METRIC OP VALUE');
    expect(usageMessage(() => parse(''))).toBe('--fail-if "": an empty expression');
  });

  it('an unknown metric is named, with the ones the command knows', () => {
    expect(usageMessage(() => parse('revenue<100'))).toBe('--fail-if "revenue<100": unknown metric "revenue"');
  });

  it('a metric the command does not have is named with where it is checked', () => {
    expect(usageMessage(() => parse('nps<30'))).toBe('--fail-if "nps<30": care retention has no nps');
    expect(usageMessage(() => parseThresholds('churn>5%', NPS_METRICS, 'care nps'))).toBe('--fail-if "churn>5%": care nps has no churn');
    expect(usageMessage(() => parseThresholds('nps<30', REPORT_METRICS, 'care report', 'add --survey FILE'))).toBe('--fail-if "nps<30": care report has no nps');
    expect(parseThresholds('nps<30,churn>5%', REPORT_SURVEY_METRICS, 'care report')).toHaveLength(2);
  });

  it('refuses limits that cannot be meant', () => {
    expect(usageMessage(() => parse('churn>5'))).toBe('--fail-if "churn>5": churn is a rate: a percentage or a fraction from 0 to 1');
    expect(usageMessage(() => parse('churn>150%'))).toBe('--fail-if "churn>150%": churn is a rate from 0% to 100%');
    expect(usageMessage(() => parse('new<10%'))).toBe('--fail-if "new<10%": new is a number of customers, not a percentage');
    expect(usageMessage(() => parseThresholds('nps<30%', NPS_METRICS, 'care nps'))).toBe('--fail-if "nps<30%": NPS is in points (−100 to 100), not a percentage');
    expect(usageMessage(() => parseThresholds('nps<130', NPS_METRICS, 'care nps'))).toBe('--fail-if "nps<130": NPS is between −100 and 100 points');
  });

  it('a decimal comma is explained instead of called malformed', () => {
    expect(usageMessage(() => parse('churn>0,05'))).toBe('--fail-if "churn>0,05": "05" is not an expression');
  });
});

describe('evaluating against the last complete period', () => {
  // W04: 3 at start, 1 retained → churn 2/3 = 66.7%, CRR 33.3%; W05 is partial and must be ignored.
  const periods = [row('2026-W03', { start: 3, retained: 2, new: 1 }), row('2026-W04', { start: 3, retained: 1, new: 1, reactivated: 1 }), row('2026-W05', { start: 3, retained: 3, partial: true })];
  const readings = periodReadings(periods);

  it('reads the metrics of the last complete period, not the partial one', () => {
    expect(readings.churn).toEqual({ value: 2 / 3, scope: 'period 2026-W04', counts: { successes: 2, trials: 3 } });
    expect(readings.lost?.value).toBe(2);
    expect(readings.customersAtEnd?.value).toBe(3);
  });

  it('a crossed threshold is reported with its actual value and period', () => {
    const checks = evaluateThresholds(parse('churn>50%,retention<80%,new<1,lost>=2'), readings);
    expect(checks.map((c) => c.crossed)).toEqual([true, true, false, true]);
    expect(checks[0]).toMatchObject({ actual: 2 / 3, scope: 'period 2026-W04' });
    expect(describeCrossed(checks)).toBe('threshold crossed: churn 66.7% > 50%, retention 33.3% < 80%, lost 2 >= 2 (period 2026-W04)');
  });

  it('none crossed → nothing to say', () => {
    const checks = evaluateThresholds(parse('churn>70%', 'retention<0.3', 'end<3'), readings);
    expect(checks.every((c) => !c.crossed)).toBe(true);
    expect(describeCrossed(checks)).toBeUndefined();
    expect(describeUnchecked(checks)).toEqual([]);
  });

  it('at the limit exactly is not above it: 1/20 against 5%', () => {
    const exact = periodReadings([row('2026-W04', { start: 20, retained: 19 })]);
    expect(evaluateThresholds(parse('churn>5%'), exact)[0]!.crossed).toBe(false);
    expect(evaluateThresholds(parse('churn>=5%'), exact)[0]!.crossed).toBe(true);
    expect(evaluateThresholds(parse('churn>=0.05'), exact)[0]!.crossed).toBe(true);
  });

  it('shows enough decimals that a crossing never reads as equal', () => {
    // 1001/20000 = 5.005%: one decimal would print "5.0% > 5%", which reads as not crossed.
    const close = periodReadings([row('2026-W04', { start: 20000, retained: 18999 })]);
    expect(describeCrossed(evaluateThresholds(parse('churn>5%'), close))).toBe('threshold crossed: churn 5.005% > 5% (period 2026-W04)');
  });

  it('a rate with no customers at the start, or no complete period, is not checked and says why', () => {
    const empty = periodReadings([row('2026-W04', { start: 0, retained: 0, new: 2 })]);
    const checks = evaluateThresholds(parse('churn>5%', 'new>1'), empty);
    expect(checks.map((c) => c.crossed)).toEqual([false, true]);
    expect(describeUnchecked(checks)).toEqual(['--fail-if "churn>5%": not checked: no customers at the start of period 2026-W04, so no rate']);
    const none = evaluateThresholds(parse('churn>5%'), periodReadings([row('2026-W05', { start: 3, retained: 0, partial: true })]));
    expect(describeUnchecked(none)).toEqual(['--fail-if "churn>5%": not checked: no complete period yet']);
    expect(describeCrossed(none)).toBeUndefined();
  });
});

describe('NPS and report readings', () => {
  it('care nps: the survey NPS', () => {
    const checks = evaluateThresholds(parseThresholds('nps<30', NPS_METRICS, 'care nps'), npsReading(16.666667, '2024-03-20'));
    expect(describeCrossed(checks)).toBe('threshold crossed: nps 16.7 < 30 (survey to 2024-03-20)');
    expect(describeUnchecked(evaluateThresholds(parseThresholds('nps<30', NPS_METRICS, 'care nps'), npsReading(null, null)))).toEqual(['--fail-if "nps<30": not checked: the survey has no answers']);
  });

  it('care report: churn and CRR of the last complete period, NPS of the survey, grouped by scope', () => {
    const readings = reportReadings({ kpis: { lastCompletePeriod: '2026-01', retentionRate: 0.9, churnRate: 0.1 }, nps: { json: { nps: 12.5, asOf: '2026-01-31' } } });
    const checks = evaluateThresholds(parseThresholds('churn>5%,retention<95%,nps<30', REPORT_SURVEY_METRICS, 'care report'), readings);
    expect(describeCrossed(checks)).toBe('threshold crossed: churn 10.0% > 5%, retention 90.0% < 95% (period 2026-01); nps 12.5 < 30 (survey to 2026-01-31)');
  });

  it('the message fits ThresholdError, exit 4', () => {
    const error = new ThresholdError('CARE_THRESHOLD_CROSSED', 'threshold crossed: churn 7.2% > 5% (period 2026-W05)');
    expect(error.exitCode).toBe(4);
    expect(error.describe()).toBe('threshold crossed: churn 7.2% > 5% (period 2026-W05)');
  });
});

describe('--fail-if "churn>5% significant": only when the 95% Wilson interval is beyond the limit', () => {
  it('parses the keyword, for churn and retention only', () => {
    expect(parse('churn>5% significant')[0]).toMatchObject({ metric: 'churn', op: '>', limit: 0.05, significant: true });
    expect(parse('retention < 80% SIGNIFICANT')[0]).toMatchObject({ metric: 'retention', op: '<', significant: true });
    expect(() => parse('new<10 significant')).toThrow(/"significant" applies to churn and retention/);
  });

  it('2 lost of 10 (20%): above 5% significantly (interval 5.7%–51.0%), not above 10%', () => {
    // Wilson, n = 10, p = 0.2: 0.056682 … 0.509838 (test/unit/metrics/wilson.test.ts).
    const readings = periodReadings([row('2026-W04', { start: 10, retained: 8 })]);
    const checks = evaluateThresholds(parse('churn>5% significant', 'churn>10% significant', 'churn>10%'), readings);
    expect(checks.map((check) => check.crossed)).toEqual([true, false, true]);
    expect(describeCrossed(checks.slice(0, 1))).toBe('threshold crossed: churn 20.0% (95% 5.7%–51.0%) > 5% significant (period 2026-W04)');
  });

  it('1 lost of 20 against churn>4%: the point estimate crosses, the interval (0.9%–23.6%) does not', () => {
    const readings = periodReadings([row('2026-W04', { start: 20, retained: 19 })]);
    expect(evaluateThresholds(parse('churn>4%', 'churn>4% significant'), readings).map((check) => check.crossed)).toEqual([true, false]);
  });

  it('retention<90% significant: 3 retained of 10 (interval high end 60.3%) crosses', () => {
    // n = 10, p = 0.3: center = (0.3 + 0.192079) / 1.38415 = 0.355510; half = 1.416006 × √(0.021 + 0.0096039) = 0.247712 → high 0.603222.
    const readings = periodReadings([row('2026-W04', { start: 10, retained: 3 })]);
    expect(evaluateThresholds(parse('retention<90% significant', 'retention<60% significant'), readings).map((check) => check.crossed)).toEqual([true, false]);
  });
});
