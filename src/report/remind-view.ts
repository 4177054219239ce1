/**
 * `care remind` results as a grid (table, CSV, Markdown) and as JSON: who is due, why, and
 * the numbers behind it. Dates are ISO days, amounts in major units (docs/contracts.md).
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Contact } from '../ingest/contacts.js';
import type { StatusMeaning } from '../ingest/profiles/types.js';
import type { OrdersIngest } from '../ingest/orders.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import type { DueItem, DueKind } from '../metrics/due.js';
import type { DueRule } from '../metrics/due-rules.js';
import { type Day, formatDay } from '../time/days.js';
import { formatMajor } from '../money/index.js';
import { formatDecimal, formatInteger, formatPercent, roundFraction, toMajor } from './format.js';
import type { CellValue, Grid, GridColumn } from './grid.js';
import { renderCsv } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

export type { Contact };

/** A selected item with the customer's contact details. */
export interface RemindRow {
  item: DueItem;
  contact: Contact;
}

/** The rule's settings, for the heading and the JSON. */
export type RemindRule = DueRule;

/** The `ingest` block of an invoices read: rows, invoices, what was skipped, and each status value's meaning. */
export interface InvoicesIngest {
  rows: number;
  invoices: number;
  skipped: Record<string, number>;
  statuses: Record<string, { meaning: StatusMeaning; invoices: number }>;
}

/** The `ingest` block: the orders reader's, or the invoices'. */
export type RemindIngest = OrdersIngest | InvoicesIngest | EngineIngest;

/** One due item in JSON: flat fields, ISO dates, amounts in major units, contact when known. */
export type RemindItemJson = Record<string, string | number | null>;

/** The stable JSON of `care remind --format json` (docs/contracts.md). */
export interface RemindJson {
  asOf: string;
  template: string;
  kind: DueKind;
  rule: RemindRule;
  considered: number;
  due: number;
  setAside: Record<string, number>;
  ingest: RemindIngest;
  items: RemindItemJson[];
}

/** Everything `care remind` shows. */
export interface RemindResult {
  asOf: Day;
  template: string;
  kind: DueKind;
  rule: RemindRule;
  /** Customers (or invoices) looked at. */
  considered: number;
  /** reason → count of candidates left out (see metrics/due.ts). */
  setAside: Record<string, number>;
  ingest: RemindIngest;
  rows: RemindRow[];
}

const TITLES: Record<DueKind, string> = {
  reorder: 'Due for a re-order reminder',
  'win-back': 'Lapsed customers to win back',
  payment: 'Unpaid invoices to remind about',
  anniversary: 'First-purchase anniversaries',
};

/** `1 customer`, `3 customers`. */
const count = (n: number, one: string, other: string): string => `${formatInteger(n)} ${n === 1 ? one : other}`;

const SET_ASIDE_NOTES: Record<string, (n: number, rule: RemindRule) => string> = {
  tooFewPurchases: (n) => `${count(n, 'customer has', 'customers have')} fewer than 3 purchase days, so no usual interval yet (--after DAYS includes them).`,
  lapsed: (n, rule) => `${count(n, 'customer is', 'customers are')} past the ${rule.churnAfterDays ?? 90}-day churn window: see --template win-back.`,
  lapsedEarlier: (n, rule) => `${count(n, 'customer', 'customers')} lapsed more than ${rule.lapsedWithinDays ?? 0} days ago (--lapsed-within).`,
  paid: (n) => `${count(n, 'invoice was', 'invoices were')} paid by the as-of day.`,
  notYetIssued: (n) => `${count(n, 'invoice is', 'invoices are')} issued after the as-of day.`,
  notYetDue: (n, rule) => `${count(n, 'unpaid invoice is', 'unpaid invoices are')} not due yet${rule.withinDays === undefined ? ' (--within DAYS includes the ones due soon)' : ` within ${rule.withinDays} days`}.`,
};

const integer = (value: CellValue): string => (value === null ? '–' : formatInteger(value as number));
const interval = (value: CellValue): string => (value === null ? '–' : Number.isInteger(value) ? formatInteger(value as number) : formatDecimal(value as number));

/** The item's own columns, after customer, name and email. */
function kindColumns(kind: DueKind): GridColumn[] {
  switch (kind) {
    case 'reorder':
      return [
        { key: 'lastPurchase', label: 'Last purchase' },
        { key: 'daysSinceLast', label: 'Days since', align: 'right', format: integer },
        { key: 'usualInterval', label: 'Usual interval', align: 'right', format: interval },
        { key: 'purchaseDays', label: 'Purchases', align: 'right', format: integer },
      ];
    case 'win-back':
      return [
        { key: 'lastPurchase', label: 'Last purchase' },
        { key: 'daysSinceLast', label: 'Days since', align: 'right', format: integer },
        { key: 'lapsedOn', label: 'Lapsed on' },
        { key: 'purchaseDays', label: 'Purchases', align: 'right', format: integer },
        { key: 'pNoPurchase', label: 'P(no purchase)', align: 'right', format: (value) => (value === null || value === undefined ? '–' : formatPercent(value as number)) },
      ];
    case 'payment':
      return [
        { key: 'invoice', label: 'Invoice' },
        { key: 'amount', label: 'Amount', align: 'right', format: (value, row) => formatMajor(value as number | null, row['currency'] as string | null, { display: 'none' }) },
        { key: 'currency', label: 'Currency' },
        { key: 'issued', label: 'Sent' },
        { key: 'due', label: 'Due' },
        { key: 'daysOverdue', label: 'Days overdue', align: 'right', format: integer },
      ];
    case 'anniversary':
      return [
        { key: 'firstPurchase', label: 'First purchase' },
        { key: 'anniversary', label: 'Anniversary' },
        { key: 'daysUntil', label: 'In days', align: 'right', format: integer },
        { key: 'years', label: 'Years', align: 'right', format: integer },
      ];
  }
}

/** One item as flat JSON-ready fields: ISO dates, amounts in major units, contact when known. */
export function remindRecord(row: RemindRow): RemindItemJson {
  const { item, contact } = row;
  const base: Record<string, string | number | null> = { customer: item.customer };
  if (contact.name !== undefined) base['name'] = contact.name;
  if (contact.email !== undefined) base['email'] = contact.email;
  switch (item.kind) {
    case 'payment':
      return {
        ...base, invoice: item.invoice, amount: toMajor(item.amount, item.currency), currency: item.currency ?? null,
        issued: item.issued === undefined ? null : formatDay(item.issued), due: formatDay(item.due),
        paid: item.paid === undefined ? null : formatDay(item.paid), daysOverdue: item.daysOverdue, line: item.line, reason: item.reason,
      };
    case 'reorder':
      return {
        ...base, firstPurchase: formatDay(item.firstPurchase), lastPurchase: formatDay(item.lastPurchase), daysSinceLast: item.daysSinceLast,
        purchaseDays: item.purchaseDays, usualInterval: item.usualInterval, basis: item.basis, threshold: item.threshold, reason: item.reason,
      };
    case 'win-back':
      return {
        ...base, firstPurchase: formatDay(item.firstPurchase), lastPurchase: formatDay(item.lastPurchase), daysSinceLast: item.daysSinceLast,
        purchaseDays: item.purchaseDays, lapsedOn: formatDay(item.lapsedOn), daysLapsed: item.daysLapsed, reason: item.reason,
        ...(item.pNoPurchase === undefined ? {} : { pNoPurchase: roundFraction(item.pNoPurchase) }),
      };
    case 'anniversary':
      return {
        ...base, firstPurchase: formatDay(item.firstPurchase), lastPurchase: formatDay(item.lastPurchase), purchaseDays: item.purchaseDays,
        anniversary: formatDay(item.anniversary), daysUntil: item.daysUntil, years: item.years, reason: item.reason,
      };
  }
}

/** Who is due and why, as a grid; name and email columns only when some row has them. */
export function remindGrid(result: RemindResult): Grid {
  const records = result.rows.map(remindRecord);
  const columns: GridColumn[] = [{ key: 'customer', label: 'Customer' }];
  if (records.some((record) => record['name'] !== undefined)) columns.push({ key: 'name', label: 'Name' });
  if (records.some((record) => record['email'] !== undefined)) columns.push({ key: 'email', label: 'Email' });
  columns.push(...kindColumns(result.kind), { key: 'reason', label: 'Why' });
  return {
    title: `${TITLES[result.kind]} as of ${formatDay(result.asOf)} (${result.template})`,
    columns,
    rows: records.map((record) => ({ ...record })),
    notes: remindNotes(result),
  };
}

/** The counts line and why candidates were left out. */
export function remindNotes(result: RemindResult): string[] {
  const noun = result.kind === 'payment' ? 'invoices' : 'customers';
  const notes = [`${formatInteger(result.rows.length)} of ${formatInteger(result.considered)} ${noun} due.`];
  for (const [reason, count] of Object.entries(result.setAside)) {
    const note = SET_ASIDE_NOTES[reason];
    if (note !== undefined) notes.push(note(count, result.rule));
  }
  if (result.kind === 'payment') notes.push('Days overdue: negative numbers are the days left until the due date.');
  return notes;
}

/** The stable JSON of `care remind --format json`. */
export function remindJson(result: RemindResult): RemindJson {
  return {
    asOf: formatDay(result.asOf),
    template: result.template,
    kind: result.kind,
    rule: result.rule,
    considered: result.considered,
    due: result.rows.length,
    setAside: result.setAside,
    ingest: result.ingest,
    items: result.rows.map(remindRecord),
  };
}

/** The output formats of `care remind`'s list: name → renderer (each returns the whole text). */
export const remindRenderers = {
  table: (result: RemindResult, color: boolean) => renderTable(remindGrid(result), { color }),
  csv: (result: RemindResult) => {
    const grid = remindGrid(result);
    return renderCsv({ columns: grid.columns, rows: grid.rows });
  },
  json: (result: RemindResult) => `${JSON.stringify(withSchema('remind', remindJson(result)), null, 2)}\n`,
  md: (result: RemindResult) => renderMarkdown(remindGrid(result)),
} as const satisfies Record<string, (result: RemindResult, color: boolean) => string>;

/** The list in one output format; html is `care report`'s alone (exit 2). */
export function renderRemind(result: RemindResult, format: keyof typeof remindRenderers | 'html', color: boolean): string {
  if (format === 'html') throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  return remindRenderers[format](result, color);
}
