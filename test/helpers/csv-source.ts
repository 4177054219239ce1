/**
 * In-memory input sources for ingestion tests: tiny inputs written inline in the test
 * (csv-parse test style) instead of fixture files.
 */
import { Readable } from 'node:stream';
import type { InputSource } from '../../src/ingest/types.js';

export interface CsvSourceOptions {
  /** Shown in messages (default `inline.csv`). */
  name?: string;
  /**
   * Bytes per chunk the stream hands over (default: everything at once). Small or odd sizes
   * cut multi-byte characters and quoted cells at arbitrary places, as a real stream may.
   */
  chunkSize?: number;
}

/** An InputSource over a string (written as UTF-8) or raw bytes. Each `open()` starts again. */
export function csvSource(content: string | Buffer | Uint8Array, options: CsvSourceOptions = {}): InputSource {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const chunkSize = options.chunkSize ?? Math.max(bytes.length, 1);
  return {
    name: options.name ?? 'inline.csv',
    size: bytes.length,
    open: () => Readable.from(chunks(bytes, chunkSize), { objectMode: false }),
  };
}

function* chunks(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, Math.min(at + size, bytes.length));
}

/** Runs `promise` expecting a CareError-like rejection, and returns the error for closer checks. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
