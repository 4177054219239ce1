/**
 * CTEs as nested subqueries (src/sql/nest-ctes.ts), for ClickHouse releases without
 * `WITH name AS (subquery)`: each reference is replaced by the body, earlier CTEs inside later ones.
 */
import { describe, expect, it } from 'vitest';
import { nestCtes, nestForDialect } from '../../../src/sql/nest-ctes.js';

const QUERY = `-- a comment
WITH
care_a AS (
  SELECT 1 AS x
),
care_b AS (
  SELECT a.x FROM care_a AS a
)
SELECT b.x FROM care_b AS b CROSS JOIN care_a
ORDER BY b.x;
`;

describe('nestCtes', () => {
  it('replaces every reference by its body, aliased as written (or by the CTE name), and drops WITH', () => {
    expect(nestCtes(QUERY)).toBe(`-- a comment
SELECT b.x FROM (
    SELECT a.x FROM (
      SELECT 1 AS x
    ) AS a
  ) AS b CROSS JOIN (
    SELECT 1 AS x
  ) AS care_a
ORDER BY b.x;
`);
  });

  it('leaves a query without WITH alone, and other dialects\' SQL untouched', () => {
    expect(nestCtes('SELECT 1;\n')).toBe('SELECT 1;\n');
    expect(nestForDialect('postgres', QUERY)).toBe(QUERY);
    expect(nestForDialect('clickhouse', QUERY)).not.toContain('WITH');
  });

  it('a WITH list it cannot read is a bug of the generator, said plainly', () => {
    expect(() => nestCtes('WITH\nfoo\nSELECT 1')).toThrow(/does not open a CTE/);
    expect(() => nestCtes('WITH\ncare_a AS (\n  SELECT 1\nSELECT 1')).toThrow(/not closed/);
  });
});
