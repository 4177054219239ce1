/** A crossed --fail-if as a message of the catalogs (src/metrics/thresholds.ts, crossedRef): the frame and what each reading was measured over in words. */
import { describe, expect, it } from 'vitest';
import { sayIn } from '../../../src/i18n/index.js';
import { type MetricName, type ThresholdCheck, crossedRef, describeCrossed } from '../../../src/metrics/thresholds.js';

function check(metric: MetricName, actual: number, limit: number, scope: string | null, crossed = true): ThresholdCheck {
  return { expression: `${metric}>${limit}`, metric, op: '>', limit, actual, scope, crossed };
}

describe('crossedRef', () => {
  it('nothing crossed: nothing to say, as describeCrossed', () => {
    const checks = [check('lost', 1, 2, 'period 2026-W04', false)];
    expect(describeCrossed(checks)).toBeUndefined();
    expect(crossedRef(checks)).toBeUndefined();
  });

  it('groups by scope as describeCrossed does; each scope in words', () => {
    const checks = [check('lost', 12, 10, 'week 2026-W05'), check('new', 3, 1, 'month 2026-02'), check('nps', 40, 30, 'survey to 2026-02-01'), check('nps', 40, 30, 'survey'), check('lost', 5, 1, 'tickets to 2026-02-01T00:00:00.000Z'), check('customersAtEnd', 7, 1, null)];
    expect(describeCrossed(checks)).toBe('threshold crossed: lost 12 > 10 (week 2026-W05); new 3 > 1 (month 2026-02); nps 40.0 > 30 (survey to 2026-02-01); nps 40.0 > 30 (survey); lost 5 > 1 (tickets to 2026-02-01T00:00:00.000Z); customersAtEnd 7 > 1');
    expect(sayIn('ru', crossedRef(checks)!)).toBe('сработал порог: lost 12 > 10 (неделя 2026-W05); new 3 > 1 (месяц 2026-02); nps 40.0 > 30 (опрос по 2026-02-01); nps 40.0 > 30 (опрос); lost 5 > 1 (обращения по 2026-02-01T00:00:00.000Z); customersAtEnd 7 > 1');
    expect(sayIn('bg', crossedRef(checks)!)).toBe('задействан праг: lost 12 > 10 (седмица 2026-W05); new 3 > 1 (месец 2026-02); nps 40.0 > 30 (проучване до 2026-02-01); nps 40.0 > 30 (проучване); lost 5 > 1 (запитвания до 2026-02-01T00:00:00.000Z); customersAtEnd 7 > 1');
  });

  it('a scope of another shape is shown as written', () => {
    expect(sayIn('ru', crossedRef([check('lost', 2, 1, 'the whole file')])!)).toBe('сработал порог: lost 2 > 1 (the whole file)');
  });
});
