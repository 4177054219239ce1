/**
 * The probabilistic LTV core in one import: BG/NBD and Gamma-Gamma fits, their predictions,
 * the RFM step from a CustomerHistory, the holdout check and discounted CLV. Pure: no I/O.
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
  unitDays,
  type BgNbdParams,
  type FitDiagnostics,
  type GammaGammaParams,
  type LtvWarning,
  type LtvWarningCode,
  type TimeUnit,
} from './types.js';
