/**
 * Stamps which English each Russian and Bulgarian message was translated from
 * (src/i18n/messages/translated-from.json; docs/messages.md, "When an English message changes").
 *
 *   npm run i18n:stamp                          stamp the keys that have none, drop the stamps of keys that are gone
 *   npm run i18n:stamp -- --key K [--key K2]    after reviewing K's ru and bg against its new English: re-stamp K
 *
 * Run through tsx (package.json), not node on dist/: it reads the catalogs as the TypeScript
 * sources are now. dist/ holds the English of the last build, and stamping a stale English would
 * hide the very change the stamp is there to catch. CI never runs this script: the check is
 * test/unit/i18n/translated-from.test.ts, which vitest runs on the sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from '../src/i18n/messages/en.js';
import { restamp } from '../src/i18n/stamps.js';

const FILE = fileURLToPath(new URL('../src/i18n/messages/translated-from.json', import.meta.url));

function fail(message) {
  process.stderr.write(`i18n:stamp: ${message}\n`);
  process.exit(2);
}

function reviewedKeys(argv) {
  const keys = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--key' && argv[i + 1] !== undefined) keys.push(argv[++i]);
    else if (arg.startsWith('--key=')) keys.push(arg.slice('--key='.length));
    else fail(`unknown argument ${JSON.stringify(arg)} (usage: npm run i18n:stamp [-- --key KEY ...])`);
  }
  return keys;
}

function readStamps() {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return {};
    return fail(`${FILE}: ${error.message}`);
  }
}

const review = reviewedKeys(process.argv.slice(2));
const result = restamp(en, readStamps(), review);
if (result.unknown.length > 0) fail(`no such key in src/i18n/messages/en.ts: ${result.unknown.join(', ')}`);
writeFileSync(FILE, `${JSON.stringify(result.stamps, null, 2)}\n`);

const list = (keys) => (keys.length <= 10 ? keys.join(', ') : `${keys.slice(0, 10).join(', ')} and ${keys.length - 10} more`);
const lines = [`${Object.keys(result.stamps).length} keys stamped in src/i18n/messages/translated-from.json`];
if (result.added.length > 0) lines.push(`new: ${result.added.length} (${list(result.added)})`);
if (result.removed.length > 0) lines.push(`removed: ${result.removed.length} (${list(result.removed)})`);
if (result.restamped.length > 0) lines.push(`re-stamped after review: ${list(result.restamped)}`);
const unchanged = review.filter((key) => !result.restamped.includes(key));
if (unchanged.length > 0) lines.push(`already up to date: ${list(unchanged)}`);
if (result.changed.length > 0) {
  lines.push(`English changed since the translation, ru and bg to review: ${result.changed.join(', ')}`);
  lines.push(`then: npm run i18n:stamp -- ${result.changed.map((key) => `--key ${key}`).join(' ')}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
