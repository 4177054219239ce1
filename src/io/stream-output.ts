/**
 * Output written as it is made: to stdout in chunks, or to --out through the atomic writer (a
 * temp file beside the target, renamed over it only when complete). A command that produces one
 * record at a time (care classify --format json/csv) never holds its whole output in memory, and
 * a million records never meet V8's limit on the length of one string.
 */
import { say, sayOr } from '../i18n/index.js';
import type { Io } from './types.js';
import { AtomicFileWriter, fillOutputName } from './write-output.js';
import type { Day } from '../time/days.js';

/** Text is handed on in pieces of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

export interface OutputStream {
  write(text: string): void;
  /** Everything is written: flush, and put the --out file in place. */
  close(): void;
  /** Something failed: the --out file is not replaced (stdout keeps what it got). */
  abort(): void;
}

/** Opens stdout (no --out or `-`) or the --out file, its name filled in with `asOf`. */
export function openOutput(io: Io, out: string | undefined, asOf?: Day): OutputStream {
  let pending: string[] = [];
  let pendingChars = 0;
  if (out === undefined || out === '-') {
    const flush = (): void => {
      if (pendingChars === 0) return;
      io.stdout.write(pending.join(''));
      pending = [];
      pendingChars = 0;
    };
    return {
      write(text) {
        pending.push(text);
        pendingChars += text.length;
        if (pendingChars >= CHUNK_CHARS) flush();
      },
      close: flush,
      abort: flush,
    };
  }
  const file = fillOutputName(out, asOf);
  const writer = new AtomicFileWriter(file, { what: '--out' });
  return {
    // The writer buffers and writes in chunks itself.
    write: (text) => writer.write(text),
    close() {
      writer.commit();
      io.stderr.write(`care: ${sayOr(io.lang, `wrote ${file}`, say('notice.wrote', { file }))}\n`);
    },
    abort: () => writer.abort(),
  };
}

/**
 * `JSON.stringify(value, null, 2)` for a value nested `depth` levels down in a 2-space-indented
 * document: the value is stringified inside `depth` arrays, which indent it exactly so, and the
 * arrays' brackets are cut off (cheaper than re-indenting every line afterwards).
 */
export function nestedJson(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  if (depth === 0 || text === undefined) return text;
  // Opening: "[\n  " per level but the last, then "[\n" plus the value's indent; closing likewise.
  let head = 0;
  let tail = 0;
  for (let level = 0; level < depth; level += 1) {
    head += 2 + 2 * (level + 1);
    tail += 2 + 2 * level;
  }
  return text.slice(head, text.length - tail);
}
