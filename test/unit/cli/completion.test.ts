/**
 * The shell completion scripts, generated from the command table; bash's is run in bash. What the
 * scripts ask care at TAB (`care __complete`) is tested here in-process; the scripts asking the
 * built care in bash, zsh and fish are in test/e2e/completion.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/command-table.js';
import { completionScript } from '../../../src/cli/completion.js';
import { readCompletionLine } from '../../../src/cli/completion-line.js';
import { careInProcess } from '../../helpers/care-in-process.js';

const bash = completionScript('bash', COMMANDS);

/** What bash offers after typing `words` (the last one is the word being completed); none of these asks care. */
function complete(...words: string[]): string[] {
  const line = ['care', ...words];
  const script = `${bash}\nCOMP_WORDS=(${line.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${line.length - 1}; _care; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\n').filter((word) => word !== '').sort();
}

describe('care completion bash', () => {
  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n'], { input: bash })).not.toThrow();
  });

  it('completes the commands', () => {
    expect(complete('re')).toEqual(['remind', 'report', 'retention']);
    expect(complete('')).toEqual(expect.arrayContaining(COMMANDS.map((command) => command.name)));
  });

  it("completes a command's options, and each enumerated option's values", () => {
    expect(complete('retention', '--co')).toEqual(['--cohort-mode', '--cohorts', '--compare', '--config', '--convention', '--conventions']);
    expect(complete('retention', '--period', '')).toEqual(['month', 'quarter', 'week', 'year']);
    expect(complete('ltv', 'o.csv', '--model', 'p')).toEqual(['pnbd']);
    expect(complete('lint-reply', '-f', '')).toEqual(['json', 'rdjsonl', 'sarif', 'table']);
  });

  it('completes --lang, the language care speaks, before or after the command', () => {
    expect(complete('--la')).toEqual(['--lang']);
    expect(complete('--lang', '')).toEqual(['bg', 'en', 'ru']);
    expect(complete('retention', '--lan')).toEqual(['--lang']);
    expect(complete('retention', 'o.csv', '--lang', 'r')).toEqual(['ru']);
    expect(complete('--lang', 'ru', 're')).toEqual(['remind', 'report', 'retention']);
    expect(complete('--lang', 'ru', 'retention', '--period', 'q')).toEqual(['quarter']);
    expect(complete('--lang', 'bg', 'templates', '')).toEqual(['check', 'list', 'show']);
  });

  it("completes a command's argument words", () => {
    expect(complete('sql', 'c')).toEqual(['cohorts', 'customer-days', 'customers']);
    expect(complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
    // By position: the action first (its words, not checked by commander), files after the export.
    expect(complete('templates', '')).toEqual(['check', 'list', 'show']);
    expect(complete('config', 'set', 'email.agent.name', 's')).not.toContain('set');
  });
});

describe('care __complete (what the scripts ask)', () => {
  it('prints the candidates starting with the word, one a line', async () => {
    expect(await careInProcess(['__complete', 'templates', '--', 'win', 'email'])).toEqual({ code: 0, stdout: 'win-back\n', stderr: '' });
    expect((await careInProcess(['__complete', 'map', '--', 'sc', 'nps', 'fixtures/orders.csv'])).stdout).toBe('score=\n');
  });

  it('never fails: a missing file, folder or config gives fewer candidates, no error', async () => {
    expect(await careInProcess(['__complete', 'map', '--', 'customer=', 'report', 'no-such.csv'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await careInProcess(['__complete', 'templates', '--', 'win', 'email', '--templates', 'no-such-folder', '--config', 'no-such.json']);
    expect(run).toEqual({ code: 0, stdout: 'win-back\n', stderr: '' });
  });

  it('reads the line against the command table: values of options are not the file, "=" pieces join again', () => {
    expect(readCompletionLine(['report', '--period', 'month', 'a.csv', '-o', 'out.txt', '--map', 'customer', '=', 'X', '--strict'], COMMANDS)).toEqual({ command: 'report', files: ['a.csv'] });
    expect(readCompletionLine(['email', '--templates', '=', 'mine', '--config=c.json', 'welcome'], COMMANDS)).toEqual({ command: 'email', templates: 'mine', config: 'c.json', files: ['welcome'] });
    expect(readCompletionLine(['lift', 'campaign.csv', '-f', 'json', 'orders.csv'], COMMANDS)).toEqual({ command: 'lift', files: ['campaign.csv', 'orders.csv'] });
  });
});

describe('care completion zsh and fish', () => {
  it('zsh loads the bash completion through bashcompinit', () => {
    const zsh = completionScript('zsh', COMMANDS);
    expect(zsh.startsWith('#compdef care\n')).toBe(true);
    expect(zsh).toContain('bashcompinit');
    expect(zsh).toContain('complete -o filenames -F _care care');
  });

  it("fish offers each command's options and their values", () => {
    const fish = completionScript('fish', COMMANDS);
    expect(fish).toContain("complete -c care -n '__fish_seen_subcommand_from retention' -l period -x -a 'week month quarter year'");
    expect(fish).toContain("complete -c care -n '__fish_seen_subcommand_from retention' -l history -r -F");
    expect(fish).toContain("complete -c care -n __fish_use_subcommand -a sla");
    expect(fish).toContain("complete -c care -l lang -x -a 'en ru bg'");
    expect(fish).toContain("complete -c care -n '__fish_seen_subcommand_from remind' -l template -x -a '(care __complete templates -- \"\" (commandline -opc)[2..-1] 2>/dev/null)'");
    expect(fish).toContain("complete -c care -n '__fish_seen_subcommand_from templates; and __fish_seen_subcommand_from list show check' -a '(care __complete templates");
  });
});
