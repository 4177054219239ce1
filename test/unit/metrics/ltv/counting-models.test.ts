import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgNbdConditionalExpectedPurchases } from '../../../../src/metrics/ltv/bgnbd-predict.js';
import { computeLtvModel } from '../../../../src/metrics/ltv/compute.js';
import { countingPredictor, dropoutCheck, fitCountingModel, parameterVector, selectCountingModel } from '../../../../src/metrics/ltv/counting-models.js';
import { holdoutCheck } from '../../../../src/metrics/ltv/holdout.js';
import { aggregateBgNbd } from '../../../../src/metrics/ltv/bgnbd-likelihood.js';
import { fitBgNbd } from '../../../../src/metrics/ltv/bgnbd.js';
import { fitMbgNbd, mbgNbdConditionalExpectedPurchases } from '../../../../src/metrics/ltv/mbgnbd.js';
import { fitParetoNbd, paretoNbdConditionalExpectedPurchases } from '../../../../src/metrics/ltv/pnbd.js';
import { mulberry32, simulateBgNbd } from '../../../../src/metrics/ltv/simulate.js';
import type { LtvSettings } from '../../../../src/metrics/ltv/settings.js';
import { ltvJson } from '../../../../src/report/ltv-contract.js';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, CDNOW_SAMPLE, CDNOW_SUMMARY, loadCdnowHistory, loadCdnowSummary } from './cdnow-data.js';

const cdnow = loadCdnowSummary(CDNOW_SUMMARY);
const settings: LtvSettings = { margin: 1, churnAfterDays: 90, maxLifetimeYears: 10, period: 'month', timeUnit: 'week', horizon: 52, discountRate: 0.1 };
const ingest = { rows: 0 } as never;

describe('auto without a holdout: by BIC', () => {
  it('CDNOW: BIC = −2 LL + 4 ln 2,357 for each model, and the smallest is chosen', () => {
    const selection = selectCountingModel(cdnow)!;
    expect(selection.criterion).toBe('bic');
    const ll = { bgnbd: fitBgNbd(cdnow).logLikelihood!, pnbd: fitParetoNbd(cdnow).logLikelihood!, mbgnbd: fitMbgNbd(cdnow).logLikelihood! };
    for (const row of selection.comparison) {
      expect(row.logLikelihood).toBeCloseTo(ll[row.model], 4);
      expect(row.bic).toBeCloseTo(-2 * ll[row.model] + 4 * Math.log(2357), 4);
      expect(row.aic).toBeCloseTo(-2 * ll[row.model] + 8, 4);
    }
    // Four parameters each: the highest likelihood wins. MBG/NBD −9582.13 > BG/NBD −9582.43 > Pareto/NBD −9594.97.
    const best = (Object.keys(ll) as (keyof typeof ll)[]).reduce((a, b) => (ll[a] >= ll[b] ? a : b));
    expect(best).toBe('mbgnbd');
    expect(selection.chosen.model).toBe('mbgnbd');
    expect(selection.comparison.filter((row) => row.selected).map((row) => row.model)).toEqual(['mbgnbd']);
  });
});

/** Repeat purchase days per sampleid after the calibration end, scanned straight from the CSV. */
function holdoutDaysFromFile(): Map<string, number> {
  const days = new Map<string, Set<string>>();
  for (const line of readFileSync(CDNOW_SAMPLE, 'utf8').trim().split('\n').slice(1)) {
    const [, id, date] = line.trim().split(',');
    if (Number(date) > 19970930 && Number(date) <= 19980630) {
      if (!days.has(id!)) days.set(id!, new Set());
      days.get(id!)!.add(date!);
    }
  }
  return new Map([...days].map(([id, set]) => [id, set.size]));
}

describe('auto with a holdout: by per-customer RMSE', () => {
  const history = loadCdnowHistory(CDNOW_SAMPLE);
  const result = computeLtvModel(history, CDNOW_HOLDOUT_END, 'auto', settings, { calibrationEnd: CDNOW_CALIBRATION_END });
  const predictive = result.predictive!;

  it("CDNOW weeks 40–78: each model's RMSE and MAE equal a plain computation, and the smallest RMSE is chosen", () => {
    const actualById = holdoutDaysFromFile();
    const { rfm } = predictive;
    const fits = Object.fromEntries(predictive.selection!.fits.map((fit) => [fit.model, fit.params!]));
    const predict = {
      bgnbd: (x: number, tx: number, T: number) => bgNbdConditionalExpectedPurchases(fits['bgnbd'] as never, 39, x, tx, T),
      pnbd: (x: number, tx: number, T: number) => paretoNbdConditionalExpectedPurchases(fits['pnbd'] as never, 39, x, tx, T),
      mbgnbd: (x: number, tx: number, T: number) => mbgNbdConditionalExpectedPurchases(fits['mbgnbd'] as never, 39, x, tx, T),
    };
    expect(predictive.selection!.criterion).toBe('holdout-rmse');
    for (const row of predictive.selection!.comparison) {
      let squared = 0;
      let absolute = 0;
      for (let i = 0; i < rfm.x.length; i++) {
        const actual = actualById.get(predictive.customerIds[rfm.customer[i]!]!) ?? 0;
        const error = predict[row.model](rfm.x[i]!, rfm.tx[i]!, rfm.T[i]!) - actual;
        squared += error * error;
        absolute += Math.abs(error);
      }
      expect(row.holdout!.rmse).toBeCloseTo(Math.sqrt(squared / rfm.x.length), 10);
      expect(row.holdout!.mae).toBeCloseTo(absolute / rfm.x.length, 10);
    }
    const rows = predictive.selection!.comparison;
    const smallest = rows.reduce((a, b) => (a.holdout!.rmse <= b.holdout!.rmse ? a : b));
    expect(predictive.model).toBe(smallest.model);
    expect(rows.filter((row) => row.selected).map((row) => row.model)).toEqual([smallest.model]);
  });

  it('mean predicted holdout purchases by calibration purchases 0–5 match the BTYDplus demo table', () => {
    // mplatzer/BTYDplus demo on cdnowSummary, T.star = 39: mean conditional expectations by x,
    // PNBD 0.14 0.60 1.20 1.71 2.40 2.91, BGNBD 0.23 0.52 1.04 1.52 2.16 2.65, CBG/NBD (= MBG/NBD)
    // 0.19 0.55 1.05 1.49 2.10 2.56, actual 0.24 0.70 1.39 1.56 2.53 2.95.
    const published = {
      pnbd: [0.14, 0.6, 1.2, 1.71, 2.4, 2.91],
      bgnbd: [0.23, 0.52, 1.04, 1.52, 2.16, 2.65],
      mbgnbd: [0.19, 0.55, 1.05, 1.49, 2.1, 2.56],
    };
    const actual = [0.24, 0.7, 1.39, 1.56, 2.53, 2.95];
    const { rfm } = predictive;
    for (const fit of predictive.selection!.fits) {
      const predictor = countingPredictor(fit.model, parameterVector(fit)!);
      const check = holdoutCheck(history, rfm, predictor, CDNOW_HOLDOUT_END);
      published[fit.model].forEach((mean, x) => expect(check.rows[x]!.predictedMean, `${fit.model} x=${x}`).toBeCloseTo(mean, 2));
      actual.forEach((mean, x) => expect(check.rows[x]!.actualMean).toBeCloseTo(mean, 2));
    }
  });

  it('the JSON carries every model, the comparison and the chosen model', () => {
    const json = ltvJson({ ...result, ingest });
    expect(json.model).toBe('auto');
    expect(json.predictionModel).toBe(predictive.model);
    expect(Object.keys(json.pnbd!)).toEqual(expect.arrayContaining(['r', 'alpha', 's', 'beta', 'logLikelihood', 'standardErrors']));
    expect(Object.keys(json.mbgnbd!)).toEqual(expect.arrayContaining(['r', 'alpha', 'a', 'b', 'logLikelihood', 'standardErrors']));
    expect(json.bgnbd!.standardErrors!['r']).toBeGreaterThan(0);
    expect(json.modelComparison!.rows.map((row) => row.model)).toEqual(['bgnbd', 'pnbd', 'mbgnbd']);
    expect(json.dropoutTest!.identified).toBe(true);
  });
});

describe('--model pnbd and mbgnbd through computeLtvModel', () => {
  const history = loadCdnowHistory(CDNOW_SAMPLE);

  it('pnbd: predictions and JSON from the Pareto/NBD fit', () => {
    const result = computeLtvModel(history, CDNOW_CALIBRATION_END, 'pnbd', settings);
    const predictive = result.predictive!;
    expect(predictive.model).toBe('pnbd');
    const p = predictive.fit!.params!;
    const row = 0;
    const { x, tx, T } = { x: predictive.rfm.x[row]!, tx: predictive.rfm.tx[row]!, T: predictive.rfm.T[row]! };
    expect(predictive.predictions!.expectedPurchases[row]).toBeCloseTo(paretoNbdConditionalExpectedPurchases(p as never, 52, x, tx, T), 10);
    const json = ltvJson({ ...result, ingest });
    expect(json.pnbd).toMatchObject({ r: p['r'], alpha: p['alpha'], s: p['s'], beta: p['beta'] });
    expect(json.mbgnbd).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  it('plain bgnbd: none of the new JSON keys', () => {
    const json = ltvJson({ ...computeLtvModel(history, CDNOW_CALIBRATION_END, 'bgnbd', settings), ingest });
    for (const key of ['predictionModel', 'pnbd', 'mbgnbd', 'modelComparison', 'dropoutTest', 'intervals']) expect(json).not.toHaveProperty(key);
    expect(json.bgnbd).not.toHaveProperty('standardErrors');
  });
});

describe('dropout not identified', () => {
  it('customers who never drop out: the warning, with the statistic', () => {
    const random = mulberry32(99);
    const data = simulateBgNbd({ r: 0.8, alpha: 5, a: 1e-6, b: 50 }, Float64Array.from({ length: 2000 }, () => 30 + 20 * random()), random);
    const fit = fitCountingModel('bgnbd', data);
    const check = dropoutCheck(fit, aggregateBgNbd(data));
    expect(check.test!.identified).toBe(false);
    expect(check.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_DROPOUT_NOT_IDENTIFIED']);
    expect(check.warnings[0]!.message).toContain(`statistic ${check.test!.statistic.toFixed(2)}`);
  });

  it('CDNOW: no warning', () => {
    expect(dropoutCheck(fitCountingModel('pnbd', cdnow), aggregateBgNbd(cdnow)).warnings).toEqual([]);
  });
});
