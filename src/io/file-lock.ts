/**
 * An exclusive lock beside a shared file (`FILE.lock`), so runs that read-modify-write it (the
 * --history of several cron jobs) take turns instead of losing each other's rows.
 *
 * - Taking it: the owner line (pid, host, time) is written to a temp file which is then
 *   hard-linked to `FILE.lock`; link() fails when the lock exists, so the lock appears whole or
 *   not at all (never an empty lock from a process killed between create and write).
 * - Stale: its process is gone (same host, pid not running: a kill -9), or it is older than
 *   `staleMs` (a holder that hangs). A stale lock is moved aside under a random name and removed
 *   only if it is still the very file judged stale (same inode); a fresh lock moved aside by a
 *   slower racer is put back.
 * - Busy: wait with growing pauses (10 ms doubling to 250 ms, with jitter) up to `timeoutMs`,
 *   then exit 3 naming the holder's pid.
 * - The lock file is tracked for removal if the run is interrupted (live-files.ts).
 *
 * Written here rather than taken from proper-lockfile: it is asynchronous only and relies on
 * mtime refreshes, and this needs a synchronous lock around a few milliseconds of work, with the
 * owner's pid in the message.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { OutputError, isCareError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { trackLiveFile, untrackLiveFile } from './live-files.js';
import { writeFileAtomic } from './write-output.js';
import { writeFailure } from './write-error.js';

export interface LockOptions {
  /** How long to wait for a busy lock before giving up (exit 3). */
  timeoutMs?: number;
  /** A lock older than this is stale even when its pid seems alive (a hung or reused pid). */
  staleMs?: number;
  /** What is locked, for the error line ("the history"). */
  what?: string;
  /** The same as a catalog message, for a run in another language (docs/messages.md). */
  whatSay?: MessageRef;
  /** Told once when a stale lock is taken over: the line in English, and as a catalog message (docs/messages.md). */
  notice?: (line: string, said?: MessageRef) => void;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
export const DEFAULT_STALE_LOCK_MS = 10 * 60 * 1000;

interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

export interface HeldLock {
  file: string;
  release(): void;
}

/** Runs `work` holding the lock of `target`; the lock is released however `work` ends. */
export function withFileLock<T>(target: string, work: () => T, options: LockOptions = {}): T {
  const lock = acquireFileLock(target, options);
  try {
    return work();
  } finally {
    lock.release();
  }
}

/** Takes `target.lock`, waiting for a busy one (see the module comment). */
export function acquireFileLock(target: string, options: LockOptions = {}): HeldLock {
  const file = `${target}.lock`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_LOCK_MS;
  const owner = `${JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() } satisfies LockOwner)}\n`;
  const started = Date.now();
  let pause = 10;
  for (;;) {
    if (tryTake(file, owner, options.what)) {
      return { file, release: () => release(file, owner) };
    }
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    if (isStale(holder, staleMs)) {
      if (breakStale(file, holder.ino)) {
        const pid = holder.owner === undefined ? say('lock.unknownProcess') : String(holder.owner.pid);
        const said = say('lock.takenOver', { what: options.whatSay ?? options.what ?? target, pid });
        options.notice?.(`care: ${options.what ?? target}: took over the lock of process ${holder.owner?.pid ?? '(unknown)'}, which is no longer running\n`, said);
      }
      continue;
    }
    if (Date.now() - started >= timeoutMs) {
      const who = holder.owner === undefined ? 'another process' : `pid ${holder.owner.pid}${holder.owner.host === hostname() ? '' : ` on ${holder.owner.host}`}`;
      const whoSaid = holder.owner === undefined ? say('lock.anotherProcess') : holder.owner.host === hostname() ? say('lock.pid', { pid: String(holder.owner.pid) }) : say('lock.pidOnHost', { pid: String(holder.owner.pid), host: holder.owner.host });
      throw new OutputError('CARE_LOCKED', `${options.what ?? target} is locked by ${who}`, {
        file: target,
        hint: `another care run is writing it; run again when it is done, or remove ${file} if no such process is running`,
        say: say('error.lockedBy', { what: options.whatSay ?? options.what ?? target, who: whoSaid }),
        hintSay: say('hint.lockedBy', { file }),
      });
    }
    sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 250);
  }
}

/** Creates the lock whole: owner line in a temp file, hard-linked to the lock name. */
function tryTake(file: string, owner: string, what: string | undefined): boolean {
  const staged = path.join(path.dirname(file), `.care-${randomBytes(12).toString('hex')}.tmp`);
  try {
    writeFileAtomic(staged, owner, { throughLinks: false, what: `the lock of ${what ?? 'the file'}` });
  } catch (error) {
    throw isCareError(error) ? error : writeFailure(error, file, { what: 'the lock file' });
  }
  trackLiveFile(staged);
  try {
    linkSync(staged, file);
    trackLiveFile(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeFailure(error, file, { what: 'the lock file' });
  } finally {
    untrackLiveFile(staged);
    try {
      unlinkSync(staged);
    } catch {
      // nothing to remove
    }
  }
}

interface Holder {
  owner: LockOwner | undefined;
  ino: number;
  ageMs: number;
}

function readHolder(file: string): Holder | 'gone' {
  try {
    const stat = statSync(file);
    const text = readFileSync(file, 'utf8');
    return { owner: parseOwner(text), ino: stat.ino, ageMs: Date.now() - stat.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw writeFailure(error, file, { what: 'the lock file' });
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, at: String(parsed.at ?? '') };
    }
  } catch {
    // not ours, or damaged: judged by its age
  }
  return undefined;
}

function isStale(holder: Holder, staleMs: number): boolean {
  if (holder.ageMs > staleMs) return true;
  const owner = holder.owner;
  return owner !== undefined && owner.host === hostname() && !isRunning(owner.pid);
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function isRunning(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, as another user
  }
}

/**
 * Removes the stale lock with inode `ino`. Moving it aside first is atomic; if what was moved is
 * not the lock judged stale (another run broke it and took a fresh one meanwhile), it goes back.
 */
function breakStale(file: string, ino: number): boolean {
  const aside = `${file}.stale-${randomBytes(8).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // someone else moved it first
  }
  try {
    if (statSync(aside).ino === ino) return true;
    linkSync(aside, file); // a fresh lock: put it back (EEXIST: a newer one is there already)
    return false;
  } catch {
    return false;
  } finally {
    try {
      unlinkSync(aside);
    } catch {
      // already gone
    }
  }
}

/** Releases only our own lock (a lock broken as stale and taken by another run is theirs now). */
function release(file: string, owner: string): void {
  untrackLiveFile(file);
  try {
    if (readFileSync(file, 'utf8') === owner) unlinkSync(file);
  } catch {
    // already gone
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks for `ms`: the lock is taken around a synchronous read-merge-write of a few milliseconds. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
