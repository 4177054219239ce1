/**
 * The control group of a reminder campaign (docs/definitions.md, "Lift"): a seeded random share of
 * the due customers is held out — not sent the reminder — so that what the sent customers do
 * afterwards can be compared with what they would have done anyway (metrics/lift.ts). Pure.
 *
 * - Stratified by segment: each segment holds out its own share, so a campaign whose due list is
 *   mostly "at risk" does not end up with a control group of "loyal" customers.
 * - Balanced: segment s of n_s customers holds out ⌊share · n_s⌋ or one more, and the total is
 *   round(share · N) (largest remainder: the segments with the largest fractional parts get the
 *   extra customer, ties in a seeded random order).
 * - Reproducible: the same due customers, share and seed give the same split whatever order
 *   the customers come in (segments are taken in name order, customers in id order, and one
 *   mulberry32 stream — metrics/ltv/simulate.ts — draws for all of them).
 */
import type { CampaignGroup, CampaignRow } from '../model/campaign.js';
import type { CustomerHistory } from '../model/customer-history.js';
import type { Day } from '../time/days.js';
import { mulberry32 } from './ltv/simulate.js';
import { rfmScores, segmentByCustomer } from './segments-rfm.js';

export type { CampaignGroup, CampaignRow };

/** A customer found due, with the segment to stratify by. */
export interface DueCustomer {
  customer: string;
  segment: string;
}

/** A due customer and the group the split put them in. */
export interface SplitCustomer extends DueCustomer {
  group: CampaignGroup;
}

export interface HoldoutOptions {
  /** Share held out, 0 < share < 1 (0.1 for --holdout 10%). */
  share: number;
  /** Seed of the random stream, an integer 0 … 2^32 − 1; written to the campaign file. */
  seed: number;
}

/** The split of the due customers, in their input order; throws RangeError on a share or seed out of range. */
export function splitHoldout(due: readonly DueCustomer[], options: HoldoutOptions): SplitCustomer[] {
  const { share, seed } = options;
  if (!(share > 0 && share < 1)) throw new RangeError(`holdout share ${share}: expected more than 0 and less than 1`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed ${seed}: expected an integer 0 … 4294967295`);
  const random = mulberry32(seed);
  const strata = stratify(due);
  const quotas = allocate(strata.map(([, members]) => members.length), share, random);
  const heldOut = new Set<number>();
  strata.forEach(([, members], s) => {
    for (const index of sample(members, quotas[s]!, random)) heldOut.add(index);
  });
  return due.map((customer, index) => ({ ...customer, group: heldOut.has(index) ? 'held-out' : 'sent' }));
}

/** Indexes of the due customers per segment: segments in name order, customers in id order (then input order). */
function stratify(due: readonly DueCustomer[]): [segment: string, members: number[]][] {
  const bySegment = new Map<string, number[]>();
  due.forEach(({ segment }, index) => {
    let members = bySegment.get(segment);
    if (members === undefined) bySegment.set(segment, (members = []));
    members.push(index);
  });
  const byId = (a: number, b: number) => compareText(due[a]!.customer, due[b]!.customer) || a - b;
  return [...bySegment.entries()].sort(([a], [b]) => compareText(a, b)).map(([segment, members]) => [segment, members.sort(byId)]);
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many to hold out of each stratum: ⌊share · n_s⌋, plus one for the largest remainders until the total is round(share · N). */
export function allocate(sizes: readonly number[], share: number, random: () => number): number[] {
  const total = sizes.reduce((sum, n) => sum + n, 0);
  const quotas = sizes.map((n) => Math.floor(share * n));
  let missing = Math.round(share * total) - quotas.reduce((sum, q) => sum + q, 0);
  const order = sizes
    .map((n, s) => ({ s, remainder: share * n - quotas[s]!, tie: random() }))
    .sort((a, b) => b.remainder - a.remainder || a.tie - b.tie);
  for (const { s } of order) {
    if (missing <= 0) break;
    if (quotas[s]! < sizes[s]!) {
      quotas[s]!++;
      missing--;
    }
  }
  return quotas;
}

/** `count` members drawn without replacement (a partial Fisher–Yates shuffle of a copy). */
function sample(members: readonly number[], count: number, random: () => number): number[] {
  const pool = [...members];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** The segment of customers who have no purchase on or before the as-of day (not scored). */
export const UNSCORED = 'unscored';

/**
 * What `care remind --holdout` does with the customers it found due: each one's RFM segment on
 * the as-of day (metrics/segments-rfm.ts), the stratified seeded split, and the campaign rows to
 * write (report/campaign-file.ts) — send only the rows whose group is "sent".
 */
export function planHoldout(
  history: CustomerHistory,
  asOf: Day,
  due: readonly { customer: string }[],
  options: HoldoutOptions & { template: string },
): CampaignRow[] {
  const segments = segmentByCustomer(history, rfmScores(history, asOf));
  const split = splitHoldout(due.map(({ customer }) => ({ customer, segment: segments.get(customer) ?? UNSCORED })), options);
  return split.map((row) => ({ ...row, template: options.template, asOf, seed: options.seed, holdout: options.share }));
}
