#!/usr/bin/env node
/**
 * The layers of src/ (docs/extending.md, "Layers"): which module may import which, and no cycles.
 *
 * oxlint (oxlintrc.json) keeps the same rules for static imports, in the editor; oxlint does not
 * follow `import()` expressions, and commands are loaded lazily, so this check reads every
 * specifier — `import`, `import type`, `export … from`, `import('…')` — and fails with one line
 * per violation. It runs in `npm test` before vitest. Plain node, no dependency, well under a second.
 *
 *   node scripts/check-layers.mjs [root]     root defaults to the repository; exit 1 on a violation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_HOMES } from './layers.mjs';
import { oxlintConfig } from './oxlint-config.mjs';

export { PACKAGE_HOMES };

/**
 * src/sql (issue 15, docs/sql.md) writes the metrics as SQL and runs it in an engine: it reads the
 * calendar (time), the history shape (model) and the metrics' types, and the message catalogs (i18n,
 * a leaf like src/errors.ts: it imports only src/locale.ts), so its errors can be said in the
 * language of the run; nothing else of src/. Only commands (and cli) import it, so the metrics never
 * depend on an engine.
 */
const SQL_IMPORTS = new Set(['sql', 'time', 'model', 'metrics', 'i18n', '']);

/**
 * Known violations that other work in progress removes (issue 13, item 1: commands move out of
 * src/commands). They are printed as "allowed" and do not fail the check; an entry that no longer
 * matches a violation is reported so that it is deleted. Each entry is the violation's line as
 * printed. Keep this list shrinking; it should end empty.
 */
export const ALLOWED = [];

/** Imports of one file: the specifiers in it, the line each is on, and whether it is an import() expression. */
export function importsOf(text) {
  const found = [];
  const code = blankComments(text);
  const patterns = [
    /(?:^|[\n;}])\s*(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g, // import x from, import type, export … from
    /(?:^|[\n;}])\s*import\s*['"]([^'"]+)['"]/g, // import './side-effect.js'
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('./lazy.js'), import('./x.js').Type
  ];
  patterns.forEach((pattern, p) => {
    for (const match of code.matchAll(pattern)) {
      const at = match.index + match[0].lastIndexOf(match[1]);
      found.push({ specifier: match[1], line: code.slice(0, at).split('\n').length, lazy: p === 2 });
    }
  });
  return found.sort((a, b) => a.line - b.line);
}

/**
 * The text with comments blanked (line breaks kept, so line numbers stay right). A small lexer
 * that knows strings, template literals and regex literals, so '/*' in a glob string or '//' in a
 * URL is not taken for a comment.
 */
export function blankComments(text) {
  let out = '';
  let i = 0;
  let last = ''; // the last significant character outside comments: tells a regex from a division
  const blank = (from, to) => text.slice(from, to).replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i];
    const d = text[i + 1];
    if (c === '/' && d === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += blank(i, stop); i = stop;
    } else if (c === '/' && d === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(i, stop); i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1); i = j + 1; last = c;
    } else if (c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last) || /\b(?:return|typeof|case|in|of)\s*$/.test(out.slice(-12)))) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      out += text.slice(i, j + 1); i = j + 1; last = '/';
    } else {
      out += c; i++;
      if (!/\s/.test(c)) last = c;
    }
  }
  return out;
}

/** Every .ts file under dir, as paths relative to root with '/' separators. */
function listTs(root, dir) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listTs(root, path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The file a relative specifier names ('./x.js' is ./x.ts on disk), or undefined. */
function resolveRelative(root, from, specifier) {
  const base = relative(root, resolve(root, dirname(from), specifier)).split(sep).join('/');
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, `${base}/index.ts`, base];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(join(root, c)));
}

/** The package a bare specifier names: 'csv-parse/sync' → 'csv-parse', '@inquirer/prompts' stays. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The folder of src/ a file is in ('src/report/html/page.ts' → 'report'), '' for src/*.ts. */
function layerOf(file) {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : '';
}

/** The graph of src/: file → [{ to | pkg, specifier, line, lazy }], the files and packages it imports. */
export function readGraph(root) {
  const files = listTs(root, 'src');
  const graph = new Map();
  for (const file of files) {
    const edges = [];
    for (const { specifier, line, lazy } of importsOf(readFileSync(join(root, file), 'utf8'))) {
      if (specifier.startsWith('.')) {
        const to = resolveRelative(root, file, specifier);
        if (to !== undefined) edges.push({ to, specifier, line, lazy });
      } else if (!specifier.startsWith('node:')) {
        edges.push({ pkg: packageOf(specifier), specifier, line, lazy });
      }
    }
    graph.set(file, edges);
  }
  return graph;
}

/** The modules of src/commands that src/cli loads lazily: the commands. The other files there are their helpers. */
function commandModules(graph) {
  const commands = new Set();
  for (const [file, edges] of graph) {
    if (layerOf(file) !== 'cli') continue;
    for (const edge of edges) if (edge.lazy && edge.to !== undefined && layerOf(edge.to) === 'commands') commands.add(edge.to);
  }
  return commands;
}

/** One line per broken layer rule. */
export function layerViolations(graph) {
  const commands = commandModules(graph);
  const out = [];
  for (const [file, edges] of graph) {
    const layer = layerOf(file);
    for (const edge of edges) {
      const where = `${file}:${edge.line}: imports ${edge.to ?? edge.specifier}`;
      if (edge.pkg !== undefined) {
        const home = PACKAGE_HOMES[edge.pkg];
        if (home !== undefined && home !== layer) out.push(`${where} (${edge.pkg} belongs in src/${home} only)`);
        continue;
      }
      const target = layerOf(edge.to);
      if (target === 'cli' && layer !== 'cli') out.push(`${where} (nothing outside src/cli imports src/cli)`);
      else if (target === 'commands' && layer !== 'cli' && layer !== 'commands') out.push(`${where} (only src/cli imports src/commands)`);
      else if (layer === 'commands' && commands.has(edge.to)) out.push(`${where} (a command never imports another command)`);
      else if (layer === 'sql' && !SQL_IMPORTS.has(target)) out.push(`${where} (src/sql imports only src/time, src/model, src/metrics and src/i18n)`);
      else if (target === 'sql' && layer !== 'sql' && layer !== 'commands' && layer !== 'cli') out.push(`${where} (only src/commands imports src/sql)`);
    }
  }
  return out;
}

/** One line per import cycle (runtime, type-only or lazy alike), found as strongly connected components. */
export function cycleViolations(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let next = 0;
  const successors = (file) => (graph.get(file) ?? []).filter((e) => e.to !== undefined && graph.has(e.to)).map((e) => e.to);
  // Tarjan's algorithm, iterative so a deep chain cannot overflow the stack.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ file: start, succ: successors(start), i: 0 }];
    index.set(start, next); low.set(start, next); next++; stack.push(start); onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.succ.length) {
        const to = frame.succ[frame.i++];
        if (!index.has(to)) {
          index.set(to, next); low.set(to, next); next++; stack.push(to); onStack.add(to);
          work.push({ file: to, succ: successors(to), i: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.file, Math.min(low.get(frame.file), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) { const parent = work[work.length - 1].file; low.set(parent, Math.min(low.get(parent), low.get(frame.file))); }
      if (low.get(frame.file) === index.get(frame.file)) {
        const component = [];
        let member;
        do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== frame.file);
        const selfLoop = (graph.get(member) ?? []).some((e) => e.to === member);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.sort((a, b) => a[0].localeCompare(b[0])).map((c) => `import cycle: ${c.join(' ↔ ')}`);
}

/** Every violation of src/ under root, and which of them ALLOWED lets pass. */
export function checkLayers(root, allowed = ALLOWED) {
  const graph = readGraph(root);
  const violations = [...layerViolations(graph), ...cycleViolations(graph)];
  const isAllowed = (violation) => allowed.some((entry) => sameViolation(entry, violation));
  return {
    failing: violations.filter((v) => !isAllowed(v)),
    tolerated: violations.filter(isAllowed),
    stale: allowed.filter((entry) => !violations.some((v) => sameViolation(entry, v))),
  };
}

/**
 * Whether an ALLOWED entry stands for a violation. Line numbers move as files are edited, so they
 * are left out; a cycle is the same cycle while it still runs through one of the entry's files
 * (files join and leave it while the code moves).
 */
function sameViolation(entry, violation) {
  const cycle = 'import cycle: ';
  if (entry.startsWith(cycle) && violation.startsWith(cycle)) {
    const files = new Set(entry.slice(cycle.length).split(' ↔ '));
    return violation.slice(cycle.length).split(' ↔ ').some((file) => files.has(file));
  }
  const withoutLine = (line) => line.replace(/^([^:]+):\d+:/, '$1:');
  return withoutLine(entry) === withoutLine(violation);
}

function main() {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const { failing, tolerated, stale } = checkLayers(root);
  // oxlint states the same layers for the editor; its config is generated from PACKAGE_HOMES above.
  const oxlintrc = join(root, 'oxlintrc.json');
  if (existsSync(oxlintrc) && readFileSync(oxlintrc, 'utf8') !== oxlintConfig()) failing.push('oxlintrc.json is not what scripts/oxlint-config.mjs writes from PACKAGE_HOMES: run node scripts/oxlint-config.mjs');
  for (const line of tolerated) process.stdout.write(`allowed (issue 13, being moved): ${line}\n`);
  for (const line of stale) process.stdout.write(`no longer a violation, delete it from ALLOWED in scripts/check-layers.mjs: ${line}\n`);
  for (const line of failing) process.stderr.write(`${line}\n`);
  if (failing.length > 0) {
    process.stderr.write(`care layers: ${failing.length} violation(s); the layers are in docs/extending.md\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
