/** Input sources: a file path, or `-` for standard input. */
import { createReadStream, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Io } from '../io/types.js';
import type { InputSource } from './types.js';

/** A file on disk; a missing file or a folder is an input error (exit 3). */
export function fileSource(path: string): InputSource {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('CARE_NOT_A_FILE', 'this is a folder, not a file', { file: path, hint: 'name the CSV file inside it' });
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? 'unknown error'})`;
    throw new InputError('CARE_NO_FILE', message, { file: path, hint: 'check the path, or pass - to read standard input' });
  }
  return { name: path, path, size, open: () => createReadStream(path, { highWaterMark: 1 << 20 }) };
}

/** Standard input, read once. */
export function stdinSource(io: Io): InputSource {
  return { name: 'stdin', open: () => io.stdin };
}

/** `-` is stdin, anything else a file. */
export function openSource(io: Io, path: string): InputSource {
  return path === '-' ? stdinSource(io) : fileSource(path);
}
