/** Input sources: a file path, or `-` for standard input. */
import { resolve } from 'node:path';
import { createReadStream, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import type { InputSource } from './types.js';

/** A file on disk; a missing file or a folder is an input error (exit 3). */
/** A file: `name` as the user wrote it (for messages), read from `fullPath` (default: the name). */
export function fileSource(path: string, fullPath = path): InputSource {
  let size: number;
  try {
    const stat = statSync(fullPath);
    if (stat.isDirectory()) throw new InputError('CARE_NOT_A_FILE', 'this is a folder, not a file', { file: path, hint: 'name the CSV file inside it', say: say('error.isFolder'), hintSay: say('hint.nameFileInside') });
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? 'unknown error'})`;
    const said = code === 'ENOENT' ? say('error.noSuchFile') : code === 'EACCES' ? say('error.permissionDenied') : say('error.cannotReadFile', { code: code ?? 'unknown error' });
    throw new InputError('CARE_NO_FILE', message, { file: path, hint: 'check the path, or pass - to read standard input', say: said, hintSay: say('hint.checkPath') });
  }
  return { name: path, path: fullPath, size, open: () => createReadStream(fullPath, { highWaterMark: 1 << 20 }) };
}

/** Standard input, read once. */
export function stdinSource(io: Io): InputSource {
  return { name: 'stdin', open: () => io.stdin };
}

/** `-` is stdin, anything else a file. */
export function openSource(io: Io, path: string): InputSource {
  // Relative to the Io's working folder (the process's, except in-process tests and embedders).
  return path === '-' ? stdinSource(io) : fileSource(path, resolve(io.cwd, path));
}
