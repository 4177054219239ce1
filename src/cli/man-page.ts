/**
 * The man pages, generated at build time from the command table (scripts/build-man.mjs writes
 * man/care.1 and man/care-COMMAND.1; package.json installs them): the same words as --help and the
 * README's option reference, in roff.
 */
import type { CommandSpec } from './command-spec.js';
import { type OptionSpec, helpOf, usage } from './option-spec.js';

/** roff needs its own escapes: a backslash, a leading dot or apostrophe, and hyphens in flags. */
function roff(text: string): string {
  return text.replaceAll('\\', '\\e').replaceAll('-', '\\-').replace(/^([.'])/gm, '\\&$1');
}

function optionItem(spec: OptionSpec): string {
  return `.TP\n.B ${roff(usage(spec))}\n${roff(helpOf(spec))}`;
}

export function commandManPage(command: CommandSpec, version: string): string {
  const args = command.args.map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`)).join(' ');
  return [
    `.TH CARE-${command.name.toUpperCase()} 1 "" "care ${version}" "care manual"`,
    '.SH NAME',
    `care\\-${roff(command.name)} \\- ${roff(command.description)}`,
    '.SH SYNOPSIS',
    `.B care ${roff(command.name)}\n[options] ${roff(args)}`,
    '.SH ARGUMENTS',
    ...command.args.map((arg) => `.TP\n.B ${roff(arg.name)}\n${roff(arg.help)}${arg.choices ? ` (${roff(arg.choices.join(', '))})` : ''}`),
    '.SH OPTIONS',
    ...command.options.map(optionItem),
    '.SH EXIT STATUS',
    '0 success; 1 a bug in care; 2 a usage or config error; 3 bad input data; 4 a --fail-if threshold crossed (or --fail-under).',
    '.SH SEE ALSO',
    '.BR care (1)',
    '',
  ].join('\n');
}

export function overviewManPage(commands: readonly CommandSpec[], version: string): string {
  return [
    `.TH CARE 1 "" "care ${version}" "care manual"`,
    '.SH NAME',
    'care \\- retention, LTV, NPS, complaint types and polite replies from CRM, shop and help\\-desk CSV exports',
    '.SH SYNOPSIS',
    '.B care\n[\\-\\-lang en|ru|bg] <command> [options]',
    '.SH OPTIONS',
    '.TP\n.B \\-\\-lang \\fIlang\\fR\nthe language care speaks in help, errors, warnings and notes: en, ru or bg (default: LC_ALL, LC_MESSAGES or LANG, then the config\'s lang, then en); \\-\\-locale is the language of the output',
    '.SH COMMANDS',
    ...commands.map((command) => `.TP\n.BR care\\-${roff(command.name)} (1)\n${roff(command.description)}`),
    '.SH SEE ALSO',
    commands.map((command) => `.BR care\\-${roff(command.name)} (1)`).join(',\n'),
    '',
  ].join('\n');
}
