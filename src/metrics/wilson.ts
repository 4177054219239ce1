/**
 * The Wilson score interval for a proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22(158) 209–212): unlike the plain ±1.96√(p(1−p)/n)
 * it never leaves 0–1 and is not zero-width when every case went one way, which is why it is the
 * interval recommended at small n (Brown, Cai & DasGupta 2001, Statistical Science 16(2) 101–133).
 * For retention and churn rates: lost (or retained) of the customers at the start.
 */

/** 95% two-sided. */
export const Z_95 = 1.959963984540054;

export interface ProportionInterval {
  successes: number;
  trials: number;
  /** successes / trials. */
  rate: number;
  low: number;
  high: number;
}

/**
 * center = (p + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²);
 * null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): ProportionInterval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { successes, trials, rate: p, low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
