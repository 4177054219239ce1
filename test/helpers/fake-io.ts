import { Readable } from 'node:stream';
import type { Io } from '../../src/io/types.js';

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

/** An in-memory Io for running commands in-process: no TTY, no colour, captured output. */
export function fakeIo(overrides: Partial<Io> & { stdinText?: string | Buffer } = {}): FakeIo {
  let out = '';
  let err = '';
  const { stdinText, ...rest } = overrides;
  return {
    stdout: { write: (text: string) => void (out += text) },
    stderr: { write: (text: string) => void (err += text) },
    stdin: Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]),
    isTTY: { stdin: false, stdout: false, stderr: false },
    color: false,
    env: {},
    cwd: process.cwd(),
    now: () => new Date('2026-01-05T09:00:00Z'),
    ...rest,
    out: () => out,
    err: () => err,
  };
}
