import type { CohortRow } from '../../src/metrics/cohorts.js';

/**
 * The cohort table an engine returns in long form (cohort, age, size, active, revenue per row),
 * widened in the test itself to the CSV path's rows, so the parity tests do not lean on
 * src/sql's own widening: each expected cohort gets the cells the engine gave for it (size null
 * when the engine gave none, so the comparison fails rather than guesses).
 */
export function widenCohortCells(expected: readonly CohortRow[], rows: readonly Record<string, unknown>[]): (Omit<CohortRow, 'size'> & { size: number | null })[] {
  return expected.map((cohort) => {
    const active = new Array<number>(cohort.active.length).fill(0);
    const revenue = new Array<number>(cohort.active.length).fill(0);
    const cells = rows.filter((r) => r['cohort'] === cohort.cohort);
    for (const cell of cells) {
      active[Number(cell['age'])] = Number(cell['active']);
      revenue[Number(cell['age'])] = Number(cell['revenue']);
    }
    const size = cells[0]?.['size'];
    return { cohort: cohort.cohort, size: size === undefined || size === null || size === '' ? null : Number(size), active, rates: active.map((n) => n / Number(size)), revenue };
  });
}
