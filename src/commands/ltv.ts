/**
 * care ltv: customer lifetime value from an orders export — simple, historical or predictive
 * (BG/NBD + Gamma-Gamma), overall and per --by segment, with warnings where the data cannot carry
 * the numbers. Orchestration only: options (ltv-options.ts) → read → metrics/ltv/compute.ts →
 * report/ltv-render.ts → write.
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { InputError, UsageError } from '../errors.js';
import { knownNote, say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import { computeLtvModel } from '../metrics/ltv/compute.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../metrics/ltv/intervals.js';
import { type LtvResult, perCustomerHeaders, perCustomerRows } from '../report/ltv-contract.js';
import { renderLtv } from '../report/ltv-render.js';
import { renderRecordsCsv } from '../report/render-csv.js';
import { loadOrdersOrEngine } from './load-engine.js';
import { type LtvOptions, ltvSettings } from './ltv-options.js';
import { runSubscriptionLtv } from './ltv-sbg.js';
import { emit, guardOutputs, tell, warn } from './output.js';

export type { LtvOptions };

/** Reads the export and computes the LTV of the chosen model. */
export async function computeLtv(io: Io, file: string | undefined, options: LtvOptions, config: CareConfig): Promise<LtvResult> {
  const chosen = options.model ?? 'simple';
  if (chosen === 'sbg') throw new UsageError('CARE_BAD_OPTION', '--model sbg reads subscriptions', { hint: 'care ltv --subscriptions subscriptions.csv --model sbg', say: say('error.sbgReadsSubscriptions') });
  const model = chosen;
  const settings = ltvSettings(options);
  const predictive = model !== 'simple' && model !== 'historical';
  if (options.perCustomer !== undefined && !predictive) {
    throw new UsageError('CARE_BAD_OPTION', '--per-customer writes the predictions of each customer', { hint: 'add --model bgnbd (or pnbd, mbgnbd, auto)', say: say('error.perCustomerNeedsModel'), hintSay: say('hint.addModel') });
  }
  if (options.calibrationEnd !== undefined && !predictive) {
    throw new UsageError('CARE_BAD_OPTION', '--calibration-end checks the predictions against what followed', { hint: 'add --model bgnbd (or pnbd, mbgnbd, auto)', say: say('error.calibrationNeedsModel'), hintSay: say('hint.addModel') });
  }
  if (options.intervals === true && !predictive) {
    throw new UsageError('CARE_BAD_OPTION', '--intervals are the bootstrap intervals of the predictive models', { hint: 'add --model bgnbd (or pnbd, mbgnbd, auto)', say: say('error.intervalsNeedModel'), hintSay: say('hint.addModel') });
  }
  const calibrationEnd = options.calibrationEnd;
  const orders = await loadOrdersOrEngine(io, 'ltv', file, options, config, options.by);
  if (!predictive && !orders.history.hasAmounts) {
    throw new InputError('CARE_NO_AMOUNTS', `the ${model} LTV needs order amounts, and no amount column was found`, {
      file: file ?? options.engine, hint: 'map one with --map amount=Header, or use --model bgnbd for purchase predictions', say: say('error.ltvNeedsAmounts', { model }), hintSay: say('hint.mapAmount'),
    });
  }
  const result = computeLtvModel(orders.history, orders.asOf, model, settings, { by: options.by, calibrationEnd, ...(options.intervals === true ? { intervals: { ...DEFAULT_INTERVAL_OPTIONS, ...(options.seed === undefined ? {} : { seed: options.seed }) } } : {}) });
  return { ...result, ingest: { ...orders.ingest } };
}

/** care ltv ORDERS: computes, writes --per-customer, warns on stderr, prints or writes --out. */
export async function runLtv(io: Io, file: string | undefined, options: LtvOptions): Promise<void> {
  guardOutputs(io, { input: file, '--subscriptions': options.subscriptions }, { '--out': options.out, '--rejects': options.rejects, '--per-customer': options.perCustomer }, options.config);
  const config = loadConfig(io, options.config);
  if (options.model === 'sbg' || options.subscriptions !== undefined) {
    if (options.model !== 'sbg' || options.subscriptions === undefined || file !== undefined) {
      throw new UsageError('CARE_BAD_OPTION', 'subscription LTV is --subscriptions FILE --model sbg, without an orders file', {
        hint: 'care ltv --subscriptions subscriptions.csv --model sbg', say: say('error.subscriptionLtv'), hintSay: say('hint.forExampleOnly', { example: 'care ltv --subscriptions subscriptions.csv --model sbg' }),
      });
    }
    await runSubscriptionLtv(io, options.subscriptions, options, config);
    return;
  }
  if (file === undefined && options.engine === undefined) throw new UsageError('CARE_NO_INPUT', 'name an orders file, or --subscriptions FILE --model sbg', { hint: 'care ltv orders.csv', say: say('error.noOrdersFileLtv') });
  const result = await computeLtv(io, file, options, config);
  if (options.perCustomer !== undefined) writePerCustomer(io, options.perCustomer, result);
  for (const warning of result.warnings) warn(io, warning.message, knownNote(warning.message));
  emit(io, renderLtv(result, options.format, { color: io.color, lang: io.lang }), options.out, result.asOf);
}

/** --per-customer, written atomically; without a BG/NBD fit, a warning instead. */
function writePerCustomer(io: Io, file: string, result: LtvResult): void {
  const rows = perCustomerRows(result.predictive, result.currency);
  if (rows === undefined) {
    result.warnings.push({ code: 'CARE_LTV_NO_PER_CUSTOMER', message: `${file} was not written: there is no model fit to predict from` });
    return;
  }
  writeFileAtomic(file, renderRecordsCsv(perCustomerHeaders(result.predictive), rows), { what: '--per-customer' });
  tell(io, `wrote ${file}`, say('notice.wrote', { file }));
}
