/**
 * The reading step of `care remind`: the orders or invoices export read (with --rejects written
 * as it goes and skipped rows told on stderr), the due items selected by the rule (src/metrics/
 * due-rules.ts), and the --customers lookup read.
 */
import type { CareConfig } from '../config/schema.js';
import { InputError } from '../errors.js';
import { type Contact, invoiceContacts, readContacts } from '../ingest/contacts.js';
import { invoicesFromRecords } from '../ingest/invoices.js';
import { INVOICE_FIELDS } from '../ingest/kinds.js';
import { readRecords } from '../ingest/records.js';
import { openSource } from '../ingest/source.js';
import type { ReadOptions, RecordTable } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import type { DueItem, DueKind, DueSelection, WinBackDue } from '../metrics/due.js';
import { noPurchaseProbabilities } from '../metrics/ltv/no-purchase.js';
import { type DueRule, lastEventDay, selectFromHistory, selectFromInvoices as selectDueInvoices } from '../metrics/due-rules.js';
import type { RemindIngest } from '../report/remind-view.js';
import type { CustomerHistory } from '../model/customer-history.js';
import type { Day } from '../time/days.js';
import { type DataOptions, readOptionsFor } from './data-options.js';
import { type EngineCliOptions, loadOrdersOrEngine } from './load-engine.js';
import { openRejectsFile, reportSkipped } from './load-orders.js';
import { tell } from './output.js';
// The churn window's one default (care retention, ltv and remind share it).
import { DEFAULT_CHURN_AFTER_DAYS } from '../metrics/ltv/settings.js';
import { knownNote, say } from '../i18n/index.js';

/** Who is due, as of which day, what was read, and the contact details the export itself holds. */
export interface Selected {
  asOf: Day;
  selection: DueSelection<DueItem>;
  ingest: RemindIngest;
  /** Contact details the export itself holds, per selected item. */
  contacts: Map<DueItem, Contact>;
  /** The purchase history the items were selected from (orders only): --holdout stratifies by its segments. */
  history?: CustomerHistory;
}

/** Reads an orders export and selects the customers due under a reorder, win-back or anniversary rule. */
export async function selectFromOrders(io: Io, file: string | undefined, options: DataOptions & EngineCliOptions, config: CareConfig, kind: Exclude<DueKind, 'payment'>, rule: DueRule): Promise<Selected> {
  const orders = await loadOrdersOrEngine(io, 'remind', file, options, config);
  const selection = selectFromHistory(orders.history, orders.asOf, kind, rule, DEFAULT_CHURN_AFTER_DAYS);
  if (kind === 'win-back') rankWinBack(io, orders.history, orders.asOf, selection.items as WinBackDue[], rule.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS);
  return { asOf: orders.asOf, selection, ingest: { ...orders.ingest }, contacts: new Map(), history: orders.history };
}

/**
 * Win-back, most likely lost first: each lapsed customer's P(no purchase in the next churn window)
 * from BG/NBD (metrics/ltv/no-purchase.ts); the order stays as selected when no fit can be made.
 */
function rankWinBack(io: Io, history: CustomerHistory, asOf: Day, items: WinBackDue[], days: number): void {
  if (items.length === 0) return;
  const { model, byCustomer } = noPurchaseProbabilities(history, asOf, days, new Set(items.map((item) => item.customer)));
  if (!model.fitted) {
    tell(io, `win-back: not ranked by P(no purchase): ${model.reason}`, say('notice.winBackNotRanked', { reason: knownNote(model.reason) ?? model.reason }));
    return;
  }
  for (const item of items) {
    const p = byCustomer.get(item.customer);
    if (p !== undefined) item.pNoPurchase = p;
  }
  items.sort((one, other) => (other.pNoPurchase ?? -1) - (one.pNoPurchase ?? -1));
  const said = say('notice.winBackRanked', { days, customers: model.customers, repeat: model.repeatCustomers });
  tell(io, `win-back: most likely not to come back on their own first: ranked by P(no purchase in the next ${days} days), from BG/NBD fitted on ${model.customers} customers (${model.repeatCustomers} repeat)`, said);
}

/** Reads an invoices export and selects the invoices due for a payment reminder. */
export async function selectFromInvoices(io: Io, file: string, options: DataOptions, config: CareConfig, rule: DueRule): Promise<Selected> {
  const readOptions = readOptionsFor('invoices', options, config);
  const table = await readInvoiceTable(io, file, readOptions, options.rejects);
  const read = invoicesFromRecords(table.records, {
    fallbackCurrency: options.currency ?? config.currency,
    statuses: table.profile?.profile?.statuses ?? readOptions.profile?.statuses,
    includeStatus: readOptions.includeStatus,
    excludeStatus: readOptions.excludeStatus,
  });
  const invoices = read.invoices;
  const asOf = options.asOf ?? lastEventDay(invoices);
  if (asOf === undefined) {
    throw new InputError('CARE_NO_AS_OF', 'the invoices have no issue or payment dates to tell "today" from', {
      file, hint: 'pass --as-of YYYY-MM-DD (for a daily job: --as-of "$(date +%F)")', say: say('error.invoicesNoDates'), hintSay: say('hint.passAsOfDaily'),
    });
  }
  const selection = selectDueInvoices(invoices, asOf, rule.withinDays, read);
  const contacts = invoiceContacts<DueItem & { line: number }>(table, selection.items);
  return { asOf, selection, ingest: { rows: table.ingest.rows, invoices: read.total, skipped: table.ingest.skipped, statuses: read.statuses }, contacts };
}

async function readInvoiceTable(io: Io, file: string, readOptions: ReadOptions, rejectsFile: string | undefined): Promise<RecordTable> {
  const rejects = rejectsFile === undefined ? undefined : openRejectsFile(rejectsFile);
  try {
    const table = await readRecords(openSource(io, file), INVOICE_FIELDS, { ...readOptions, required: INVOICE_COLUMNS, onReject: rejects?.add });
    rejects?.commit();
    reportSkipped(io, file, table.ingest.skipped, (table.ingest['firstLine'] ?? {}) as Record<string, number>);
    return table;
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
}

/** Columns an invoices export must have; a row may still leave its due date empty (never past due). */
const INVOICE_COLUMNS = ['customer', 'invoice', 'due'] as const;

/** Reads the --customers lookup and tells what it skipped. */
export async function readLookup(io: Io, file: string): Promise<Map<string, Contact>> {
  const { contacts, table } = await readContacts(openSource(io, file), file);
  reportSkipped(io, file, table.ingest.skipped, (table.ingest['firstLine'] ?? {}) as Record<string, number>);
  return contacts;
}
