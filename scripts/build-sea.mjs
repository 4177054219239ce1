#!/usr/bin/env node
/**
 * `npm run build:sea`: care as one executable file, with Node's single executable applications
 * (https://nodejs.org/docs/latest-v20.x/api/single-executable-applications.html):
 *
 *   1. esbuild bundles src/cli/sea-main.ts and everything it imports into one CommonJS file
 *      (the optional native drivers stay out: in the executable `--engine` says they are missing);
 *   2. the files care reads at run time — templates/ and package.json — become SEA assets, read
 *      through src/io/assets.ts, with a list of them (Node 20 cannot list assets);
 *   3. node --experimental-sea-config writes the blob; a copy of this node binary gets it
 *      injected with postject.
 *
 * Output: dist-sea/care (care.exe on Windows), for this machine's platform and architecture.
 *   node scripts/build-sea.mjs [--out DIR]
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex === -1 ? 'dist-sea' : process.argv[outIndex + 1]);
const require = createRequire(import.meta.url);
/** Keys of src/io/assets.ts: SEA_ROOT-relative paths, and the list of them. */
const MANIFEST_KEY = 'care-assets.txt';
/** The optional drivers (package.json optionalDependencies and their kin): never bundled. */
const EXTERNAL = ['@duckdb/node-api', '@duckdb/*', 'pg', 'pg-native'];

const started = Date.now();
/** Runs a tool, showing what it printed only when it fails (postject warns about every ELF note). */
function quiet(file, args) {
  try {
    execFileSync(file, args, { stdio: 'pipe' });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw error;
  }
}
const step = (what) => process.stderr.write(`build:sea: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. One CommonJS file. import.meta.url (used by the disk paths outside the executable) becomes
//    the executable's own file URL, so a path built from it is a real path that is not there.
const bundle = join(out, 'care.cjs');
const { build } = require('esbuild');
await build({
  entryPoints: [join(root, 'src/cli/sea-main.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: `node${process.versions.node.split('.')[0]}`,
  external: EXTERNAL,
  define: { 'import.meta.url': '__care_import_meta_url' },
  banner: { js: 'var __care_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  legalComments: 'none',
});
step(`bundled ${relative(root, bundle)}, ${(statSync(bundle).size / 1e6).toFixed(1)} MB`);

// 2. The assets.
const files = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
  const path = `${dir}/${entry.name}`;
  return entry.isDirectory() ? files(path) : [path];
});
const keys = [...files('templates'), 'package.json'].sort();
const manifest = join(out, MANIFEST_KEY);
writeFileSync(manifest, `${keys.join('\n')}\n`);
const assets = Object.fromEntries([...keys.map((key) => [key, join(root, ...key.split('/'))]), [MANIFEST_KEY, manifest]]);
const blob = join(out, 'sea-prep.blob');
const config = join(out, 'sea-config.json');
writeFileSync(config, `${JSON.stringify({ main: bundle, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true, assets }, null, 2)}\n`);

// 3. The blob, injected into a copy of node.
quiet(process.execPath, ['--experimental-sea-config', config]);
step(`blob with ${keys.length} assets`);
const exe = join(out, process.platform === 'win32' ? 'care.exe' : 'care');
copyFileSync(process.execPath, exe);
chmodSync(exe, 0o755);
if (process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', exe]);
const postject = join(root, 'node_modules', 'postject', 'dist', 'cli.js');
quiet(process.execPath, [postject, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2',
  ...(process.platform === 'darwin' ? ['--macho-segment-name', 'NODE_SEA'] : [])]);
if (process.platform === 'darwin') execFileSync('codesign', ['--sign', '-', exe]);
step(`${relative(root, exe).split(sep).join('/')}: ${(statSync(exe).size / 1e6).toFixed(1)} MB, node ${process.version} ${process.platform}-${process.arch}`);
