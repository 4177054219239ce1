import { describe, expect, it } from 'vitest';
import { SendFailure, sendBatch, type OutgoingMessage, type Sender } from '../../../src/email/send.js';
import type { LoggedState, SendLog, SendLogEntry } from '../../../src/email/send-log.js';

function message(n: number): OutgoingMessage {
  return { id: `<m${n}@test.invalid>`, from: { address: 'care@test.invalid' }, to: { address: `p${n}@example.com` }, raw: Buffer.from('x'), label: `line ${n + 1}` };
}

/** An in-memory send log; `failAt` makes the n-th append (1-based) fail like a full disk. */
function memoryLog(failAt?: number): SendLog & { entries: SendLogEntry[] } {
  const entries: SendLogEntry[] = [];
  let appends = 0;
  return {
    file: '/mem/send-log.jsonl',
    entries,
    stateOf(id): LoggedState {
      const mine = entries.filter((entry) => entry.id === id);
      if (mine.some((entry) => entry.status === 'sent')) return 'sent';
      const last = mine.at(-1)?.status;
      return last === 'pending' ? 'unknown' : last === 'failed' ? 'failed' : undefined;
    },
    append(entry) {
      appends += 1;
      if (appends === failAt) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      entries.push(entry);
    },
    close: () => undefined,
  };
}

/** A sender answering from a script: 'ok', or a failure kind. */
function scripted(script: ('ok' | SendFailure['kind'])[]): Sender & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async send(outgoing) {
      calls.push(outgoing.to.address);
      const step = script[calls.length - 1] ?? 'ok';
      if (step === 'ok') return '250 OK';
      throw new SendFailure(`scripted ${step}`, step);
    },
    close: () => undefined,
  };
}

const now = () => new Date('2026-01-05T09:00:00Z');

describe('sendBatch', () => {
  it('stops when the "sent" line cannot be written: that message is unknown, the rest are not tried', async () => {
    const messages = [1, 2, 3, 4].map(message);
    const log = memoryLog(4); // m1 pending, m1 sent, m2 pending, m2 sent ← the disk is full
    const sender = scripted([]);
    const report = await sendBatch(messages, { sender, log, now });
    expect(sender.calls).toEqual(['p1@example.com', 'p2@example.com']);
    expect(report.sent.map((m) => m.id)).toEqual(['<m1@test.invalid>']);
    expect(report.unknown.map((m) => m.id)).toEqual(['<m2@test.invalid>']);
    expect(report.notTried.map((m) => m.id)).toEqual(['<m3@test.invalid>', '<m4@test.invalid>']);
    expect(report.stopped?.reason).toBe('log');
    // What the next run will read: m2 pending (unknown), never sent blindly again.
    expect(log.stateOf('<m2@test.invalid>')).toBe('unknown');
  });

  it('sends nothing when the pending line cannot be written', async () => {
    const sender = scripted([]);
    const report = await sendBatch([1, 2].map(message), { sender, log: memoryLog(1), now });
    expect(sender.calls).toEqual([]);
    expect(report.notTried).toHaveLength(2);
    expect(report.stopped?.reason).toBe('log');
  });

  it('counts connection failures in a row only: a success in between starts the count again', async () => {
    const messages = [1, 2, 3, 4, 5, 6, 7, 8].map(message);
    const sender = scripted(['connection', 'connection', 'ok', 'connection', 'unknown', 'connection']);
    const report = await sendBatch(messages, { sender, log: memoryLog(), now });
    expect(sender.calls).toHaveLength(6);
    expect(report.sent).toHaveLength(1);
    expect(report.failed).toHaveLength(4);
    expect(report.unknown).toHaveLength(1);
    expect(report.notTried.map((m) => m.id)).toEqual(['<m7@test.invalid>', '<m8@test.invalid>']);
    expect(report.stopped).toMatchObject({ reason: 'connection', detail: '3 connection failures in a row (last: scripted connection)' });
  });

  it('a server that refuses messages (not the connection) does not stop the batch', async () => {
    const sender = scripted(['rejected', 'rejected', 'rejected', 'rejected']);
    const report = await sendBatch([1, 2, 3, 4, 5].map(message), { sender, log: memoryLog(), now });
    expect(report.failed).toHaveLength(4);
    expect(report.sent).toHaveLength(1);
    expect(report.stopped).toBeUndefined();
  });

  it('a refused login or TLS stops at once', async () => {
    const sender = scripted(['config']);
    const report = await sendBatch([1, 2, 3].map(message), { sender, log: memoryLog(), now });
    expect(sender.calls).toHaveLength(1);
    expect(report.stopped).toMatchObject({ reason: 'config' });
    expect(report.notTried).toHaveLength(2);
  });
});
