/**
 * The help in Russian and Bulgarian (src/i18n/help, src/cli/help-i18n.ts): every command, argument
 * and option of the command table has its help in each language, so a new option is translated
 * with it; English is the table's own words, unchanged.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/command-table.js';
import { HELP_CATALOGS, catalogEntry, isPhrase, optionHelp } from '../../../src/cli/help-i18n.js';
import { HORIZON_MAX, OPTION_BOUNDS, type OptionBound, boundRef, describeBound, horizonBound } from '../../../src/cli/option-bounds.js';
import { helpOf } from '../../../src/cli/option-spec.js';
import { sayIn } from '../../../src/i18n/index.js';

const LANGS = ['ru', 'bg'] as const;
const CYRILLIC = /[А-Яа-яЁёЪъ]/;

describe.each(LANGS)('the %s help catalog', (lang) => {
  const catalog = HELP_CATALOGS[lang];

  it('describes every command and argument', () => {
    const missing: string[] = [];
    for (const command of COMMANDS) {
      if (!CYRILLIC.test(catalog.commands[command.name] ?? '')) missing.push(command.name);
      for (const argument of command.args) if (!CYRILLIC.test(catalog.args[`${command.name}.${argument.name}`] ?? '')) missing.push(`${command.name} <${argument.name}>`);
    }
    expect(missing).toEqual([]);
  });

  it('has the help of every option of every command, and the default of each that is a phrase', () => {
    const missing: string[] = [];
    for (const command of COMMANDS) {
      for (const option of command.options) {
        if (!CYRILLIC.test(catalogEntry(catalog.options, command.name, option.name) ?? '')) missing.push(`${command.name} ${option.flag}`);
        if (option.defaultText !== undefined && isPhrase(option.defaultText) && catalogEntry(catalog.defaults, command.name, option.name) === undefined) missing.push(`${command.name} ${option.flag} (default)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses an option\'s shared entry only where the English help of it is the same', () => {
    const english = new Map<string, Set<string>>();
    for (const command of COMMANDS) {
      for (const option of command.options) {
        if (catalog.options[`${command.name}.${option.name}`] !== undefined) continue;
        english.set(option.name, (english.get(option.name) ?? new Set()).add(`${option.help} / ${option.defaultText ?? ''}`));
      }
    }
    const differing = [...english].filter(([, helps]) => helps.size > 1).map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('has no entry the table does not use', () => {
    const used = new Set<string>();
    for (const command of COMMANDS) {
      for (const option of command.options) {
        used.add(`${command.name}.${option.name}`);
        used.add(option.name);
      }
    }
    expect(Object.keys(catalog.options).filter((key) => !used.has(key))).toEqual([]);
    expect(Object.keys(catalog.commands).filter((name) => !COMMANDS.some((command) => command.name === name))).toEqual([]);
  });
});

describe('English help', () => {
  it('is the table\'s own, notes included', () => {
    for (const command of COMMANDS) for (const option of command.options) expect(optionHelp('en', command.name, option)).toBe(helpOf(option));
  });

  it('says the bounds of numeric options as describeBound does', () => {
    const bounds: OptionBound[] = [...Object.values(OPTION_BOUNDS), ...Object.keys(HORIZON_MAX).map((unit) => horizonBound(unit))];
    for (const bound of bounds) expect(sayIn('en', boundRef(bound))).toBe(describeBound(bound));
  });
});

describe('a bound in Russian and Bulgarian', () => {
  it('names the unit in the language', () => {
    const churn = OPTION_BOUNDS['churnAfter'] as OptionBound;
    const holdout = OPTION_BOUNDS['holdout'] as OptionBound;
    expect(sayIn('ru', boundRef(churn))).toBe('целое число дней от 1 до 3\u00a0653');
    expect(sayIn('bg', boundRef(churn))).toBe('цял брой дни от 1 до 3\u00a0653');
    expect(sayIn('ru', boundRef(holdout))).toBe('число (доля клиентов, которым пора напомнить) больше 0 и меньше 1');
    expect(sayIn('bg', boundRef(holdout))).toBe('число (дял от клиентите, на които е време за напомняне) над 0 и под 1');
  });
});
