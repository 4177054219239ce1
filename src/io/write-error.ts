/**
 * One rule for every failed write (docs/exit-codes.md): a path the user gave that cannot be
 * written — a folder where a file is wanted, a folder that does not exist, no permission, a
 * read-only file system — is exit 2 (a usage error: give another path); a write the machine
 * could not finish on a good path — disk full, quota, I/O error — is exit 3. Never exit 1:
 * these are not bugs in care.
 */
import { type CareError, OutputError, UsageError } from '../errors.js';
import { type MessageKey, type MessageRef, isMessageKey, say } from '../i18n/index.js';

/** The errno codes that mean "this path cannot be written", with the words the user reads. */
const PATH_PROBLEMS: Record<string, string> = {
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EEXIST: 'a file of that name is in the way',
  EINVAL: 'the name is not valid here',
};

/** The errno codes that mean "the machine could not finish the write". */
const DEVICE_PROBLEMS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EAGAIN: 'the device is not ready',
  ESHORT: 'the device took fewer bytes than written',
};

/** The errno code of a thrown value, or undefined when it carries none. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** Whether the code says the path is unusable (exit 2) rather than the device failing (exit 3). */
export function isPathProblem(code: string): boolean {
  return Object.hasOwn(PATH_PROBLEMS, code);
}

/** `no space left on device (ENOSPC)`; an unknown code is shown as itself. */
export function describeErrno(code: string): string {
  const words = PATH_PROBLEMS[code] ?? DEVICE_PROBLEMS[code];
  return words === undefined ? code : `${words} (${code})`;
}

/** describeErrno as a catalog entry; an unknown code is itself. */
export function describeErrnoSaid(code: string): MessageRef | string {
  const key = `errno.${code}`;
  return isMessageKey(key) ? say('errno.described', { words: say(key), code }) : code;
}

/** The objects of "cannot write …" care names in words, as catalog entries (an option is itself). */
const WHAT_KEYS: Readonly<Record<string, MessageKey>> = { 'the history': 'what.history', 'the lock file': 'what.lockFile', 'the config file': 'what.configFile', 'the send log': 'what.sendLog' };

/** "cannot write WHAT: PROBLEM" as a catalog entry, or undefined when WHAT is words the catalogs lack. */
export function cannotWriteSaid(what: string | undefined, code: string): MessageRef | undefined {
  const problem = describeErrnoSaid(code);
  if (what === undefined) return say('error.cannotWrite', { problem });
  const known = what.startsWith('-') ? what : WHAT_KEYS[what] === undefined ? undefined : say(WHAT_KEYS[what]);
  return known === undefined ? undefined : say('error.cannotWriteWhat', { what: known, problem });
}

/**
 * The error a failed write of `file` becomes. `what` is the object of "cannot write …" (the
 * option, e.g. "--out", or "the history"); `intact` adds that the previous file is unchanged.
 */
export function writeFailure(error: unknown, file: string, options: { what?: string; intact?: boolean } = {}): CareError {
  const code = errnoOf(error) ?? 'EIO';
  const message = `cannot write${options.what === undefined ? '' : ` ${options.what}`}: ${describeErrno(code)}`;
  if (isPathProblem(code)) {
    return new UsageError('CARE_CANNOT_WRITE', message, { file, hint: 'give a path in an existing folder you may write to', say: cannotWriteSaid(options.what, code), hintSay: say('hint.writablePath') });
  }
  const kept = options.intact === false ? '' : '; the previous file, if any, is unchanged';
  return new OutputError('CARE_CANNOT_WRITE', message, {
    file, hint: `free space or fix the device and run again${kept}`, say: cannotWriteSaid(options.what, code), hintSay: say(kept === '' ? 'hint.freeSpace' : 'hint.freeSpaceKept'),
  });
}

/** A short write that did not throw: treated like the device refusing the rest. */
export function shortWriteError(): NodeJS.ErrnoException {
  return Object.assign(new Error('short write'), { code: 'ESHORT' });
}
