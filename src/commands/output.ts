/** Where a command's text goes: stdout, or --out written atomically with its name filled in. */
import type { Io } from '../io/types.js';
import { fillOutputName, writeFileAtomic } from '../io/write-output.js';
import type { Day } from '../time/days.js';

export function emit(io: Io, text: string, out: string | undefined, asOf?: Day): void {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  const file = fillOutputName(out, asOf);
  writeFileAtomic(file, text);
  io.stderr.write(`care: wrote ${file}\n`);
}

/** JSON as scripts read it: two-space indent, trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
