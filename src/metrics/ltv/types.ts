/**
 * Shared shapes of the probabilistic LTV core: model parameters, time units and the
 * warnings a fit returns instead of throwing or printing nonsense.
 */
import type { MessageRef } from '../../i18n/index.js';

/** BG/NBD parameters (Fader, Hardie & Lee 2005): λ ~ Gamma(r, α), dropout p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Gamma-Gamma parameters (Fader & Hardie 2013): spend ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** The time unit x, t_x and T are measured in. */
export type TimeUnit = 'day' | 'week' | 'month';

/** Days in one time unit; a month is 365.25 / 12 days. */
export function unitDays(unit: TimeUnit): number {
  switch (unit) {
    case 'day':
      return 1;
    case 'week':
      return 7;
    case 'month':
      return 365.25 / 12;
  }
}

/** Stable codes of the warnings a fit can carry. */
export type LtvWarningCode =
  | 'CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS'
  | 'CARE_LTV_NOT_CONVERGED'
  | 'CARE_LTV_STARTS_DISAGREE'
  | 'CARE_LTV_DEGENERATE_PARAMETERS'
  | 'CARE_LTV_NONPOSITIVE_SPEND_EXCLUDED'
  | 'CARE_LTV_SPEND_FREQUENCY_CORRELATED'
  | 'CARE_LTV_INFINITE_MEAN_SPEND'
  | 'CARE_LTV_NO_STANDARD_ERRORS'
  | 'CARE_LTV_DROPOUT_NOT_IDENTIFIED'
  | 'CARE_LTV_SBG_NOT_FITTED'
  | 'CARE_LTV_SBG_NO_HETEROGENEITY';

/** A problem with a fit that the user should see next to its numbers. */
export interface LtvWarning {
  code: LtvWarningCode;
  message: string;
  /** The message in the catalogs (src/i18n), said in a Russian or Bulgarian run; never in the JSON (`code` and `message` are). */
  say?: MessageRef;
}

/** How the optimiser fared, for the fit report. */
export interface FitDiagnostics {
  /** Whether the best start met the gradient tolerance. */
  converged: boolean;
  /** Starts tried, and how many ended at the best log-likelihood (within 1e-6 per customer). */
  starts: number;
  startsAtBest: number;
  iterations: number;
  evaluations: number;
  /** Largest absolute gradient component of the mean negative log-likelihood over log-parameters. */
  gradientNorm: number;
  method: string;
}
