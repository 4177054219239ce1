/**
 * Benchmark: fitting BG/NBD + Gamma-Gamma on a simulated customer base (target: 100,000
 * customers in under 5 s on the 2-core reference machine).
 *
 * The population is drawn (seeded) from the published CDNOW parameters with day-resolution
 * times, as real exports give: customers acquired over a year and observed for another,
 * t_x and T whole days expressed in weeks, spends in cents. Only the two fits are timed,
 * aggregation of identical rows included; the simulation is not.
 *
 * Run alone: `npx tsx bench/ltv-fit.ts [customers]` (default 100,000).
 */
import { pathToFileURL } from 'node:url';
import { fitBgNbd } from '../src/metrics/ltv/bgnbd.js';
import { fitGammaGamma } from '../src/metrics/ltv/gamma-gamma.js';
import { mulberry32, simulateBgNbd, simulateGammaGamma } from '../src/metrics/ltv/simulate.js';
import type { BgNbdParams, GammaGammaParams } from '../src/metrics/ltv/types.js';

const TRUTH_BGNBD: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const TRUTH_GAMMA_GAMMA: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 1544 };

/** What one benchmark run measured. */
export interface LtvFitBenchResult {
  customers: number;
  /** Wall time of both fits, in seconds. */
  seconds: number;
  bgnbdSeconds: number;
  gammaGammaSeconds: number;
  distinctRows: number;
  params: { bgnbd?: BgNbdParams; gammaGamma?: GammaGammaParams };
  converged: boolean;
}

/** Simulates a seeded BG/NBD + Gamma-Gamma population of `customers` and times fitting both models to it. */
export async function benchLtvFit(customers: number): Promise<LtvFitBenchResult> {
  const random = mulberry32(20260105);
  // Acquired uniformly over 52 weeks, observed until week 104: T from 52 to 104 weeks, in whole days.
  const T = Float64Array.from({ length: customers }, () => (364 + Math.floor(random() * 365)) / 7);
  const simulated = simulateBgNbd(TRUTH_BGNBD, T, random);
  // Purchases land on days: t_x rounded down to a whole day.
  const tx = Float64Array.from(simulated.tx, (weeks) => Math.floor(weeks * 7) / 7);
  const monetary = Float64Array.from(simulateGammaGamma(TRUTH_GAMMA_GAMMA, simulated.x, random), Math.round);

  const start = performance.now();
  const bgnbd = fitBgNbd({ x: simulated.x, tx, T });
  const middle = performance.now();
  const gammaGamma = fitGammaGamma({ x: simulated.x, monetary });
  const end = performance.now();
  return {
    customers,
    seconds: (end - start) / 1000,
    bgnbdSeconds: (middle - start) / 1000,
    gammaGammaSeconds: (end - middle) / 1000,
    distinctRows: bgnbd.distinctRows,
    params: { bgnbd: bgnbd.params, gammaGamma: gammaGamma.params },
    converged: (bgnbd.diagnostics?.converged ?? false) && (gammaGamma.diagnostics?.converged ?? false),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const customers = Number(process.argv[2] ?? 100_000);
  const result = await benchLtvFit(customers);
  const round = (value: number): string => value.toPrecision(4);
  process.stdout.write(
    `ltv fit, ${customers.toLocaleString('en')} customers (${result.distinctRows.toLocaleString('en')} distinct rows): ` +
      `${result.seconds.toFixed(2)} s (BG/NBD ${result.bgnbdSeconds.toFixed(2)} s, Gamma-Gamma ${result.gammaGammaSeconds.toFixed(2)} s)` +
      `${result.converged ? '' : ' — NOT CONVERGED'}\n` +
      `  BG/NBD r=${round(result.params.bgnbd?.r ?? NaN)} alpha=${round(result.params.bgnbd?.alpha ?? NaN)} ` +
      `a=${round(result.params.bgnbd?.a ?? NaN)} b=${round(result.params.bgnbd?.b ?? NaN)}; ` +
      `Gamma-Gamma p=${round(result.params.gammaGamma?.p ?? NaN)} q=${round(result.params.gammaGamma?.q ?? NaN)} ` +
      `gamma=${round(result.params.gammaGamma?.gamma ?? NaN)}\n`,
  );
}
