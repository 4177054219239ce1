/** The model's report card on the holdout (metrics/ltv/report-card.ts) as a grid for table and Markdown. */
import { type MessageRef, say } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { ReportCard } from '../metrics/ltv/report-card.js';
import { formatDecimal, formatInteger } from './format.js';
import { type CellValue, type Grid, type GridText, gridText } from './grid.js';

const fixed = (digits: number) => (value: CellValue) => (value === null || value === undefined ? '–' : (value as number).toFixed(digits));

/**
 * The verdict metrics/ltv/report-card.ts writes in English, recognised by its shape and said in
 * the catalogs' words; a verdict of another shape is shown as written.
 */
function verdictOf(verdict: string): GridText {
  const good = /^good: P\(alive\) tells who buys again better than "bought in the last (\d+) days" \(AUC (\S+) vs (\S+)\), and the total forecast is within (\S+) of what happened$/.exec(verdict);
  if (good) return say('table.card.verdictGood', { days: good[1]!, model: good[2]!, naive: good[3]!, error: good[4]! });
  const fair = /^fair: P\(alive\) (tells who buys again better than|is about as good as) "bought in the last (\d+) days" \(AUC (\S+) vs (\S+)\), but the total forecast is off by (\S+)$/.exec(verdict);
  if (fair) {
    const off: MessageRef = fair[5] === 'everything' ? say('table.card.offEntirely') : say('table.card.offBy', { error: fair[5]! });
    return say(fair[1] === 'is about as good as' ? 'table.card.verdictFairSame' : 'table.card.verdictFairBetter', { days: fair[2]!, model: fair[3]!, naive: fair[4]!, off });
  }
  const poor = /^poor: "bought in the last (\d+) days" tells who buys again better than P\(alive\) \(AUC (\S+) vs (\S+)\): do not rank customers by this model$/.exec(verdict);
  if (poor) return say('table.card.verdictPoor', { days: poor[1]!, naive: poor[2]!, model: poor[3]! });
  return verdict;
}

/** The report card; its measures named in `lang` (English when absent). */
export function reportCardGrid(card: ReportCard, lang?: Locale): Grid {
  const text = (ref: MessageRef) => gridText(ref, lang);
  return {
    title: say('table.card.title', { grade: say(`table.card.grade.${card.grade}`) }),
    columns: [
      { key: 'measure', label: say('table.card.measure') },
      { key: 'model', label: say('table.card.model'), align: 'right' },
      { key: 'naive', label: say('table.card.naive', { days: String(card.naive.days) }), align: 'right' },
    ],
    rows: [
      { measure: text(say('table.card.auc')), model: fixed(3)(card.pAlive.auc), naive: fixed(3)(card.naive.auc) },
      { measure: text(say('table.card.brier')), model: fixed(3)(card.pAlive.brier), naive: fixed(3)(card.naive.brier) },
      { measure: text(say('table.card.mae')), model: fixed(3)(card.mae), naive: '–' },
      { measure: text(say('table.card.rmse')), model: fixed(3)(card.rmse), naive: '–' },
      ...card.deciles.map((row) => ({
        measure: text(say('table.card.decile', { decile: String(row.decile), customers: formatInteger(row.customers) })),
        model: `${formatDecimal(row.predictedMean)} / ${formatDecimal(row.actualMean)}`,
        naive: '',
      })),
    ],
    notes: [say('table.card.verdictNote', { verdict: verdictOf(card.verdict) }), say('table.card.decilesNote')],
  };
}
