/** Where a command's text goes: stdout, or --out written atomically with its name filled in. */
import { type NamedOutput, checkOutputs } from '../io/output-paths.js';
import type { Io } from '../io/types.js';
import { fillOutputName, writeFileAtomic } from '../io/write-output.js';
import { type MessageRef, say, sayOr, translate } from '../i18n/index.js';
import { escapeControls } from '../text/escape.js';
import type { Day } from '../time/days.js';

export function emit(io: Io, text: string, out: string | undefined, asOf?: Day): void {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  const file = fillOutputName(out, asOf);
  writeFileAtomic(file, text, { what: '--out' });
  tell(io, `wrote ${file}`, say('notice.wrote', { file }));
}

/** JSON as scripts read it: two-space indent, trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The default config file, read when present (src/config/load.ts): an input like the others. */
const DEFAULT_CONFIG = 'care.config.json';

/**
 * Before any work: refuses an output that is an input (or another output), or that cannot be
 * written (io/output-paths.ts; exit 2). `inputs` are the files the command reads, by option
 * (`input` for the positional one); the config file is added here. `outputs` maps each output
 * option to its value; `--out-dir` is checked as a folder.
 */
export function guardOutputs(io: Io, inputs: Record<string, string | undefined>, outputs: Record<string, string | undefined>, config?: string): void {
  const named = Object.entries(inputs).map(([option, path]) => ({ option, path }));
  named.push(config === undefined ? { option: 'the config file', path: DEFAULT_CONFIG } : { option: '--config', path: config });
  const outs: NamedOutput[] = Object.entries(outputs).map(([option, path]) => ({ option, path, folder: option === '--out-dir' }));
  checkOutputs(io.cwd, named, outs);
}

/**
 * A notice on stderr, `care: …`, one line. Messages quote cells of the export (status values,
 * headers), so control characters in them are shown escaped, never sent to the terminal raw.
 * `said` is the message in the catalogs (src/i18n): in a run in Russian or Bulgarian (io.lang) it is
 * said instead of the English.
 */
export function tell(io: Io, message: string, said?: MessageRef): void {
  io.stderr.write(`care: ${escapeControls(spoken(io, message, said))}\n`);
}

/** A warning on stderr, `care: warning: …`: a choice that could change a figure (see tell). */
export function warn(io: Io, message: string, said?: MessageRef): void {
  const label = io.lang === undefined || said === undefined ? 'warning' : translate(io.lang, 'label.warning');
  io.stderr.write(`care: ${label}: ${escapeControls(spoken(io, message, said))}\n`);
}

function spoken(io: Io, message: string, said: MessageRef | undefined): string {
  return sayOr(io.lang, message, said);
}
