/**
 * The score of a draft, 0–100: start from 100 and take off points for every finding, by its
 * rule's severity. With the built-in weights an error costs 20 points, a warning 10 and a hint
 * (info) 3. Only the first `repeatLimit` (2) findings of one rule count, so one habit repeated
 * ("!!!" in every line) cannot sink a reply that is otherwise right; the score never goes below 0.
 *
 * What that means in practice: a reply that breaks no rule scores 100; one warning leaves 90, the
 * bar for a good reply; one missing element that matters (an error: no greeting by name, no
 * apology to a complaint, no next step, a hated phrase) leaves 80; a curt two-line message misses
 * four or more elements and lands far below 50.
 */

/** One rule's share of the findings: how many it produced and what each costs. */
export interface RuleTally {
  count: number;
  weight: number;
}

/** The score for the findings of each rule. */
export function scoreTallies(tallies: Iterable<RuleTally>, repeatLimit: number): number {
  let penalty = 0;
  for (const { count, weight } of tallies) penalty += Math.min(count, repeatLimit) * weight;
  return Math.max(0, Math.round(100 - penalty));
}
