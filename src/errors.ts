/**
 * The few error classes `care` throws. Each carries a stable code, the exit code the CLI
 * maps it to (docs/exit-codes.md), where in the input it happened, and a hint for the user.
 * This module imports nothing but a type, so every layer may use it.
 */
import type { MessageRef } from './i18n/types.js';

export interface ErrorContext {
  /** The input file (path or `-` for stdin). */
  file?: string;
  /** 1-based physical line of the record in the file. */
  line?: number;
  /** The canonical field or header the problem is in. */
  field?: string;
  /** What the user can do about it. */
  hint?: string;
  /** The message as a catalog entry (src/i18n), so the CLI can say it in Russian or Bulgarian; the English text stays the message. */
  say?: MessageRef;
  /** The hint as a catalog entry. */
  hintSay?: MessageRef;
}

export class CareError extends Error {
  readonly code: string;
  readonly exitCode: number;
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
  readonly hint?: string;
  readonly say?: MessageRef;
  readonly hintSay?: MessageRef;

  constructor(code: string, message: string, exitCode: number, context: ErrorContext = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
    this.file = context.file;
    this.line = context.line;
    this.field = context.field;
    this.hint = context.hint;
    this.say = context.say;
    this.hintSay = context.hintSay;
  }

  /** The one line the user sees: where, then what. */
  describe(): string {
    const where = [
      this.file,
      this.line === undefined ? undefined : `line ${this.line}`,
      this.field === undefined ? undefined : `field "${this.field}"`,
    ].filter((part): part is string => part !== undefined);
    return where.length > 0 ? `${where.join(', ')}: ${this.message}` : this.message;
  }
}

/** Usage or configuration error: unknown option or template, missing variable, bad config. Exit 2. */
export class UsageError extends CareError {
  constructor(code: string, message: string, context: ErrorContext = {}) {
    super(code, message, 2, context);
  }
}

/** Input data error: missing file, unreadable encoding, no usable rows, bad row under --strict. Exit 3. */
export class InputError extends CareError {
  constructor(code: string, message: string, context: ErrorContext = {}) {
    super(code, message, 3, context);
  }
}

/**
 * A write the machine could not complete although the path is fine: disk full, quota, I/O
 * error, a shared file locked by another run. Exit 3, like bad input: the run produced nothing
 * usable (docs/exit-codes.md). A path the user gave that cannot be written is a UsageError (2).
 */
export class OutputError extends CareError {
  constructor(code: string, message: string, context: ErrorContext = {}) {
    super(code, message, 3, context);
  }
}

/** A `--fail-if` or `--fail-under` threshold was crossed; the run itself succeeded. Exit 4. */
export class ThresholdError extends CareError {
  constructor(code: string, message: string, context: ErrorContext = {}) {
    super(code, message, 4, context);
  }
}

/**
 * The bytes are not in the encoding sniffed from the file's head (a Windows-1251 export whose
 * first 64 KB happen to be ASCII). Exit 3 — unless the reader can read the file again in
 * `suggested`, which it does when the encoding was sniffed and the input is a file.
 */
export class EncodingMismatchError extends InputError {
  readonly suggested: string;
  readonly sniffed: boolean;

  constructor(message: string, suggested: string, sniffed: boolean, context: ErrorContext = {}) {
    super('CARE_BAD_ENCODING', message, context);
    this.suggested = suggested;
    this.sniffed = sniffed;
  }
}

/** Something `care` itself got wrong. Exit 1. */
export class InternalError extends CareError {
  constructor(message: string, context: ErrorContext = {}) {
    super('CARE_INTERNAL', message, 1, context);
  }
}

export function isCareError(error: unknown): error is CareError {
  return error instanceof CareError;
}
