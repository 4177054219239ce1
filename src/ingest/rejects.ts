/** Counting skipped rows by reason, failing on the first under --strict, and passing them on for --rejects. */
import { InputError } from '../errors.js';
import { type MessageKey, type MessageRef, isMessageKey, knownRowDetail, say } from '../i18n/index.js';
import type { Reject } from './types.js';

/** Human words for reason codes, for messages. */
export const REASON_TEXT: Record<string, string> = {
  noCustomer: 'no customer id',
  badDate: 'unreadable date',
  badAmount: 'unreadable amount',
  badQuantity: 'unreadable quantity',
  badPrice: 'unreadable price',
  missingAmount: 'no amount',
  ragged: 'wrong number of fields',
  badQuote: 'unbalanced quote',
  otherCurrency: 'another currency than --currency',
  badScore: 'score is not a whole number from 0 to 10',
  badValue: 'unreadable value',
  missingValue: 'required value missing',
  noEvidence: 'nothing to classify by (no complaint words, channel, status or low score)',
};

export class RejectCounter {
  readonly skipped: Record<string, number>;
  readonly firstLine: Record<string, number> = {};

  /** `alwaysCounted` reasons show with 0 (orders JSON always carries skipped.noCustomer, docs/contracts.md). */
  constructor(
    private readonly file: string,
    private readonly strict: boolean,
    private readonly onReject?: (reject: Reject) => void,
    alwaysCounted: readonly string[] = [],
  ) {
    this.skipped = Object.fromEntries(alwaysCounted.map((reason) => [reason, 0]));
  }

  /** Counts a skipped row; under --strict a bad row (not a row without customer) fails the run. */
  reject(reason: string, line: number, cells: string[], detail: string, field?: string): void {
    if (this.strict && reason !== 'noCustomer') {
      throw new InputError('CARE_BAD_ROW', detail, {
        file: this.file, line, field, hint: 'fix the row, or run without --strict to skip bad rows and count them',
        say: knownRowDetail(reason, detail), hintSay: say('hint.fixRowOrSkip'),
      });
    }
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
    this.firstLine[reason] ??= line;
    this.onReject?.({ line, reason, field, detail, cells });
  }

  total(): number {
    return Object.values(this.skipped).reduce((sum, count) => sum + count, 0);
  }
}

/** `3 rows skipped: unreadable date: 2 (first at line 3); wrong number of fields: 1 (first at line 5)`. */
export function describeSkipped(file: string, counter: { skipped: Record<string, number>; firstLine: Record<string, number> }): string | undefined {
  const parts = Object.entries(counter.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${REASON_TEXT[reason] ?? reason}: ${count.toLocaleString('en-US')} (first at line ${counter.firstLine[reason]})`);
  if (parts.length === 0) return undefined;
  const total = Object.values(counter.skipped).reduce((sum, count) => sum + count, 0);
  return `${file}: ${total.toLocaleString('en-US')} row${total === 1 ? '' : 's'} skipped: ${parts.join('; ')}`;
}

/** describeSkipped as a message of the catalogs (src/i18n), for a run in Russian or Bulgarian. */
export function skippedRef(file: string, counter: { skipped: Record<string, number>; firstLine: Record<string, number> }): MessageRef | undefined {
  const entries = Object.entries(counter.skipped).filter(([, count]) => count > 0);
  if (entries.length === 0) return undefined;
  const reasons = entries.map(([reason, count]) => {
    const key = `reason.${reason}`;
    return say('notice.skippedReason', { reason: isMessageKey(key) ? say(key as MessageKey) : reason, count, line: String(counter.firstLine[reason]) });
  });
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  return say('notice.skipped', { file, count: total, reasons });
}
