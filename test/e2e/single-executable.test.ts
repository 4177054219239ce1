/**
 * The single-file executable (`npm run build:sea`, scripts/build-sea.mjs): copied alone into an
 * empty folder and run there with no node on the PATH, it reads a fixture, lists and renders the
 * built-in templates from its own assets (src/io/assets.ts), still reads a user's templates folder
 * from disk, and knows its version. It is built here when dist-sea/care is missing or older than
 * any file it is built from (about 7-15 s); `npm run build:sea` beforehand makes this test fast.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';
import { repoRoot } from '../helpers/datasets.js';
import { expectCleanError } from '../helpers/run-care.js';

const built = path.join(repoRoot, 'dist-sea', process.platform === 'win32' ? 'care.exe' : 'care');
const INPUTS = ['src', 'templates', 'package.json', 'package-lock.json', 'scripts/build-sea.mjs'];

/** The newest modification time among the files the executable is built from. */
function newestInput(): number {
  const newest = (file: string): number => {
    const info = statSync(file);
    return info.isDirectory() ? Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name)))) : info.mtimeMs;
  };
  return Math.max(...INPUTS.map((input) => newest(path.join(repoRoot, input))));
}

let folder: string;
let exe: string;

beforeAll(() => {
  if (!existsSync(built) || statSync(built).mtimeMs < newestInput()) {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-sea.mjs')], { cwd: repoRoot, stdio: 'pipe' });
  }
  // Alone in an empty folder, as on a machine that has only this file.
  folder = mkdtempSync(path.join(tmpdir(), 'care-sea-'));
  exe = path.join(folder, path.basename(built));
  copyFileSync(built, exe);
  copyFileSync(path.join(repoRoot, 'fixtures', 'orders.csv'), path.join(folder, 'orders.csv'));
}, 240_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runExe(args: string[]) {
  const result = spawnSync(exe, args, { cwd: folder, env: { PATH: '', NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const WELCOME = ['--set', 'customer.name=Anna', '--set', 'agent.name=Olga Ivanova', '--set', 'agent.team=Customer Care', '--set', 'company.name=Northwind Tea', '--set', 'onboarding.date=2026-01-07', '--set', 'onboarding.time=10:30'];

// Each run starts a 106 MB executable; on a busy machine a run of care report takes seconds.
describe('the single-file executable', { timeout: 120_000 }, () => {
  it('knows its version without package.json beside it', () => {
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const run = runExe(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('runs care report on a fixture as the installed care does', async () => {
    const run = runExe(['report', 'orders.csv']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Customers (ever bought)');
    expect(run.stdout).toBe((await careInProcess(['report', 'fixtures/orders.csv'])).stdout);
  });

  it('lists the built-in templates from its assets', () => {
    const run = runExe(['templates', 'list', '--format', 'json']);
    expect(run.code).toBe(0);
    // A list, or an object with the list under `templates` (with the JSON's schema name beside it).
    const json = JSON.parse(run.stdout) as { templates?: { name: string }[] } | { name: string }[];
    const listed = (Array.isArray(json) ? json : (json.templates ?? [])).map((template) => template.name).sort();
    const shipped = readdirSync(path.join(repoRoot, 'templates', 'en')).filter((name) => name.endsWith('.hbs')).map((name) => name.slice(0, -4)).sort();
    expect(listed).toEqual(shipped);
  });

  it('renders a built-in template with its partials, in English and Russian', async () => {
    for (const locale of ['en', 'ru']) {
      const run = runExe(['email', 'welcome', '--locale', locale, ...WELCOME]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Northwind Tea');
      expect(run.stdout).toBe((await careInProcess(['email', 'welcome', '--locale', locale, ...WELCOME])).stdout);
    }
  });

  it("reads a user's --templates folder from disk, over the built-in of the same name", () => {
    mkdirSync(path.join(folder, 'mine', 'en'), { recursive: true });
    writeFileSync(path.join(folder, 'mine', 'en', 'welcome.hbs'), '---\nsubject: "Hi {{customer.name}}"\n---\nHello {{customer.name}}, from our own folder.\n');
    const run = runExe(['email', 'welcome', '--templates', 'mine', '--set', 'customer.name=Anna']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Hello Anna, from our own folder.');
  });

  it('an unknown template is one line and exit 2, naming the built-in ones', () => {
    const run = runExe(['email', 'no-such-template']);
    expect(run.code).toBe(2);
    expectCleanError(run);
    expect(run.stderr).toContain('win-back');
  });
});
