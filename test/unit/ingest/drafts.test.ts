import { describe, expect, it } from 'vitest';
import { looksLikeMime, pickDraftColumn } from '../../../src/ingest/drafts.js';

describe('pickDraftColumn', () => {
  it('takes --column by its exact name', () => {
    expect(pickDraftColumn(['id', 'Reply', 'note'], 'note', 'd.csv')).toBe(2);
  });

  it('finds a likely column name in any case, else the only column', () => {
    expect(pickDraftColumn(['id', ' Ответ '], undefined, 'd.csv')).toBe(1);
    expect(pickDraftColumn(['whatever'], undefined, 'd.csv')).toBe(0);
  });

  it('asks for --column when it cannot tell (exit 2, listing the columns)', () => {
    expect(() => pickDraftColumn(['id', 'note'], undefined, 'd.csv')).toThrow(expect.objectContaining({ code: 'CARE_NO_COLUMN', exitCode: 2, hint: 'add --column COL; columns: id, note' }));
    expect(() => pickDraftColumn(['id'], 'reply', 'd.csv')).toThrow(expect.objectContaining({ code: 'CARE_NO_COLUMN', hint: 'columns: id' }));
  });
});

describe('looksLikeMime', () => {
  it('reads a MIME header only in the header block, before the first blank line', () => {
    expect(looksLikeMime(Buffer.from('From: a@b.c\nContent-Type: text/plain\n\nHello'))).toBe(true);
    expect(looksLikeMime(Buffer.from('Hello,\n\nContent-Type: is a header we talk about'))).toBe(false);
  });
});
