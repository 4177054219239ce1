/**
 * Customer ids → dense indexes, on the per-row path. Most exports write ids as digits, often
 * behind a fixed prefix (`17850`, `17850.0`, `CUST0026946`, `C10023`): those are keyed by their
 * number (and digit count, so leading zeros still tell ids apart), read straight from the text
 * without making a string — five times faster than hashing a fresh string per row. Any other id
 * (e-mails, UUIDs) goes through a string map. Either way one customer gets one index.
 */
import { normalizeCustomerId } from './customer-id.js';

/** Ids of up to 12 digits keep number × 16 + digit count below 2^53. */
const MAX_DIGITS = 12;

export class CustomerIndex {
  /** Customer id per index, as the user will see it. */
  readonly ids: string[] = [];
  private readonly byNumber = new Map<number, number>();
  private readonly byString = new Map<string, number>();
  /** The prefix before the digits; null when the ids are not prefix + digits; undefined until the first id. */
  private prefix: string | null | undefined;

  /** Index of the id in text[from, to) (a cell), adding it when new; −1 when the cell is blank. */
  indexOfCell(text: string, from: number, to: number): number {
    while (from < to && text.charCodeAt(from) <= 32) from++;
    while (to > from && text.charCodeAt(to - 1) <= 32) to--;
    if (from === to) return -1;
    if (this.prefix === undefined) this.learn(normalizeCustomerId(text.slice(from, to)));
    const key = this.numericKey(text, from, to);
    if (key >= 0) {
      const known = this.byNumber.get(key);
      if (known !== undefined) return known;
      const index = this.add(normalizeCustomerId(text.slice(from, to)));
      this.byNumber.set(key, index);
      return index;
    }
    return this.indexOf(normalizeCustomerId(text.slice(from, to)));
  }

  /** Index of an already-normalised id (from another reader's partial result), adding it when new. */
  indexOf(id: string): number {
    if (id === '') return -1;
    if (this.prefix === undefined) this.learn(id);
    const key = this.numericKey(id, 0, id.length);
    if (key >= 0) {
      const known = this.byNumber.get(key);
      if (known !== undefined) return known;
      const index = this.add(id);
      this.byNumber.set(key, index);
      return index;
    }
    const known = this.byString.get(id);
    if (known !== undefined) return known;
    const index = this.add(id);
    this.byString.set(this.ids[index]!, index);
    return index;
  }

  get size(): number {
    return this.ids.length;
  }

  private add(id: string): number {
    // Cells are slices of a megabyte of text; keeping one as a key would keep all of it alive.
    this.ids.push(Buffer.from(id, 'utf8').toString('utf8'));
    return this.ids.length - 1;
  }

  /** The first id decides the shape: its non-digit prefix, if digits follow it to the end. */
  private learn(id: string): void {
    let at = 0;
    while (at < id.length && !isDigit(id.charCodeAt(at))) at++;
    const prefix = id.slice(0, at);
    this.prefix = prefix.length <= 16 && this.numericKeyWith(prefix, id, 0, id.length) >= 0 ? prefix : null;
  }

  /** number × 16 + digit count for `prefix digits [.0]`, else −1. */
  private numericKey(text: string, from: number, to: number): number {
    return this.prefix === null || this.prefix === undefined ? -1 : this.numericKeyWith(this.prefix, text, from, to);
  }

  private numericKeyWith(prefix: string, text: string, from: number, to: number): number {
    if (prefix.length > 0 && !text.startsWith(prefix, from)) return -1;
    let end = to;
    // `17850.0`: a number that went through a float column (UCI Online Retail) is the same id as 17850.
    if (end - from > prefix.length + 2 && text.charCodeAt(end - 1) === 48 && text.charCodeAt(end - 2) === 46) end -= 2;
    const start = from + prefix.length;
    const digits = end - start;
    if (digits < 1 || digits > MAX_DIGITS) return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) return -1;
      value = value * 10 + (c - 48);
    }
    return value * 16 + digits;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
