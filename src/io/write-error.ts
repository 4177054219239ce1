/**
 * One rule for every failed write (docs/exit-codes.md): a path the user gave that cannot be
 * written — a folder where a file is wanted, a folder that does not exist, no permission, a
 * read-only file system — is exit 2 (a usage error: give another path); a write the machine
 * could not finish on a good path — disk full, quota, I/O error — is exit 3. Never exit 1:
 * these are not bugs in care.
 */
import { type CareError, OutputError, UsageError } from '../errors.js';

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

/**
 * The error a failed write of `file` becomes. `what` is the object of "cannot write …" (the
 * option, e.g. "--out", or "the history"); `intact` adds that the previous file is unchanged.
 */
export function writeFailure(error: unknown, file: string, options: { what?: string; intact?: boolean } = {}): CareError {
  const code = errnoOf(error) ?? 'EIO';
  const message = `cannot write${options.what === undefined ? '' : ` ${options.what}`}: ${describeErrno(code)}`;
  if (isPathProblem(code)) {
    return new UsageError('CARE_CANNOT_WRITE', message, { file, hint: 'give a path in an existing folder you may write to' });
  }
  const kept = options.intact === false ? '' : '; the previous file, if any, is unchanged';
  return new OutputError('CARE_CANNOT_WRITE', message, { file, hint: `free space or fix the device and run again${kept}` });
}

/** A short write that did not throw: treated like the device refusing the rest. */
export function shortWriteError(): NodeJS.ErrnoException {
  return Object.assign(new Error('short write'), { code: 'ESHORT' });
}
