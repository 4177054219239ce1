/**
 * care nps: NPS and CSAT from a survey export — counts and shares, NPS with its 95% margin of
 * error, the 0–10 distribution, the trend by period, segments, and (with --orders) NPS by customer
 * value and buyer type, the revenue detractors hold, and the detractors list for follow-up.
 * Orchestration only: read (load-survey.ts) → metrics/nps-survey.ts → report/nps-render.ts → write.
 */
import { loadConfig } from '../config/load.js';
import type { Io } from '../io/types.js';
import { say } from '../i18n/index.js';
import { writeFileAtomic } from '../io/write-output.js';
import type { JoinedOrders } from '../metrics/nps-survey.js';
import { NPS_METRICS, evaluateThresholds, npsReading, parseThresholds } from '../metrics/thresholds.js';
import { detractorRows } from '../report/nps-contract.js';
import { renderNps } from '../report/nps-render.js';
import { renderRecordsCsv } from '../report/render-csv.js';
import { formatDay } from '../time/days.js';
import { loadOrders } from './load-orders.js';
import { type SurveyOptions, loadNps } from './load-survey.js';
import { emit, guardOutputs, tell } from './output.js';
import { enforceThresholds } from './weekly.js';

export interface NpsOptions extends SurveyOptions {
  /** `--fail-if nps<30`: exit 4 when crossed (after the output is written). */
  failIf?: string | string[];
  /** An orders export to join answers to customers' purchases. */
  orders?: string;
  /** Where to write the detractors as CSV. */
  detractors?: string;
}

/** care nps SURVEY: computes, writes --detractors when asked, and prints in the chosen format. */
export async function runNps(io: Io, file: string, options: NpsOptions = {}): Promise<void> {
  const thresholds = parseThresholds(options.failIf, NPS_METRICS, 'care nps');
  guardOutputs(io, { input: file, '--orders': options.orders }, { '--out': options.out, '--rejects': options.rejects, '--detractors': options.detractors }, options.config);
  const config = loadConfig(io, options.config);
  let orders: JoinedOrders | undefined;
  if (options.orders !== undefined) {
    // --map, --delimiter, --encoding, --date-format and --rejects describe the survey file; the orders are sniffed on their own.
    const loaded = await loadOrders(io, options.orders, { config: options.config, strict: options.strict, currency: options.currency, asOf: options.asOf }, config);
    orders = { history: loaded.history, asOf: loaded.asOf, currency: loaded.history.currency };
  }
  const result = await loadNps(io, file, options, config, orders);
  if (options.detractors !== undefined) {
    const rows = detractorRows(result);
    writeFileAtomic(options.detractors, renderRecordsCsv(rows.headers, rows.rows), { what: '--detractors' });
    tell(io, `wrote ${rows.rows.length} detractor${rows.rows.length === 1 ? '' : 's'} to ${options.detractors}`, say('notice.wroteDetractors', { count: rows.rows.length, file: options.detractors }));
  }
  emit(io, renderNps(result, options.format, { color: io.color, lang: io.lang }), options.out, result.asOf);
  enforceThresholds(io, evaluateThresholds(thresholds, npsReading(result.summary.nps, result.asOf === undefined ? null : formatDay(result.asOf))));
}
