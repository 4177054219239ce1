/**
 * How many of care's error sites carry a catalog entry (docs/messages.md, "What is translated"):
 * every `new CareError|UsageError|InputError|OutputError|ThresholdError|EncodingMismatchError(`
 * in src/ is a site; it is translated when its call passes `say`. orders-parallel.ts's
 * rebuildError is not counted: it rebuilds a worker thread's error, its catalog entry included.
 *
 *   node scripts/error-catalog-coverage.mjs            the figures
 *   node scripts/error-catalog-coverage.mjs --missing  and every site still in English only
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SITE = /new (CareError|UsageError|InputError|OutputError|ThresholdError|EncodingMismatchError)\(/g;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The text of the call opened at `start` (up to its closing parenthesis). */
function callAt(text, start, open) {
  let depth = 1;
  let i = open;
  while (depth > 0 && i < text.length) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    i++;
  }
  return text.slice(start, i);
}

const sites = [];
for (const file of sourceFiles('src')) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(SITE)) {
    const call = callAt(text, match.index, match.index + match[0].length);
    if (file.endsWith('orders-parallel.ts') && /\bcontext\)$/.test(call)) continue;
    const code = match[1] === 'EncodingMismatchError' ? 'CARE_BAD_ENCODING' : (/^new \w+\(\s*'([A-Z_]+)'/.exec(call)?.[1] ?? '(computed)');
    const line = text.slice(0, match.index).split('\n').length;
    sites.push({ where: `${file}:${line}`, code, said: /\bsay\s*[:,]|\bsay: /.test(call) });
  }
}

const codes = new Map();
for (const site of sites) {
  const entry = codes.get(site.code) ?? { all: 0, said: 0 };
  entry.all++;
  if (site.said) entry.said++;
  codes.set(site.code, entry);
}
const every = [...codes.values()].filter((entry) => entry.said === entry.all).length;
const some = [...codes.values()].filter((entry) => entry.said > 0 && entry.said < entry.all).length;
const said = sites.filter((site) => site.said).length;
process.stdout.write(`${said} of ${sites.length} error sites translated; ${every + some} of ${codes.size} codes (${every} at every site, ${some} at some)\n`);
if (process.argv.includes('--missing')) for (const site of sites.filter((s) => !s.said)) process.stdout.write(`  ${site.where} ${site.code}\n`);
