/**
 * Long texts (docs/guarantees.md "Text work is linear"): one 1 MB complaint classified, one 1 MB
 * draft and 100,000 digits linted — in process (the function alone, best of three, wall and CPU
 * time) and through bin/care.js (`care classify` on a one-record CSV, `care lint-reply` on a
 * file; wall time and peak RSS with /usr/bin/time). Before the fix (issue 12) a 420 KB complaint
 * took over 25 s and 100,000 digits 20 s.
 *
 * `npm run bench -- --text` runs only this part; `tsx bench/text-speed.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinRules, classify, compileRules } from '../src/classify/index.js';
import { lintMessage } from '../src/lint/index.js';
import { syntheticComplaints } from './classify-speed.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1_000_000;

export interface TextBenchRow {
  what: string;
  seconds: number;
  cpuSeconds?: number;
  peakMb?: number;
}

/** About `chars` characters of complaint text: the synthetic log's texts (en/ru/bg, every type) one after another. */
export function longComplaint(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const record of syntheticComplaints(20_000, 11)) {
    if (record.text === undefined) continue;
    parts.push(record.text);
    length += record.text.length + 1;
    if (length >= chars) break;
  }
  return parts.join(' ').slice(0, chars);
}

/** About `chars` characters of a reply draft: greeting, a body of paragraphs with amounts, dates and a few bad habits, a signature. */
export function longDraft(chars: number): string {
  const paragraph = [
    'Thank you for writing to us, and I am sorry that order 48213 arrived late.',
    'We have refunded 12.50 EUR to your card today; you will see it within 3 working days.',
    'Please understand that company policy does not allow us to waive the fee!!',
    'If you need anything else, let me know by Friday 14:00.',
  ].join(' ');
  const body: string[] = [];
  for (let length = 0; length < chars; length += paragraph.length + 1) body.push(paragraph);
  return `Hello Anna,\n\n${body.join('\n').slice(0, chars)}\n\nKind regards,\nOlga Ivanova\nCustomer Care, Northwind Tea\n`;
}

/** Best of `runs`: wall and CPU seconds of one call. */
function bestOf(runs: number, work: () => void): { seconds: number; cpuSeconds: number } {
  let best = { seconds: Infinity, cpuSeconds: Infinity };
  for (let run = 0; run < runs; run += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (seconds < best.seconds) best = { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
  }
  return best;
}

/** bin/care.js under /usr/bin/time: wall seconds and peak RSS. */
function timeCare(args: string[], cwd: string): { seconds: number; peakMb?: number } {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const care = [process.execPath, path.join(root, 'bin', 'care.js'), ...args];
  const command = timeBin === undefined ? care : [timeBin, '-f', '%e %M', ...care];
  const started = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 * MB });
  const wall = (performance.now() - started) / 1000;
  // lint-reply exits 0; classify exits 0 (the record has words to classify by).
  if (result.status !== 0) throw new Error(`care ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  if (timeBin === undefined) return { seconds: wall };
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1)!.split(' ');
  return { seconds: Number(seconds), peakMb: Number(kb) / 1024 };
}

/** The long-text rows of the benchmark. */
export function benchText(): TextBenchRow[] {
  const rows: TextBenchRow[] = [];
  const rules = compileRules(builtinRules);
  const complaint = longComplaint(MB);
  const draft = longDraft(MB);
  const digits = '7'.repeat(100_000);
  rows.push({ what: 'classify one 1 MB complaint (function)', ...bestOf(3, () => classify({ text: complaint }, rules)) });
  rows.push({ what: 'lint one 1 MB draft (function)', ...bestOf(3, () => lintMessage(draft)) });
  rows.push({ what: 'lint 100,000 digits (function)', ...bestOf(3, () => lintMessage(digits)) });

  const dir = path.join(root, 'bench', 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'complaint-1mb.csv'), `id,customer,text\n1,C1,"${complaint.replaceAll('"', '""')}"\n`);
  writeFileSync(path.join(dir, 'draft-1mb.txt'), draft);
  rows.push({ what: 'care classify, one 1 MB complaint (bin/care.js)', ...timeCare(['classify', 'complaint-1mb.csv', '--format', 'json'], dir) });
  rows.push({ what: 'care lint-reply, one 1 MB draft (bin/care.js)', ...timeCare(['lint-reply', 'draft-1mb.txt', '--format', 'json'], dir) });
  return rows;
}

/** The rows as a Markdown table, for bench/README.md. */
export function textTable(rows: readonly TextBenchRow[]): string {
  const lines = ['| what | wall s | CPU s | peak RSS MB |', '|---|---:|---:|---:|'];
  for (const row of rows) lines.push(`| ${row.what} | ${row.seconds.toFixed(3)} | ${row.cpuSeconds?.toFixed(3) ?? ''} | ${row.peakMb?.toFixed(0) ?? ''} |`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(textTable(benchText()));
}
