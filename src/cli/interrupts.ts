/**
 * SIGINT / SIGTERM for a command that must finish a step before it stops (a --send batch
 * writes its send log and says what was sent). While watched, the first signal goes to the
 * command alone: the process-wide handlers (main.ts: remove temp and lock files, exit at once)
 * are set aside and put back when the watch ends. A second signal is not waited on: they are put
 * back and the signal raised again, so the process ends the usual way.
 */
import type { Interrupts } from '../email/send.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function processInterrupts(): Interrupts {
  return {
    watch(onSignal) {
      const others = new Map(SIGNALS.map((signal) => [signal, process.rawListeners(signal) as ((...args: unknown[]) => void)[]]));
      let seen = false;
      let watching = true;
      const stop = (): void => {
        if (!watching) return;
        watching = false;
        for (const signal of SIGNALS) {
          process.off(signal, handler);
          for (const listener of others.get(signal) ?? []) process.on(signal, listener);
        }
      };
      const handler = (signal: NodeJS.Signals): void => {
        if (seen) {
          stop();
          process.kill(process.pid, signal);
          return;
        }
        seen = true;
        onSignal(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
      };
      for (const signal of SIGNALS) {
        process.removeAllListeners(signal);
        process.on(signal, handler);
      }
      return stop;
    },
  };
}
