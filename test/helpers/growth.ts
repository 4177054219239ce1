import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How a piece of work grows with its input: the CPU time for an input `factor` times larger over the
 * CPU time for the smaller one. CPU time of this process, not the wall clock: on a busy machine the wall
 * clock counts the time other processes ran. Each timing repeats the work until at least 25 ms have passed (so a fast run
 * is not lost in timer and GC noise) and the best of three is kept (the least disturbed by other
 * processes). Linear work gives about `factor` (8 by default), quadratic its square (64); tests
 * allow a generous margin for the garbage collector and a busy machine, well below the quadratic. Speed itself is measured in bench/, never asserted in a unit test.
 */
export function growthRatio(work: (size: number) => void, size: number, factor = 8, runs = 3): number {
  work(size); // warm the JIT up
  const perCall = (n: number): number => {
    collectGarbage();
    const started = cpuMs();
    let calls = 0;
    let elapsed = 0;
    do {
      work(n);
      calls += 1;
      elapsed = cpuMs() - started;
    } while (elapsed < 25);
    return elapsed / calls;
  };
  const best = (n: number): number => {
    let fastest = Infinity;
    for (let run = 0; run < runs; run += 1) fastest = Math.min(fastest, perCall(n));
    return fastest;
  };
  return best(size * factor) / best(size);
}

/**
 * A full garbage collection before each timing, so one size does not pay for the garbage the
 * other left behind (the collector's own threads count in the process's CPU time).
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** CPU time this process has used (user and system), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
