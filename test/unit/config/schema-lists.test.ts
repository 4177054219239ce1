/**
 * The config file takes the same values as the command line: its lists are the constants the CLI
 * offers (ingest/formats.ts, time/periods.ts, locale.ts), and `"delimiter": "tab"` is a TAB as
 * `--delimiter tab` is (docs/contracts.md, "Reading options").
 */
import { describe, expect, it } from 'vitest';
import { DATE_FORMATS, ENCODINGS, PERIODS } from '../../../src/cli/option-table.js';
import { parseConfig } from '../../../src/config/load.js';
import { configSchema } from '../../../src/config/schema.js';
import { readOptionsFor } from '../../../src/commands/data-options.js';
import { LOCALES } from '../../../src/locale.js';

const choices = (key: 'locale' | 'encoding' | 'dateFormat' | 'period') => configSchema.shape[key].unwrap().options;

describe('config lists', () => {
  it('are the lists the CLI offers', () => {
    expect(choices('locale')).toEqual([...LOCALES]);
    expect(choices('encoding')).toEqual([...ENCODINGS]);
    expect(choices('dateFormat')).toEqual([...DATE_FORMATS]);
    expect(choices('period')).toEqual([...PERIODS]);
  });

  it('take "tab" as the delimiter, read as a TAB, and refuse two characters', () => {
    const config = parseConfig({ delimiter: 'tab' });
    expect(readOptionsFor('orders', {}, config).delimiter).toBe('\t');
    expect(() => parseConfig({ delimiter: ';;' })).toThrow(/delimiter: one character, or 'tab'/);
  });
});
