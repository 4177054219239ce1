import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/datasets.js';
import { runCare } from '../helpers/run-care.js';

const cdnow = fixture('cdnow', 'cdnow-sample.csv');

// Published: Fader, Hardie & Lee (2005), BG/NBD on the 39-week calibration of the CDNOW sample,
// and Fader & Hardie (2013), Gamma-Gamma on its 946 repeat customers (fixtures/cdnow/README.md).
describe('care ltv on the raw CDNOW sample through the CLI', () => {
  it('reproduces the published BG/NBD and Gamma-Gamma estimates when free orders count, as the published data does', () => {
    const run = runCare(['ltv', cdnow, '--model', 'bgnbd', '--calibration-end', '1997-09-30', '--time-unit', 'week', '--zero-orders', 'count', '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const within1pc = (value: number, published: number) => expect(Math.abs(value - published) / published).toBeLessThan(0.01);
    within1pc(result.bgnbd.r, 0.243);
    within1pc(result.bgnbd.alpha, 4.414);
    within1pc(result.bgnbd.a, 0.793);
    within1pc(result.bgnbd.b, 2.426);
    expect(Math.abs(result.bgnbd.logLikelihood - -9582.4)).toBeLessThan(0.5);
    expect(result.bgnbd.customers).toBe(2357);
    within1pc(result.gammaGamma.p, 6.25);
    within1pc(result.gammaGamma.q, 3.74);
    within1pc(result.gammaGamma.gamma, 15.44);
    expect(result.gammaGamma.customers).toBe(946);
  });

  // Published: Fader, Hardie & Lee (2005), "A Note on Deriving the Pareto/NBD Model and Related
  // Expressions": r = 0.5533, α = 10.5776, s = 0.6061, β = 11.6650, LL = −9594.98 on the same calibration.
  it('reproduces the published Pareto/NBD estimates with --model pnbd', () => {
    const run = runCare(['ltv', cdnow, '--model', 'pnbd', '--calibration-end', '1997-09-30', '--zero-orders', 'count', '--format', 'json']);
    expect(run.code).toBe(0);
    const { pnbd, predictionModel } = JSON.parse(run.stdout);
    expect(predictionModel).toBe('pnbd');
    const within1pc = (value: number, published: number) => expect(Math.abs(value - published) / published).toBeLessThan(0.01);
    within1pc(pnbd.r, 0.5533);
    within1pc(pnbd.alpha, 10.5776);
    within1pc(pnbd.s, 0.6061);
    within1pc(pnbd.beta, 11.665);
    expect(Math.abs(pnbd.logLikelihood - -9594.98)).toBeLessThan(0.5);
  });
});
