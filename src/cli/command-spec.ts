/**
 * The shape of a command of care as data (command-table.ts declares them all): its arguments, its
 * options and its action. The completion scripts, man pages and option reference read the same shape.
 */
import type { Io } from '../io/types.js';
import type { OptionSpec, OptionsOf } from './option-spec.js';

export interface ArgumentSpec {
  name: string;
  help: string;
  required: boolean;
  default?: string;
  /** The words the argument may be (exit 2 otherwise). */
  choices?: readonly string[];
  /** What shell completion offers when not its choices: template names (asked of care at TAB), or these words (the command checks them). */
  completes?: 'template' | readonly string[];
}

export interface CommandSpec {
  name: string;
  description: string;
  args: readonly ArgumentSpec[];
  options: readonly OptionSpec[];
  /** Checks between options (a horizon's bound depends on the time unit), after parsing. */
  check?: (options: Record<string, unknown>) => void;
  // The action receives what the declarations above produce; each entry narrows it to its own type.
  run: (io: Io, args: (string | undefined)[], options: never) => Promise<void>;
}

/** One command: the options' declared types flow into its action. */
export function command<const Specs extends readonly OptionSpec[]>(spec: {
  name: string;
  description: string;
  args: readonly ArgumentSpec[];
  options: Specs;
  check?: (options: OptionsOf<Specs>) => void;
  run: (io: Io, args: (string | undefined)[], options: OptionsOf<Specs>) => Promise<void>;
}): CommandSpec {
  return spec as unknown as CommandSpec;
}
