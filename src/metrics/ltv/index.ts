/**
 * The probabilistic LTV core in one import: BG/NBD, Pareto/NBD, MBG/NBD and Gamma-Gamma fits,
 * their predictions, standard errors and bootstrap intervals, sBG for subscriptions, the RFM step
 * from a CustomerHistory, the holdout check and discounted CLV. Pure: no I/O.
 */
export { fitBgNbd, type BgNbdFit, type BgNbdFitOptions } from './bgnbd.js';
export { aggregateBgNbd, bgNbdCustomerLogLikelihood, bgNbdLogLikelihood, type BgNbdData } from './bgnbd-likelihood.js';
export {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
} from './bgnbd-predict.js';
export {
  fitGammaGamma,
  gammaGammaExpectedSpend,
  gammaGammaLogLikelihood,
  pearsonCorrelation,
  type GammaGammaData,
  type GammaGammaFit,
  type GammaGammaFitOptions,
} from './gamma-gamma.js';
export { countPurchaseDays, rfmFromHistory, type RfmOptions, type RfmTable } from './rfm.js';
export { holdoutCheck, type HoldoutCheck, type HoldoutRow } from './holdout.js';
export { discountSchedule, predictCustomer, predictCustomers, type ClvOptions, type CustomerPrediction, type CustomerRfm } from './clv.js';
export {
  COUNTING_MODEL_CHOICES,
  COUNTING_MODELS,
  countingModelLabel,
  fitCountingModel,
  selectCountingModel,
  type CountingFit,
  type CountingModel,
  type CountingModelChoice,
  type ModelComparisonRow,
  type ModelSelection,
} from './counting-models.js';
export { fitParetoNbd, paretoNbdConditionalExpectedPurchases, paretoNbdExpectedPurchases, paretoNbdProbabilityAlive, type ParetoNbdFit, type ParetoNbdParams } from './pnbd.js';
export { fitMbgNbd, mbgNbdConditionalExpectedPurchases, mbgNbdExpectedPurchases, mbgNbdProbabilityAlive, type MbgNbdFit, type MbgNbdParams } from './mbgnbd.js';
export { bootstrapIntervals, DEFAULT_INTERVAL_OPTIONS, type IntervalOptions, type PredictionIntervals } from './intervals.js';
export { dropoutTest, observedInformation, type DropoutTest, type ParameterUncertainty } from './uncertainty.js';
export { fitSbg, sbgDiscountedResidualLifetime, sbgRetentionRates, sbgSurvival, type SbgFit, type SbgParams } from './sbg.js';
export { computeSubscriptionSbg, type SbgOptions, type SbgResult } from './sbg-cohorts.js';
export {
  unitDays,
  type BgNbdParams,
  type FitDiagnostics,
  type GammaGammaParams,
  type LtvWarning,
  type LtvWarningCode,
  type TimeUnit,
} from './types.js';
