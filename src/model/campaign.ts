/**
 * A reminder campaign with a control group, one row per due customer: what `care remind --holdout`
 * writes (report/campaign-file.ts) and `care lift` reads back (ingest/campaign.ts). Format:
 * docs/definitions.md, "Lift".
 */
import type { Day } from '../time/days.js';

/** Whether the customer was sent the reminder or held out of it. */
export type CampaignGroup = 'sent' | 'held-out';

export interface CampaignRow {
  customer: string;
  /** The RFM segment (or other stratum) the split was stratified by. */
  segment: string;
  group: CampaignGroup;
  /** The reminder template the sent customers got. */
  template: string;
  /** The day the customers were found due and the reminders sent. */
  asOf: Day;
  /** The seed of the split. */
  seed: number;
  /** The share held out (0.1 for 10%). */
  holdout: number;
}

/** The columns of the campaign file, in order. */
export const CAMPAIGN_COLUMNS = ['customer', 'segment', 'group', 'template', 'as_of', 'seed', 'holdout'] as const;
