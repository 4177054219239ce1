/**
 * The help and commander's own words in the language of the run (docs/messages.md): descriptions
 * and option help from the help catalogs (src/i18n/help), the notes after an option's help
 * ("default …", the values it takes) and commander's titles and errors from the message catalogs.
 * English is the command table itself, unchanged.
 */
import { type Argument, type Command, Option } from 'commander';
import type { Locale } from '../locale.js';
import { bgHelp } from '../i18n/help/bg.js';
import { ruHelp } from '../i18n/help/ru.js';
import type { HelpCatalog } from '../i18n/help/types.js';
import { say, sayIn, translate } from '../i18n/index.js';
import type { ArgumentSpec, CommandSpec } from './command-spec.js';
import { boundRef } from './option-bounds.js';
import { type OptionSpec, helpOf } from './option-spec.js';

export const HELP_CATALOGS: Readonly<Record<Exclude<Locale, 'en'>, HelpCatalog>> = { ru: ruHelp, bg: bgHelp };

/** A defaultText that is a phrase ("the last date in the data"), not a value ("month", "90"): it is translated. */
export function isPhrase(text: string): boolean {
  return /\s/.test(text) && /[a-z]/i.test(text);
}

export function programDescription(lang: Locale, english: string): string {
  return lang === 'en' ? english : HELP_CATALOGS[lang].program;
}

export function commandDescription(lang: Locale, spec: CommandSpec): string {
  return lang === 'en' ? spec.description : (HELP_CATALOGS[lang].commands[spec.name] ?? spec.description);
}

export function argumentHelp(lang: Locale, command: string, argument: ArgumentSpec): string {
  return lang === 'en' ? argument.help : (HELP_CATALOGS[lang].args[`${command}.${argument.name}`] ?? argument.help);
}

/** The catalog entry of an option of a command: its own, else the option's shared one. */
export function catalogEntry(entries: Readonly<Record<string, string>>, command: string, name: string): string | undefined {
  return entries[`${command}.${name}`] ?? entries[name];
}

/** An option's help with its notes, as helpOf writes it in English. */
export function optionHelp(lang: Locale, command: string, spec: OptionSpec): string {
  if (lang === 'en') return helpOf(spec);
  const catalog = HELP_CATALOGS[lang];
  const help = catalogEntry(catalog.options, command, spec.name) ?? spec.help;
  const notes = optionNotes(lang, command, spec);
  return notes.length === 0 ? help : `${help} (${notes.join('; ')})`;
}

function optionNotes(lang: Exclude<Locale, 'en'>, command: string, spec: OptionSpec): string[] {
  const text = spec.defaultText ?? (spec.default === undefined ? undefined : String(spec.default));
  const fallback = text !== undefined && isPhrase(text) ? (catalogEntry(HELP_CATALOGS[lang].defaults, command, spec.name) ?? text) : text;
  return [
    describeValueIn(lang, spec),
    fallback === undefined ? '' : translate(lang, 'help.default', { value: fallback }),
    spec.fromConfig === undefined ? '' : translate(lang, 'help.orConfig'),
    spec.required ? translate(lang, 'help.required') : '',
  ].filter((note) => note !== '');
}

function describeValueIn(lang: Locale, spec: OptionSpec): string {
  const value = spec.value;
  switch (value.kind) {
    case 'number':
      return value.bound === undefined ? translate(lang, 'help.aNumber') : sayIn(lang, boundRef(value.bound));
    case 'choice':
      return value.choices.join(' | ');
    case 'choices':
      return translate(lang, 'help.anyOf', { choices: value.choices.join(', ') });
    case 'day':
      return translate(lang, 'help.aDate');
    case 'duration':
      return translate(lang, 'help.aDuration');
    case 'list':
      return translate(lang, 'help.repeatable');
    default:
      return '';
  }
}

const TITLES: Readonly<Record<string, Parameters<typeof say>[0]>> = {
  'Usage:': 'help.usage',
  'Arguments:': 'help.arguments',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Global Options:': 'help.globalOptions',
};

/** Commander's section titles ("Usage:", "Options:") in the language. */
export function helpTitle(lang: Locale, title: string): string {
  const key = TITLES[title];
  return lang === 'en' || key === undefined ? title : translate(lang, key);
}

/** An argument's help with commander's "(choices: …)" and "(default: …)" in the language (English: commander's own). */
export function argumentNotes(lang: Locale, help: string, choices: readonly string[] | undefined, defaultValue: unknown): string {
  const notes: string[] = [];
  if (choices !== undefined) notes.push(translate(lang, 'help.choices', { choices: choices.map((choice) => JSON.stringify(choice)).join(', ') }));
  if (defaultValue !== undefined) notes.push(translate(lang, 'help.default', { value: JSON.stringify(defaultValue) }));
  if (notes.length === 0) return help;
  return help === '' ? `(${notes.join(', ')})` : `${help} (${notes.join(', ')})`;
}

/** Commander's error lines (exitOverride codes commander.*), each it knows rewritten in the language; others as they are. */
export function commanderErrorIn(lang: Locale, text: string): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => commanderLine(lang, line))
    .join('\n');
}

const COMMANDER_LINES: readonly { pattern: RegExp; say: (match: RegExpExecArray) => ReturnType<typeof say> }[] = [
  { pattern: /^unknown option '(.+)'$/, say: (m) => say('commander.unknownOption', { flag: m[1] as string }) },
  { pattern: /^unknown command '(.+)'$/, say: (m) => say('commander.unknownCommand', { name: m[1] as string }) },
  { pattern: /^missing required argument '(.+)'$/, say: (m) => say('commander.missingArgument', { name: m[1] as string }) },
  { pattern: /^option '(.+)' argument missing$/, say: (m) => say('commander.optionMissingArgument', { flags: m[1] as string }) },
  { pattern: /^required option '(.+)' not specified$/, say: (m) => say('commander.missingMandatoryOption', { flags: m[1] as string }) },
  {
    pattern: /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (m) => say('commander.excessArguments', { command: m[1] === undefined ? 'care' : `care ${m[1]}`, count: Number(m[2]), got: Number(m[3]) }),
  },
  {
    pattern: /^option '(.+)' argument '(.*)' is invalid\. (.*)$/,
    say: (m) => say('commander.invalidOptionArgument', { flags: m[1] as string, value: m[2] as string, detail: detailOf(m[3] as string) }),
  },
  {
    pattern: /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    say: (m) => say('commander.invalidArgument', { value: m[1] as string, name: m[2] as string, choices: m[3] as string }),
  },
];

/** The reason commander quotes after "is invalid.": the choice parsers' "expected one of …" is ours to translate. */
function detailOf(text: string) {
  const oneOf = /^expected one of (.+)$/.exec(text);
  return oneOf === null ? text : say('commander.expectedOneOf', { choices: oneOf[1] as string });
}

function commanderLine(lang: Locale, line: string): string {
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line);
  if (suggestion !== null) return translate(lang, 'commander.didYouMean', { candidates: suggestion[1] as string });
  if (!line.startsWith('error: ')) return line;
  const message = line.slice('error: '.length);
  for (const { pattern, say: toRef } of COMMANDER_LINES) {
    const match = pattern.exec(message);
    if (match !== null) return translate(lang, 'commander.error', { message: toRef(match) });
  }
  return translate(lang, 'commander.error', { message });
}

/**
 * Commander's own words in the language: the help and version options, the help command, the
 * section titles, the arguments' notes, and the global --lang option. Called on the program before
 * its commands are added, which inherit the help settings.
 */
export function speakIn(program: Command, lang: Locale): void {
  program
    .helpOption('-h, --help', translate(lang, 'help.helpOption'))
    .helpCommand('help [command]', translate(lang, 'help.helpOption'))
    .addOption(new Option('--lang <lang>', translate(lang, 'help.langOption')));
  if (lang === 'en') return;
  program.configureHelp({
    styleTitle: (title: string) => helpTitle(lang, title),
    argumentDescription: (argument: Argument) => argumentNotes(lang, argument.description, argument.argChoices, argument.defaultValue),
  });
}
