import { describe, expect, it } from 'vitest';
import { ICEBERG_MULTIPLIER, PLAYBOOK, needsManager, nextAction, rollUpByCustomer, summarize } from '../../../src/classify/index.js';
import type { ClassifiedItem, ComplainerType, SummaryRecord } from '../../../src/classify/index.js';

/** A classified item built by hand, so the arithmetic below is independent of the rules. */
function item(type: ComplainerType | 'skip', record: SummaryRecord = {}, confidence = 0.8): ClassifiedItem {
  if (type === 'skip') return { record, result: { skipped: 'noEvidence' } };
  return { record, result: { type, confidence, evidence: { rule: `${type}-test`, field: 'text', words: [] }, action: nextAction(type) } };
}

function many(type: ComplainerType, count: number, channel?: string): ClassifiedItem[] {
  return Array.from({ length: count }, () => item(type, channel === undefined ? {} : { channel }));
}

describe('summarize', () => {
  // 20 classified: 4 activist, 5 irate, 8 voicer, 3 silent; plus 2 skipped.
  const items = [
    ...many('activist', 3, 'email'),
    item('activist', { channel: 'КЗП' }),
    ...many('irate', 4, 'Instagram'),
    item('irate', { channel: ' instagram ' }),
    ...many('voicer', 5, 'Email'),
    ...many('voicer', 2, 'phone'),
    item('voicer', { channel: 'chat' }),
    ...many('silent', 3),
    item('skip'),
    item('skip'),
  ];
  const summary = summarize(items);

  it('counts records, classified and skipped', () => {
    expect(summary.records).toBe(22);
    expect(summary.classified).toBe(20);
    expect(summary.skipped).toEqual({ noEvidence: 2 });
  });

  it('computes shares of the classified records against the 14/37/21/28 benchmark', () => {
    const byType = Object.fromEntries(summary.types.map((line) => [line.type, line]));
    expect(byType['activist']).toMatchObject({ count: 4, share: 0.2, benchmark: 0.28 });
    expect(byType['irate']).toMatchObject({ count: 5, share: 0.25, benchmark: 0.21 });
    expect(byType['voicer']).toMatchObject({ count: 8, share: 0.4, benchmark: 0.37 });
    expect(byType['silent']).toMatchObject({ count: 3, share: 0.15, benchmark: 0.14 });
    expect(byType['activist']?.difference).toBeCloseTo(-0.08, 10);
    expect(byType['irate']?.difference).toBeCloseTo(0.04, 10);
    expect(summary.types.map((line) => line.type)).toEqual(['activist', 'irate', 'voicer', 'silent']);
  });

  it('multiplies the voiced complaints (voicers and activists) by 27', () => {
    expect(ICEBERG_MULTIPLIER).toBe(27);
    expect(summary.iceberg).toEqual({ voicedComplaints: 12, multiplier: 27, estimatedUnhappyCustomers: 324 });
  });

  it('lists the top channels per type, grouping case and spaces', () => {
    expect(summary.topChannels.irate).toEqual([{ channel: 'Instagram', count: 5 }]);
    expect(summary.topChannels.voicer).toEqual([
      { channel: 'Email', count: 5 },
      { channel: 'phone', count: 2 },
      { channel: 'chat', count: 1 },
    ]);
    expect(summary.topChannels.silent).toEqual([]);
  });

  it('has no shares when nothing was classified', () => {
    const empty = summarize([item('skip')]);
    expect(empty.types.every((line) => line.share === null && line.difference === null)).toBe(true);
    expect(empty.iceberg.estimatedUnhappyCustomers).toBe(0);
  });
});

describe('records needing a manager today', () => {
  it('lists activists first, then irate, surest first, then in input order', () => {
    const summary = summarize([
      item('irate', { id: 'a' }, 0.9),
      item('voicer', { id: 'b' }),
      item('activist', { id: 'c', customer: 'Anna', date: '2024-05-01' }, 0.6),
      item('activist', { id: 'd' }, 0.95),
      item('irate', { id: 'e' }, 0.9),
      item('silent', { id: 'f' }),
    ]);
    expect(summary.needsManager.map((entry) => entry.id)).toEqual(['d', 'c', 'a', 'e']);
    expect(summary.needsManager[1]).toEqual({
      index: 2, id: 'c', customer: 'Anna', date: '2024-05-01', type: 'activist', confidence: 0.6, rule: 'activist-test',
    });
  });

  it('matches the playbook', () => {
    expect(needsManager('activist') && needsManager('irate')).toBe(true);
    expect(needsManager('voicer') || needsManager('silent')).toBe(false);
    for (const entry of Object.values(PLAYBOOK)) for (const text of Object.values(entry.action)) expect(text.length).toBeGreaterThan(40);
  });
});

describe('rollUpByCustomer', () => {
  it('gives each customer their most severe type, the surest record deciding ties', () => {
    const rolled = rollUpByCustomer(
      [
        item('voicer', { customer: 'C1' }, 0.7),
        item('activist', { customer: 'C1' }, 0.6),
        item('irate', { customer: 'C1' }, 0.9),
        item('silent', { customer: 'C2' }, 0.7),
        item('silent', { customer: 'C2' }, 0.9),
        item('voicer', {}),
        item('skip', { customer: 'C3' }),
      ],
      'ru',
    );
    expect(rolled).toEqual([
      {
        customer: 'C1', type: 'activist', confidence: 0.6, evidence: { rule: 'activist-test', field: 'text', words: [] },
        action: nextAction('activist', 'ru'), records: 3, byType: { activist: 1, irate: 1, voicer: 1, silent: 0 },
      },
      {
        customer: 'C2', type: 'silent', confidence: 0.9, evidence: { rule: 'silent-test', field: 'text', words: [] },
        action: nextAction('silent', 'ru'), records: 2, byType: { activist: 0, irate: 0, voicer: 0, silent: 2 },
      },
    ]);
  });
});
