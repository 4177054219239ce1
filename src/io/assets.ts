/**
 * The files care ships beside its code and reads at run time — the built-in templates and
 * package.json (its version) — read from the installed package on disk, or, in the single-file
 * executable (`npm run build:sea`, Node's single executable applications), from the assets built
 * into it. Only this module knows the difference: outside the executable every call is the plain
 * file-system call it replaces.
 *
 * In the executable the package's folder is the pseudo-folder SEA_ROOT; scripts/build-sea.mjs
 * stores each file under its path in the package (`templates/en/welcome.hbs`) and the list of
 * them all under MANIFEST_KEY (Node 20 cannot list a single executable's assets).
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the package's files seem to be inside the executable (shown as a built-in template's path). */
export const SEA_ROOT = 'care:/';
/** The asset listing every other asset's key, one per line. */
export const MANIFEST_KEY = 'care-assets.txt';

interface SeaModule {
  isSea(): boolean;
  getAsset(key: string, encoding: string): string;
}

let seaModule: SeaModule | null | undefined;

/** node:sea when this process is a single executable; null otherwise (and on a Node without node:sea). */
function sea(): SeaModule | null {
  if (seaModule === undefined) {
    // getBuiltinModule (Node 20.16+) works the same from the ESM sources and the CommonJS bundle.
    const found = (process.getBuiltinModule as ((id: string) => unknown) | undefined)?.('node:sea') as SeaModule | undefined;
    seaModule = found !== undefined && found.isSea() ? found : null;
  }
  return seaModule;
}

/** Whether care runs as the single-file executable. */
export function isSingleExecutable(): boolean {
  return sea() !== null;
}

/** The package's own folder: two levels above this module in src/ and dist/ alike, or SEA_ROOT. */
export function packageRoot(): string {
  return sea() === null ? fileURLToPath(new URL('../../', import.meta.url)) : SEA_ROOT;
}

/** The asset key of a path under SEA_ROOT, or undefined for a real path (a user's own folder). */
function assetKey(file: string): string | undefined {
  if (sea() === null || !file.startsWith(SEA_ROOT)) return undefined;
  return file.slice(SEA_ROOT.length).replaceAll('\\', '/').replace(/\/+$/, '');
}

let manifest: readonly string[] | undefined;
function assetKeys(): readonly string[] {
  manifest ??= (sea() as SeaModule).getAsset(MANIFEST_KEY, 'utf8').split('\n').filter((key) => key !== '');
  return manifest;
}

/** readFileSync(file, 'utf8'), from the executable's assets for a path under SEA_ROOT. */
export function readTextSync(file: string): string {
  const key = assetKey(file);
  if (key === undefined) return readFileSync(file, 'utf8');
  return readAsset(key, file);
}

/** readFile(file, 'utf8'), from the executable's assets for a path under SEA_ROOT. */
export async function readText(file: string): Promise<string> {
  const key = assetKey(file);
  if (key === undefined) return readFile(file, 'utf8');
  return readAsset(key, file);
}

/** readdir(dir): the names of the files directly in it, from the asset list for a path under SEA_ROOT. */
export async function listDir(dir: string): Promise<string[]> {
  const key = assetKey(dir);
  if (key === undefined) return readdir(dir);
  return childrenOf(key, dir);
}

function childrenOf(key: string, dir: string): string[] {
  const prefix = key === '' ? '' : `${key}/`;
  const names = new Set<string>();
  for (const asset of assetKeys()) if (asset.startsWith(prefix)) names.add(asset.slice(prefix.length).split('/')[0] as string);
  if (names.size === 0) throw missing('scandir', dir);
  return [...names].sort();
}

function readAsset(key: string, file: string): string {
  if (!assetKeys().includes(key)) throw missing('open', file);
  return (sea() as SeaModule).getAsset(key, 'utf8');
}

/** The error fs would throw, so callers treat a missing asset as they treat a missing file. */
function missing(syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOENT: no such file or directory, ${syscall} '${file}'`), { code: 'ENOENT', errno: -2, syscall, path: file });
}

/** A path inside the package (`templates/`, `package.json`), on disk or in the executable. */
export function packagePath(...parts: string[]): string {
  const root = packageRoot();
  return root === SEA_ROOT ? `${SEA_ROOT}${parts.join('/')}` : path.join(root, ...parts);
}
