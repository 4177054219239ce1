/**
 * An option of care, declared once as data: its flag, help, the kind of value and how that value
 * is parsed and checked at the edge (a bad value is one line and exit 2 before any work starts),
 * its default and the config key that supplies a default. The commander options, the typed
 * values a command receives, the README's option reference and the bounds in docs/contracts.md
 * all come from these declarations (docs/extending.md "Adding an option").
 */
import { InvalidArgumentError, Option } from 'commander';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { durationOption } from '../metrics/sla-targets.js';
import type { Day } from '../time/days.js';
import { type OptionBound, checkBound, describeBound } from './option-bounds.js';
import { parseDayOption } from './parse-day.js';

/**
 * What shell completion offers for a text value that is not a file (completion.ts, asked of care
 * at TAB): a template name, or `field=Header` with the headers of the file on the line (--map).
 */
export type Completes = 'template' | 'field=header';

/** The value an option carries, and so the type a command receives. */
export type ValueSpec =
  | { kind: 'flag' }
  /** `--no-color`: true unless given. */
  | { kind: 'negated' }
  | { kind: 'text'; placeholder: string; file?: boolean; completes?: Completes }
  /** Repeatable: every use adds one value. */
  | { kind: 'list'; placeholder: string; completes?: Completes }
  /** A number within its bound; without one, any finite number, bounded by the command's own check. */
  | { kind: 'number'; placeholder: string; bound?: OptionBound; percent?: boolean }
  /** A length of time (`90m`, `1h30m`, `2d`), read into minutes. */
  | { kind: 'duration'; placeholder: string }
  /** YYYY-MM-DD, read into a day number within the dates care reads. */
  | { kind: 'day'; placeholder: string; example: string }
  | { kind: 'choice'; placeholder: string; choices: readonly string[] }
  /** Several values from a fixed list, comma-separated or repeated. */
  | { kind: 'choices'; placeholder: string; choices: readonly string[] }
  /** Any value, turned into the command's value by `parse` (a TAB for `tab`, say). */
  | { kind: 'custom'; placeholder: string; parse: (text: string) => string };

export interface OptionSpec<Name extends string = string, Value extends ValueSpec = ValueSpec> {
  /** The property the command reads (commander's camelCase of the long flag). */
  name: Name;
  /** `--churn-after`, or `-f, --format`. */
  flag: string;
  help: string;
  value: Value;
  /** The value when neither the command line nor the config gives one (shown in --help). */
  default?: string | number | boolean;
  /** Read from the config file when the command line leaves the option out. */
  fromConfig?: (config: CareConfig) => unknown;
  /** The default in words, when it is not a single value ("the last date in the data"). */
  defaultText?: string;
  required?: boolean;
}

type ChoiceOf<V> = V extends { choices: readonly (infer C)[] } ? C : never;

/** The type a command receives for one option. */
export type ValueOf<V extends ValueSpec> = V extends { kind: 'flag' | 'negated' }
  ? boolean
  : V extends { kind: 'choices' }
    ? ChoiceOf<V>[]
  : V extends { kind: 'list' }
    ? string[]
    : V extends { kind: 'number' | 'duration' }
      ? number
      : V extends { kind: 'day' }
        ? Day
        : V extends { kind: 'choice' }
          ? ChoiceOf<V>
          : string;

/** The typed options a command receives from a list of declarations. */
export type OptionsOf<Specs extends readonly OptionSpec[]> = {
  [S in Specs[number] as S['name']]?: ValueOf<S['value']>;
};

/** Declares one option, keeping its literal name and value kind for OptionsOf. */
export function option<const Name extends string, const Value extends ValueSpec>(spec: OptionSpec<Name, Value>): OptionSpec<Name, Value> {
  return spec;
}

/** A value from a fixed list, case-insensitive; anything else is a usage error naming the list. */
export function choiceParser<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    const found = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`);
    return found;
  };
}

/** A number with no fixed bound (its bound depends on another option): finite, else exit 2. */
function finiteNumber(flag: string, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new UsageError('CARE_BAD_OPTION', `${flag} ${text}: expected a number`, { say: say('error.expectedNumber', { flag, value: text }) });
  return value;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function longFlag(spec: OptionSpec): string {
  return spec.flag.split(', ').at(-1) as string;
}

/** The commander option of a declaration: its parser turns the text into the typed value. */
export function toCommanderOption(spec: OptionSpec): Option {
  const value = spec.value;
  const flags = value.kind === 'flag' || value.kind === 'negated' ? spec.flag : `${spec.flag} <${value.placeholder}>`;
  const option = new Option(flags, helpOf(spec));
  switch (value.kind) {
    case 'list':
      option.argParser(collect);
      break;
    case 'number':
      option.argParser((given: string) => {
        // A share may be written as a percentage: `10%` is 0.1.
        const text = value.percent === true && given.trim().endsWith('%') ? String(Number(given.trim().slice(0, -1)) / 100) : given;
        return value.bound === undefined ? finiteNumber(longFlag(spec), text) : checkBound(value.bound, text);
      });
      break;
    case 'day':
      option.argParser((text: string) => parseDayOption(longFlag(spec), text, value.example));
      break;
    case 'duration':
      option.argParser((text: string) => durationOption(longFlag(spec), text));
      break;
    case 'choice':
      option.argParser(choiceParser(value.choices));
      break;
    case 'choices': {
      const one = choiceParser(value.choices);
      option.argParser((text: string, previous: string[] = []) => [...previous, ...text.split(',').map((part) => one(part.trim()))]);
      break;
    }
    case 'custom':
      option.argParser(value.parse);
      break;
    default:
      break;
  }
  // Defaults are applied with the config's, after parsing (withDefaults), and shown by helpOf.
  if (spec.required) option.makeOptionMandatory();
  return option;
}

/**
 * Config defaults, merged once: a value the command line left out is taken from the config file
 * when the declaration names a config key. Lists add the config's values before the command line's.
 */
export function withDefaults(specs: readonly OptionSpec[], given: Record<string, unknown>, config: CareConfig | undefined): Record<string, unknown> {
  const merged = { ...given };
  for (const spec of specs) {
    const fromConfig = config === undefined ? undefined : spec.fromConfig?.(config);
    if (fromConfig !== undefined && spec.value.kind === 'list') merged[spec.name] = [...(fromConfig as string[]), ...((given[spec.name] as string[] | undefined) ?? [])];
    else if (fromConfig !== undefined) merged[spec.name] ??= fromConfig;
    if (spec.default !== undefined) merged[spec.name] ??= spec.default;
  }
  return merged;
}

/** What --help and the README say after the help text: the values taken, the default, where else it comes from. */
export function notesOf(spec: OptionSpec): string[] {
  const fallback = spec.defaultText ?? (spec.default === undefined ? undefined : String(spec.default));
  return [describeValue(spec), fallback === undefined ? '' : `default ${fallback}`, spec.fromConfig === undefined ? '' : 'or the config', spec.required ? 'required' : ''].filter((note) => note !== '');
}

export function helpOf(spec: OptionSpec): string {
  const notes = notesOf(spec);
  return notes.length === 0 ? spec.help : `${spec.help} (${notes.join('; ')})`;
}

/** One line of the option reference: `--churn-after <days>` and what it takes. */
export function describeValue(spec: OptionSpec): string {
  const value = spec.value;
  switch (value.kind) {
    case 'flag':
    case 'negated':
      return '';
    case 'number':
      return value.bound === undefined ? 'a number' : describeBound(value.bound);
    case 'choice':
      return value.choices.join(' | ');
    case 'choices':
      return `any of ${value.choices.join(', ')}; comma-separated or repeated`;
    case 'day':
      return 'a date, YYYY-MM-DD';
    case 'duration':
      return 'a duration: 10m, 1h, 1h30m, 2d';
    case 'list':
      return 'repeatable';
    default:
      return '';
  }
}

export function usage(spec: OptionSpec): string {
  const value = spec.value;
  return value.kind === 'flag' || value.kind === 'negated' ? spec.flag : `${spec.flag} <${value.placeholder}>`;
}
