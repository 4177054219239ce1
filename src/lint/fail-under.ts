/** `--fail-under N`: a script fails (exit 4) when a draft scores below the bar. */
import { ThresholdError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { LintResult } from './types.js';

/** ThresholdError (exit 4) when any draft scores below the bar; the caller has written the output first. */
export function assertScores(drafts: readonly { line?: number; result: LintResult }[], failUnder: number): void {
  const below = drafts.filter((draft) => draft.result.score < failUnder);
  if (below.length === 0) return;
  const single = drafts.length === 1 ? drafts[0] : undefined;
  if (single !== undefined && single.line === undefined) {
    throw new ThresholdError('CARE_SCORE_BELOW', `the reply scores ${single.result.score}, below --fail-under ${failUnder}`, {
      hint: 'fix the findings above and check again',
      say: say('error.replyBelow', { score: String(single.result.score), limit: String(failUnder) }),
      hintSay: say('hint.fixFindings'),
    });
  }
  const lines = below.map((draft) => draft.line).join(', ');
  throw new ThresholdError('CARE_SCORE_BELOW', `${below.length} of ${drafts.length} drafts score below --fail-under ${failUnder} (lines ${lines})`, {
    hint: 'fix the findings above and check again',
    say: say('error.draftsBelow', { below: String(below.length), count: String(drafts.length), limit: String(failUnder), lines }),
    hintSay: say('hint.fixFindings'),
  });
}
