/**
 * The send log: one JSON line per event of a message, keyed by its stable Message-ID.
 *
 *   {"status":"pending","id":"<…>","to":"anna@example.com","label":"line 2","at":"…"}   before DATA
 *   {"status":"sent","id":"<…>","to":"anna@example.com","at":"…","response":"250 …"}   on "250"
 *   {"status":"failed","id":"<…>","to":"anna@example.com","at":"…","error":"…"}        surely not taken
 *
 * A message whose last word is `pending` may have reached the server without its answer
 * reaching us: it is "unknown" and is not sent again unless asked (--resend-unknown). Logs
 * written before `pending` existed hold `sent` lines only and read the same.
 *
 * Each line is written whole: one write of the complete line, its byte count checked, then
 * fsync — so a crash leaves at worst one torn last line, which the next run moves to FILE.torn
 * (never glued to). The log is held under the exclusive lock of src/io/file-lock.ts (FILE.lock)
 * while open.
 */
import { appendFileSync, closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { type CareError, OutputError, UsageError, isCareError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { cannotWriteSaid, describeErrno, errnoOf, isPathProblem, shortWriteError } from '../io/write-error.js';
import { acquireFileLock, type HeldLock } from '../io/file-lock.js';

/** One line of the send log. */
export interface SendLogEntry {
  status: 'pending' | 'sent' | 'failed';
  id: string;
  to: string;
  at: string;
  label?: string;
  response?: string;
  error?: string;
}

/** What the log says of a message: sent, possibly sent (unknown), surely not sent, or nothing. */
export type LoggedState = 'sent' | 'unknown' | 'failed' | undefined;

/** An open, locked send log. */
export interface SendLog {
  readonly file: string;
  stateOf(id: string): LoggedState;
  /** Appends one entry, whole and flushed to disk; throws (exit 2 or 3, see logFailure) when it cannot. */
  append(entry: SendLogEntry): void;
  close(): void;
}

// Ids in a line that is not JSON (an old log's torn line glued to the next) are still read.
const ID_IN_TEXT = /"id":"(<[^"\\]*>)"/g;

/**
 * Opens (creating it, and its folder, if needed) and locks the send log, and reads it. The
 * log is opened for writing here, before any message goes out: a log that cannot be is exit 2
 * (the path) or 3 (the device), and nothing is sent. Locked by another run: exit 3, its pid.
 */
export function openSendLog(file: string, notice: (line: string, said?: MessageRef) => void): SendLog {
  const what = `send log ${file}`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw logFailure(error, file, NOTHING_SENT);
  }
  // No waiting and no age limit: a second run is refused at once (naming the pid), and a
  // batch may run for hours; only a lock whose process is gone (kill -9) is taken over.
  const lock = acquireFileLock(file, { timeoutMs: 0, staleMs: Number.POSITIVE_INFINITY, what, whatSay: say('lock.sendLog', { file }), notice });
  let fd: number;
  try {
    fd = openSync(file, 'a+', 0o600);
  } catch (error) {
    lock.release();
    throw logFailure(error, file, NOTHING_SENT);
  }
  try {
    const states = readStates(fd, file, notice);
    return new OpenSendLog(file, fd, lock, states);
  } catch (error) {
    closeSync(fd);
    lock.release();
    throw error;
  }
}

class OpenSendLog implements SendLog {
  private closed = false;

  constructor(
    readonly file: string,
    private readonly fd: number,
    private readonly lock: HeldLock,
    private readonly states: Map<string, 'sent' | 'pending' | 'failed'>,
  ) {}

  stateOf(id: string): LoggedState {
    const state = this.states.get(id);
    return state === 'pending' ? 'unknown' : state;
  }

  append(entry: SendLogEntry): void {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      if (writeSync(this.fd, line) !== line.length) throw shortWriteError();
      fsyncSync(this.fd);
    } catch (error) {
      throw logFailure(error, this.file, 'sending stopped there; free space and run again (a message left "pending" is listed as unknown)');
    }
    applyState(this.states, entry.id, entry.status);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } finally {
      this.lock.release();
    }
  }
}

/**
 * A send log that cannot be written, by the rule of docs/exit-codes.md: a path that cannot be
 * written (no permission, read-only, a folder in the way) is exit 2, a device that fails (disk
 * full, I/O error, a short write) exit 3. `hint` says what became of the messages.
 */
function logFailure(error: unknown, file: string, hint: string): CareError {
  if (isCareError(error)) return error;
  const code = errnoOf(error) ?? 'EIO';
  const message = `cannot write the send log: ${describeErrno(code)}`;
  const said = cannotWriteSaid('the send log', code);
  return isPathProblem(code) ? new UsageError('CARE_SEND_LOG', message, { file, hint, say: said }) : new OutputError('CARE_SEND_LOG', message, { file, hint, say: said });
}

const NOTHING_SENT = 'nothing was sent; give a writable place with --send-log FILE, or free space';

function applyState(states: Map<string, 'sent' | 'pending' | 'failed'>, id: string, status: SendLogEntry['status']): void {
  // Once sent, always sent: a later pending (a --resend-unknown) cannot make it unknown again.
  if (states.get(id) === 'sent') return;
  states.set(id, status);
}

/** Reads every state; a torn last line is moved to FILE.torn and cut off the log. */
function readStates(fd: number, file: string, notice: (line: string, said?: MessageRef) => void): Map<string, 'sent' | 'pending' | 'failed'> {
  const bytes = readAll(fd);
  const end = bytes.lastIndexOf(0x0a) + 1;
  const tornIds = end < bytes.length ? setTornTailApart(fd, file, bytes.subarray(end), end, notice) : [];
  const states = new Map<string, 'sent' | 'pending' | 'failed'>();
  const lines = bytes.subarray(0, end).toString('utf8').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const entry = parseEntry(line);
    if (entry !== undefined) {
      applyState(states, entry.id, entry.status);
      continue;
    }
    // Not an entry: any message it names may have been sent, so it counts as unknown.
    const ids = [...line.matchAll(ID_IN_TEXT)].map((match) => match[1]!);
    for (const id of ids) applyState(states, id, 'pending');
    const said = ids.length === 0 ? say('sendLog.notEntryIgnored', { file, line: String(index + 1) }) : say('sendLog.notEntryUnknown', { file, line: String(index + 1), count: ids.length });
    notice(`care: ${file}, line ${index + 1}: not a send-log entry; ${ids.length === 0 ? 'ignored' : `the ${ids.length === 1 ? 'message' : `${ids.length} messages`} named in it count as unknown`}\n`, said);
  }
  for (const id of tornIds) applyState(states, id, 'pending');
  return states;
}

function parseEntry(line: string): { id: string; status: SendLogEntry['status'] } | undefined {
  try {
    const entry = JSON.parse(line) as Partial<SendLogEntry>;
    if (typeof entry.id !== 'string') return undefined;
    if (entry.status === 'sent' || entry.status === 'pending' || entry.status === 'failed') return { id: entry.id, status: entry.status };
  } catch {
    // falls through
  }
  return undefined;
}

function readAll(fd: number): Buffer {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, buffer, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return buffer.subarray(0, offset);
}

/**
 * The bytes after the last newline are a line a run was writing when it died: kept aside in
 * FILE.torn for a human and cut off, so the next line starts on a line of its own. A message
 * named in it counts as unknown (an old log wrote `sent` lines only, after sending), which is
 * safe: with `pending` written before DATA, a torn line's message has at worst been sent.
 * Returns the ids found in it.
 */
function setTornTailApart(fd: number, file: string, tail: Buffer, keep: number, notice: (line: string, said?: MessageRef) => void): string[] {
  const tornFile = `${file}.torn`;
  try {
    appendFileSync(tornFile, Buffer.concat([tail, Buffer.from('\n')]), { mode: 0o600 });
    ftruncateSync(fd, keep);
    fsyncSync(fd);
  } catch (error) {
    throw logFailure(error, file, `its last line is torn and could not be set apart in ${tornFile}; nothing was sent`);
  }
  const said = say('sendLog.tornTail', { file, count: tail.length, torn: tornFile });
  notice(`care: ${file}: its last line was cut off (${tail.length} bytes: a run stopped while writing it); moved to ${tornFile}\n`, said);
  return [...tail.toString('utf8').matchAll(ID_IN_TEXT)].map((match) => match[1]!);
}
