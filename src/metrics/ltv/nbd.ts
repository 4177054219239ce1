/**
 * The NBD model without dropout (Ehrenberg 1959; the limit of BG/NBD as a → 0 and of Pareto/NBD
 * as μ → 0): every customer stays, buying at rate λ ~ Gamma(r, α). It is the null model of the
 * test whether the data can tell dropout from no dropout (uncertainty.ts, `dropoutTest`).
 *
 * Per customer, from the timing of the x repeat purchases in (0, T]:
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α − (r+x) ln(α+T)
 * (BG/NBD's likelihood with its dropout term removed; it differs from the count-only NBD
 * likelihood by T^x / x!, which does not depend on the parameters, so the fits agree).
 */
import { aggregateBgNbd, type BgNbdAggregate, type BgNbdData } from './bgnbd-likelihood.js';
import { fitByLogParameters, purchaseTimeScale } from './model-fit.js';
import { lgamma } from './special.js';
import type { FitDiagnostics } from './types.js';

export interface NbdParams {
  r: number;
  alpha: number;
}

/** Total NBD log-likelihood over the distinct weighted rows of `aggregateBgNbd`. */
export function nbdLogLikelihood(params: NbdParams, data: BgNbdAggregate): number {
  const { r, alpha } = params;
  let ll = 0;
  for (let k = 0; k < data.xs.length; k++) {
    const x = data.xs[k]!;
    ll += data.weightOfX[k]! * (lgamma(r + x) - lgamma(r) + r * Math.log(alpha));
  }
  for (let i = 0; i < data.rows; i++) ll -= data.rowWeight[i]! * (r + data.rowX[i]!) * Math.log(alpha + data.ts[data.rowTIndex[i]!]!);
  return ll;
}

export interface NbdFit {
  params: NbdParams;
  logLikelihood: number;
  diagnostics: FitDiagnostics;
}

/** Fits the NBD without dropout by maximum likelihood; undefined when nobody bought again. */
export function fitNbd(data: BgNbdData | BgNbdAggregate): NbdFit | undefined {
  const aggregate = 'rows' in data ? data : aggregateBgNbd(data);
  if (aggregate.repeatCustomers === 0) return undefined;
  const gap = purchaseTimeScale(aggregate.customers, aggregate.totalRepeatPurchases, aggregate.meanT);
  const fit = fitByLogParameters({
    label: 'NBD',
    names: ['r', 'alpha'],
    scales: [1, gap],
    logLikelihood: (v) => nbdLogLikelihood({ r: v[0]!, alpha: v[1]! }, aggregate),
    customers: aggregate.customers,
    starts: [
      [1, gap],
      [0.3, 0.3 * gap],
      [3, 3 * gap],
    ],
  });
  return { params: { r: fit.params[0]!, alpha: fit.params[1]! }, logLikelihood: fit.logLikelihood, diagnostics: fit.diagnostics };
}
