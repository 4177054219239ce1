/** The SLA section of `care report --tickets FILE`: the JSON of care sla and its grids (summary, the first breaches). */
import type { Grid } from './grid.js';
import { type SlaJson, type SlaResult, slaJson } from './sla-contract.js';
import { BREACHES_SHOWN } from './sla-render.js';
import { breachGrid, slaGrid } from './sla-view.js';

export interface SlaReportSection {
  json: SlaJson;
  grids: Grid[];
}

/** The section from a computed SLA result; the report shows at most BREACHES_SHOWN breaches (its JSON has them all). */
export function buildSlaReportSection(result: SlaResult): SlaReportSection {
  const grids = [slaGrid(result)];
  if (result.breaches.length > 0) grids.push(breachGrid(result, BREACHES_SHOWN));
  return { json: slaJson(result), grids };
}
