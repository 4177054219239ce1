/**
 * Reading the file an option names (care sla's --holidays and --targets): a path that cannot be
 * read or a file that is not JSON is a usage error (exit 2) naming the option and the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';

/** The option's file as text. */
export function readOptionText(io: Io, file: string, option: string): string {
  try {
    return readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot read it (${code ?? 'unknown error'})`;
    const said = say('error.optionFileProblem', { option, why: code === 'ENOENT' ? say('error.noSuchFile') : code === 'EISDIR' ? say('error.isFolder') : say('error.cannotReadFile', { code: code ?? '?' }) });
    throw new UsageError('CARE_OPTION_FILE', `${option}: ${why}`, { file, hint: `check the path given to ${option}`, say: said, hintSay: say('hint.checkPathOf', { option }) });
  }
}

/** The option's file as parsed JSON. */
export function readOptionJson(io: Io, file: string, option: string): unknown {
  const text = readOptionText(io, file, option);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError('CARE_BAD_JSON', `${option}: not valid JSON (${(error as Error).message})`, { file, hint: 'check the file with a JSON validator', say: say('error.optionNotJson', { option, detail: (error as Error).message }), hintSay: say('hint.jsonValidator') });
  }
}
