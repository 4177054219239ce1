/**
 * Progress on long reads: bytes read, rows/s and time left, redrawn on one stderr line. Only on
 * a terminal and only for inputs big enough to wait on; cron jobs and pipes see nothing.
 */
import type { Io } from './types.js';

/** Inputs smaller than this finish before a progress line would be worth reading. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
const REDRAW_MS = 200;

export interface Progress {
  update(bytes: number, rows: number): void;
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

/** A progress line for reading `label` of `totalBytes` (undefined for stdin). */
export function startProgress(io: Io, label: string, totalBytes: number | undefined, now: () => number = () => performance.now()): Progress {
  if (!io.isTTY.stderr || (totalBytes !== undefined && totalBytes < PROGRESS_MIN_BYTES)) return SILENT;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(bytes, rows) {
      const at = now();
      if (at - lastDraw < REDRAW_MS) return;
      lastDraw = at;
      drawn = true;
      io.stderr.write(`\r\u001b[K${describeProgress(label, bytes, rows, totalBytes, (at - started) / 1000)}`);
    },
    done() {
      if (drawn) io.stderr.write('\r\u001b[K');
    },
  };
}

/** `orders.csv: 23.4 of 58.0 MB · 412,000 rows/s · 3 s left`. */
export function describeProgress(label: string, bytes: number, rows: number, totalBytes: number | undefined, seconds: number): string {
  const mb = (value: number) => (value / 1e6).toFixed(1);
  const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
  const parts = [`${label}: ${mb(bytes)}${totalBytes === undefined ? '' : ` of ${mb(totalBytes)}`} MB`, `${rate.toLocaleString('en-US')} rows/s`];
  if (totalBytes !== undefined && bytes > 0 && seconds > 0) {
    const left = Math.max(0, Math.round(((totalBytes - bytes) / bytes) * seconds));
    parts.push(`${left} s left`);
  }
  return parts.join(' · ');
}
