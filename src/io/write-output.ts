/**
 * Writing output files so that a reader — or the next cron run — only ever sees the old file or
 * the complete new one (docs/guarantees.md):
 * - the text goes to a temp file beside the target, created exclusively under an unpredictable
 *   name (temp-files.ts), never through a symbolic link;
 * - every write's byte count is checked (a short write on a nearly full disk is not success);
 * - the temp file is fsynced, then renamed over the target, then the folder is fsynced;
 * - the target keeps its mode (a 0600 file stays 0600) and, when root writes, its owner; a new
 *   file gets the default mode (0666 less the umask);
 * - a target that is a symbolic link is written through it (write-target.ts);
 * - the target is never an input of the run (output-paths.ts);
 * - any failure removes the temp file and leaves the previous file as it was; it is reported as
 *   one line with exit 2 (the path cannot be written) or 3 (the device failed) (write-error.ts).
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, ftruncateSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isCareError } from '../errors.js';
import { type Day, formatDay } from '../time/days.js';
import { isoWeekLabel } from '../time/periods.js';
import { untrackLiveFile } from './live-files.js';
import { assertNotInput } from './output-paths.js';
import { cleanStaleTemps, createTempFile } from './temp-files.js';
import { shortWriteError, writeFailure } from './write-error.js';
import { type WriteTarget, resolveWriteTarget } from './write-target.js';

/** `weekly-{isoWeek}.csv` → `weekly-2011-W49.csv`. */
export function fillOutputName(template: string, asOf: Day | undefined): string {
  if (asOf === undefined) return template;
  return template.replaceAll('{asOf}', formatDay(asOf)).replaceAll('{isoWeek}', isoWeekLabel(asOf));
}

export interface WriteOptions {
  /** Follow a symbolic link at the name (default). False for names care makes up (--out-dir). */
  throughLinks?: boolean;
  /** What is written, for the error line: `cannot write <what>: …`. */
  what?: string;
}

/** Writes all of `bytes` at `position` (null: the file offset), looping over short writes. */
export function writeAll(fd: number, bytes: Uint8Array, position: number | null = null): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset, position === null ? null : position + offset);
    if (written <= 0) throw shortWriteError();
    offset += written;
  }
}

/** Writes `text` to `file` atomically (see the module comment). */
export function writeFileAtomic(file: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  const writer = new AtomicFileWriter(file, options);
  try {
    writer.write(text);
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/** Bytes kept in memory before they go to the temp file. */
const CHUNK = 64 * 1024;

/**
 * A file written as it goes (--rejects, streamed output), appearing under its name only when
 * complete. Writes are buffered and checked; `reset` starts the file over; `abort` removes it.
 */
export class AtomicFileWriter {
  private readonly target: WriteTarget;
  private readonly temp: string | undefined;
  private fd: number | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private position = 0;

  constructor(
    private readonly file: string,
    private readonly options: WriteOptions = {},
  ) {
    try {
      this.target = resolveWriteTarget(file, options.throughLinks !== false);
      assertNotInput(file, this.target.existing);
      if (this.target.direct) {
        this.fd = openSync(this.target.path, 'w');
        return;
      }
      const folder = path.dirname(this.target.path);
      cleanStaleTemps(folder);
      const opened = createTempFile(folder, this.target.existing === undefined ? 0o666 : 0o600);
      this.temp = opened.path;
      this.fd = opened.fd;
    } catch (error) {
      throw this.failure(error);
    }
  }

  write(text: string | Uint8Array): void {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= CHUNK) this.flush();
  }

  /** Starts the file over (its input is being read again from the start). */
  reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    if (this.target.direct) return; // a device or pipe cannot be taken back
    try {
      ftruncateSync(this.openFd(), 0);
      this.position = 0;
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Puts the complete file in place. */
  commit(): void {
    this.flush();
    const fd = this.openFd();
    try {
      if (this.temp !== undefined) {
        keepModeAndOwner(fd, this.target);
        fsyncSync(fd);
      }
      this.fd = undefined;
      closeSync(fd);
      if (this.temp !== undefined) {
        renameSync(this.temp, this.target.path);
        untrackLiveFile(this.temp);
        fsyncFolder(path.dirname(this.target.path));
      }
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Removes the temp file; the previous file stays as it was. Safe to call more than once. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = undefined;
    }
    if (this.temp !== undefined) {
      try {
        unlinkSync(this.temp);
      } catch {
        // already renamed or removed
      }
      untrackLiveFile(this.temp);
    }
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      writeAll(this.openFd(), bytes, this.target.direct ? null : this.position);
      this.position += bytes.length;
    } catch (error) {
      throw this.failure(error);
    }
  }

  private openFd(): number {
    if (this.fd === undefined) throw Object.assign(new Error('the file is closed'), { code: 'EBADF' });
    return this.fd;
  }

  /** Any failure: the temp file goes, the error becomes the one line the user reads. */
  private failure(error: unknown): Error {
    this.abort();
    if (isCareError(error)) return error;
    return writeFailure(error, this.file, this.options.what === undefined ? {} : { what: this.options.what });
  }
}

/** The mode (and, for root, the owner) of the file being replaced; a new file keeps the umask mode. */
function keepModeAndOwner(fd: number, target: WriteTarget): void {
  const existing = target.existing;
  if (existing === undefined) return;
  if (process.getuid?.() === 0) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      // a file system without owners (FAT, some network mounts)
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

/** Makes the rename itself durable; not every file system lets a folder be opened for it. */
function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // best effort: the data itself was fsynced before the rename
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Creates the folder --out-dir names (and its parents); a file in the way or no permission is one line, exit 2. */
export function makeFolder(dir: string, given: string = dir): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // mkdir -p over a file says EEXIST or ENOTDIR: either way the path names a file, not a folder.
    const code = (error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }) : error;
    throw writeFailure(code, given, { what: '--out-dir' });
  }
}
