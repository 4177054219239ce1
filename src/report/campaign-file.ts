/**
 * The campaign file `care remind --holdout` writes: CSV, one row per due customer, with the
 * columns of model/campaign.ts (docs/definitions.md, "Lift"). Dates are ISO days; the seed and
 * share are repeated on every row so that files of several runs can be concatenated.
 */
import { CAMPAIGN_COLUMNS, type CampaignRow } from '../model/campaign.js';
import { formatDay } from '../time/days.js';
import { renderRecordsCsv } from './render-csv.js';

/** The campaign file's text: a header line, then one line per row. */
export function renderCampaignCsv(rows: readonly CampaignRow[]): string {
  return renderRecordsCsv([...CAMPAIGN_COLUMNS], rows.map((row) => [row.customer, row.segment, row.group, row.template, formatDay(row.asOf), row.seed, row.holdout]));
}
