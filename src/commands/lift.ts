/**
 * care lift CAMPAIGN ORDERS: did the reminders work? The customers `care remind --holdout` sent
 * against the ones it held out, in the days after the campaign: purchase rate, revenue per
 * customer, days to the next purchase, each difference with its 95% interval, and a plain verdict
 * (docs/definitions.md, "Lift"). Orchestration only: read → metrics/lift.ts → report/lift-view.ts.
 */
import { loadConfig } from '../config/load.js';
import { InputError, ThresholdError } from '../errors.js';
import { readCampaign } from '../ingest/campaign.js';
import type { Io } from '../io/types.js';
import { type VerdictCode, measureLift } from '../metrics/lift.js';
import type { CampaignRow } from '../model/campaign.js';
import { type CampaignSummary, type LiftView, renderLift } from '../report/lift-view.js';
import { formatDay } from '../time/days.js';
import type { DataOptions } from './data-options.js';
import { loadOrders } from './load-orders.js';
import { emit, guardOutputs, tell } from './output.js';
import { say } from '../i18n/index.js';

/** Purchases in this many days after the campaign count, unless --window says otherwise. */
export const DEFAULT_LIFT_WINDOW_DAYS = 30;
/** The lift, in percentage points, the verdict sizes the groups for unless --min-lift says otherwise. */
export const DEFAULT_MIN_LIFT_POINTS = 2;

/** Options of `care lift`, as the CLI parses them (DataOptions read the orders export). */
export interface LiftOptions extends DataOptions {
  /** --window DAYS: purchases in the days (as-of, as-of + DAYS] after each campaign day count (default 30). */
  window?: number;
  /** --min-lift POINTS: the purchase-rate lift the verdict says the group size for (default 2 points). */
  minLift?: number;
  /** --fail-if VERDICT,…: exit 4 after printing when the verdict is one of these (for the weekly cron job). */
  failIf?: readonly VerdictCode[];
}

/** Reads the campaign and the orders and measures the lift. */
export async function computeLift(io: Io, campaignFile: string, ordersFile: string, options: LiftOptions): Promise<LiftView> {
  const config = loadConfig(io, options.config);
  const rows = await readCampaign(io, campaignFile);
  const orders = await loadOrders(io, ordersFile, options, config);
  const windowDays = options.window ?? DEFAULT_LIFT_WINDOW_DAYS;
  const lift = measureLift(rows, orders.history, { windowDays, dataAsOf: orders.asOf, minLift: (options.minLift ?? DEFAULT_MIN_LIFT_POINTS) / 100 });
  if (lift.pending === rows.length) {
    throw new InputError('CARE_LIFT_TOO_EARLY', `no campaign day has a finished ${windowDays}-day window by ${formatDay(orders.asOf)}, the last day of the orders`, {
      file: ordersFile, hint: 'run care lift once the window has passed, or pass a shorter --window',
      say: say('error.liftTooEarly', { days: String(windowDays), asOf: formatDay(orders.asOf) }), hintSay: say('hint.liftLater'),
    });
  }
  if (lift.pending > 0) {
    const said = say('notice.liftPending', { count: lift.pending, total: rows.length, days: windowDays });
    tell(io, `${lift.pending} of ${rows.length} campaign customers left out: their ${windowDays}-day window has not ended yet`, said);
  }
  return { campaign: summarizeCampaign(rows), lift, currency: orders.history.currency ?? null, ingest: { ...orders.ingest } };
}

/** care lift CAMPAIGN ORDERS: prints the comparison (or writes --out). */
export async function runLift(io: Io, campaignFile: string, ordersFile: string, options: LiftOptions): Promise<void> {
  guardOutputs(io, { input: ordersFile, campaign: campaignFile }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const view = await computeLift(io, campaignFile, ordersFile, options);
  emit(io, renderLift(view, options.format, io.color, io.lang), options.out, view.lift.dataAsOf);
  const verdict = view.lift.verdict;
  if (options.failIf?.includes(verdict.code) === true) {
    throw new ThresholdError('CARE_THRESHOLD_CROSSED', `the lift verdict is ${verdict.code}: ${verdict.text}`, {
      hint: 'the output above was printed in full; --fail-if decides only the exit code',
      say: say('error.liftVerdictCrossed', { code: verdict.code, verdict: view.lift.verdictSay }), hintSay: say('hint.failIfExitOnly'),
    });
  }
}

function summarizeCampaign(rows: readonly CampaignRow[]): CampaignSummary {
  // A loop, not Math.min(...days): a spread of a large file's rows overflows the stack.
  let firstAsOf = Infinity;
  let lastAsOf = -Infinity;
  for (const row of rows) {
    firstAsOf = Math.min(firstAsOf, row.asOf);
    lastAsOf = Math.max(lastAsOf, row.asOf);
  }
  return {
    rows: rows.length,
    templates: [...new Set(rows.map((row) => row.template))].sort(),
    firstAsOf,
    lastAsOf,
    seeds: [...new Set(rows.map((row) => row.seed))].sort((a, b) => a - b),
  };
}
