import { describe, expect, it } from 'vitest';
import type { CountingFit, ModelSelection } from '../../../src/metrics/ltv/counting-models.js';
import { gridText } from '../../../src/report/grid.js';
import { countingFitGrid, modelComparisonGrid } from '../../../src/report/ltv-models-view.js';

const fit: CountingFit = {
  model: 'pnbd',
  label: 'Pareto/NBD',
  names: ['r', 'alpha', 's', 'beta'],
  params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 },
  logLikelihood: -9594.97,
  bic: 19221.0,
  customers: 2357,
  uncertainty: { names: ['r', 'alpha', 's', 'beta'], estimates: [0.5533, 10.578, 0.6062, 11.668], standardErrors: [0.0476, 0.843, NaN, 6.21] },
  warnings: [],
};

describe('countingFitGrid', () => {
  it('each parameter with its standard error (a dash where there is none), the time unit on α and β, the dropout test', () => {
    const grid = countingFitGrid(fit, undefined, { statistic: 0.24, pValue: 0.3121, identified: false }, 'week');
    const row = (metric: string) => grid.rows.find((r) => r['metric'] === metric);
    expect(row('Pareto/NBD r')).toMatchObject({ value: '0.5533 (SE 0.048)', raw: 0.5533 });
    expect(row('Pareto/NBD α (weeks), standard error')).toMatchObject({ value: '0.84', raw: 0.843 });
    expect(row('Pareto/NBD s')).toMatchObject({ value: '0.6062', raw: 0.6062 });
    expect(row('Pareto/NBD s, standard error')).toMatchObject({ value: '–', raw: null });
    // β: 11.668 · e^(±1.96 · 6.21 / 11.668) = 11.668 · e^(±1.0432): 4.111 and 33.12 (11.668 ± 1.96 · 6.21 would go below 0).
    expect(row('Pareto/NBD β (weeks), 95% interval')).toMatchObject({ value: '4.11–33.1' });
    expect(row('Pareto/NBD s, 95% interval')).toBeUndefined();
    expect(grid.notes!.map((note) => gridText(note, undefined)).join(' ')).toContain('likelihood-ratio statistic 0.24, p = 0.312 (not identified');
  });
});

describe('modelComparisonGrid', () => {
  it('holdout columns only with a holdout; the chosen model marked', () => {
    const rows = [
      { model: 'bgnbd', label: 'BG/NBD', logLikelihood: -1, parameters: 4, aic: 10, bic: 12, converged: true, selected: false },
      { model: 'pnbd', label: 'Pareto/NBD', logLikelihood: -2, parameters: 4, aic: 12, bic: 14, converged: true, selected: true },
    ] as const;
    const byBic = modelComparisonGrid({ criterion: 'bic', comparison: rows.map((r) => ({ ...r })) } as unknown as ModelSelection);
    expect(byBic.columns.map((c) => c.key)).toEqual(['label', 'logLikelihood', 'bic', 'chosen']);
    expect(byBic.rows.map((r) => r['chosen'])).toEqual(['', 'yes']);
    const byHoldout = modelComparisonGrid({ criterion: 'holdout-rmse', comparison: rows.map((r) => ({ ...r, holdout: { mae: 0.5, rmse: 1, predicted: 1, actual: 1 } })) } as unknown as ModelSelection);
    expect(byHoldout.columns.map((c) => c.key)).toContain('rmse');
  });
});
