import { describe, expect, it } from 'vitest';
import { describeProgress, startProgress } from '../../../src/io/progress.js';
import { fakeIo } from '../../helpers/fake-io.js';

describe('progress on long reads', () => {
  it('says bytes, rows/s and time left', () => {
    // 20 of 80 MB in 2 s at 500,000 rows: 250,000 rows/s; 60 MB left at 10 MB/s → 6 s.
    expect(describeProgress('orders.csv', 20e6, 500_000, 80e6, 2)).toBe('orders.csv: 20.0 of 80.0 MB · 250,000 rows/s · 6 s left');
    expect(describeProgress('stdin', 5e6, 1000, undefined, 1)).toBe('stdin: 5.0 MB · 1,000 rows/s');
  });

  it('draws nothing when stderr is not a terminal (cron, pipes)', () => {
    const io = fakeIo();
    const progress = startProgress(io, 'big.csv', 100e6, () => 1000);
    progress.update(50e6, 10);
    progress.done();
    expect(io.err()).toBe('');
  });

  it('draws nothing for small inputs, even on a terminal', () => {
    const io = fakeIo({ isTTY: { stdin: true, stdout: true, stderr: true } });
    const progress = startProgress(io, 'small.csv', 1e6, () => 1000);
    progress.update(1e6, 10);
    expect(io.err()).toBe('');
  });

  it('redraws one line on a terminal at most five times a second, and clears it when done', () => {
    const io = fakeIo({ isTTY: { stdin: true, stdout: true, stderr: true } });
    let clock = 0;
    const progress = startProgress(io, 'big.csv', 100e6, () => clock);
    clock = 1000;
    progress.update(10e6, 100_000);
    clock = 1100; // too soon to redraw
    progress.update(11e6, 110_000);
    clock = 2000;
    progress.update(20e6, 200_000);
    progress.done();
    expect(io.err()).toBe('\r\u001b[Kbig.csv: 10.0 of 100.0 MB · 100,000 rows/s · 9 s left\r\u001b[Kbig.csv: 20.0 of 100.0 MB · 100,000 rows/s · 8 s left\r\u001b[K');
  });
});
