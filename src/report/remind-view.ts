/**
 * `care remind` results as a grid (table, CSV, Markdown) and as JSON: who is due, why, and
 * the numbers behind it. Dates are ISO days, amounts in major units (docs/contracts.md).
 */
import { UsageError } from '../errors.js';
import { type MessageRef, say, sayIn } from '../i18n/index.js';
import type { Contact } from '../ingest/contacts.js';
import type { StatusMeaning } from '../ingest/profiles/types.js';
import type { OrdersIngest } from '../ingest/orders.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import type { DueItem, DueKind } from '../metrics/due.js';
import type { DueRule } from '../metrics/due-rules.js';
import { type Day, formatDay } from '../time/days.js';
import { formatMajor } from '../money/index.js';
import { formatDecimal, formatInteger, formatPercent, roundFraction, toMajor } from './format.js';
import type { CellValue, Grid, GridColumn, GridText } from './grid.js';
import type { Locale } from '../locale.js';
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

/** A set-aside reason's note: its message and the parameters beyond the count. */
const SET_ASIDE_NOTES: Record<string, (n: number, rule: RemindRule) => MessageRef> = {
  tooFewPurchases: (n) => say('table.remind.tooFewPurchases', { count: n }),
  lapsed: (n, rule) => say('table.remind.lapsed', { count: n, days: String(rule.churnAfterDays ?? 90) }),
  lapsedEarlier: (n, rule) => say('table.remind.lapsedEarlier', { count: n, days: String(rule.lapsedWithinDays ?? 0) }),
  paid: (n) => say('table.remind.paid', { count: n }),
  notYetIssued: (n) => say('table.remind.notYetIssued', { count: n }),
  notYetDue: (n, rule) => (rule.withinDays === undefined ? say('table.remind.notYetDue', { count: n }) : say('table.remind.notYetDueWithin', { count: n, days: String(rule.withinDays) })),
};

const integer = (value: CellValue): string => (value === null ? '–' : formatInteger(value as number));
const interval = (value: CellValue): string => (value === null ? '–' : Number.isInteger(value) ? formatInteger(value as number) : formatDecimal(value as number));

/** The item's own columns, after customer, name and email. */
function kindColumns(kind: DueKind): GridColumn[] {
  switch (kind) {
    case 'reorder':
      return [
        { key: 'lastPurchase', label: say('table.remind.lastPurchase') },
        { key: 'daysSinceLast', label: say('table.remind.daysSince'), align: 'right', format: integer },
        { key: 'usualInterval', label: say('table.remind.usualInterval'), align: 'right', format: interval },
        { key: 'purchaseDays', label: say('table.remind.purchases'), align: 'right', format: integer },
      ];
    case 'win-back':
      return [
        { key: 'lastPurchase', label: say('table.remind.lastPurchase') },
        { key: 'daysSinceLast', label: say('table.remind.daysSince'), align: 'right', format: integer },
        { key: 'lapsedOn', label: say('table.remind.lapsedOn') },
        { key: 'purchaseDays', label: say('table.remind.purchases'), align: 'right', format: integer },
        { key: 'pNoPurchase', label: say('table.remind.pNoPurchase'), align: 'right', format: (value) => (value === null || value === undefined ? '–' : formatPercent(value as number)) },
      ];
    case 'payment':
      return [
        { key: 'invoice', label: say('table.remind.invoice') },
        { key: 'amount', label: say('table.remind.amount'), align: 'right', format: (value, row) => formatMajor(value as number | null, row['currency'] as string | null, { display: 'none' }) },
        { key: 'currency', label: say('table.remind.currency') },
        { key: 'issued', label: say('table.remind.issued') },
        { key: 'due', label: say('table.remind.due') },
        { key: 'daysOverdue', label: say('table.remind.daysOverdue'), align: 'right', format: integer },
      ];
    case 'anniversary':
      return [
        { key: 'firstPurchase', label: say('table.remind.firstPurchase') },
        { key: 'anniversary', label: say('table.remind.anniversary') },
        { key: 'daysUntil', label: say('table.remind.inDays'), align: 'right', format: integer },
        { key: 'years', label: say('table.remind.years'), align: 'right', format: integer },
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

/** "45 days" in a language. */
const daysSaid = (days: number): MessageRef => say('table.remind.days', { count: days });

/**
 * Why an item is due, in a language other than English: the same facts as the English reason
 * metrics/due.ts writes (which English tables, CSV and JSON keep as it is).
 */
function reasonSaid(item: DueItem): MessageRef {
  switch (item.kind) {
    case 'reorder':
      return item.basis === 'after'
        ? say('table.remind.reason.reorderAfter', { days: daysSaid(item.daysSinceLast), after: String(item.threshold) })
        : say('table.remind.reason.reorderInterval', { days: daysSaid(item.daysSinceLast), interval: Number.isInteger(item.threshold) ? String(item.threshold) : item.threshold.toFixed(1) });
    case 'win-back':
      return say('table.remind.reason.winBack', { days: daysSaid(item.daysSinceLast), churn: String(item.daysSinceLast - item.daysLapsed), lapsedOn: formatDay(item.lapsedOn) });
    case 'payment': {
      const due = formatDay(item.due);
      if (item.daysOverdue > 0) return say('table.remind.reason.overdue', { days: daysSaid(item.daysOverdue), due });
      return item.daysOverdue === 0 ? say('table.remind.reason.dueToday', { due }) : say('table.remind.reason.dueIn', { days: daysSaid(-item.daysOverdue), due });
    }
    case 'anniversary': {
      const years = say('table.remind.years.count', { count: item.years });
      const when = item.daysUntil === 0 ? say('table.remind.reason.today') : say('table.remind.reason.inDays', { days: daysSaid(item.daysUntil) });
      return say('table.remind.reason.anniversary', { years, first: formatDay(item.firstPurchase), when });
    }
  }
}

/** Who is due and why, as a grid; name and email columns only when some row has them; the reasons in `lang` (English: as metrics/due.ts wrote them). */
export function remindGrid(result: RemindResult, lang?: Locale): Grid {
  const records = result.rows.map((row) => (lang === undefined || lang === 'en' ? remindRecord(row) : { ...remindRecord(row), reason: sayIn(lang, reasonSaid(row.item)) }));
  const columns: GridColumn[] = [{ key: 'customer', label: say('table.remind.customer') }];
  if (records.some((record) => record['name'] !== undefined)) columns.push({ key: 'name', label: say('table.remind.name') });
  if (records.some((record) => record['email'] !== undefined)) columns.push({ key: 'email', label: say('table.remind.email') });
  columns.push(...kindColumns(result.kind), { key: 'reason', label: say('table.remind.why') });
  return {
    title: say(`table.remind.title.${result.kind}`, { asOf: formatDay(result.asOf), template: result.template }),
    columns,
    rows: records.map((record) => ({ ...record })),
    notes: remindNotes(result),
  };
}

/** The counts line and why candidates were left out. */
export function remindNotes(result: RemindResult): GridText[] {
  const counts = { due: result.rows.length, count: result.considered };
  const notes: GridText[] = [say(result.kind === 'payment' ? 'table.remind.dueInvoices' : 'table.remind.dueCustomers', counts)];
  for (const [reason, count] of Object.entries(result.setAside)) {
    const note = SET_ASIDE_NOTES[reason];
    if (note !== undefined) notes.push(note(count, result.rule));
  }
  if (result.kind === 'payment') notes.push(say('table.remind.overdueNote'));
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
  table: (result: RemindResult, color: boolean, lang?: Locale) => renderTable(remindGrid(result, lang), { color, lang }),
  csv: (result: RemindResult) => {
    const grid = remindGrid(result);
    return renderCsv({ columns: grid.columns, rows: grid.rows });
  },
  json: (result: RemindResult) => `${JSON.stringify(withSchema('remind', remindJson(result)), null, 2)}\n`,
  md: (result: RemindResult, _color: boolean, lang?: Locale) => renderMarkdown(remindGrid(result, lang), lang),
} as const satisfies Record<string, (result: RemindResult, color: boolean, lang?: Locale) => string>;

/** The list in one output format; html is `care report`'s alone (exit 2). */
export function renderRemind(result: RemindResult, format: keyof typeof remindRenderers | 'html', color: boolean, lang?: Locale): string {
  if (format === 'html') throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  return remindRenderers[format](result, color, lang);
}
