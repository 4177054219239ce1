import { builtinRules, classify, compileRules, isSkipped } from '../../../src/classify/index.js';
import type { ClassifyResult, ComplainerType, ComplaintRecord } from '../../../src/classify/index.js';

/** The built-in rules, compiled once for every test file that imports this. */
export const rules = compileRules(builtinRules);

/** Classify with the built-in rules. */
export function run(record: ComplaintRecord): ClassifyResult {
  return classify(record, rules);
}

/** The type a text alone gets (or 'skipped'). */
export function typeOfText(text: string, channel?: string): ComplainerType | 'skipped' {
  const result = run(channel === undefined ? { text } : { text, channel });
  return 'skipped' in result ? 'skipped' : result.type;
}

/** The type a record gets, or 'none' when it is skipped for want of evidence. */
export function typeOf(record: ComplaintRecord): ComplainerType | 'none' {
  const result = run(record);
  return isSkipped(result) ? 'none' : result.type;
}
