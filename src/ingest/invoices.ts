/**
 * Invoices from the records of an invoices export (`care remind … --template payment-reminder`):
 * rows sharing an invoice number are one invoice (Xero, QuickBooks and Bitrix24 write one row per
 * line item and repeat the invoice's fields on each); the status says whether it can be owed at
 * all (paid, void, draft, uncollectible, cancelled — docs/ingestion.md); nothing left to pay (an
 * amount due of zero, a total paid in full, a zero or negative invoice such as a credit note) means
 * no reminder. Pure: records in, invoices and the counts of what was set aside out.
 */
import type { InvoiceInput } from '../model/invoice.js';
import { classifyStatus, normalizeStatus } from './fields/status.js';
import type { StatusMeaning } from './profiles/types.js';
import type { FieldRecord } from './types.js';

export interface InvoicesFromRecords {
  /** Invoices that may be owed (not paid by status or amount due, not void, draft or cancelled). */
  invoices: InvoiceInput[];
  /** Distinct invoices in the export. */
  total: number;
  /** Invoices set aside before any date is looked at, by why: `paid`, `void`, `refunded`, … */
  setAside: Record<string, number>;
  /** Distinct status values with their meaning and invoice count (JSON `ingest.statuses`). */
  statuses: Record<string, { meaning: StatusMeaning; invoices: number }>;
  /** Invoices whose rows disagree on the amount while none says which is the total: summed, and named here. */
  summedLines: number;
}

export interface InvoiceReading {
  fallbackCurrency?: string;
  /** The profile's status map and the user's --include-status / --exclude-status. */
  statuses?: Readonly<Record<string, StatusMeaning>>;
  includeStatus?: readonly string[];
  excludeStatus?: readonly string[];
}

/** Groups line rows into invoices and sets aside those that cannot be owed. */
export function invoicesFromRecords(records: readonly FieldRecord[], reading: InvoiceReading = {}): InvoicesFromRecords {
  const groups = new Map<string, FieldRecord[]>();
  for (const record of records) {
    const key = `${record.values['customer'] as string}\u0000${record.values['invoice'] as string}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [record]);
    else group.push(record);
  }
  const invoices: InvoiceInput[] = [];
  const setAside: Record<string, number> = {};
  const statuses: InvoicesFromRecords['statuses'] = {};
  let summedLines = 0;
  for (const rows of groups.values()) {
    const status = firstText(rows, 'status');
    const meaning = status === undefined ? 'unknown' : classifyStatus(status, reading.statuses, reading.includeStatus, reading.excludeStatus);
    if (status !== undefined) {
      const entry = (statuses[normalizeStatus(status)] ??= { meaning, invoices: 0 });
      entry.invoices++;
    }
    const amount = invoiceAmount(rows, 'amount');
    const amountDue = invoiceAmount(rows, 'amountDue');
    const amountPaid = invoiceAmount(rows, 'amountPaid');
    if (amount.summed || amountDue.summed) summedLines++;
    const owed = owedOn(amount.value, amountDue.value, amountPaid.value);
    const why = setAsideReason(meaning, status) ?? nothingOwedReason(owed, amount.value) ?? (earliest(rows, 'due') === undefined ? 'noDueDate' : undefined);
    if (why !== undefined) {
      setAside[why] = (setAside[why] ?? 0) + 1;
      continue;
    }
    invoices.push(invoiceFrom(rows, owed, reading.fallbackCurrency));
  }
  return { invoices, total: groups.size, setAside, statuses, summedLines };
}

/**
 * What is still owed: the export's amount due when it has one, else the total less what was paid
 * (a column of amounts paid), else the total.
 */
function owedOn(amount: number | undefined, amountDue: number | undefined, amountPaid: number | undefined): number {
  if (amountDue !== undefined) return amountDue;
  if (amount !== undefined && amountPaid !== undefined) return amount - amountPaid;
  return amount ?? 0;
}

/**
 * Why an invoice cannot be owed by its status, or undefined when it may be: a paid status is paid
 * whatever the dates say; a `pending` or unknown status leaves it to the amounts and dates.
 */
function setAsideReason(meaning: StatusMeaning, status: string | undefined): string | undefined {
  if (meaning === 'completed') return 'paid';
  if (meaning === 'refunded') return 'refunded';
  if (meaning === 'excluded') return excludedKind(normalizeStatus(status ?? ''));
  return undefined;
}

/** Nothing left to pay: `paid` when something was, `creditNote` for a negative invoice, `nothingOwed` for a zero one. */
function nothingOwedReason(owed: number, amount: number | undefined): string | undefined {
  if (owed > 0) return undefined;
  if (amount !== undefined && amount < 0) return 'creditNote';
  if (amount !== undefined && amount > 0) return 'paid';
  return owed < 0 ? 'creditNote' : 'nothingOwed';
}

/** `void`, `draft`, `uncollectible` or `cancelled`: the words the summary names. */
function excludedKind(status: string): string {
  if (status.includes('draft') || status.includes('чернов')) return 'draft';
  if (status.includes('void') || status.includes('аннулир') || status.includes('анулир')) return 'void';
  if (status.includes('uncollect') || status.includes('безнадеж') || status.includes('несъбираем')) return 'uncollectible';
  return 'cancelled';
}

/**
 * The invoice's amount from its rows: the same value on every row is the invoice's total written
 * on each line (taken once); different values are line amounts (summed).
 */
function invoiceAmount(rows: readonly FieldRecord[], field: 'amount' | 'amountDue' | 'amountPaid'): { value: number | undefined; summed: boolean } {
  const values = rows.map((row) => row.values[field]).filter((value): value is number => typeof value === 'number');
  if (values.length === 0) return { value: undefined, summed: false };
  if (values.every((value) => value === values[0])) return { value: values[0], summed: false };
  return { value: values.reduce((sum, value) => sum + value, 0), summed: true };
}

function invoiceFrom(rows: readonly FieldRecord[], amount: number, fallbackCurrency: string | undefined): InvoiceInput {
  const first = rows[0]!;
  const invoice: InvoiceInput = {
    customer: first.values['customer'] as string,
    invoice: first.values['invoice'] as string,
    amount,
    due: earliest(rows, 'due')!,
    line: first.line,
  };
  const issued = earliest(rows, 'issued');
  if (issued !== undefined) invoice.issued = issued;
  const paid = latest(rows, 'paid');
  if (paid !== undefined) invoice.paid = paid;
  // A currency column first, then a sign or code written with the amount, then --currency / the config.
  const currency = firstText(rows, 'currency') ?? firstText(rows, 'amountCurrency') ?? firstText(rows, 'amountDueCurrency') ?? fallbackCurrency;
  if (currency !== undefined && currency.trim() !== '') invoice.currency = currency.trim().toUpperCase();
  return invoice;
}

function firstText(rows: readonly FieldRecord[], field: string): string | undefined {
  for (const row of rows) {
    const value = row.values[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

function earliest(rows: readonly FieldRecord[], field: string): number | undefined {
  let best: number | undefined;
  for (const row of rows) {
    const value = row.values[field];
    if (typeof value === 'number' && (best === undefined || value < best)) best = value;
  }
  return best;
}

function latest(rows: readonly FieldRecord[], field: string): number | undefined {
  let best: number | undefined;
  for (const row of rows) {
    const value = row.values[field];
    if (typeof value === 'number' && (best === undefined || value > best)) best = value;
  }
  return best;
}
