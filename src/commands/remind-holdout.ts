/**
 * `care remind --holdout SHARE`: keeps a seeded, segment-stratified share of the due customers
 * unsent and writes the campaign file that `care lift` reads later (docs/definitions.md "Lift").
 * The file is written before anything is sent, so a run stopped mid-send still records who was
 * held out. A step of care remind, not a command.
 */
import { UsageError } from '../errors.js';
import type { Io } from '../io/types.js';
import type { DueItem, DueKind } from '../metrics/due.js';
import { planHoldout } from '../metrics/holdout-split.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { fillOutputName } from '../io/write-output.js';
import type { Day } from '../time/days.js';
import { writeCampaignFile } from './campaign-file.js';
import { tell } from './output.js';
import { say } from '../i18n/index.js';

export interface HoldoutRequest {
  /** Share of the due customers held out, 0 < share < 1. */
  holdout?: number;
  /** Seed of the split; from the clock when not given (said on stderr and kept in the file). */
  seed?: number;
  /** Where the campaign file goes; {asOf} is filled in. */
  campaign?: string;
}

export const DEFAULT_CAMPAIGN_FILE = 'campaign-{asOf}.csv';

/** The items to send: all of them, or with --holdout only those of the sent group (the campaign file written first). */
export function applyHoldout<T extends DueItem>(
  io: Io, request: HoldoutRequest, due: { kind: DueKind; template: string; asOf: Day; history: CustomerHistory | undefined; items: readonly T[] },
): readonly T[] {
  if (request.holdout === undefined) return due.items;
  if (due.kind === 'payment' || due.history === undefined) {
    throw new UsageError('CARE_OPTION_NOT_FOR_RULE', '--holdout does not apply to payment reminders', { hint: 'a payment reminder is not a campaign: every unpaid invoice gets one', say: say('error.holdoutNotPayment'), hintSay: say('hint.paymentNotCampaign') });
  }
  const seed = request.seed ?? io.now().getTime() % 2 ** 32;
  if (request.seed === undefined) tell(io, `--holdout: seed ${seed} (pass --seed ${seed} to split the same way again)`, say('notice.holdoutSeed', { seed: String(seed) }));
  const customers = due.items as readonly (T & { customer: string })[];
  const rows = planHoldout(due.history, due.asOf, customers, { share: request.holdout, seed, template: due.template });
  writeCampaignFile(io, fillOutputName(request.campaign ?? DEFAULT_CAMPAIGN_FILE, due.asOf), rows);
  const held = new Set(rows.filter((row) => row.group === 'held-out').map((row) => row.customer));
  return customers.filter((item) => !held.has(item.customer));
}
