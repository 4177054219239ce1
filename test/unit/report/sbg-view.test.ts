import { describe, expect, it } from 'vitest';
import { sbgByCohort } from '../../../src/metrics/ltv/sbg-cohorts.js';
import { gridText } from '../../../src/report/grid.js';
import { sbgGrid } from '../../../src/report/sbg-view.js';

describe('sbgGrid', () => {
  it('one row per cohort: survival so far, its own fit or the pooled one, projection, DERL', () => {
    const result = {
      ...sbgByCohort(
        [
          { cohort: 'regular', survivors: [1000, 631, 468, 382, 326, 289, 262, 241] },
          { cohort: 'new', survivors: [50, 40] },
        ],
        5,
        0.1,
      ),
      period: 'year' as const,
    };
    const grid = sbgGrid(result);
    expect(grid.rows.map((row) => row['cohort'])).toEqual(['regular', 'new (pooled fit)']);
    expect(grid.rows[0]).toMatchObject({ customers: 1000, observedSurvival: 0.241 });
    expect(grid.rows[0]!['alpha']).toBeCloseTo(0.704, 3);
    // The new cohort has one ended period: the pooled parameters project it.
    expect(grid.rows[1]!['alpha']).toBe(result.fit.params!.alpha);
    expect(grid.rows[0]!['projectedSurvival']).toBe(result.cohorts[0]!.projectedSurvival[12]);
    expect(gridText(grid.notes![0]!, undefined)).toContain('Pooled fit over 1,050 customers');
  });
});
