/** The shell completion scripts, generated from the command table; bash's is run in bash. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/command-table.js';
import { completionScript } from '../../../src/cli/completion.js';

const bash = completionScript('bash', COMMANDS);

/** What bash offers after typing `words` (the last one is the word being completed). */
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

  it("completes a command's argument words", () => {
    expect(complete('sql', 'c')).toEqual(['cohorts', 'customer-days', 'customers']);
    expect(complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
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
  });
});
