/**
 * The titles, column labels and notes of the other commands' text tables (`--format table|md`:
 * classify, lint-reply, remind, lift, inspect, verify, config, templates, conventions…), in
 * English: the key set care-ru.ts and care-bg.ts are typed against. Merged into the catalogs by
 * ../en.ts, ../ru.ts, ../bg.ts.
 */
import type { Message } from '../../types.js';

export const careTablesEn = {
  'table.classify.title': 'Complainer types',
} satisfies Record<string, Message>;
