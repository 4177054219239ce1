import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './datasets.js';

export interface CareRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built bin/care.js as a user would (no TTY, NO_COLOR), in `cwd` (default: the repo). */
export function runCare(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; stdoutFd?: number } = {}): CareRun {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'care.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    // stdoutFd: stdout goes to that open file (e.g. /dev/full) instead of a pipe; run.stdout is then ''.
    ...(options.stdoutFd === undefined ? {} : { stdio: ['pipe', options.stdoutFd, 'pipe'] }),
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr };
}

/** stderr must be one line of `care: …` (plus an optional hint line), never a stack trace. */
export function expectCleanError(run: CareRun): string {
  const lines = run.stderr.trimEnd().split('\n');
  if (!lines[0]?.startsWith('care: ')) throw new Error(`stderr does not start with "care: ": ${run.stderr}`);
  if (/\n\s+at /.test(run.stderr)) throw new Error(`stderr has a stack trace: ${run.stderr}`);
  if (lines.length > 2 || (lines.length === 2 && !lines[1]!.startsWith('  hint: '))) throw new Error(`stderr is more than an error and a hint: ${run.stderr}`);
  return lines[0];
}

/** The error of a failing `--format json` run: stderr is exactly one JSON line, care.error/1, with the run's exit code (docs/contracts.md, "Errors as JSON"). */
export function expectJsonError(run: CareRun): { code: string; message: string; file: string | null; line: number | null; field: string | null; hint: string | null } {
  const lines = run.stderr.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`stderr is not one line: ${run.stderr}`);
  const parsed = JSON.parse(lines[0] as string) as { schema: string; error: ReturnType<typeof expectJsonError>; exit: number };
  if (parsed.schema !== 'care.error/1' || parsed.exit !== run.code) throw new Error(`not care.error/1 with exit ${run.code}: ${run.stderr}`);
  return parsed.error;
}
