import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file is test/helpers/datasets.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared/datasets beside the repository: present in CI, absent in a user's fresh clone. */
export const datasetsDir = path.resolve(repoRoot, '..', 'shared', 'datasets');

/**
 * Absolute path of a shared data set, and whether it is there. In CI (.ci/run sets
 * CARE_DATASETS=required) it counts as present either way, so a missing file fails its tests
 * instead of skipping them.
 */
export function dataset(name: string): { path: string; present: boolean; skipReason: string } {
  const file = path.join(datasetsDir, name);
  const present = existsSync(file) || process.env['CARE_DATASETS'] === 'required';
  return {
    path: file,
    present,
    skipReason: `skipped: ${name} not found in ${datasetsDir} (the shared data sets are only beside CI checkouts)`,
  };
}

export function fixture(...parts: string[]): string {
  return path.join(repoRoot, 'fixtures', ...parts);
}
