/**
 * Writing results to --out: the name's `{asOf}` and `{isoWeek}` are filled in, the text goes to
 * a temporary file beside the target and is renamed over it, so a cron job never leaves half a
 * file and a failed run never spoils the previous one.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { type Day, formatDay } from '../time/days.js';
import { isoWeekLabel } from '../time/periods.js';

/** `weekly-{isoWeek}.csv` → `weekly-2011-W49.csv`. */
export function fillOutputName(template: string, asOf: Day | undefined): string {
  if (asOf === undefined) return template;
  return template.replaceAll('{asOf}', formatDay(asOf)).replaceAll('{isoWeek}', isoWeekLabel(asOf));
}

/** Writes `text` to `file` atomically (temp file in the same folder, fsync, rename). */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.care-tmp-${process.pid}-${Date.now().toString(36)}-${path.basename(file)}`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError('CARE_CANNOT_WRITE', `cannot write the output (${code})`, { file, hint: 'check that the folder exists and is writable' });
  }
}

/** A file written as it goes (for --rejects), appearing under its name only when complete. */
export class AtomicFileWriter {
  private readonly temp: string;
  private fd: number;

  constructor(private readonly file: string) {
    const dir = path.dirname(path.resolve(file));
    this.temp = path.join(dir, `.care-tmp-${process.pid}-${Date.now().toString(36)}-${path.basename(file)}`);
    try {
      this.fd = openSync(this.temp, 'w');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError('CARE_CANNOT_WRITE', `cannot write the file (${code})`, { file, hint: 'check that the folder exists and is writable' });
    }
  }

  write(text: string): void {
    writeSync(this.fd, text);
  }

  /** Starts the file over (its input is being read again from the start). */
  reset(): void {
    closeSync(this.fd);
    this.fd = openSync(this.temp, 'w');
  }

  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.temp, this.file);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }
}
