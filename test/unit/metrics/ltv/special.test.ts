import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, lbeta, lgamma } from '../../../../src/metrics/ltv/special.js';

const EULER_GAMMA = 0.5772156649015329;

/** Relative closeness, with an absolute floor for values near zero. */
function expectClose(actual: number, expected: number, relative = 1e-13): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe('lgamma', () => {
  it('matches closed forms: Γ(1/2) = √π, Γ(3/2) = √π/2, Γ(−1/2) = −2√π, factorials', () => {
    expectClose(lgamma(0.5), Math.log(Math.sqrt(Math.PI)));
    expectClose(lgamma(1.5), Math.log(Math.sqrt(Math.PI) / 2));
    expectClose(lgamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)));
    expectClose(lgamma(1), 0);
    expectClose(lgamma(2), 0);
    expectClose(lgamma(10), Math.log(362880));
    expectClose(lgamma(21), Math.log(2432902008176640000));
  });

  it('matches table values (A&S table 6.1 / scipy.special.gammaln)', () => {
    expectClose(lgamma(0.1), 2.252712651734206);
    expectClose(lgamma(3.7), 1.428072326665388);
    expectClose(lgamma(100), 359.1342053695754);
    expectClose(lgamma(1e6), 12815504.569147611);
    // Near zero ln Γ(x) ≈ −ln x − γx.
    expectClose(lgamma(1e-8), 18.42068073818021);
  });

  it('is +Infinity at the poles and NaN for NaN', () => {
    expect(lgamma(0)).toBe(Infinity);
    expect(lgamma(-3)).toBe(Infinity);
    expect(lgamma(NaN)).toBeNaN();
  });

  it('satisfies the recurrence ln Γ(x + 1) = ln Γ(x) + ln x across the shift boundary', () => {
    for (const x of [0.3, 2.5, 9.5, 9.999, 10, 10.5, 57.25]) expectClose(lgamma(x + 1), lgamma(x) + Math.log(x), 1e-14);
  });
});

describe('digamma', () => {
  it('matches closed forms: ψ(1) = −γ, ψ(2) = 1 − γ, ψ(1/2) = −γ − 2 ln 2', () => {
    expectClose(digamma(1), -EULER_GAMMA);
    expectClose(digamma(2), 1 - EULER_GAMMA);
    expectClose(digamma(0.5), -EULER_GAMMA - 2 * Math.log(2));
  });

  it('matches table values (A&S table 6.1 / scipy.special.digamma)', () => {
    expectClose(digamma(10), 2.251752589066721);
    expectClose(digamma(100), 4.600161852738088);
    expectClose(digamma(3.3), 1.0348224890596216);
    expectClose(digamma(0.01), -100.56088545786868);
    expectClose(digamma(-0.5), 0.03648997397857651);
  });

  it('is the derivative of lgamma', () => {
    for (const x of [0.2, 1.7, 8, 30]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 7);
    }
  });
});

describe('lbeta', () => {
  it('matches B(a, b) = Γ(a)Γ(b)/Γ(a+b) on exact values', () => {
    expectClose(lbeta(2, 3), Math.log(1 / 12));
    expectClose(lbeta(1, 7), Math.log(1 / 7));
    expectClose(lbeta(0.5, 0.5), Math.log(Math.PI));
  });
});

describe('hyp2f1', () => {
  it('matches closed forms (A&S 15.1.3–15.1.8)', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99, -0.5]) {
      expectClose(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z, 1e-12);
      expectClose(hyp2f1(2.5, 3, 3, z), Math.pow(1 - z, -2.5), 1e-12);
    }
    const s = 0.8;
    expectClose(hyp2f1(0.5, 0.5, 1.5, s * s), Math.asin(s) / s, 1e-12);
    expect(hyp2f1(0.3, 0.7, 1.1, 0)).toBe(1);
  });

  it('is a polynomial when a is a negative integer', () => {
    // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    expectClose(hyp2f1(-2, 3, 4, 0.5), 1 - (2 * 3 * 0.5) / 4 + (3 * 4 * 0.25) / (4 * 5), 1e-14);
  });

  it('matches reference values at BG/NBD arguments (scipy.special.hyp2f1)', () => {
    // The CDNOW eq. 10 term for x = 2, T = 38.86, t = 39, and the eq. 9 term for t = 39.
    expectClose(hyp2f1(2.243, 4.426, 5.219, 39 / (4.414 + 38.86 + 39)), 3.2982454899713236, 1e-12);
    expectClose(hyp2f1(0.243, 2.426, 2.219, 39 / (4.414 + 39)), 1.9373703025926516, 1e-12);
    expectClose(hyp2f1(0.243, 2.426, 2.219, 0.99), 4.375261367408511, 1e-11);
    expectClose(hyp2f1(0.243, 2.426, 0.5, 0.999), 1308000.7228723622, 1e-9);
  });

  it('refuses arguments outside its domain instead of returning a wrong number', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -1, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, 0.999999, { maxTerms: 100 })).toThrow(/did not converge/);
  });
});
