/**
 * The special functions the BG/NBD and Gamma-Gamma likelihoods need: log-gamma, digamma,
 * log-beta and the Gauss hypergeometric function 2F1. Small, dependency-free pieces, each
 * tested against table values (test/unit/metrics/ltv/special.test.ts).
 *
 * log-gamma and digamma shift the argument up to x ≥ 10 with the recurrence
 * Γ(x + 1) = xΓ(x) and then use the Stirling / asymptotic series, whose coefficients are
 * B₂ₙ / (2n(2n − 1)) and B₂ₙ / (2n) (Abramowitz & Stegun 6.1.40 and 6.3.18). At x ≥ 10 the
 * first omitted term is below 1e-16, so the result is good to a few units in the last place.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const SHIFT_TO = 10;

/** Natural log of |Γ(x)|; +Infinity at the poles x = 0, −1, −2, … */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x < 0.5) {
    // Reflection Γ(x)Γ(1 − x) = π / sin(πx) (A&S 6.1.17), so negative arguments work too.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  }
  let shift = 0;
  if (x < SHIFT_TO) {
    // ln Γ(x) = ln Γ(x + n) − ln(x(x + 1)…(x + n − 1)); one log of the product.
    let product = 1;
    while (x < SHIFT_TO) {
      product *= x;
      x += 1;
    }
    shift = Math.log(product);
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // Stirling series: 1/12x − 1/360x³ + 1/1260x⁵ − 1/1680x⁷ + 1/1188x⁹ − 691/360360x¹¹ + 1/156x¹³.
  const series =
    inv *
    (1 / 12 +
      inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 / 156))))));
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
}

/** Digamma ψ(x) = d/dx ln Γ(x); NaN at the poles x = 0, −1, −2, … */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x < 0) {
    // Reflection ψ(1 − x) − ψ(x) = π cot(πx) (A&S 6.3.7).
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  }
  let shift = 0;
  while (x < SHIFT_TO) {
    // ψ(x) = ψ(x + 1) − 1/x (A&S 6.3.5).
    shift += 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  // Asymptotic series (A&S 6.3.18): ln x − 1/2x − Σ B₂ₙ / (2n x²ⁿ).
  const series =
    inv2 *
    (1 / 12 -
      inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return Math.log(x) - 0.5 / x - series - shift;
}

/** Natural log of the beta function B(a, b) = Γ(a)Γ(b) / Γ(a + b), for a, b > 0. */
export function lbeta(a: number, b: number): number {
  return lgamma(a) + lgamma(b) - lgamma(a + b);
}

/** Options of `hyp2f1`. */
export interface Hyp2f1Options {
  /** Relative tolerance of the estimated tail against the running sum (default 1e-15). */
  tolerance?: number;
  /** Most terms to sum before giving up (default 1,000,000). */
  maxTerms?: number;
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and −1 < z < 1, by its
 * power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ (A&S 15.1.1). BG/NBD only ever needs
 * z = t / (α + T + t) in [0, 1), where the terms are eventually positive and shrink like zⁿ;
 * throws a RangeError outside that domain or when the series does not settle, rather than
 * return a wrong number.
 */
export function hyp2f1(a: number, b: number, c: number, z: number, options: Hyp2f1Options = {}): number {
  const tolerance = options.tolerance ?? 1e-15;
  const maxTerms = options.maxTerms ?? 1_000_000;
  if (!(Math.abs(z) < 1)) throw new RangeError(`hyp2f1: |z| must be below 1 (got ${z})`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1: c must not be 0 or a negative integer (got ${c})`);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0) return sum; // a or b is a non-positive integer: a polynomial.
    // Stop once the tail is negligible. Far out, the ratio of successive terms tends to z;
    // bounding every later ratio by the larger of the next one and |z| bounds the tail by a
    // geometric series.
    const ratio = Math.max(Math.abs(((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2))), Math.abs(z));
    if (ratio < 1 && (Math.abs(term) * ratio) / (1 - ratio) <= tolerance * Math.abs(sum)) return sum;
  }
  throw new RangeError(`hyp2f1(${a}, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms`);
}
