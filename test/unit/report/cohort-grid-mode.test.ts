import { describe, expect, it } from 'vitest';
import { gridText } from '../../../src/report/grid.js';
import { cohortGrid } from '../../../src/report/retention-view.js';

const firstNote = (grid: ReturnType<typeof cohortGrid>, lang?: 'ru' | 'bg') => gridText(grid.notes?.[0] ?? '', lang);

describe('cohort grid: the note names the mode the rates were counted in', () => {
  const rows = [{ cohort: '2024-01', size: 3, active: [3, 2, 2, 1], rates: [1, 2 / 3, 2 / 3, 1 / 3] }];
  it('"on-or-after" says k or more periods after', () => {
    expect(firstNote(cohortGrid(rows, { mode: 'on-or-after' }))).toBe('Share of each cohort buying k or more periods after its first purchase ("on or after" k; +0 = 100%).');
    expect(firstNote(cohortGrid(rows))).toBe('Share of each cohort buying again k periods after its first purchase (+0 = 100%).');
  });
  it('and says it in the run\'s language', () => {
    expect(firstNote(cohortGrid(rows, { mode: 'on-or-after' }), 'ru')).toBe('Доля когорты, купившей через k или более периодов после первой покупки («k и позже»; +0 = 100%).');
    expect(firstNote(cohortGrid(rows), 'bg')).toBe('Дял от кохортата, купил отново k периода след първата покупка (+0 = 100%).');
  });
});
