/**
 * `care completion bash|zsh|fish`: a shell completion script generated from the command table, so it
 * knows every command, every option, the values of each enumerated option and which options take a
 * file — and cannot drift from what care accepts (docs/extending.md, "A new option").
 */
import { LOCALES } from '../locale.js';
import type { ArgumentSpec, CommandSpec } from './command-spec.js';
import type { OptionSpec } from './option-spec.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const longFlag = (spec: OptionSpec) => spec.flag.split(', ').at(-1) as string;
const shortFlag = (spec: OptionSpec) => (spec.flag.includes(', ') ? spec.flag.split(', ')[0] : undefined);
const takesValue = (spec: OptionSpec) => spec.value.kind !== 'flag' && spec.value.kind !== 'negated';
const choicesOf = (spec: OptionSpec): readonly string[] | undefined => (spec.value.kind === 'choice' || spec.value.kind === 'choices' ? spec.value.choices : undefined);
const isFile = (spec: OptionSpec) => spec.value.kind === 'text' && spec.value.file === true;
const completesOf = (spec: OptionSpec) => (spec.value.kind === 'text' || spec.value.kind === 'list' ? spec.value.completes : undefined);
/** Shell-safe words: the table's names and choices are plain, but quote them anyway. */
const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

export function completionScript(shell: Shell, commands: readonly CommandSpec[]): string {
  if (shell === 'bash') return bashScript(commands);
  if (shell === 'zsh') return `#compdef care\n# zsh: care's bash completion through bashcompinit.\nautoload -U +X bashcompinit && bashcompinit\n${bashScript(commands)}`;
  return fishScript(commands);
}

/**
 * Shell functions the bash script (and zsh's, through bashcompinit) shares. Template names and
 * --map's `field=Header` are asked of care itself at TAB (the hidden `care __complete`,
 * completion-line.ts), so a user's own templates folder and the file on the line count.
 */
const BASH_HELPERS = [
  '# The candidates care prints for "$1" (templates or map) starting with "$2", one a line.',
  '_care_ask() {',
  '  local line',
  '  COMPREPLY=()',
  '  while IFS= read -r line; do COMPREPLY+=("$line"); done < <("${COMP_WORDS[0]}" __complete "$1" -- "$2" "${COMP_WORDS[@]:1:$((COMP_CWORD - 1))}" "${COMP_WORDS[@]:$((COMP_CWORD + 1))}" 2>/dev/null)',
  '}',
  '# Whether the word being completed is the value of option $1; bash splits a word at "="',
  '# (COMP_WORDBREAKS: --map customer=Na is --map, customer, =, Na), so the value is put together',
  '# again in _care_typed, and _care_strip is its part before the word readline completes.',
  '_care_value() {',
  '  local c=$COMP_CWORD',
  '  _care_typed="" _care_strip=""',
  '  if [ "$prev" = "$1" ]; then',
  '    [ "$cur" = "=" ] || _care_typed="$cur"',
  '  elif [ "$prev" = "=" ] && [ "${COMP_WORDS[c-2]}" = "$1" ]; then',
  '    _care_typed="$cur"',
  '  elif [ $c -ge 3 ] && [ "$cur" = "=" ] && [ "${COMP_WORDS[c-2]}" = "$1" ]; then',
  '    _care_typed="$prev=" _care_strip="$prev="',
  '  elif [ $c -ge 4 ] && [ "$prev" = "=" ] && [ "${COMP_WORDS[c-3]}" = "$1" ]; then',
  '    _care_typed="${COMP_WORDS[c-2]}=$cur" _care_strip="${COMP_WORDS[c-2]}="',
  '  else',
  '    return 1',
  '  fi',
  '}',
  '# Completes the value of option $1 with what care offers for $2 (templates or map).',
  '_care_value_from_care() {',
  '  _care_ask "$2" "$_care_typed"',
  '  [ -z "$_care_strip" ] || COMPREPLY=("${COMPREPLY[@]#"$_care_strip"}")',
  '  # A field name ends in "=": the header follows it without a space.',
  '  case "${COMPREPLY[0]}" in *=) compopt -o nospace 2>/dev/null ;; esac',
  '  return 0',
  '}',
  '# Which argument the word being completed is (0 for the first), skipping options and the values',
  '# of the options in $1 (|--flag|…|).',
  '_care_position() {',
  '  local i n=0 w',
  '  for ((i = 2; i < COMP_CWORD; i++)); do',
  '    w="${COMP_WORDS[i]}"',
  '    if [ "$w" = "=" ]; then',
  '      i=$((i + 1))',
  '    elif [[ "$w" == -?* ]]; then',
  '      if [ "${COMP_WORDS[i+1]}" = "=" ]; then',
  '        i=$((i + 2))',
  '      elif [[ "$1" == *"|$w|"* ]]; then',
  '        i=$((i + 1))',
  '      fi',
  '    else',
  '      n=$((n + 1))',
  '    fi',
  '  done',
  '  echo "$n"',
  '}',
].join('\n');

/** What bash offers for an argument: its choices, its words, template names, else files. */
function bashArgument(arg: ArgumentSpec): string {
  if (arg.choices) return `COMPREPLY=( $(compgen -W ${quote(arg.choices.join(' '))} -- "$cur") )`;
  if (arg.completes === 'template') return '_care_ask templates "$cur"';
  if (arg.completes) return `COMPREPLY=( $(compgen -W ${quote(arg.completes.join(' '))} -- "$cur") )`;
  return 'COMPREPLY=( $(compgen -f -- "$cur") )';
}

function bashScript(commands: readonly CommandSpec[]): string {
  const names = commands.map((command) => command.name);
  const lines = [
    '# care completion for bash (generated by `care completion bash`; source it from ~/.bashrc)',
    BASH_HELPERS,
    '_care() {',
    '  local cur prev cmd',
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  prev="${COMP_WORDS[COMP_CWORD-1]}"',
    // --lang, the language care speaks (docs/messages.md), goes before or after any command; before
    // it, `care --lang ru` is read as if it were `care`.
    `  if [ "$prev" = --lang ]; then COMPREPLY=( $(compgen -W ${quote(LOCALES.join(' '))} -- "$cur") ); return; fi`,
    '  if [ "${COMP_WORDS[1]}" = --lang ] && [ "$COMP_CWORD" -gt 2 ]; then COMP_WORDS=("${COMP_WORDS[0]}" "${COMP_WORDS[@]:3}"); COMP_CWORD=$((COMP_CWORD - 2)); fi',
    '  cmd="${COMP_WORDS[1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=( $(compgen -W ${quote([...names, 'help', '--help', '--version', '--lang'].join(' '))} -- "$cur") )`,
    '    return',
    '  fi',
    '  case "$cmd" in',
  ];
  for (const command of commands) {
    const flags = command.options.flatMap((spec) => [longFlag(spec), ...(shortFlag(spec) ? [shortFlag(spec) as string] : [])]);
    lines.push(`    ${command.name})`);
    // Values asked of care first: their word may be split at "=", which the case below cannot see.
    for (const spec of command.options) {
      const completes = completesOf(spec);
      if (completes !== undefined) lines.push(`      if _care_value ${longFlag(spec)}; then _care_value_from_care ${longFlag(spec)} ${completes === 'template' ? 'templates' : 'map'}; return; fi`);
    }
    lines.push('      case "$prev" in');
    for (const spec of command.options) {
      const pattern = [longFlag(spec), shortFlag(spec)].filter((flag) => flag !== undefined).join('|');
      const choices = choicesOf(spec);
      if (choices) lines.push(`        ${pattern}) COMPREPLY=( $(compgen -W ${quote(choices.join(' '))} -- "$cur") ); return ;;`);
      else if (isFile(spec)) lines.push(`        ${pattern}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`);
      else if (takesValue(spec)) lines.push(`        ${pattern}) return ;;`);
    }
    lines.push('      esac');
    lines.push(`      if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W ${quote([...flags, '--help', '--lang'].join(' '))} -- "$cur") ); return; fi`);
    const valued = command.options.filter(takesValue).flatMap((spec) => [longFlag(spec), ...(shortFlag(spec) ? [shortFlag(spec) as string] : [])]);
    lines.push(`      case "$(_care_position ${quote(`|${valued.join('|')}|`)})" in`);
    command.args.forEach((arg, index) => lines.push(`        ${index}) ${bashArgument(arg)} ;;`));
    lines.push('        *) COMPREPLY=( $(compgen -f -- "$cur") ) ;;', '      esac', '      ;;');
  }
  lines.push('  esac', '}', 'complete -o filenames -F _care care', '');
  return lines.join('\n');
}

/** Fish asks care for template names and --map's candidates (fish filters by what is typed). */
const fishAsk = (what: 'templates' | 'map') => `(care __complete ${what} -- ${what === 'map' ? '(commandline -ct)' : '""'} (commandline -opc)[2..-1] 2>/dev/null)`;

function fishScript(commands: readonly CommandSpec[]): string {
  const lines = [
    '# care completion for fish (generated by `care completion fish`; save as ~/.config/fish/completions/care.fish)',
    'complete -c care -f',
    `complete -c care -l lang -x -a ${quote(LOCALES.join(' '))} -d ${quote('the language care speaks: help, errors, warnings')}`,
  ];
  for (const command of commands) lines.push(`complete -c care -n __fish_use_subcommand -a ${command.name} -d ${quote(command.description.split(':')[0] as string)}`);
  for (const command of commands) {
    const when = `-n '__fish_seen_subcommand_from ${command.name}'`;
    for (const spec of command.options) {
      const long = longFlag(spec).replace(/^--/, '');
      const short = shortFlag(spec)?.replace(/^-/, '');
      const choices = choicesOf(spec);
      const completes = completesOf(spec);
      const value = choices ? ` -x -a ${quote(choices.join(' '))}`
        : completes ? ` -x -a ${quote(fishAsk(completes === 'template' ? 'templates' : 'map'))}`
        : isFile(spec) ? ' -r -F' : takesValue(spec) ? ' -x' : '';
      lines.push(`complete -c care ${when} -l ${long}${short ? ` -s ${short}` : ''}${value} -d ${quote(spec.help.split(';')[0] as string)}`);
    }
    const words = command.args.flatMap((arg) => arg.choices ?? (Array.isArray(arg.completes) ? arg.completes : []));
    if (words.length > 0) lines.push(`complete -c care ${when} -a ${quote(words.join(' '))}`);
    command.args.forEach((arg, index) => {
      if (arg.completes !== 'template') return;
      // A template name after an action word (templates show NAME): once one of those words is there.
      const before = command.args[index - 1]?.completes;
      const after = Array.isArray(before) ? `-n '__fish_seen_subcommand_from ${command.name}; and __fish_seen_subcommand_from ${before.join(' ')}'` : when;
      lines.push(`complete -c care ${after} -a ${quote(fishAsk('templates'))}`);
    });
    if (command.args.some((arg) => !arg.choices && !arg.completes)) lines.push(`complete -c care ${when} -F`);
  }
  return `${lines.join('\n')}\n`;
}
