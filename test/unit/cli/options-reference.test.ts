import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/command-table.js';
import { READ_OPTIONS } from '../../../src/cli/option-table.js';
import { optionsReference, replaceReference } from '../../../src/cli/options-reference.js';

describe("the README's option reference", () => {
  const readme = readFileSync('README.md', 'utf8');
  const reference = optionsReference(COMMANDS, READ_OPTIONS);

  it('is the one generated from the command table (npm run docs:options rewrites it)', () => {
    expect(replaceReference(readme, reference)).toBe(readme);
  });

  it('lists every flag of every command, and each data option once', () => {
    for (const command of COMMANDS) {
      expect(reference).toContain(`### care ${command.name}`);
      for (const option of command.options) expect(reference).toContain(`\`${option.flag}`);
    }
    expect(reference.split('`--rejects <file>`').length - 1).toBe(1);
  });

  it('says the bound, the choices and the default of an option', () => {
    expect(reference).toContain('- `--churn-after <days>` — days a purchase keeps a customer active (a whole number of days from 1 to 3,653; default 90; or the config)');
    expect(reference).toContain('| pnbd | mbgnbd | auto | sbg; default simple)');
  });
});
