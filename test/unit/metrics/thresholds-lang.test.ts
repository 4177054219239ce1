/** A crossed --fail-if as a message of the catalogs (src/metrics/thresholds.ts, crossedRef): the frame and what each reading was measured over in words. */
import { describe, expect, it } from 'vitest';
import { sayIn } from '../../../src/i18n/index.js';
import { type MetricName, type ThresholdCheck, crossedRef, describeCrossed, describeUnchecked, uncheckedRefs } from '../../../src/metrics/thresholds.js';

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

describe('uncheckedRefs', () => {
  /** A check that could not be made, with the reason each reading gives (thresholds.ts, sla.ts). */
  const unchecked = (missing: string): ThresholdCheck => ({ expression: 'churn>5%', metric: 'churn', op: '>', limit: 0.05, actual: null, scope: null, crossed: false, missing });
  const REASONS: [string, string, string][] = [
    ['no complete period yet', 'ещё нет ни одного завершённого периода', 'още няма завършен период'],
    ['no customers at the start of period 2026-W04, so no rate', 'на начало периода 2026-W04 нет клиентов, поэтому доли нет', 'в началото на период 2026-W04 няма клиенти, затова няма дял'],
    ['the survey has no answers', 'в опросе нет ответов', 'проучването няма отговори'],
    ['no counts behind the rate, so no interval', 'за долей нет количеств, поэтому нет и интервала', 'зад дела няма бройки, затова няма интервал'],
    ['no first response judged against a target in week 2026-W05', 'ни один первый ответ не сопоставлен с целевым временем (неделя 2026-W05)', 'нито един първи отговор не е сравнен с целево време (седмица 2026-W05)'],
    ['no resolution judged against a target in month 2026-02', 'ни одно решение не сопоставлено с целевым временем (месяц 2026-02)', 'нито едно решение не е сравнено с целево време (месец 2026-02)'],
    ['no rated ticket in tickets to 2026-02-01T00:00:00.000Z', 'нет обращений с оценкой (обращения по 2026-02-01T00:00:00.000Z)', 'няма запитвания с оценка (запитвания до 2026-02-01T00:00:00.000Z)'],
    ['no nps value', 'нет значения nps', 'няма стойност за nps'],
  ];

  it('one message per line of describeUnchecked, each reason in words', () => {
    const checks = REASONS.map(([english]) => unchecked(english));
    expect(describeUnchecked(checks)).toEqual(REASONS.map(([english]) => `--fail-if "churn>5%": not checked: ${english}`));
    expect(uncheckedRefs(checks).map((ref) => sayIn('ru', ref))).toEqual(REASONS.map(([, ru]) => `--fail-if "churn>5%": не проверено: ${ru}`));
    expect(uncheckedRefs(checks).map((ref) => sayIn('bg', ref))).toEqual(REASONS.map(([, , bg]) => `--fail-if "churn>5%": не е проверено: ${bg}`));
  });

  it('a reason of another shape is shown as written; a checked threshold says nothing', () => {
    expect(uncheckedRefs([unchecked('something new'), check('lost', 1, 2, 'period 2026-W04', false)]).map((ref) => sayIn('ru', ref))).toEqual(['--fail-if "churn>5%": не проверено: something new']);
  });
});
