/**
 * Temp files beside a target: an unpredictable name (96 random bits), created exclusively
 * (O_CREAT|O_EXCL|O_NOFOLLOW: an existing file or a planted symbolic link at that name makes the
 * open fail instead of being followed), tracked for removal on SIGINT/SIGTERM. Temp files of ours
 * left by a process that died harder (kill -9, power loss) are removed by the next write to the
 * same folder once they are an hour old.
 */
import { randomBytes } from 'node:crypto';
import { constants, lstatSync, openSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { trackLiveFile } from './live-files.js';

/** `.care-<24 hex>.tmp`: ours, and nobody else's to guess. */
const TEMP_NAME = /^\.care-[0-9a-f]{24}\.tmp$/;
/** The names of releases before this one (`.care-tmp-<pid>-<time36>-<name>`), cleaned the same way. */
const OLD_TEMP_NAME = /^\.care-tmp-\d+-[0-9a-z]+-/;

/** A temp file left this long is from a run that is no longer writing it. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** A fresh temp name; `random` is a seam for tests that need to plant something at the name. */
export function tempName(random: () => string = () => randomBytes(12).toString('hex')): string {
  return `.care-${random()}.tmp`;
}

export interface OpenTemp {
  path: string;
  fd: number;
}

/**
 * Creates a new temp file in `dir` with `mode` (the umask applies), trying fresh names when one
 * is taken. Errors other than a taken name are thrown as they are (the caller maps them).
 */
export function createTempFile(dir: string, mode: number, names: () => string = tempName): OpenTemp {
  for (let attempt = 0; ; attempt++) {
    const file = path.join(dir, names());
    try {
      const fd = openSync(file, EXCLUSIVE, mode);
      trackLiveFile(file);
      return { path: file, fd };
    } catch (error) {
      // A taken name is a collision or something planted there: never open it, take another.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw error;
    }
  }
}

const cleanedFolders = new Set<string>();

/**
 * Removes temp files of ours in `dir` older than STALE_TEMP_MS: regular files (never a link), of
 * our name pattern, owned by this user. Once per folder per process, so writing many files into
 * one folder does not list it each time. Best effort: a folder that cannot be listed is left.
 */
export function cleanStaleTemps(dir: string, now: number = Date.now()): string[] {
  if (cleanedFolders.has(dir)) return [];
  cleanedFolders.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    if (!TEMP_NAME.test(name) && !OLD_TEMP_NAME.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const stat = lstatSync(file);
      if (!stat.isFile() || (uid !== undefined && stat.uid !== uid) || now - stat.mtimeMs < STALE_TEMP_MS) continue;
      unlinkSync(file);
      removed.push(file);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

/** Forget which folders were cleaned (tests run many writes in one process). */
export function resetCleanedFolders(): void {
  cleanedFolders.clear();
}
