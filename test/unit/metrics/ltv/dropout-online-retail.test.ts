/**
 * On UCI Online Retail (the shared data set online-retail.csv, test/helpers/datasets.ts) the data
 * cannot tell BG/NBD's dropout from none: the likelihood-ratio statistic against the NBD without
 * dropout is 0.24 (issue 16), and care ltv --model bgnbd now says so instead of reporting P(alive)
 * above 0.5 for everyone without a word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrders } from '../../../../src/ingest/orders.js';
import { fileSource } from '../../../../src/ingest/source.js';
import type { CustomerHistory } from '../../../../src/metrics/history.js';
import { computeLtvModel } from '../../../../src/metrics/ltv/compute.js';
import type { LtvSettings } from '../../../../src/metrics/ltv/settings.js';
import { dataset } from '../../../helpers/datasets.js';

const retail = dataset('online-retail.csv');
const settings: LtvSettings = { margin: 1, churnAfterDays: 90, maxLifetimeYears: 10, period: 'month', timeUnit: 'week', horizon: 52, discountRate: 0.1 };

describe.skipIf(!retail.present)(`dropout test on UCI Online Retail${retail.present ? '' : ` (${retail.skipReason})`}`, () => {
  let history: CustomerHistory;
  beforeAll(async () => {
    history = (await readOrders(fileSource(retail.path))).history;
  }, 60_000);

  it('BG/NBD: statistic 0.24, not identified, and the warning beside P(alive)', () => {
    const result = computeLtvModel(history, history.lastDay!, 'bgnbd', settings);
    const predictive = result.predictive!;
    expect(predictive.rfm.x.length).toBe(4338);
    expect(predictive.dropout!.statistic).toBeCloseTo(0.24, 2);
    expect(predictive.dropout!.identified).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toContain('CARE_LTV_DROPOUT_NOT_IDENTIFIED');
    // What the warning is about: every customer is "likely alive".
    expect(predictive.summary!.probablyAlive).toBe(4338);
  });
});
