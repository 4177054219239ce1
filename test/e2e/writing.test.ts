import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lchownSync, lstatSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, repoRoot } from '../helpers/datasets.js';
import { expectCleanError, expectJsonError, runCare } from '../helpers/run-care.js';

/*
 * What care promises about the files it writes (docs/guarantees.md, docs/exit-codes.md), tried the
 * way a bad day goes: the output named after the input, a full disk, a read-only folder, a full
 * stdout, ten cron jobs on one history, a kill in the middle.
 */

const ORDERS = ['customer_id,order_date,amount', 'A,2026-01-10,10', 'A,2026-01-17,10', 'B,2026-01-09,10', 'B,2026-01-16,10', 'C,2026-01-11,10', 'D,2026-01-14,10', 'E,2026-01-20,10'];

function shop() {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-write-e2e-'));
  const orders = path.join(dir, 'orders.csv');
  writeFileSync(orders, `${ORDERS.join('\n')}\n`);
  return { dir, orders };
}

/** A tmpfs of its own (we run as root in CI); the reason when this machine cannot mount one. */
function mountTmpfs(options: string): { dir: string; unmount: () => void } | string {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || 'mount failed').trim()}); this test needs root with CAP_SYS_ADMIN`;
  }
  return {
    dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const careTemps = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.care-'));

describe('care never writes over an input (exit 2, before any work)', () => {
  it('--out, --rejects, --history, --per-customer, --detractors and the send log naming the input, directly or through a link', () => {
    const { dir, orders } = shop();
    const link = path.join(dir, 'latest.csv');
    symlinkSync('orders.csv', link);
    const survey = path.join(dir, 'survey.csv');
    writeFileSync(survey, 'customer,score\nA,9\nB,3\n');
    const before = readFileSync(orders);
    const cases: [string[], string, string][] = [
      [['retention', orders, '--out', orders], `--out ${orders}`, `the input ${orders}`],
      [['retention', orders, '--out', link], `--out ${link}`, `the input ${orders}`],
      [['retention', link, '--format', 'csv', '--out', orders], `--out ${orders}`, `the input ${link}`],
      [['retention', orders, '--rejects', orders], `--rejects ${orders}`, `the input ${orders}`],
      [['retention', orders, '--history', link], `--history ${link}`, `the input ${orders}`],
      [['ltv', orders, '--model', 'bgnbd', '--per-customer', orders], `--per-customer ${orders}`, `the input ${orders}`],
      [['nps', survey, '--orders', orders, '--detractors', orders], `--detractors ${orders}`, `--orders ${orders}`],
      [['email', 'out-of-hours', '--csv', orders, '--send', '--yes', '--send-log', link, '--smtp-url', 'smtp://127.0.0.1:9', '--from', 'care@example.com'], `--send-log ${link}`, `--csv ${orders}`],
    ];
    for (const [args, output, input] of cases) {
      const run = runCare(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(expectCleanError(run)).toBe(`care: ${output} is the same file as ${input}: care never writes over an input`);
      expect(readFileSync(orders).equals(before)).toBe(true);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['latest.csv', 'orders.csv', 'survey.csv']);
  });
});

describe('a write that cannot be completed: one line, the right exit code, the previous file intact', () => {
  it('a full disk (a 64 KB tmpfs) under --out and --rejects: exit 3, old file intact, no temp file left', (context) => {
    const mount = mountTmpfs('size=64k');
    if (typeof mount === 'string') return context.skip(mount);
    try {
      const out = path.join(mount.dir, 'weekly.json');
      writeFileSync(out, '{"previous":"good"}\n');
      // About 390 KB of JSON: the first write fills the disk and comes back short, the next one fails.
      const run = runCare(['retention', fixture('orders.csv'), '--period', 'week', '--format', 'json', '--out', out]);
      expect(run.code).toBe(3);
      const error = expectJsonError(run);
      expect(`${error.file === null ? '' : `${error.file}: `}${error.message}`).toBe(`${out}: cannot write --out: no space left on device (ENOSPC)`);
      expect(readFileSync(out, 'utf8')).toBe('{"previous":"good"}\n');
      expect(readdirSync(mount.dir)).toEqual(['weekly.json']);

      // 4,000 rows with an unreadable date: about 300 KB of rejects.
      const { orders } = shop();
      writeFileSync(orders, `${ORDERS.join('\n')}\n${Array.from({ length: 4000 }, (_, i) => `X${i},not-a-date,10`).join('\n')}\n`);
      const rejects = path.join(mount.dir, 'rejects.csv');
      const bad = runCare(['retention', orders, '--rejects', rejects]);
      expect(bad.code).toBe(3);
      expect(expectCleanError(bad)).toBe(`care: ${rejects}: cannot write: no space left on device (ENOSPC)`);
      expect(readdirSync(mount.dir)).toEqual(['weekly.json']);
    } finally {
      mount.unmount();
    }
  });

  it('a read-only folder is a path that cannot be written: exit 2 in one line', (context) => {
    const mount = mountTmpfs('size=64k,ro');
    if (typeof mount === 'string') return context.skip(mount);
    try {
      const { orders } = shop();
      const out = path.join(mount.dir, 'weekly.csv');
      const run = runCare(['retention', orders, '--out', out]);
      expect(run.code).toBe(2);
      expect(expectCleanError(run)).toBe(`care: ${out}: cannot write --out: cannot write in ${mount.dir}: read-only file system (EROFS)`);
    } finally {
      mount.unmount();
    }
  });

  it('--rejects naming a folder and --out-dir naming a file: exit 2 in one line, nothing written', () => {
    const { dir, orders } = shop();
    const rejects = runCare(['retention', orders, '--rejects', dir]);
    expect(rejects.code).toBe(2);
    expect(expectCleanError(rejects)).toBe(`care: ${dir}: cannot write --rejects: it is a folder, not a file (EISDIR)`);

    const variables = ['customer.name=Anna', 'agent.name=Ben', 'agent.team=Care', 'company.name=Shop', 'hours.open=9', 'hours.close=17', 'reply.date=2026-01-02'];
    const outDir = runCare(['email', 'out-of-hours', ...variables.flatMap((pair) => ['--set', pair]), '--out-dir', orders]);
    expect(outDir.code).toBe(2);
    expect(expectCleanError(outDir)).toBe(`care: ${orders}: cannot write --out-dir: it is a file, not a folder`);
    expect(readdirSync(dir).sort()).toEqual(['orders.csv']);
  });

  it('a full standard output (> /dev/full): one line, exit 3, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = runCare(['retention', fixture('orders.csv')], { stdoutFd: full });
      expect(run.code).toBe(3);
      expect(run.stderr).toBe('care: cannot write to standard output (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('links planted by someone else', () => {
  it('an output folder that is a link another user planted in a shared folder (/tmp-like) is not followed: exit 2, the folder it names untouched', (context) => {
    if (process.getuid?.() !== 0) return context.skip('needs root to plant a link owned by another user');
    const shared = mkdtempSync(path.join(tmpdir(), 'care-shared-'));
    chmodSync(shared, 0o1777); // sticky and world-writable, like /tmp
    const victim = mkdtempSync(path.join(tmpdir(), 'care-victim-'));
    const planted = path.join(shared, 'care-out');
    symlinkSync(victim, planted);
    lchownSync(planted, 12345, 12345);
    const variables = ['customer.name=Anna', 'agent.name=Ben', 'agent.team=Care', 'company.name=Shop', 'hours.open=9', 'hours.close=17', 'reply.date=2026-01-02'];
    const outDir = runCare(['email', 'out-of-hours', ...variables.flatMap((pair) => ['--set', pair]), '--out-dir', planted]);
    expect(outDir.code).toBe(2);
    expect(expectCleanError(outDir)).toBe(`care: ${planted}: is a symbolic link in a shared folder, made by another user (uid 12345): care does not write through it`);
    const { orders } = shop();
    const out = runCare(['retention', orders, '--out', path.join(planted, 'weekly.csv')]);
    expect(out.code).toBe(2);
    expect(readdirSync(victim)).toEqual([]);
  });
});

/** Spawns care without waiting (several at once). */
function startCare(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'care.js'), ...args], { env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

const historyLines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').slice(1);

describe('a shared --history', () => {
  it('ten runs at once, weekly, monthly and quarterly with different windows, lose no row', async () => {
    const { dir, orders } = shop();
    // 50 customers buying on 600 days spread over two years (2024-01-01 + (37·i mod 760) days).
    const day0 = Date.UTC(2024, 0, 1);
    const rows = Array.from({ length: 600 }, (_, i) => `C${i % 50},${new Date(day0 + ((i * 37) % 760) * 86_400_000).toISOString().slice(0, 10)},10`);
    writeFileSync(orders, `customer_id,order_date,amount\n${rows.join('\n')}\n`);
    const series: [string, string][] = [
      ['week', '30'], ['week', '60'], ['week', '90'], ['week', '120'],
      ['month', '30'], ['month', '60'], ['month', '90'],
      ['quarter', '30'], ['quarter', '60'], ['quarter', '90'],
    ];
    const args = (period: string, window: string, history: string) => ['retention', orders, '--period', period, '--churn-after', window, '--as-of', '2026-01-31', '--history', history, '--format', 'csv'];
    // What each series writes on its own, into a history of its own: the rows the shared file must hold.
    const expected = series.flatMap(([period, window]) => {
      const own = path.join(dir, `own-${period}-${window}.csv`);
      expect(runCare(args(period, window, own)).code).toBe(0);
      return historyLines(own);
    });
    const shared = path.join(dir, 'history.csv');
    const runs = await Promise.all(series.map(([period, window]) => startCare(args(period, window, shared)).done));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(historyLines(shared).sort()).toEqual(expected.sort());
    expect(readdirSync(dir).filter((name) => name.startsWith('.care-') || name.endsWith('.lock'))).toEqual([]);
  }, 120_000);

  it('a history reached through a symbolic link is updated through it; the link stays a link', () => {
    const { dir, orders } = shop();
    const real = path.join(dir, 'history-2026.csv');
    const link = path.join(dir, 'history.csv');
    symlinkSync('history-2026.csv', link);
    const run = runCare(['retention', orders, '--period', 'week', '--churn-after', '7', '--as-of', '2026-01-28', '--history', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(historyLines(real).length).toBeGreaterThan(0);
  });

  it('a history another live run holds: wait, then exit 3 naming its pid; a lock left by a dead run is taken over', () => {
    const { dir, orders } = shop();
    const history = path.join(dir, 'history.csv');
    const args = ['retention', orders, '--period', 'week', '--churn-after', '7', '--as-of', '2026-01-28', '--history', history];
    writeFileSync(`${history}.lock`, `${JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() })}\n`);
    const locked = runCare(args, { env: { CARE_LOCK_TIMEOUT: '0.5' } });
    expect(locked.code).toBe(3);
    expect(expectCleanError(locked)).toBe(`care: ${history}: the history is locked by pid ${process.pid}`);
    expect(existsSync(history)).toBe(false);

    const gone = spawnSync(process.execPath, ['-e', '0']).pid!; // a pid that has just ended
    writeFileSync(`${history}.lock`, `${JSON.stringify({ pid: gone, host: hostname(), at: new Date().toISOString() })}\n`);
    const taken = runCare(args);
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stderr).toContain(`took over the lock of process ${gone}, which is no longer running`);
    expect(historyLines(history).length).toBe(3);
    expect(existsSync(`${history}.lock`)).toBe(false);
  });
});

describe('an interrupted run', () => {
  it('SIGTERM while reading removes the temp file of --rejects', async () => {
    const { dir } = shop();
    const rejects = path.join(dir, 'rejects.csv');
    const run = startCare(['retention', '-', '--rejects', rejects]);
    run.child.stdin!.write('customer_id,order_date,amount\nA,not-a-date,10\n'); // stdin stays open: care waits for more
    const deadline = Date.now() + 10_000;
    while (careTemps(dir).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(careTemps(dir)).toHaveLength(1);
    run.child.kill('SIGTERM');
    const ended = await run.done;
    expect(ended.code).toBe(143);
    expect(readdirSync(dir).sort()).toEqual(['orders.csv']);
  });
});
