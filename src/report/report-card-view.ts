/** The model's report card on the holdout (metrics/ltv/report-card.ts) as a grid for table and Markdown. */
import type { ReportCard } from '../metrics/ltv/report-card.js';
import { formatDecimal, formatInteger } from './format.js';
import type { CellValue, Grid } from './grid.js';

const fixed = (digits: number) => (value: CellValue) => (value === null || value === undefined ? '–' : (value as number).toFixed(digits));

export function reportCardGrid(card: ReportCard): Grid {
  return {
    title: `Model report card — ${card.grade}`,
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: 'model', label: 'Model', align: 'right' },
      { key: 'naive', label: `Bought in the last ${card.naive.days} days`, align: 'right' },
    ],
    rows: [
      { measure: 'P(alive) vs bought in the holdout: AUC', model: fixed(3)(card.pAlive.auc), naive: fixed(3)(card.naive.auc) },
      { measure: 'Brier score (lower is better)', model: fixed(3)(card.pAlive.brier), naive: fixed(3)(card.naive.brier) },
      { measure: 'Purchases per customer: MAE', model: fixed(3)(card.mae), naive: '–' },
      { measure: 'Purchases per customer: RMSE', model: fixed(3)(card.rmse), naive: '–' },
      ...card.deciles.map((row) => ({
        measure: `Decile ${row.decile} (${formatInteger(row.customers)}): predicted / actual`,
        model: `${formatDecimal(row.predictedMean)} / ${formatDecimal(row.actualMean)}`,
        naive: '',
      })),
    ],
    notes: [`${card.verdict}.`, 'Deciles of customers by predicted holdout purchases, lowest first (docs/definitions.md, "The model\'s report card").'],
  };
}
