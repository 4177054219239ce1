import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { readOptionsFor } from '../../../src/commands/data-options.js';

describe('profile keys of care.config.json', () => {
  it('profile, profiles, includeStatus and excludeStatus reach the readers; the command line adds to the config\'s status lists and its --profile wins', () => {
    const config = parseConfig({ profile: 'bitrix24-deals', profiles: ['profiles/ours.json'], includeStatus: ['Отгружен частично'], excludeStatus: ['Тест'] });
    expect(readOptionsFor('orders', {}, config)).toMatchObject({
      profileName: 'bitrix24-deals',
      profileFiles: ['profiles/ours.json'],
      includeStatus: ['Отгружен частично'],
      excludeStatus: ['Тест'],
    });
    expect(readOptionsFor('orders', { profile: 'none', excludeStatus: ['Дубль'] }, config)).toMatchObject({ profileName: 'none', excludeStatus: ['Тест', 'Дубль'] });
  });

  it('a wrong type is a config error naming the key', () => {
    expect(() => parseConfig({ profiles: 'ours.json' })).toThrow(/profiles:/);
  });
});
