/**
 * How many files of the export corpus (fixtures/exports/) a care binary reads right with no
 * options: `npx tsx bench/corpus.ts [path/to/bin/care.js]`. Run it on an older checkout's
 * binary for the "before" figure. Prints one line per file and the score.
 */
import { checkExport, corpusCases } from '../test/helpers/export-corpus.js';

const bin = process.argv[2];
const cases = corpusCases();
let right = 0;
for (const entry of cases) {
  const result = checkExport(entry, bin);
  if (result.differences.length === 0) right++;
  process.stdout.write(`${result.differences.length === 0 ? 'right' : 'WRONG'}  ${entry.file}${result.differences.length === 0 ? '' : `  — ${result.differences.join('; ')}`}\n`);
}
process.stdout.write(`\n${right} of ${cases.length} files read right with no options\n`);
