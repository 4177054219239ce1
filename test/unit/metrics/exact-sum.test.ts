import { describe, expect, it } from 'vitest';
import { exactSum } from '../../../src/metrics/exact-sum.js';

/** A seeded shuffle (mulberry32), so a failure is reproducible. */
function shuffled(values: number[], seed: number): number[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('exactSum', () => {
  it('rounds the exact total once (values from the math.fsum documentation and by hand)', () => {
    // Ten 0.1s: a plain loop gives 0.9999999999999999; the exact total of ten copies of the double
    // nearest 0.1 rounds to 1.
    expect(Array(10).fill(0.1).reduce((a: number, b: number) => a + b, 0)).not.toBe(1);
    expect(exactSum(Array(10).fill(0.1))).toBe(1);
    // Cancellation: 1e100 + 1 − 1e100 is exactly 1; a plain sum gives 0.
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    expect(exactSum([1, 1e100, 1, -1e100])).toBe(2);
    expect(exactSum([])).toBe(0);
    expect(exactSum([2 ** 53, 1, 1])).toBe(2 ** 53 + 2); // a plain left-to-right sum loses both 1s
  });

  it('gives the same digits in any order, where a plain sum does not', () => {
    const values = Array.from({ length: 2000 }, (_, i) => Math.sin(i * 12.9898) * 10 ** ((i % 7) - 3));
    const plain = new Set<number>();
    const exact = new Set<number>();
    for (let seed = 1; seed <= 20; seed++) {
      const order = shuffled(values, seed);
      plain.add(order.reduce((a, b) => a + b, 0));
      exact.add(exactSum(order));
    }
    expect(plain.size).toBeGreaterThan(1);
    expect(exact.size).toBe(1);
  });

  it('passes infinities and NaN through as a plain sum would', () => {
    expect(exactSum([1, Infinity])).toBe(Infinity);
    expect(exactSum([Infinity, -Infinity])).toBeNaN();
  });
});
