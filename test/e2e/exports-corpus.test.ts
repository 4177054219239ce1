/**
 * Every file of the export corpus (fixtures/exports/, see its README for each system's source)
 * read with no options, as a new user would, and every figure compared with the value worked out
 * by hand from the definitions.
 */
import { describe, expect, it } from 'vitest';
import { checkExport, corpusCases } from '../helpers/export-corpus.js';

const cases = corpusCases();

describe('the export corpus', () => {
  it('covers at least 30 systems', () => {
    expect(new Set(cases.map((entry) => entry.expected.system)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((entry) => [entry.file, entry] as const))('%s is read right with no options', (_, entry) => {
    const result = checkExport(entry);
    expect(result.differences, result.stderr).toEqual([]);
  });
});
