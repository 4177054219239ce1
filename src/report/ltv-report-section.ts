/**
 * The LTV section of care report: simple LTV (with LTV − CAC and LTV : CAC when a CAC is given),
 * historical LTV by cohort age, and the BG/NBD summary with the share of customers likely alive —
 * or, with too few repeat customers, a warning in its place. Warnings are in json.warnings and as
 * notes under the section's last grid.
 */
import { knownNote, say, sayOr } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { ReportLtv } from '../metrics/ltv/compute.js';
import type { LtvSettings } from '../metrics/ltv/settings.js';
import type { Grid } from './grid.js';
import { type LtvSectionJson, historicalLtvJson, predictiveLtvJson, simpleLtvJson, trackingJson } from './ltv-contract.js';
import { historicalGrid, modelParametersGrid, predictionSummaryGrid, simpleLtvGrid } from './ltv-view.js';

/** What care report shows of LTV: the JSON section and its grids, in a language (English when absent). */
export interface LtvReportSection {
  json: LtvSectionJson;
  grids: (lang?: Locale) => Grid[];
}

/** The section from the report's LTV; `lastCohorts`: the historical table shows only the latest cohorts. */
export function buildLtvReportSection(ltv: ReportLtv, settings: LtvSettings, currency: string | undefined, lastCohorts?: number): LtvReportSection {
  const { simple, historical, predictive, tracking, warnings } = ltv;
  const predicted = predictiveLtvJson(predictive, settings, currency);
  const grids = (lang?: Locale): Grid[] => {
    const shown: Grid[] = [];
    if (simple && historical) {
      shown.push(simpleLtvGrid(simple, simple.basis, currency, say('table.ltv.reportSimpleTitle'), lang), historicalGrid(historical, { maxAges: 13, currency, lastCohorts, lang }));
    }
    if (predictive.summary) {
      shown.push(
        modelParametersGrid(predictive.bgnbd, predictive.gammaGamma, settings.timeUnit, currency, lang),
        predictionSummaryGrid(predictive.summary, { length: settings.horizon, unit: settings.timeUnit, discountRate: settings.discountRate }, currency, lang),
      );
    }
    if (warnings.length > 0 && shown.length > 0) {
      const last = shown[shown.length - 1]!;
      const notes = warnings.map((warning) => say('table.ltv.warningNote', { message: sayOr(lang, warning.message, knownNote(warning.message)) }));
      shown[shown.length - 1] = { ...last, notes: [...(last.notes ?? []), ...notes] };
    }
    return shown;
  };
  return {
    json: {
      simple: simple ? simpleLtvJson(simple, currency) : null,
      historical: historical ? historicalLtvJson(historical, currency) : null,
      bgnbd: predicted.bgnbd,
      gammaGamma: predicted.gammaGamma,
      summary: predicted.summary,
      ...(tracking ? { tracking: trackingJson(tracking, predictive.calibrationEnd) } : {}),
      warnings,
    },
    grids,
  };
}
