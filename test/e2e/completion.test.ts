/**
 * The completion scripts (`care completion bash|zsh|fish`) run in their shells, asking the built
 * care at TAB (`care __complete`, src/cli/completion-line.ts) for template names — the built-in
 * ones and a user's folder — and, after --map, the headers of the file on the line. Bash is given
 * COMP_WORDS as bash sets them (split at "="); zsh runs the bash script as bashcompinit does;
 * fish completes a whole line with `complete -C`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { completionScript } from '../../src/cli/completion.js';
import { ORDER_FIELDS } from '../../src/ingest/kinds.js';
import { repoRoot } from '../helpers/datasets.js';

/** A folder with a `care` on the PATH (the built bin/care.js), a user's templates folder, and a `;` export with Cyrillic headers. */
const scratch = mkdtempSync(path.join(tmpdir(), 'care-completion-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const binDir = path.join(scratch, 'bin');
mkdirSync(binDir);
writeFileSync(path.join(binDir, 'care'), `#!/bin/sh\nexec '${process.execPath}' '${path.join(repoRoot, 'bin', 'care.js')}' "$@"\n`);
chmodSync(path.join(binDir, 'care'), 0o755);
const shellEnv = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env['PATH'] ?? ''}` };
const userTemplates = path.join(scratch, 'my-templates');
mkdirSync(path.join(userTemplates, 'en'), { recursive: true });
writeFileSync(path.join(userTemplates, 'en', 'zz-thanks-again.hbs'), '---\nsubject: "Thanks"\n---\nThanks again.\n');
const semicolonExport = path.join(scratch, 'заказы.csv');
writeFileSync(semicolonExport, 'Клиент;Дата заказа;Сумма, руб.\n1;2024-01-05;100\n2;2024-02-01;250\n');

/** Each completion starts care (about 0.3 s, several times that on a busy machine). */
const SLOW = 120_000;

/** What bash offers after typing `words` (the last one is the word being completed), in a bash subshell. */
function complete(...words: string[]): string[] {
  const line = ['care', ...words];
  const script = `${completionScript('bash', COMMANDS)}\nCOMP_WORDS=(${line.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${line.length - 1}; _care; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', script], { encoding: 'utf8', cwd: repoRoot, env: shellEnv }).split('\n').filter((word) => word !== '').sort();
}

/** The built-in templates starting with `prefix`, from the templates folder itself. */
const builtinTemplates = (prefix: string) => readdirSync(path.join(repoRoot, 'templates', 'en')).filter((file) => file.endsWith('.hbs') && file.startsWith(prefix)).map((file) => file.slice(0, -4)).sort();
/** The fixture's headers, from its first line. */
const ordersHeaders = (readFileSync(path.join(repoRoot, 'fixtures', 'orders.csv'), 'utf8').split(/\r?\n/)[0] as string).split(',');

describe('care completion bash: template names and --map, asked of care at TAB', { timeout: SLOW }, () => {
  it('completes a template name: care email w<TAB>, remind --template, templates show', () => {
    expect(builtinTemplates('w')).toEqual(['weekend-notice', 'welcome', 'win-back']);
    expect(complete('email', 'w')).toEqual(builtinTemplates('w'));
    expect(complete('remind', 'fixtures/orders.csv', '--template', 'pay')).toEqual(['payment-reminder']);
    expect(complete('templates', 'show', 'complaint-')).toEqual(builtinTemplates('complaint-'));
  });

  it("counts the user's own templates folder given on the line", () => {
    expect(complete('email', '--templates', userTemplates, 'zz')).toEqual(['zz-thanks-again']);
    expect(complete('email', 'zz')).toEqual([]);
  });

  it("--map offers the command's fields with =, then the headers of the file on the line", () => {
    expect(complete('report', 'fixtures/orders.csv', '--map', 'cu')).toEqual(ORDER_FIELDS.map((field) => `${field.name}=`).filter((word) => word.startsWith('cu')).sort());
    // Bash splits `customer=Cu` at "=" (COMP_WORDBREAKS) and completes the part after it.
    expect(complete('report', 'fixtures/orders.csv', '--map', 'customer', '=')).toEqual([...ordersHeaders].sort());
    expect(complete('report', 'fixtures/orders.csv', '--map', 'customer', '=', 'Cu')).toEqual(ordersHeaders.filter((header) => header.startsWith('Cu')).sort());
    // Unsplit, as zsh's bashcompinit hands it over: the whole word.
    expect(complete('report', 'fixtures/orders.csv', '--map', 'customer=Cu')).toEqual(ordersHeaders.filter((header) => header.startsWith('Cu')).map((header) => `customer=${header}`).sort());
    // Read as care reads an export: the ; delimiter sniffed, the header kept whole.
    expect(complete('retention', semicolonExport, '--map', 'customer', '=')).toEqual(['Дата заказа', 'Клиент', 'Сумма, руб.']);
  });
});

/** zsh and fish may not be installed here; CI installs them (.ci/run) and sets CARE_SHELLS=required. */
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const shellsRequired = process.env['CARE_SHELLS'] === 'required';

describe.skipIf(!has('zsh') && !shellsRequired)('care completion zsh, run in zsh (skipped where zsh is not installed)', { timeout: SLOW }, () => {
  const zsh = completionScript('zsh', COMMANDS);
  it('is valid zsh', () => {
    expect(spawnSync('zsh', ['-n'], { input: zsh }).status).toBe(0);
  });

  it('completes a template name and a header as bashcompinit runs it (sh emulation, words unsplit)', () => {
    const file = path.join(scratch, 'care.zsh');
    writeFileSync(file, zsh);
    const ask = (words: string[]) => `COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _care; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const script = `autoload -U compinit && compinit -u; source '${file}'; emulate sh -c "$1"`;
    const run = (words: string[]) => execFileSync('zsh', ['-c', script, 'zsh', ask(words)], { encoding: 'utf8', cwd: repoRoot, env: shellEnv }).split('\n').filter((word) => word !== '').sort();
    expect(run(['care', 'email', 'w'])).toEqual(builtinTemplates('w'));
    expect(run(['care', 'report', 'fixtures/orders.csv', '--map', 'customer=Cu'])).toEqual(ordersHeaders.filter((header) => header.startsWith('Cu')).map((header) => `customer=${header}`).sort());
  });
});

describe.skipIf(!has('fish') && !shellsRequired)('care completion fish, run in fish (skipped where fish is not installed)', { timeout: SLOW }, () => {
  const fish = completionScript('fish', COMMANDS);
  it('is valid fish, and completes a template name and a header', () => {
    const file = path.join(scratch, 'care.fish');
    writeFileSync(file, fish);
    expect(spawnSync('fish', ['--no-execute', file]).status).toBe(0);
    const run = (line: string) => execFileSync('fish', ['-c', `source '${file}'; complete -C '${line}'`], { encoding: 'utf8', cwd: repoRoot, env: shellEnv }).split('\n').filter((word) => word !== '').map((word) => word.split('\t')[0]).sort();
    expect(run('care email w')).toEqual(builtinTemplates('w'));
    expect(run('care templates show complaint-')).toEqual(builtinTemplates('complaint-'));
    expect(run('care report fixtures/orders.csv --map customer=Cu')).toEqual(ordersHeaders.filter((header) => header.startsWith('Cu')).map((header) => `customer=${header}`).sort());
  });
});
