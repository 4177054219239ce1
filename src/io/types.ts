/**
 * What a command may touch of the outside world, injected so commands are testable
 * in-process with a fake (test/helpers/fake-io.ts). The real one is built in src/cli/io.ts.
 */

import type { Locale } from '../locale.js';

export interface TextSink {
  write(text: string): void;
}

export interface Io {
  stdout: TextSink;
  stderr: TextSink;
  /** Standard input as a byte stream (for `-` as the input path). */
  stdin: NodeJS.ReadableStream;
  /** Whether each stream is a terminal: prompts only when stdin and stdout are; progress only on stderr TTY. */
  isTTY: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** Colour for stdout tables (false under NO_COLOR, --no-color, or a non-TTY stdout). */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Wall-clock now; only for file names and logs, never as a report's "today" (that is --as-of). */
  now: () => Date;
  /** The language care speaks on stderr (notices, warnings; docs/messages.md); English when absent. */
  lang?: Locale;
}
