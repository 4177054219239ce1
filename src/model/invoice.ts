/** An invoice as payment reminders see it: read by src/ingest/invoices.ts, selected by src/metrics/due.ts. */
import type { Day } from '../time/days.js';

/** An invoice that may be owed. */
export interface InvoiceInput {
  customer: string;
  invoice: string;
  amount: number;
  due: Day;
  issued?: Day;
  paid?: Day;
  currency?: string;
  /** Where the invoice came from (the line in the export), carried through. */
  line: number;
}
