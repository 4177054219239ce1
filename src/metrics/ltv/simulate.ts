/**
 * Seeded simulation of BG/NBD customers and Gamma-Gamma spends, for tests that fit known
 * parameters back and for the fit benchmark. Deterministic for a given seed, so failures
 * reproduce.
 */
import type { BgNbdParams, GammaGammaParams } from './types.js';

/** A uniform random number generator on [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit seeded PRNG (Tommy Ettinger's public-domain generator). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function sampleNormal(random: Random): number {
  const u = 1 - random(); // (0, 1]: keeps the log finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A Gamma(shape, rate) draw by Marsaglia & Tsang (2000); shapes below 1 use the boost
 * Gamma(k) = Gamma(k + 1) · U^(1/k).
 */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = sampleNormal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/** A Beta(a, b) draw from two gamma draws. */
export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a, 1);
  const y = sampleGamma(random, b, 1);
  return x / (x + y);
}

/**
 * Simulates BG/NBD customers observed for T[i] time units after their first purchase:
 * λ ~ Gamma(r, α), p ~ Beta(a, b); repeat purchases arrive at rate λ, and after each one the
 * customer drops out with probability p (FHL 2005, assumptions i–v). Returns (x, t_x, T).
 */
export function simulateBgNbd(params: BgNbdParams, T: ArrayLike<number>, random: Random): { x: Int32Array; tx: Float64Array; T: Float64Array } {
  const n = T.length;
  const x = new Int32Array(n);
  const tx = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = sampleGamma(random, params.r, params.alpha);
    const p = sampleBeta(random, params.a, params.b);
    const age = T[i]!;
    let time = 0;
    let count = 0;
    let last = 0;
    for (;;) {
      time += -Math.log(1 - random()) / lambda;
      if (time > age) break;
      count++;
      last = time;
      if (random() < p) break;
    }
    x[i] = count;
    tx[i] = last;
  }
  return { x, tx, T: Float64Array.from(T) };
}

/**
 * Simulates each customer's mean spend over x purchases under Gamma-Gamma: ν ~ Gamma(q, γ),
 * each spend ~ Gamma(p, ν). Customers with x = 0 get 0.
 */
export function simulateGammaGamma(params: GammaGammaParams, x: ArrayLike<number>, random: Random): Float64Array {
  const monetary = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const count = x[i]!;
    if (count <= 0) continue;
    const nu = sampleGamma(random, params.q, params.gamma);
    // The sum of `count` Gamma(p, ν) spends is Gamma(count · p, ν).
    monetary[i] = sampleGamma(random, count * params.p, nu) / count;
  }
  return monetary;
}
