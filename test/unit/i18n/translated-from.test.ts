/**
 * A changed English message sends its Russian and Bulgarian back for review (src/i18n/stamps.ts,
 * src/i18n/messages/translated-from.json, scripts/i18n-stamp.mjs; docs/messages.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en.js';
import { restamp, stampOf, staleness } from '../../../src/i18n/stamps.js';
import { repoRoot } from '../../helpers/datasets.js';

const STAMPS = path.join(repoRoot, 'src/i18n/messages/translated-from.json');

function readStamps(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(STAMPS, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

describe('the translations of src/i18n/messages (ru, bg) against the English they were translated from', () => {
  const { changed, unstamped, gone } = staleness(en, readStamps());

  it('no English message changed since its ru and bg were stamped', () => {
    const advice = `the English of these keys changed since ru and bg were translated: review ru.ts and bg.ts (and src/i18n/messages/tables/*), then run\n  npm run i18n:stamp -- ${changed.map((key) => `--key ${key}`).join(' ')}`;
    expect(changed, advice).toEqual([]);
  });

  it('every key of the English catalog (tables included) is stamped, and no stamp is left of a key that is gone', () => {
    expect(unstamped, `no stamp yet for these keys: check their ru and bg, then run\n  npm run i18n:stamp`).toEqual([]);
    expect(gone, `stamps of keys that are no longer in the catalog: run\n  npm run i18n:stamp`).toEqual([]);
  });
});

describe('stamps', () => {
  const english = { 'a.text': 'the file is empty', 'a.plural': { one: '{count} row', other: '{count} rows' } };

  it('a stamp changes with the English, not with the order of plural variants', () => {
    expect(stampOf('the file is empty')).toMatch(/^[0-9a-f]{12}$/);
    expect(stampOf('the file is empty')).not.toBe(stampOf('the file is empty.'));
    expect(stampOf({ other: '{count} rows', one: '{count} row' })).toBe(stampOf({ one: '{count} row', other: '{count} rows' }));
    expect(stampOf({ one: '{count} row', other: '{count} rows' })).not.toBe(stampOf({ one: '{count} line', other: '{count} rows' }));
  });

  it('staleness names the changed, the unstamped and the gone keys', () => {
    const stamps = { 'a.text': stampOf('the file is blank'), 'old.key': 'abcdefabcdef' };
    expect(staleness(english, stamps)).toEqual({ changed: ['a.text'], unstamped: ['a.plural'], gone: ['old.key'] });
  });

  it('by default a run stamps the new keys and drops the gone ones, and keeps a changed key flagged', () => {
    const stamps = { 'a.text': stampOf('the file is blank'), 'old.key': 'abcdefabcdef' };
    const result = restamp(english, stamps);
    expect(result.stamps).toEqual({ 'a.plural': stampOf(english['a.plural']), 'a.text': stampOf('the file is blank') });
    expect(result).toMatchObject({ added: ['a.plural'], removed: ['old.key'], restamped: [], changed: ['a.text'] });
    expect(staleness(english, result.stamps).changed).toEqual(['a.text']);
  });

  it('--key re-stamps a reviewed key; an unknown key is reported', () => {
    const result = restamp(english, { 'a.text': stampOf('the file is blank') }, ['a.text', 'no.such']);
    expect(result.stamps['a.text']).toBe(stampOf('the file is empty'));
    expect(result).toMatchObject({ restamped: ['a.text'], unknown: ['no.such'], changed: [] });
  });
});
