/**
 * `care ltv --subscriptions FILE --model sbg`: the shifted-beta-geometric model per sign-up cohort
 * (docs/definitions.md, "sBG"), its projected retention and the discounted expected residual
 * lifetime value. A step of care ltv, not a command.
 */
import type { CareConfig } from '../config/schema.js';
import { knownNote, say, translate } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { computeSubscriptionSbg } from '../metrics/ltv/sbg-cohorts.js';
import { DEFAULT_DISCOUNT_RATE } from '../metrics/ltv/settings.js';
import { renderCsv } from '../report/render-csv.js';
import { renderJson } from '../report/render-json.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import { sbgJson } from '../report/sbg-contract.js';
import { sbgGrid } from '../report/sbg-view.js';
import { formatDay } from '../time/days.js';
import type { LtvOptions } from './ltv-options.js';
import { computeRetention } from './load-retention.js';
import { emit, warn } from './output.js';
import { withSchema } from '../report/schemas/ids.js';

/** Periods projected beyond each cohort's last observed one when --horizon is not given. */
export const DEFAULT_SBG_HORIZON = 12;

export async function runSubscriptionLtv(io: Io, subscriptions: string, options: LtvOptions, config: CareConfig): Promise<void> {
  const period = options.period ?? 'month';
  const read = await computeRetention(io, undefined, { ...options, subscriptions, period }, config);
  const result = computeSubscriptionSbg(read.inputs.subscriptions ?? [], period, read.asOfDay, {
    horizon: options.horizon ?? DEFAULT_SBG_HORIZON,
    annualDiscountRate: options.discountRate ?? DEFAULT_DISCOUNT_RATE,
  });
  const currency = read.result.currency;
  const lang = io.lang;
  // CSV keeps English; the text tables are in the run's language.
  const grid = sbgGrid(result, currency, options.format === 'csv' ? undefined : lang);
  const title = `${translate(lang, 'table.sbg.heading', { asOf: formatDay(read.asOfDay), cohorts: say(`table.sbg.cohorts.${period}`) })}\n\n`;
  const text =
    options.format === 'json' ? renderJson(withSchema('ltv.sbg', { asOf: formatDay(read.asOfDay), model: 'sbg', currency: currency ?? null, ingest: read.result.ingest, sbg: sbgJson(result, currency), warnings: result.warnings.map(({ code, message }) => ({ code, message })) }))
    : options.format === 'csv' ? renderCsv(grid)
    : options.format === 'md' ? `# ${title}${renderMarkdown(grid, lang)}`
    : `${title}${renderTable(grid, { color: io.color, lang })}`;
  // sBG's own warnings carry their message; the optimiser's (not converged, starts disagree, a limit) are known by their shape.
  for (const warning of result.warnings) warn(io, warning.message, warning.say ?? knownNote(warning.message));
  emit(io, text, options.out, read.asOfDay);
}
