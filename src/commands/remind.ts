/**
 * `care remind FILE --template NAME`: who is due for a reminder today and why — re-order,
 * win-back and anniversary letters from an orders export, payment reminders from an invoices
 * export — and, with --render, --out-dir or --send, the reminders themselves, rendered and
 * delivered exactly as `care email` does (same renderer, outbox, files and send log).
 *
 * Template variables come from the data: customer.id, customer.email and customer.name when
 * known, plus the rule's facts (lastOrder.date, invoice.number, anniversary.years…). Orders
 * exports rarely carry names: a `--customers FILE` lookup (customer, name, email) fills them,
 * and `--set customer.name=…` is the fallback for everyone left without one. A customer id
 * that is an email address is used as the recipient. agent.* and company.name come from
 * --set or the config (email.agent, email.company).
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { InputError, UsageError } from '../errors.js';
import { type BatchRow, renderBatch, rowData } from '../email/batch.js';
import { coerceValue, mergeData, parseAssignments } from '../email/data.js';
import type { Draft } from '../email/outbox.js';
import type { TemplateData } from '../email/types.js';
import { normalizeHeader } from '../ingest/headers.js';
import { INVOICE_FIELDS } from '../ingest/kinds.js';
import { readRecords } from '../ingest/records.js';
import { openSource } from '../ingest/source.js';
import type { FieldSpec, ReadOptions, RecordTable } from '../ingest/types.js';
import { invoicesFromRecords } from '../ingest/invoices.js';
import type { Io } from '../io/types.js';
import {
  DUE_KINDS, type DueItem, type DueKind, type DueSelection, type InvoiceInput,
  selectAnniversaries, selectPayments, selectReorder, selectWinBack,
} from '../metrics/due.js';
import type { CustomerHistory } from '../metrics/history.js';
import { type Contact, type RemindResult, type RemindRow, type RemindRule, remindGrid, remindJson } from '../report/remind-view.js';
import { toMajor } from '../report/format.js';
import { renderCsv } from '../report/render-csv.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import { type Day, formatDay } from '../time/days.js';
import { type DataOptions, parseAsOf, parsePositiveInt, readOptionsFor } from './data-options.js';
import { type DeliveryPlan, type EmailDeps, type EmailOptions, deliverDrafts, loadEmailCatalog, planDelivery, sendLogPath } from './email.js';
import type { Catalog } from '../email/catalog.js';
import type { SendSummaryJson } from '../email/send.js';
import { loadOrders, openRejectsFile, reportSkipped } from './load-orders.js';
import { emit, guardOutputs, toJson } from './output.js';
import { DEFAULT_CHURN_AFTER_DAYS } from './retention.js';

/** Options of `care remind`, as the CLI parses them. */
export interface RemindOptions extends DataOptions {
  /** --template NAME: the reminder to send; its name picks the rule unless --kind does. */
  template?: string;
  /** --kind reorder|win-back|payment|anniversary: the rule, for a template of your own. */
  kind?: string;
  /** reorder: remind once this many days have passed, instead of each customer's usual interval. */
  after?: string | number;
  /** payment: also invoices due within the next N days; anniversary: the window (default 7). */
  within?: string | number;
  /** win-back: only customers who lapsed within the last N days. */
  lapsedWithin?: string | number;
  /** Churn window W in days (default: config churnAfterDays, else 90). */
  churnAfter?: string | number;
  /** --customers FILE: a lookup CSV of customer, name, email. */
  customers?: string;
  /** --render: print the rendered reminders (instead of the list) on stdout. */
  render?: boolean;
  /** --email-format txt|html|eml: the format of rendered reminders (default txt). */
  emailFormat?: string;
  set?: string[];
  locale?: string;
  from?: string;
  outDir?: string;
  send?: boolean;
  yes?: boolean;
  sendLog?: string;
  smtpUrl?: string;
  /** --smtp-insecure, --smtp-timeout, --resend-unknown: as for care email. */
  smtpInsecure?: boolean;
  smtpTimeout?: string | number;
  resendUnknown?: boolean;
  templates?: string;
  lint?: boolean;
}

/** What the command can be given instead of the real terminal and network. */
export type RemindDeps = EmailDeps;

/** The rule each built-in reminder template selects with. */
export const RULE_BY_TEMPLATE: Readonly<Record<string, DueKind>> = {
  'reorder-reminder': 'reorder',
  'win-back': 'win-back',
  'payment-reminder': 'payment',
  anniversary: 'anniversary',
};

/** Which rule each rule-specific option belongs to (an option for another rule is a usage error). */
const OPTION_RULES = {
  after: { flag: '--after', kinds: ['reorder'] },
  within: { flag: '--within', kinds: ['payment', 'anniversary'] },
  lapsedWithin: { flag: '--lapsed-within', kinds: ['win-back'] },
  churnAfter: { flag: '--churn-after', kinds: ['reorder', 'win-back'] },
} as const satisfies Record<string, { flag: string; kinds: readonly DueKind[] }>;

const DEFAULT_ANNIVERSARY_WITHIN_DAYS = 7;

/** Runs `care remind`. */
export async function runRemind(io: Io, file: string, options: RemindOptions, deps: RemindDeps = {}): Promise<void> {
  guardOutputs(io, { input: file, '--customers': options.customers }, {
    '--out': options.out, '--rejects': options.rejects, '--out-dir': options.outDir,
    '--send-log': options.send === true ? sendLogPath(io.cwd, options) : undefined,
  }, options.config);
  const config = loadConfig(io.cwd, options.config);
  const templateName = options.template;
  if (templateName === undefined || templateName.trim() === '') {
    throw new UsageError('CARE_NO_TEMPLATE', 'name the reminder with --template', { hint: `built-in reminders: ${Object.keys(RULE_BY_TEMPLATE).join(', ')}` });
  }
  // Everything the user can get wrong on the command line is checked before the data is read.
  const emailOptions = toEmailOptions(options, config);
  const plan = planDelivery(io, emailOptions);
  const catalog = await loadEmailCatalog(io, emailOptions);
  const template = catalog.file(templateName, plan.locale).name;
  const kind = ruleFor(template, options.kind);
  const rule = ruleSettings(kind, options, config);

  const selection = kind === 'payment' ? await selectFromInvoices(io, file, options, config, rule) : await selectFromOrders(io, file, options, config, kind, rule);
  const lookup = options.customers === undefined ? new Map<string, Contact>() : await readContacts(io, options.customers);
  const rows = selection.selection.items.map((item) => ({ item, contact: contactFor(io, item, selection.contacts.get(item), lookup) }));
  const result: RemindResult = {
    asOf: selection.asOf, template, kind, rule,
    considered: selection.selection.considered, setAside: selection.selection.setAside, ingest: selection.ingest, rows,
  };

  const delivering = options.render === true || options.outDir !== undefined || options.send === true;
  const sendJson = options.send === true && options.format === 'json';
  const messagesOnStdout = delivering && options.outDir === undefined && options.send !== true;
  if (messagesOnStdout && options.out === undefined) {
    // stdout carries the messages; the list shrinks to one line on stderr.
    const noun = kind === 'payment' ? 'invoices' : 'customers';
    io.stderr.write(`care: ${rows.length} of ${selection.selection.considered} ${noun} due for ${template} as of ${formatDay(selection.asOf)}\n`);
  } else if (!sendJson) {
    emit(io, renderRemind(result, options.format ?? 'table', io.color), options.out, selection.asOf);
  }
  if (!delivering) return;
  let summary: SendSummaryJson | undefined;
  try {
    if (rows.length === 0) {
      io.stderr.write('care: nobody is due; no reminders to render\n');
      return;
    }
    await deliverReminders(io, rows, kind, template, config, plan, catalog, emailOptions, sendJson ? { ...deps, onSendSummary: (sent) => (summary = sent) } : deps, options);
  } finally {
    // --send --format json: the list and what became of each reminder, in one document.
    if (sendJson) emit(io, toJson({ ...remindJson(result), send: summary ?? null }), options.out, selection.asOf);
  }
}

async function deliverReminders(
  io: Io, rows: readonly RemindRow[], kind: DueKind, template: string, config: CareConfig, plan: DeliveryPlan,
  catalog: Catalog, emailOptions: EmailOptions, deps: RemindDeps, options: RemindOptions,
): Promise<void> {
  const shared = mergeData(configDefaults(config), parseAssignments(options.set ?? []));
  const batchRows = rows.map((row, index): BatchRow => ({ line: row.item.kind === 'payment' ? row.item.line : index + 1, cells: reminderCells(row) }));
  const renderer = await catalog.renderer(template, plan.locale);
  assertNotMissingEverywhere(batchRows, shared, renderer);
  const batch = await renderBatch(batchRows, { catalog, locale: plan.locale, html: plan.html, shared, template });
  const labels = new Map(batchRows.map((row, index) => [row.line, labelOf(rows[index]!)]));
  // Orders have no line per customer: their drafts carry none, so listings never point into the file.
  const drafts: Draft[] = batch.items.map((item) => (kind === 'payment' ? item : withoutLine(item)));
  await deliverDrafts(io, drafts, batch.failures, plan, emailOptions, deps, (line) => labels.get(line) ?? 'a reminder');
}

/** The list in one output format. */
export function renderRemind(result: RemindResult, format: NonNullable<DataOptions['format']>, color: boolean): string {
  switch (format) {
    case 'json':
      return toJson(remindJson(result));
    case 'csv': {
      const grid = remindGrid(result);
      return renderCsv({ columns: grid.columns, rows: grid.rows });
    }
    case 'md':
      return renderMarkdown(remindGrid(result));
    case 'table':
      return renderTable(remindGrid(result), { color });
    case 'html':
      throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md' });
  }
}

function toEmailOptions(options: RemindOptions, config: CareConfig): EmailOptions {
  const email: EmailOptions = {
    config: { locale: config.locale, from: config.email?.from, smtpUrl: config.email?.smtpUrl, templates: config.templates },
  };
  const copy = { set: options.set, locale: options.locale, format: options.emailFormat, from: options.from, outDir: options.outDir, send: options.send, yes: options.yes, sendLog: options.sendLog, smtpUrl: options.smtpUrl, smtpInsecure: options.smtpInsecure, smtpTimeout: options.smtpTimeout, resendUnknown: options.resendUnknown, templates: options.templates, lint: options.lint };
  for (const [key, value] of Object.entries(copy)) if (value !== undefined) (email as Record<string, unknown>)[key] = value;
  return email;
}

function ruleFor(template: string, kindOption: string | undefined): DueKind {
  if (kindOption !== undefined) {
    if ((DUE_KINDS as readonly string[]).includes(kindOption)) return kindOption as DueKind;
    throw new UsageError('CARE_BAD_OPTION', `--kind ${kindOption}: unknown rule`, { hint: `use one of ${DUE_KINDS.join(', ')}` });
  }
  const kind = RULE_BY_TEMPLATE[template];
  if (kind === undefined) {
    throw new UsageError('CARE_NOT_A_REMINDER', `"${template}" is not a reminder template, so care cannot tell whom it is for`, {
      hint: `use ${Object.keys(RULE_BY_TEMPLATE).join(', ')}, or pick the rule with --kind ${DUE_KINDS.join('|')}`,
    });
  }
  return kind;
}

function ruleSettings(kind: DueKind, options: RemindOptions, config: CareConfig): RemindRule {
  for (const [key, { flag, kinds }] of Object.entries(OPTION_RULES)) {
    if (options[key as keyof typeof OPTION_RULES] !== undefined && !(kinds as readonly DueKind[]).includes(kind)) {
      throw new UsageError('CARE_OPTION_NOT_FOR_RULE', `${flag} does not apply to ${kind} reminders`, { hint: `${flag} is for ${kinds.join(' and ')} reminders` });
    }
  }
  const rule: RemindRule = {};
  if (kind === 'reorder' || kind === 'win-back') rule.churnAfterDays = parsePositiveInt('--churn-after', options.churnAfter, config.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS);
  if (options.after !== undefined) {
    rule.afterDays = parsePositiveInt('--after', options.after, 0);
    if (rule.afterDays >= rule.churnAfterDays!) {
      throw new UsageError('CARE_BAD_OPTION', `--after ${rule.afterDays}: customers that long without a purchase are past the ${rule.churnAfterDays}-day churn window`, {
        hint: 'use --template win-back for them, or a larger --churn-after',
      });
    }
  }
  if (options.lapsedWithin !== undefined) rule.lapsedWithinDays = parsePositiveInt('--lapsed-within', options.lapsedWithin, 0);
  if (kind === 'anniversary') rule.withinDays = parsePositiveInt('--within', options.within, DEFAULT_ANNIVERSARY_WITHIN_DAYS);
  else if (options.within !== undefined) rule.withinDays = parsePositiveInt('--within', options.within, 0);
  return rule;
}

interface Selected {
  asOf: Day;
  selection: DueSelection<DueItem>;
  ingest: Record<string, unknown>;
  /** Contact details the export itself holds, per selected item. */
  contacts: Map<DueItem, Contact>;
}

async function selectFromOrders(io: Io, file: string, options: RemindOptions, config: CareConfig, kind: DueKind, rule: RemindRule): Promise<Selected> {
  const orders = await loadOrders(io, file, options, config);
  const history: CustomerHistory = orders.history;
  const churnAfterDays = rule.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS;
  const selection: DueSelection<DueItem> =
    kind === 'reorder' ? selectReorder(history, orders.asOf, { churnAfterDays, ...(rule.afterDays === undefined ? {} : { afterDays: rule.afterDays }) })
    : kind === 'win-back' ? selectWinBack(history, orders.asOf, { churnAfterDays, ...(rule.lapsedWithinDays === undefined ? {} : { lapsedWithinDays: rule.lapsedWithinDays }) })
    : selectAnniversaries(history, orders.asOf, rule.withinDays ?? DEFAULT_ANNIVERSARY_WITHIN_DAYS);
  return { asOf: orders.asOf, selection, ingest: { ...orders.ingest }, contacts: new Map() };
}

async function selectFromInvoices(io: Io, file: string, options: RemindOptions, config: CareConfig, rule: RemindRule): Promise<Selected> {
  const readOptions = readOptionsFor('invoices', options, config);
  const table = await readInvoiceTable(io, file, readOptions, options.rejects);
  const nameColumn = findColumn(table.headers, NAME_SYNONYMS, new Set(Object.values(table.mapping)));
  const read = invoicesFromRecords(table.records, {
    fallbackCurrency: options.currency ?? config.currency,
    statuses: table.profile?.profile?.statuses ?? readOptions.profile?.statuses,
    includeStatus: readOptions.includeStatus,
    excludeStatus: readOptions.excludeStatus,
  });
  const invoices = read.invoices;
  const recordByLine = new Map(table.records.map((record) => [record.line, record]));
  const asOf = parseAsOf(options.asOf) ?? lastEventDay(invoices);
  if (asOf === undefined) {
    throw new InputError('CARE_NO_AS_OF', 'the invoices have no issue or payment dates to tell "today" from', { file, hint: 'pass --as-of YYYY-MM-DD (for a daily job: --as-of "$(date +%F)")' });
  }
  const payments = selectPayments(invoices, asOf, rule.withinDays);
  const selection = { ...payments, considered: read.total, setAside: mergeCounts(read.setAside, payments.setAside) };
  const contacts = new Map<DueItem, Contact>();
  for (const item of selection.items) {
    const record = recordByLine.get(item.line)!;
    const contact: Contact = {};
    const email = record.values['email'];
    if (typeof email === 'string') contact.email = email;
    const name = nameColumn === undefined ? '' : (record.cells[nameColumn] ?? '').trim();
    if (name !== '') contact.name = name;
    contacts.set(item, contact);
  }
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

/** Two count maps added key by key. */
function mergeCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + count;
  return sum;
}

// Due dates are promises about the future; "today" defaults to the last thing that happened.
function lastEventDay(invoices: readonly InvoiceInput[]): Day | undefined {
  let last: Day | undefined;
  for (const invoice of invoices) {
    for (const day of [invoice.issued, invoice.paid]) if (day !== undefined && (last === undefined || day > last)) last = day;
  }
  return last;
}

/** Headers that hold a customer's name (in the invoices export or the --customers lookup). */
const NAME_SYNONYMS = [
  'customer name', 'client name', 'contact name', 'full name', 'name', 'first name', 'billing name',
  'имя клиента', 'имя', 'фио', 'имя покупателя', 'контактное лицо', 'име на клиент', 'име', 'име на купувач',
] as const;

function findColumn(headers: readonly string[], synonyms: readonly string[], taken: ReadonlySet<number>): number | undefined {
  const normalized = headers.map(normalizeHeader);
  for (const synonym of synonyms) {
    const index = normalized.findIndex((header, i) => !taken.has(i) && header === synonym);
    if (index !== -1) return index;
  }
  return undefined;
}

const CONTACT_FIELDS: readonly FieldSpec[] = [
  { ...INVOICE_FIELDS.find((field) => field.name === 'customer')!, required: false },
  { name: 'name', type: 'text', synonyms: NAME_SYNONYMS },
  { ...INVOICE_FIELDS.find((field) => field.name === 'email')!, required: false },
];

/** Reads the --customers lookup: customer id (or, without one, the email) → name and email. */
async function readContacts(io: Io, file: string): Promise<Map<string, Contact>> {
  const table = await readRecords(openSource(io, file), CONTACT_FIELDS, {
    validate: (record) => (record.values['customer'] === undefined && record.values['email'] === undefined ? ['noCustomer', 'no customer id or email', 'customer'] : undefined),
  });
  if (table.mapping['customer'] === undefined && table.mapping['email'] === undefined) {
    throw new InputError('CARE_MISSING_FIELD', 'the --customers file needs a customer (or email) column', { file, hint: `its headers are: ${table.headers.join(', ')}; expected customer,name,email` });
  }
  reportSkipped(io, file, table.ingest.skipped, (table.ingest['firstLine'] ?? {}) as Record<string, number>);
  const contacts = new Map<string, Contact>();
  for (const record of table.records) {
    const email = record.values['email'] as string | undefined;
    // Customer ids that are email addresses compare in lower case (ingest/customer-id.ts).
    const id = (record.values['customer'] as string | undefined) ?? email!.toLowerCase();
    const contact: Contact = {};
    if (typeof record.values['name'] === 'string') contact.name = record.values['name'];
    if (email !== undefined) contact.email = email;
    contacts.set(id, contact);
  }
  return contacts;
}

/** The export's own details first, then the lookup, then a customer id that is itself an address. */
function contactFor(io: Io, item: DueItem, own: Contact | undefined, lookup: ReadonlyMap<string, Contact>): Contact {
  const listed = lookup.get(item.customer);
  const contact: Contact = {};
  const name = own?.name ?? listed?.name;
  if (name !== undefined) contact.name = name;
  const email = own?.email ?? listed?.email ?? (item.customer.includes('@') ? item.customer : undefined);
  if (email !== undefined) {
    // A bad address is dropped here, with a word, so one typo never stops the whole batch.
    if (coerceValue(email, 'email').ok) contact.email = email.trim();
    else io.stderr.write(`care: customer ${item.customer}: "${email.replace(/[\r\n]+/g, ' ')}" is not an email address; left without a recipient\n`);
  }
  return contact;
}

function configDefaults(config: CareConfig): TemplateData {
  const data: TemplateData = {};
  const agent = config.email?.agent;
  if (agent?.name !== undefined || agent?.team !== undefined) data['agent'] = { ...(agent.name === undefined ? {} : { name: agent.name }), ...(agent.team === undefined ? {} : { team: agent.team }) };
  if (config.email?.company?.name !== undefined) data['company'] = { name: config.email.company.name };
  return data;
}

/** The template variables one reminder fills from the data, as dotted cells (empty ones left out). */
export function reminderCells(row: RemindRow): Record<string, string> {
  const { item, contact } = row;
  const cells: Record<string, string> = { 'customer.id': item.customer };
  if (contact.name !== undefined) cells['customer.name'] = contact.name;
  if (contact.email !== undefined) cells['customer.email'] = contact.email;
  switch (item.kind) {
    case 'payment':
      cells['invoice.number'] = item.invoice;
      cells['invoice.amount'] = String(toMajor(item.amount));
      if (item.currency !== undefined) cells['invoice.currency'] = item.currency;
      if (item.issued !== undefined) cells['invoice.sentDate'] = formatDay(item.issued);
      cells['invoice.dueDate'] = formatDay(item.due);
      // Templates test invoice.daysOverdue with {{#if}}: only a positive number means "overdue".
      if (item.daysOverdue > 0) cells['invoice.daysOverdue'] = String(item.daysOverdue);
      else cells['invoice.daysLeft'] = String(-item.daysOverdue);
      break;
    case 'reorder':
    case 'win-back':
      cells['lastOrder.date'] = formatDay(item.lastPurchase);
      cells['lastOrder.daysAgo'] = String(item.daysSinceLast);
      cells['firstOrder.date'] = formatDay(item.firstPurchase);
      cells['customer.purchases'] = String(item.purchaseDays);
      if (item.kind === 'reorder' && item.usualInterval !== null) cells['customer.usualInterval'] = String(item.usualInterval);
      if (item.kind === 'win-back') cells['customer.lapsedOn'] = formatDay(item.lapsedOn);
      break;
    case 'anniversary':
      cells['anniversary.years'] = String(item.years);
      cells['anniversary.date'] = formatDay(item.anniversary);
      cells['firstOrder.date'] = formatDay(item.firstPurchase);
      cells['lastOrder.date'] = formatDay(item.lastPurchase);
      break;
  }
  return cells;
}

/**
 * A variable no reminder has a value for (agent.name, product.name…) is a usage error (exit 2)
 * naming all of them before anything is rendered; one missing for some customers only (a
 * name) fails those reminders alone, and the rest still go out.
 */
function assertNotMissingEverywhere(
  rows: readonly BatchRow[], shared: TemplateData,
  renderer: { template: { name: string; locale: string }; prepare(data: TemplateData): { problems: { missing: string[] } } },
): void {
  let everywhere: Set<string> | undefined;
  for (const row of rows) {
    const missing = new Set(renderer.prepare(mergeData(shared, rowData(row.cells))).problems.missing);
    everywhere = everywhere === undefined ? missing : new Set([...everywhere].filter((name) => missing.has(name)));
    if (everywhere.size === 0) return;
  }
  if (everywhere === undefined || everywhere.size === 0) return;
  const names = [...everywhere];
  const fromData = names.includes('customer.name') ? '; names come from a name column, --customers FILE (customer,name,email) or --set customer.name=…' : '';
  throw new UsageError('CARE_TEMPLATE_DATA', `template "${renderer.template.name}" (${renderer.template.locale}): missing ${names.length === 1 ? 'variable' : 'variables'}: ${names.join(', ')}`, {
    hint: `give them with --set name=value (agent and company also from the config's email section)${fromData}`,
  });
}

function labelOf(row: RemindRow): string {
  return row.item.kind === 'payment' ? `line ${row.item.line} (invoice ${row.item.invoice})` : `customer ${row.item.customer}`;
}

function withoutLine<T extends { line?: number }>(item: T): Omit<T, 'line'> {
  const { line: _line, ...rest } = item;
  return rest;
}
