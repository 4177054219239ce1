/** Rewrites the README's option reference from the command table (src/cli/options-reference.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from '../src/cli/command-table.js';
import { READ_OPTIONS } from '../src/cli/option-table.js';
import { optionsReference, replaceReference } from '../src/cli/options-reference.js';

const readme = readFileSync('README.md', 'utf8');
const updated = replaceReference(readme, optionsReference(COMMANDS, READ_OPTIONS));
if (updated === undefined) {
  process.stderr.write('README.md has no option reference markers\n');
  process.exit(1);
}
writeFileSync('README.md', updated);
