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

/** An interval for the difference of two proportions. */
export interface DifferenceInterval {
  /** p1 − p2. */
  difference: number;
  low: number;
  high: number;
}

/**
 * The 95% interval of p1 − p2 from the two Wilson intervals (Newcombe 1998, "Interval estimation for
 * the difference between independent proportions", Statistics in Medicine 17, 873–890, method 10):
 * low = d − √((p1 − l1)² + (u2 − p2)²), high = d + √((u1 − p1)² + (p2 − l2)²). It keeps the Wilson
 * interval's good behaviour at small n and at rates of 0 or 1; null when either side has no trials.
 */
export function newcombeDifference(successes1: number, trials1: number, successes2: number, trials2: number, z = Z_95): DifferenceInterval | null {
  const one = wilsonInterval(successes1, trials1, z);
  const two = wilsonInterval(successes2, trials2, z);
  if (one === null || two === null) return null;
  const difference = one.rate - two.rate;
  return {
    difference,
    low: difference - Math.sqrt((one.rate - one.low) ** 2 + (two.high - two.rate) ** 2),
    high: difference + Math.sqrt((one.high - one.rate) ** 2 + (two.rate - two.low) ** 2),
  };
}
