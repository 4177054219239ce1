/**
 * The other views of care retention: --conventions (every vendor's churn and the bridge),
 * --convention NAME (one vendor's churn by month), --mrr (subscriptions' revenue movements).
 * A step of care retention, not a command.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { type ConventionName, churnConventions, conventionSeries, lastCompleteMonth } from '../metrics/conventions.js';
import { mrrMovements } from '../metrics/mrr.js';
import { renderConventionSeries, renderConventions } from '../report/conventions-render.js';
import { renderMrr } from '../report/mrr-render.js';
import type { RetentionResult } from '../report/retention-contract.js';
import type { Day } from '../time/days.js';
import type { RetentionInputs } from './load-retention.js';
import { emit } from './output.js';

export interface RetentionViewOptions {
  conventions?: boolean;
  convention?: ConventionName;
  mrr?: boolean;
  subscriptions?: string;
  format?: string;
  out?: string;
  compare?: boolean;
  cohorts?: boolean;
  history?: string;
  failIf?: string | string[];
}

type Format = 'table' | 'csv' | 'json' | 'md';

/** Which view was asked for; undefined for the period table. Checked before the file is read. */
export function otherView(options: RetentionViewOptions): 'conventions' | 'convention' | 'mrr' | undefined {
  const asked = (['conventions', 'convention', 'mrr'] as const).filter((name) => options[name] !== undefined && options[name] !== false);
  if (asked.length > 1) throw new UsageError('CARE_BAD_OPTION', `--${asked[0]} and --${asked[1]} are different views`, { hint: 'ask for one view per run', say: say('error.twoViews', { first: `--${asked[0]}`, second: `--${asked[1]}` }), hintSay: say('hint.oneView') });
  const view = asked[0];
  if (view === undefined) return undefined;
  if (options.compare === true || options.cohorts === true || options.history !== undefined || options.failIf !== undefined) {
    throw new UsageError('CARE_BAD_OPTION', `--${view} replaces the period table; --compare, --cohorts, --history and --fail-if belong to that table`, { hint: 'run care retention twice', say: say('error.viewReplacesTable', { view: `--${view}` }), hintSay: say('hint.runTwice') });
  }
  if (view === 'mrr' && options.subscriptions === undefined) {
    throw new UsageError('CARE_BAD_OPTION', '--mrr reads a subscriptions export', { hint: 'care retention --subscriptions subscriptions.csv --mrr', say: say('error.mrrNeedsSubscriptions') });
  }
  return view;
}

/** Prints the chosen view (or --out). */
export function emitOtherView(io: Io, view: 'conventions' | 'convention' | 'mrr', options: RetentionViewOptions, computed: { result: RetentionResult; asOfDay: Day; inputs: RetentionInputs }): void {
  const format = (options.format ?? 'table') as Format;
  const { result, asOfDay, inputs } = computed;
  let text: string;
  if (view === 'conventions') {
    const month = lastCompleteMonth(asOfDay);
    text = renderConventions(churnConventions(inputs.activity, month.start, month.end), format, io.color, io.lang);
  } else if (view === 'convention') {
    const name = options.convention as ConventionName;
    text = renderConventionSeries(name, conventionSeries(inputs.activity, name, asOfDay), format, io.color, io.lang);
  } else {
    text = renderMrr(mrrMovements(inputs.subscriptions ?? [], result.period, asOfDay), format, { color: io.color, lang: io.lang, ...(result.currency === undefined ? {} : { currency: result.currency }) });
  }
  emit(io, text, options.out, asOfDay);
}
