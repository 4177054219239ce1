/**
 * `care remind FILE --template NAME`: who is due for a reminder today and why — re-order,
 * win-back and anniversary letters from an orders export, payment reminders from an invoices
 * export — and, with --render, --out-dir or --send, the reminders themselves, rendered and
 * delivered exactly as `care email` does (same renderer, outbox, files and send log).
 * Template variables: src/email/reminders.ts. Reading and selecting: load-due.ts.
 */
import { loadConfig } from '../config/load.js';
import { configSmtpUrl } from '../config/secrets.js';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { say, sayOr } from '../i18n/index.js';
import type { Catalog } from '../email/catalog.js';
import { type BatchRow, renderBatch } from '../email/batch.js';
import { mergeData, parseAssignments } from '../email/data.js';
import { type DeliveryOptions, type DeliveryPlan, type EmailDeps, deliverDrafts, loadEmailCatalog, planDelivery, sendLogPath } from '../email/deliver.js';
import type { Draft } from '../email/outbox.js';
import { assertNotMissingEverywhere, configDefaults, contactFor, reminderCells, reminderLabel, withoutLine } from '../email/reminders.js';
import type { SendSummaryJson } from '../email/send.js';
import type { Contact } from '../ingest/contacts.js';
import type { Io } from '../io/types.js';
import type { DueKind } from '../metrics/due.js';
import { DEFAULT_ANNIVERSARY_WITHIN_DAYS, RULE_BY_TEMPLATE, assertAfterBeforeChurn, assertOptionsApply, ruleFor } from '../metrics/due-rules.js';
import { type RemindResult, type RemindRow, type RemindRule, remindJson, renderRemind } from '../report/remind-view.js';
import { formatDay } from '../time/days.js';
import type { DataOptions } from './data-options.js';
import type { EngineCliOptions } from './load-engine.js';
import { readLookup, selectFromInvoices, selectFromOrders } from './load-due.js';
import { emit, guardOutputs, toJson } from './output.js';
// The churn window's one default (care retention, ltv and remind share it).
import { DEFAULT_CHURN_AFTER_DAYS } from '../metrics/ltv/settings.js';
import { DEFAULT_CAMPAIGN_FILE, type HoldoutRequest, applyHoldout } from './remind-holdout.js';
import { withSchema } from '../report/schemas/ids.js';

export { RULE_BY_TEMPLATE };

/** Options of `care remind`, as the CLI parses them. */
/** Delivery options as care email has them (src/email/deliver.ts); remind's --format is its list's, --email-format the messages'. */
type RemindDelivery = Omit<DeliveryOptions, 'format' | 'config' | 'to'>;

export interface RemindOptions extends DataOptions, EngineCliOptions, HoldoutRequest, RemindDelivery {
  /** --template NAME: the reminder to send; its name picks the rule unless --kind does. */
  template?: string;
  /** --kind reorder|win-back|payment|anniversary: the rule, for a template of your own. */
  kind?: string;
  /** reorder: remind once this many days have passed, instead of each customer's usual interval. */
  after?: number;
  /** payment: also invoices due within the next N days; anniversary: the window (default 7). */
  within?: number;
  /** win-back: only customers who lapsed within the last N days. */
  lapsedWithin?: number;
  /** Churn window W in days (default: config churnAfterDays, else 90). */
  churnAfter?: number;
  /** --customers FILE: a lookup CSV of customer, name, email. */
  customers?: string;
  /** --render: print the rendered reminders (instead of the list) on stdout. */
  render?: boolean;
  /** --email-format txt|html|eml: the format of rendered reminders (default txt). */
  emailFormat?: string;
  set?: string[];
}

/** What the command can be given instead of the real terminal and network. */
export type RemindDeps = EmailDeps;

/** Runs `care remind`. */
export async function runRemind(io: Io, file: string | undefined, options: RemindOptions, deps: RemindDeps = {}): Promise<void> {
  guardOutputs(io, { input: file, '--customers': options.customers }, {
    '--out': options.out, '--rejects': options.rejects, '--out-dir': options.outDir,
    '--send-log': options.send === true ? sendLogPath(io.cwd, options) : undefined,
    '--campaign': options.holdout === undefined ? undefined : (options.campaign ?? DEFAULT_CAMPAIGN_FILE),
  }, options.config);
  const config = loadConfig(io, options.config);
  const templateName = options.template;
  if (templateName === undefined || templateName.trim() === '') {
    throw new UsageError('CARE_NO_TEMPLATE', 'name the reminder with --template', {
      hint: `built-in reminders: ${Object.keys(RULE_BY_TEMPLATE).join(', ')}`, say: say('error.nameReminder'), hintSay: say('hint.builtInReminders', { names: Object.keys(RULE_BY_TEMPLATE).join(', ') }),
    });
  }
  // Everything the user can get wrong on the command line is checked before the data is read.
  const emailOptions = toDeliveryOptions(io, options, config);
  const plan = planDelivery(io, emailOptions);
  const catalog = await loadEmailCatalog(io, emailOptions);
  const template = catalog.file(templateName, plan.locale).name;
  const kind = ruleFor(template, options.kind);
  const rule = ruleSettings(kind, options);

  const selection = kind === 'payment' ? await selectFromInvoices(io, invoicesFile(file, options), options, config, rule) : await selectFromOrders(io, file, options, config, kind, rule);
  const lookup = options.customers === undefined ? new Map<string, Contact>() : await readLookup(io, options.customers);
  const items = applyHoldout(io, options, { kind, template, asOf: selection.asOf, history: selection.history, items: selection.selection.items });
  const rows = items.map((item) => ({ item, contact: contactFor(item, selection.contacts.get(item), lookup, (message, said) => io.stderr.write(`care: ${sayOr(io.lang, message, said)}\n`)) }));
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
    const due = { count: rows.length, total: selection.selection.considered, template, day: formatDay(selection.asOf) };
    const english = `${rows.length} of ${selection.selection.considered} ${noun} due for ${template} as of ${formatDay(selection.asOf)}`;
    io.stderr.write(`care: ${sayOr(io.lang, english, say(kind === 'payment' ? 'remind.dueInvoices' : 'remind.dueCustomers', due))}\n`);
  } else if (!sendJson) {
    emit(io, renderRemind(result, options.format ?? 'table', io.color, io.lang), options.out, selection.asOf);
  }
  if (!delivering) return;
  let summary: SendSummaryJson | undefined;
  try {
    if (rows.length === 0) {
      io.stderr.write(`care: ${sayOr(io.lang, 'nobody is due; no reminders to render', say('remind.nobodyDue'))}\n`);
      return;
    }
    await deliverReminders(io, rows, kind, template, config, plan, catalog, emailOptions, sendJson ? { ...deps, onSendSummary: (sent) => (summary = sent) } : deps, options);
  } finally {
    // --send --format json: the list and what became of each reminder, in one document.
    if (sendJson) emit(io, toJson(withSchema('remind', { ...remindJson(result), send: summary ?? null })), options.out, selection.asOf);
  }
}

async function deliverReminders(
  io: Io, rows: readonly RemindRow[], kind: DueKind, template: string, config: CareConfig, plan: DeliveryPlan,
  catalog: Catalog, emailOptions: DeliveryOptions, deps: RemindDeps, options: RemindOptions,
): Promise<void> {
  const shared = mergeData(configDefaults(config), parseAssignments(options.set ?? []));
  const batchRows = rows.map((row, index): BatchRow => ({ line: row.item.kind === 'payment' ? row.item.line : index + 1, cells: reminderCells(row) }));
  const renderer = await catalog.renderer(template, plan.locale);
  assertNotMissingEverywhere(batchRows, shared, renderer);
  const batch = await renderBatch(batchRows, { catalog, locale: plan.locale, html: plan.html, shared, template });
  const labels = new Map(batchRows.map((row, index) => [row.line, reminderLabel(rows[index]!)]));
  // Orders have no line per customer: their drafts carry none, so listings never point into the file.
  const drafts: Draft[] = batch.items.map((item) => (kind === 'payment' ? item : withoutLine(item)));
  await deliverDrafts(io, drafts, batch.failures, plan, emailOptions, deps, (line) => labels.get(line) ?? 'a reminder');
}

function toDeliveryOptions(io: Io, options: RemindOptions, config: CareConfig): DeliveryOptions {
  const email: DeliveryOptions = {
    config: { locale: config.locale, from: config.email?.from, smtpUrl: options.send === true ? configSmtpUrl(config, io) : config.email?.smtpUrl, templates: config.templates },
  };
  const copy = { set: options.set, locale: options.locale, format: options.emailFormat, from: options.from, outDir: options.outDir, send: options.send, yes: options.yes, sendLog: options.sendLog, smtpUrl: options.smtpUrl, smtpInsecure: options.smtpInsecure, smtpTimeout: options.smtpTimeout, resendUnknown: options.resendUnknown, templates: options.templates, lint: options.lint };
  for (const [key, value] of Object.entries(copy)) if (value !== undefined) (email as Record<string, unknown>)[key] = value;
  return email;
}

/** Payment reminders read an invoices export; an engine holds orders only. */
function invoicesFile(file: string | undefined, options: RemindOptions): string {
  if (options.engine !== undefined) throw new UsageError('CARE_BAD_OPTION', '--engine reads orders; payment reminders read an invoices export', {
    hint: 'care remind invoices.csv --template payment-reminder', say: say('error.engineNotInvoices'), hintSay: say('hint.forExampleOnly', { example: 'care remind invoices.csv --template payment-reminder' }),
  });
  if (file === undefined) throw new UsageError('CARE_NO_INPUT', 'name the invoices export', {
    hint: 'care remind invoices.csv --template payment-reminder', say: say('error.nameInvoices'), hintSay: say('hint.forExampleOnly', { example: 'care remind invoices.csv --template payment-reminder' }),
  });
  return file;
}

function ruleSettings(kind: DueKind, options: RemindOptions): RemindRule {
  assertOptionsApply(kind, options);
  const rule: RemindRule = {};
  if (kind === 'reorder' || kind === 'win-back') rule.churnAfterDays = options.churnAfter ?? DEFAULT_CHURN_AFTER_DAYS;
  if (options.after !== undefined) {
    rule.afterDays = options.after;
    assertAfterBeforeChurn(rule.afterDays, rule.churnAfterDays!);
  }
  if (options.lapsedWithin !== undefined) rule.lapsedWithinDays = options.lapsedWithin;
  if (kind === 'anniversary') rule.withinDays = options.within ?? DEFAULT_ANNIVERSARY_WITHIN_DAYS;
  else if (options.within !== undefined) rule.withinDays = options.within;
  return rule;
}
