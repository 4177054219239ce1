/**
 * Runs care in-process, through the same entry as the binary (src/cli/main.ts) but with an
 * in-memory Io: the same argv parsing, exit codes and error lines as runCare, without spawning
 * Node. For behaviour tests; the e2e tests that check the process itself (signals, pipes,
 * threads, the bin shim) keep runCare.
 */
import { main } from '../../src/cli/main.js';
import { repoRoot } from './datasets.js';
import { fakeIo } from './fake-io.js';
import type { CareRun } from './run-care.js';

export async function careInProcess(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Promise<CareRun> {
  const io = fakeIo({
    cwd: options.cwd ?? repoRoot,
    env: { NO_COLOR: '1', ...options.env },
    now: () => new Date(),
    ...(options.input === undefined ? {} : { stdinText: options.input }),
  });
  const code = await main(['node', 'care', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}
