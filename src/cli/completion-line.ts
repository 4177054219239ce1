/**
 * The hidden `care __complete WHAT [WORD] -- LINE…` the completion scripts (completion.ts) run at
 * TAB: the words of the command line are read here against the command table (which command,
 * which options take a value, --templates and --config), and src/commands/complete.ts answers.
 * Not in the command table: no help, man page or option reference lists it.
 */
import type { Command } from 'commander';
import type { Io } from '../io/types.js';
import type { CompletionLine } from '../commands/complete.js';
import type { CommandSpec } from './command-spec.js';
import type { OptionSpec } from './option-spec.js';

export const COMPLETE_COMMAND = '__complete';

const takesValue = (spec: OptionSpec) => spec.value.kind !== 'flag' && spec.value.kind !== 'negated';

/**
 * Reads the words after `care` (the word being completed left out). Bash may have split a word
 * at `=` (COMP_WORDBREAKS: `--map`, `=`, `customer`), so a lone `=` joins its neighbours again.
 */
export function readCompletionLine(words: readonly string[], commands: readonly CommandSpec[]): CompletionLine {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '=' && joined.length > 0) joined[joined.length - 1] += `=${words[++i] ?? ''}`;
    else joined.push(word);
  }
  const spec = commands.find((command) => command.name === joined[0]);
  const line: CompletionLine = { command: spec?.name, files: [] };
  if (spec === undefined) return line;
  const valued = new Map<string, string>();
  for (const option of spec.options.filter(takesValue)) for (const flag of option.flag.split(', ')) valued.set(flag, option.name);
  for (let i = 1; i < joined.length; i++) {
    const word = joined[i] as string;
    if (word === '--') {
      line.files.push(...joined.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      line.files.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const flag = equals === -1 ? word : word.slice(0, equals);
    const name = valued.get(flag);
    if (name === undefined) continue;
    const value = equals === -1 ? joined[++i] : word.slice(equals + 1);
    if (value !== undefined && (name === 'templates' || name === 'config')) line[name] = value;
  }
  return line;
}

/** Adds the hidden command to commander; it prints nothing but candidates, and never fails. */
export function addCompleteCommand(program: Command, io: Io, commands: readonly CommandSpec[]): void {
  program
    .command(COMPLETE_COMMAND, { hidden: true })
    .argument('<what>')
    .argument('[word]')
    .argument('[line...]')
    .helpOption(false)
    .action(async (what: string, word: string | undefined, line: string[]) => {
      const { runComplete } = await import('../commands/complete.js');
      await runComplete(io, what, word ?? '', readCompletionLine(line, commands));
    });
}
