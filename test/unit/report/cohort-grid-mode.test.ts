import { describe, expect, it } from 'vitest';
import { cohortGrid } from '../../../src/report/retention-view.js';

describe('cohort grid: the note names the mode the rates were counted in', () => {
  const rows = [{ cohort: '2024-01', size: 3, active: [3, 2, 2, 1], rates: [1, 2 / 3, 2 / 3, 1 / 3] }];
  it('"on-or-after" says k or more periods after', () => {
    expect(cohortGrid(rows, { mode: 'on-or-after' }).notes?.[0]).toBe('Share of each cohort buying k or more periods after its first purchase ("on or after" k; +0 = 100%).');
    expect(cohortGrid(rows).notes?.[0]).toBe('Share of each cohort buying again k periods after its first purchase (+0 = 100%).');
  });
});
