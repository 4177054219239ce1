/**
 * The files this process has created and will rename or remove itself — temp files of atomic
 * writes, lock files — so that a run stopped by SIGINT or SIGTERM removes them on its way out
 * (src/cli/main.ts installs the handlers). A registry of the process, like its open files:
 * entries are added when a file is created and dropped when it is renamed or removed.
 */
import { unlinkSync } from 'node:fs';

const live = new Set<string>();

/** Remember a file to remove if the process is interrupted. */
export function trackLiveFile(file: string): void {
  live.add(file);
}

/** The file was renamed into place or removed: nothing to clean any more. */
export function untrackLiveFile(file: string): void {
  live.delete(file);
}

/** The files currently tracked (for tests and diagnostics). */
export function liveFiles(): string[] {
  return [...live];
}

/** Removes every tracked file (best effort, synchronous: it runs in a signal handler before exit). */
export function removeLiveFiles(): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // already gone, or the folder went away: nothing left to clean
    }
  }
  live.clear();
}
