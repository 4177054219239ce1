/**
 * One row's cells as the per-row readers see them: either an array of strings (from the CSV
 * parser) or bounds into a piece of text (quote-free pieces, read without copying a cell that is
 * not needed). Both views are reused from row to row; nothing is allocated per field.
 */
import { readDateCode } from './fields/date.js';
import { readPlainMoney } from './fields/money.js';
import type { DateOrder } from './types.js';

export interface RowView {
  /** Number of cells. */
  count: number;
  /** The cell as written. */
  text(i: number): string;
  /** Empty or only white space. */
  isBlank(i: number): boolean;
  /** readDateCode of the cell. */
  date(i: number, order?: DateOrder): number;
  /** readPlainMoney of the cell. */
  plainMoney(i: number, decimalComma: boolean): number;
  /** A copy of every cell (for rejects and samples only). */
  cells(): string[];
  /** The text a cell lies in, and where: for readers that work on offsets (customer ids). */
  source(i: number): string;
  start(i: number): number;
  end(i: number): number;
}

/** Cells as the CSV parser returns them. */
export class ArrayRowView implements RowView {
  count = 0;
  private row: string[] = [];

  set(row: string[]): this {
    this.row = row;
    this.count = row.length;
    return this;
  }
  text(i: number): string {
    return this.row[i] ?? '';
  }
  isBlank(i: number): boolean {
    return (this.row[i] ?? '').trim() === '';
  }
  date(i: number, order?: DateOrder): number {
    return readDateCode(this.row[i] ?? '', order);
  }
  plainMoney(i: number, decimalComma: boolean): number {
    return readPlainMoney(this.row[i] ?? '', decimalComma);
  }
  cells(): string[] {
    return this.row;
  }
  source(i: number): string {
    return this.row[i] ?? '';
  }
  start(): number {
    return 0;
  }
  end(i: number): number {
    return (this.row[i] ?? '').length;
  }
}

/** Cells as [start, end) bounds into a piece of text: bounds[2i], bounds[2i + 1]. */
export class SpanRowView implements RowView {
  count = 0;
  private piece = '';
  private bounds: Int32Array = new Int32Array(0);

  set(text: string, bounds: Int32Array, count: number): this {
    this.piece = text;
    this.bounds = bounds;
    this.count = count;
    return this;
  }
  text(i: number): string {
    return i < this.count ? this.piece.slice(this.bounds[2 * i], this.bounds[2 * i + 1]) : '';
  }
  isBlank(i: number): boolean {
    if (i >= this.count) return true;
    for (let k = this.bounds[2 * i]!; k < this.bounds[2 * i + 1]!; k++) if (this.piece.charCodeAt(k) > 32) return false;
    return true;
  }
  date(i: number, order?: DateOrder): number {
    return readDateCode(this.piece, order, this.bounds[2 * i], this.bounds[2 * i + 1]);
  }
  plainMoney(i: number, decimalComma: boolean): number {
    return readPlainMoney(this.piece, decimalComma, this.bounds[2 * i], this.bounds[2 * i + 1]);
  }
  cells(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.text(i));
    return out;
  }
  source(): string {
    return this.piece;
  }
  start(i: number): number {
    return i < this.count ? this.bounds[2 * i]! : 0;
  }
  end(i: number): number {
    return i < this.count ? this.bounds[2 * i + 1]! : 0;
  }
}
