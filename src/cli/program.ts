/**
 * Builds commander from the command table (command-table.ts): every option parsed into its typed
 * value as it is read, config defaults merged once, checks between options, then the action.
 * Nothing here computes.
 */
import { Argument, Command } from 'commander';
import { packagePath, readTextSync } from '../io/assets.js';
import type { Io } from '../io/types.js';
import { escapeControls } from '../text/escape.js';
import { COMMANDS } from './command-table.js';
import { addCompleteCommand } from './completion-line.js';
import type { CommandSpec } from './command-spec.js';
import { toCommanderOption, withDefaults } from './option-spec.js';
import { translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { argumentHelp, commandDescription, commanderErrorIn, optionHelp, programDescription, speakIn } from './help-i18n.js';

/** The version of the installed package (its package.json; in the single-file executable, an asset). */
export function packageVersion(): string {
  const manifest = JSON.parse(readTextSync(packagePath('package.json'))) as { version: string };
  return manifest.version;
}

/** `lang` is the language care speaks in help and commander's errors (docs/messages.md); English is the table's own words. */
export function buildProgram(io: Io, commands: readonly CommandSpec[] = COMMANDS, lang: Locale = 'en'): Command {
  const program = new Command('care')
    .description(programDescription(lang, 'Retention, LTV, NPS, complaint types and polite replies from CRM, shop and help-desk CSV exports.'))
    .version(packageVersion(), '-V, --version', translate(lang, 'help.versionOption'))
    .exitOverride()
    // Commander's own errors quote the argument as typed: escaped like every other error line.
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(escapeControls(text, { newline: true })),
      outputError: (text, write) => write(commanderErrorIn(lang, text)),
    })
    .showHelpAfterError(translate(lang, 'help.afterError'));
  speakIn(program, lang);
  for (const spec of commands) addCommand(program, io, spec, lang);
  addCompleteCommand(program, io, commands);
  return program;
}

function addCommand(program: Command, io: Io, spec: CommandSpec, lang: Locale): void {
  const command = program.command(spec.name).description(commandDescription(lang, spec));
  for (const argument of spec.args) {
    const name = argument.required ? `<${argument.name}>` : `[${argument.name}]`;
    const declared = new Argument(name, argumentHelp(lang, spec.name, argument));
    if (argument.default !== undefined) declared.default(argument.default);
    if (argument.choices !== undefined) declared.choices(argument.choices);
    command.addArgument(declared);
  }
  for (const option of spec.options) command.addOption(Object.assign(toCommanderOption(option), { description: optionHelp(lang, spec.name, option) }));
  command.action(async (...received: unknown[]) => {
    const args = received.slice(0, spec.args.length) as (string | undefined)[];
    const options = await resolveOptions(io, spec, command.opts());
    spec.check?.(options);
    await (spec.run as (io: Io, args: (string | undefined)[], options: Record<string, unknown>) => Promise<void>)(io, args, options);
  });
}

/** The parsed options with the config file's defaults, then the declared ones, merged in (the config is read only when an option takes a default from it). */
async function resolveOptions(io: Io, spec: CommandSpec, given: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (!spec.options.some((option) => option.fromConfig !== undefined)) return withDefaults(spec.options, given, undefined);
  const { loadConfig } = await import('../config/load.js');
  const config = loadConfig(io, typeof given['config'] === 'string' ? given['config'] : undefined);
  return withDefaults(spec.options, given, config);
}
