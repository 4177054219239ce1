/** The SLA section of `care report --tickets FILE`: the JSON of care sla and its grids (summary, the first breaches). */
import type { Locale } from '../locale.js';
import type { Grid } from './grid.js';
import { type SlaJson, type SlaResult, slaJson } from './sla-contract.js';
import { BREACHES_SHOWN } from './sla-render.js';
import { breachGrid, slaGrid } from './sla-view.js';

export interface SlaReportSection {
  json: SlaJson;
  /** The grids, their cells (a breach's metric and state, the totals row) in a language (English when absent). */
  grids: (lang?: Locale) => Grid[];
}

/** The section from a computed SLA result; the report shows at most BREACHES_SHOWN breaches (its JSON has them all). */
export function buildSlaReportSection(result: SlaResult): SlaReportSection {
  const grids = (lang?: Locale): Grid[] => {
    const shown = [slaGrid(result, lang)];
    if (result.breaches.length > 0) shown.push(breachGrid(result, BREACHES_SHOWN, lang));
    return shown;
  };
  return { json: slaJson(result), grids };
}
