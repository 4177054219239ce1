/** The message catalogs (src/i18n): every key in every language with the same placeholders, plural forms, language choice. */
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/i18n/translate.js';
import { placeholdersOf, resolveMessageLanguage, say, sayIn, translate } from '../../../src/i18n/index.js';
import { LOCALES } from '../../../src/locale.js';

const english = CATALOGS.en;

describe('the message catalogs', () => {
  it.each(['ru', 'bg'] as const)('%s has every English key, no other, with the same placeholders', (lang) => {
    const catalog = CATALOGS[lang];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(english)) {
      expect({ key, placeholders: placeholdersOf(catalog[key]!) }).toEqual({ key, placeholders: placeholdersOf(message) });
    }
  });

  it.each(LOCALES)('a plural message of %s offers every plural category of the language', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(CATALOGS[lang])) {
      if (typeof message === 'string') continue;
      expect({ key, forms: Object.keys(message).sort() }).toEqual({ key, forms: [...categories].sort() });
    }
  });

  it('no message of ru or bg is left in English (only placeholders, flags, codes and file names may be Latin)', () => {
    for (const lang of ['ru', 'bg'] as const) {
      for (const [key, message] of Object.entries(CATALOGS[lang])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) {
          if (text === undefined) continue;
          const words = text.replace(/\{\w+\}/g, '').replace(/--[\w-]+|docs\/\S+|\S*\.\w+|\(?"[^"]*"\)?|[A-Z0-9_-]{2,}|utf-\S+|latin1|windows-\d+|\bCARE_\w+|\bcare\b/g, '');
          expect({ key, lang, english: /\b(the|of|and|or|to|with|not|file|error)\b/i.test(words) }).toEqual({ key, lang, english: false });
        }
      }
    }
  });
});

describe('translate', () => {
  it('fills placeholders and picks the Russian plural by one/few/many', () => {
    const reasons = [say('notice.skippedReason', { reason: say('reason.badDate'), count: 2, line: '3' })];
    expect(translate('ru', 'notice.skipped', { file: 'a.csv', count: 1, reasons })).toBe('a.csv: пропущена 1 строка: нечитаемая дата: 2 (впервые в строке 3)');
    expect(translate('ru', 'notice.skipped', { file: 'a.csv', count: 3, reasons: [] })).toBe('a.csv: пропущены 3 строки: ');
    expect(translate('ru', 'notice.skipped', { file: 'a.csv', count: 11, reasons: [] })).toBe('a.csv: пропущено 11 строк: ');
    expect(translate('ru', 'notice.skipped', { file: 'a.csv', count: 21, reasons: [] })).toBe('a.csv: пропущена 21 строка: ');
  });

  it('picks the Bulgarian plural by one/other', () => {
    expect(translate('bg', 'notice.skipped', { file: 'a.csv', count: 1, reasons: [] })).toBe('a.csv: пропуснат е 1 ред: ');
    expect(translate('bg', 'notice.skipped', { file: 'a.csv', count: 5, reasons: [] })).toBe('a.csv: пропуснати са 5 реда: ');
  });

  it('writes numbers as the language does and says nested messages', () => {
    expect(translate('en', 'bound.fromTo', { what: say('bound.integerOf', { unit: say('unit.days') }), min: 1, max: 3653 })).toBe('a whole number of days from 1 to 3,653');
    expect(translate('ru', 'bound.fromTo', { what: say('bound.integerOf', { unit: say('unit.days') }), min: 1, max: 3653 })).toBe('целое число дней от 1 до 3\u00a0653');
  });

  it('falls back to English, then to the key, never throws', () => {
    expect(sayIn('ru', { key: 'no.such.key' })).toBe('no.such.key');
  });
});

describe('resolveMessageLanguage', () => {
  it('the flag first, then LC_ALL over LC_MESSAGES over LANG, then the config, then English', () => {
    expect(resolveMessageLanguage({ flag: 'bg', env: { LANG: 'ru_RU.UTF-8' }, config: 'en' })).toBe('bg');
    expect(resolveMessageLanguage({ env: { LANG: 'ru_RU.UTF-8' } })).toBe('ru');
    expect(resolveMessageLanguage({ env: { LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8' } })).toBe('bg');
    expect(resolveMessageLanguage({ env: { LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8', LC_ALL: 'en_US.UTF-8' } })).toBe('en');
    expect(resolveMessageLanguage({ env: { LANG: 'bg_BG' }, config: 'ru' })).toBe('bg');
    expect(resolveMessageLanguage({ env: {}, config: 'ru' })).toBe('ru');
    expect(resolveMessageLanguage({ env: {} })).toBe('en');
  });

  it('C, POSIX and languages care does not speak say nothing: the config, else English, decides', () => {
    expect(resolveMessageLanguage({ env: { LANG: 'C.UTF-8' }, config: 'bg' })).toBe('bg');
    expect(resolveMessageLanguage({ env: { LC_ALL: 'POSIX', LANG: 'ru_RU.UTF-8' } })).toBe('en');
    expect(resolveMessageLanguage({ env: { LANG: 'de_DE.UTF-8' } })).toBe('en');
    expect(resolveMessageLanguage({ env: { LANG: 'bg_BG@euro' } })).toBe('bg');
  });
});
