/**
 * Engine URLs as care prints them (src/sql/engine-url.ts, docs/sql.md "Credentials"): the password
 * is removed from the URL and from any message a driver returns; the scheme picks the engine.
 */
import { describe, expect, it } from 'vitest';
import { engineKind } from '../../../src/sql/engine.js';
import { displayUrl, scrubSecrets } from '../../../src/sql/engine-url.js';

describe('displayUrl', () => {
  it.each([
    ['postgres://care:s3cret@db.local:5432/shop', 'postgres://care@db.local:5432/shop'],
    ['postgresql://care:p%40ss%2Fword@db/shop?sslmode=require', 'postgresql://care@db/shop?sslmode=require'],
    ['postgres://care@db/shop', 'postgres://care@db/shop'],
    ['clickhouse://default:pw@127.0.0.1:8123/default', 'clickhouse://default@127.0.0.1:8123/default'],
    ['clickhouse://127.0.0.1:8123/shop?user=care&password=pw', 'clickhouse://127.0.0.1:8123/shop?user=care&password=***'],
    ['duckdb:data/shop.duckdb', 'duckdb:data/shop.duckdb'],
  ])('%s → %s', (url, shown) => {
    expect(displayUrl(url)).toBe(shown);
  });
});

describe('scrubSecrets', () => {
  it('replaces the password as written, percent-decoded, and PGPASSWORD', () => {
    const url = 'postgres://care:p%40ss@db/shop';
    const message = `could not connect to ${url}: bad password p@ss (also p%40ss); env had envpw`;
    expect(scrubSecrets(url, message, { PGPASSWORD: 'envpw' })).toBe('could not connect to postgres://care@db/shop: bad password *** (also ***); env had ***');
  });
});

describe('engineKind', () => {
  it('picks the engine by the scheme; anything else is exit 2 without the password', () => {
    expect(engineKind('duckdb:x.csv')).toBe('duckdb');
    expect(engineKind('postgresql://h/db')).toBe('postgres');
    expect(engineKind('clickhouse://h:8123/db')).toBe('clickhouse');
    expect(() => engineKind('mysql://root:hunter2@h/db')).toThrow(expect.objectContaining({ exitCode: 2, message: '--engine mysql://root@h/db: not an engine URL' }));
  });
});
