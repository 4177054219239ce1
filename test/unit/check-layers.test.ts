import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/datasets.js';

// scripts/check-layers.mjs and oxlint with oxlintrc.json (both run by npm test) on a small src/
// tree written for each case.

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A tree of files (path → text) under a fresh temp root, then the check run on it. */
function check(files: Record<string, string>): { code: number; failures: string[] } {
  root = mkdtempSync(path.join(tmpdir(), 'care-layers-'));
  const base: Record<string, string> = {
    'src/cli/program.ts': "export async function run() { return (await import('../commands/stats.js')).runStats(); }\n",
    'src/commands/stats.ts': "import { mean } from '../metrics/mean.js';\nexport function runStats() { return mean([1]); }\n",
    'src/metrics/mean.ts': 'export function mean(xs: number[]) { return xs.length; }\n',
  };
  for (const [file, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'check-layers.mjs'), root], { encoding: 'utf8' });
  const failures = run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('care layers:'));
  return { code: run.status ?? -1, failures };
}

describe('check-layers', () => {
  it('passes a tree that keeps the layers', () => {
    expect(check({})).toEqual({ code: 0, failures: [] });
  });

  it('fails on a domain module importing a command, type-only included, one line naming file and line', () => {
    const run = check({ 'src/report/view.ts': "\nimport type { Stats } from '../commands/stats.js';\nexport type V = Stats;\n" });
    expect(run.code).toBe(1);
    expect(run.failures).toEqual(['src/report/view.ts:2: imports src/commands/stats.ts (only src/cli imports src/commands)']);
  });

  it('fails on src/sql importing src/ingest, and on a metric importing src/sql; a command may import it; src/sql may say its errors through src/i18n (docs/sql.md)', () => {
    const run = check({
      'src/sql/write.ts': "import { read } from '../ingest/read.js';\nimport { mean } from '../metrics/mean.js';\nimport { say } from '../i18n/index.js';\nexport const sql = [read, mean, say];\n",
      'src/ingest/read.ts': 'export const read = 1;\n',
      'src/i18n/index.ts': 'export const say = 1;\n',
      'src/metrics/uses-sql.ts': "\n\nimport { sql } from '../sql/write.js';\nexport const x = sql;\n",
      'src/commands/stats.ts': "import { sql } from '../sql/write.js';\nexport function runStats() { return sql; }\n",
    });
    expect(run.failures).toEqual([
      'src/metrics/uses-sql.ts:3: imports src/sql/write.ts (only src/commands imports src/sql)',
      'src/sql/write.ts:1: imports src/ingest/read.ts (src/sql imports only src/time, src/model, src/metrics and src/i18n)',
    ]);
  });

  it('fails on an import() of src/cli, which oxlint does not see', () => {
    const run = check({ 'src/commands/stats.ts': "export async function runStats() { return import('../cli/program.js'); }\n" });
    expect(run.failures).toContain('src/commands/stats.ts:1: imports src/cli/program.ts (nothing outside src/cli imports src/cli)');
  });

  it('fails on a command importing another command, but not on a helper beside them', () => {
    const run = check({
      'src/cli/program.ts': "export const all = [import('../commands/stats.js'), import('../commands/more.js')];\n",
      'src/commands/more.ts': "import { runStats } from './stats.js';\nimport { help } from './helper.js';\nexport const more = [runStats, help];\n",
      'src/commands/helper.ts': 'export const help = 1;\n',
    });
    expect(run.failures).toEqual(['src/commands/more.ts:1: imports src/commands/stats.ts (a command never imports another command)']);
  });

  it('fails on a package outside its layer, and on commander in a command', () => {
    const run = check({
      'src/ingest/read.ts': "import chalk from 'chalk';\nimport { parse } from 'csv-parse/sync';\nexport const x = [chalk, parse];\n",
      'src/commands/stats.ts': "import { Command } from 'commander';\nexport const runStats = () => new Command();\n",
    });
    expect(run.failures.sort()).toEqual([
      'src/commands/stats.ts:1: imports commander (commander belongs in src/cli only)',
      'src/ingest/read.ts:1: imports chalk (chalk belongs in src/report only)',
    ]);
  });

  it('fails on cycles: runtime, type-only, through import(), and re-exports', () => {
    const run = check({
      'src/ingest/a.ts': "import type { B } from './b.js';\nexport type A = B | 1;\n",
      'src/ingest/b.ts': "export type { A } from './a.js';\nexport type B = 2;\n",
      'src/io/x.ts': "export const x = async () => (await import('./y.js')).y;\n",
      'src/io/y.ts': "import { x } from './x.js';\nexport const y = x;\n",
    });
    expect(run.failures).toEqual(['import cycle: src/ingest/a.ts ↔ src/ingest/b.ts', 'import cycle: src/io/x.ts ↔ src/io/y.ts']);
  });

  it('reads past comments, glob strings and regex literals, and ignores imports inside comments', () => {
    const run = check({
      'src/report/view.ts': [
        "const glob = 'src/**/*.ts'; // not a comment start: '/*' in a string",
        'const re = /\\/\\*/g;',
        "// import { runStats } from '../commands/stats.js';",
        "/* import('../cli/program.js') */",
        "import { runStats } from '../commands/stats.js';",
        'export const v = [glob, re, runStats];',
      ].join('\n'),
    });
    expect(run.failures).toEqual(['src/report/view.ts:5: imports src/commands/stats.ts (only src/cli imports src/commands)']);
  });

  it('oxlint with the repository\'s oxlintrc.json fails on a domain module importing a command and on a cycle', () => {
    check({
      'src/report/view.ts': "import type { Stats } from '../commands/stats.js';\nexport type V = Stats;\n",
      'src/ingest/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/ingest/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    copyFileSync(path.join(repoRoot, 'oxlintrc.json'), path.join(root!, 'oxlintrc.json'));
    const oxlint = path.join(repoRoot, 'node_modules', '.bin', 'oxlint');
    const run = spawnSync(oxlint, ['-c', 'oxlintrc.json', '--format', 'unix', 'src'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.includes('[Error/'));
    expect(errors.map((line) => line.replace(/:\d+:\d+:.*\[Error\/(.*)\]$/, ' $1')).sort()).toEqual([
      'src/ingest/a.ts eslint-plugin-import(no-cycle)',
      'src/ingest/b.ts eslint-plugin-import(no-cycle)',
      'src/report/view.ts eslint(no-restricted-imports)',
    ]);
  });
});

describe('oxlintrc.json, generated from scripts/layers.mjs', () => {
  it('check-layers fails while oxlintrc.json differs from what scripts/oxlint-config.mjs writes', () => {
    root = mkdtempSync(path.join(tmpdir(), 'care-layers-'));
    mkdirSync(path.join(root, 'src', 'metrics'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'metrics', 'mean.ts'), 'export const mean = 1;\n');
    copyFileSync(path.join(repoRoot, 'oxlintrc.json'), path.join(root, 'oxlintrc.json'));
    const script = path.join(repoRoot, 'scripts', 'check-layers.mjs');
    expect(spawnSync(process.execPath, [script, root], { encoding: 'utf8' }).status).toBe(0);
    // A package's home changed by hand in oxlintrc.json only: papaparse allowed everywhere.
    const edited = readFileSync(path.join(root, 'oxlintrc.json'), 'utf8').replaceAll('"papaparse", "papaparse/*"', '"xlsx"');
    writeFileSync(path.join(root, 'oxlintrc.json'), edited);
    const run = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('oxlintrc.json is not what scripts/oxlint-config.mjs writes');
  });

  it('forbids each package of PACKAGE_HOMES in every layer but its home', async () => {
    const { PACKAGE_HOMES } = (await import(path.join(repoRoot, 'scripts', 'layers.mjs'))) as { PACKAGE_HOMES: Record<string, string> };
    const text = readFileSync(path.join(repoRoot, 'oxlintrc.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const config = JSON.parse(text) as { overrides: { files: string[]; rules: Record<string, [string, { patterns: { group: string[] }[] }]> }[] };
    const layerBlocks = config.overrides.filter((o) => o.rules['no-restricted-imports'] !== undefined);
    for (const [name, home] of Object.entries(PACKAGE_HOMES)) {
      const pattern = name.startsWith('@') ? `${name.split('/')[0]}/*` : name;
      for (const block of layerBlocks) {
        const forbidden = block.rules['no-restricted-imports']![1].patterns.some((p) => p.group.includes(pattern));
        expect(forbidden, `${name} in ${block.files[0]}`).toBe(block.files[0] !== `src/${home}/**`);
      }
    }
  });
});
