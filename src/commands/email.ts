/**
 * `care email TEMPLATE`: gathers data (--data, --set, --csv rows, prompts), renders strictly,
 * then prints, writes one file per message (--out-dir) or sends over SMTP (--send) with a
 * send log that makes re-runs send each message exactly once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { renderBatch, type BatchFailure, type BatchRow } from '../email/batch.js';
import { loadCatalog, type Catalog } from '../email/catalog.js';
import { coerceValue, expandDotted, mergeData, parseAssignments, setPath } from '../email/data.js';
import { formatForStdout, messageContent, prepareMessages, type Draft, type PreparedMessage } from '../email/outbox.js';
import { messageFileName } from '../email/out-files.js';
import { makeFolder, writeFileAtomic } from '../io/write-output.js';
import { guardOutputs, toJson } from './output.js';
import type { Prompts } from '../email/prompts.js';
import type { RenderedMessage } from '../email/types.js';
import { assertNoProblems } from '../email/render.js';
import type { Interrupts, Sender, SendSummaryJson } from '../email/send.js';
import { DEFAULT_SMTP_TIMEOUT_MS, smtpConnectionOptions, type SmtpOptions } from '../email/smtp.js';
import { sendMessages } from './email-send.js';
import { isLocale, type EmailFormat, type Locale, type TemplateData } from '../email/types.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { readCsvRows } from './email-csv.js';

/** Options of `care email`, as the CLI parses them. */
export interface EmailOptions {
  /** --set key=value (dotted keys), repeatable. */
  set?: string[];
  /** --data FILE.json: an object of variables (nested or dotted keys). */
  data?: string;
  /** --csv FILE (or - for stdin): one message per row. */
  csv?: string;
  /** --template-column COL: each row's template (name or complainer type). */
  templateColumn?: string;
  /** --locale en|ru|bg (default: config locale, else en). */
  locale?: string;
  /** --interactive: ask for missing variables (only when stdin is a terminal). */
  interactive?: boolean;
  /** --format txt|html|eml (default txt). */
  format?: string;
  /** --to ADDRESS: recipient of every message (over an email column). */
  to?: string;
  /** --from ADDRESS. */
  from?: string;
  /** --out-dir DIR: one file per message. */
  outDir?: string;
  /** --send: deliver over SMTP. */
  send?: boolean;
  /** --yes: send without asking (cron). */
  yes?: boolean;
  /** Check each rendered message with the lint-reply rules and show the findings on stderr. */
  lint?: boolean;
  /** --send-log FILE (default: next to --out-dir, else care-send-log.jsonl in the cwd). */
  sendLog?: string;
  /** --smtp-url URL (over CARE_SMTP_URL and the config). */
  smtpUrl?: string;
  /** --smtp-insecure: allow the SMTP login without TLS (trusted networks only). */
  smtpInsecure?: boolean;
  /** --smtp-timeout SECONDS: connection and greeting timeout (default 10). */
  smtpTimeout?: string | number;
  /** --resend-unknown: send again the messages a run left pending (maybe delivered). */
  resendUnknown?: boolean;
  /** --templates DIR: user templates overriding built-ins. */
  templates?: string;
  /** --delimiter/--encoding for --csv. */
  read?: ReadOptions;
  /** Values from care.config.json. */
  config?: { locale?: string; from?: string; smtpUrl?: string; templates?: string };
}

/** What the command can be given instead of the real terminal and network (tests, the CLI). */
export interface EmailDeps {
  prompts?: Prompts;
  sender?: (smtpUrl: string, options: SmtpOptions) => Sender;
  /** SIGINT / SIGTERM during a --send batch (the CLI's; none in library use). */
  interrupts?: Interrupts;
  /** Receives what a --send run did, before the run's exit is decided (JSON output). */
  onSendSummary?: (summary: SendSummaryJson) => void;
}

const FORMATS: readonly EmailFormat[] = ['txt', 'html', 'eml'];

/** Runs `care email`. */
export async function runEmail(io: Io, templateName: string | undefined, options: EmailOptions, deps: EmailDeps = {}): Promise<void> {
  guardOutputs(io, { '--csv': options.csv, '--data': options.data }, { '--out-dir': options.outDir, '--send-log': options.send === true ? sendLogPath(io.cwd, options) : undefined });
  const plan = planDelivery(io, options);
  const catalog = await loadEmailCatalog(io, options);
  if (templateName !== undefined) catalog.file(templateName, plan.locale);

  const shared = mergeData(await readDataFile(io, options.data), parseAssignments(options.set ?? []));
  const { drafts, failures } = options.csv === undefined
    ? { drafts: [await renderOne(io, catalog, templateName, plan.locale, shared, plan.html, options, deps)], failures: [] as BatchFailure[] }
    : await renderRows(io, catalog, templateName, plan.locale, shared, plan.html, options);
  // --send --format json: the summary of what was sent is the command's output.
  const onSendSummary = plan.summaryJson ? (summary: SendSummaryJson) => io.stdout.write(toJson(summary)) : deps.onSendSummary;
  await deliverDrafts(io, drafts, failures, plan, options, onSendSummary === undefined ? deps : { ...deps, onSendSummary });
}

/** How rendered messages leave a run: locale, format, and the SMTP settings when --send. */
export interface DeliveryPlan {
  locale: Locale;
  format: EmailFormat;
  /** Whether drafts need an HTML body (html or eml output, or sending). */
  html: boolean;
  /** Present with --send; checked before anything is rendered. */
  sending?: SendSettings;
  /** --send --format json: the send summary as JSON on stdout. */
  summaryJson: boolean;
}

/** Settles locale, format and the --send preconditions before any data is read (care email and care remind). */
export function planDelivery(io: Io, options: EmailOptions): DeliveryPlan {
  const locale = pickLocale(options.locale ?? options.config?.locale);
  const summaryJson = options.format === 'json';
  if (summaryJson && options.send !== true) {
    throw new UsageError('CARE_BAD_FORMAT', '--format json is the summary of --send', { hint: 'render messages as --format txt, html or eml' });
  }
  const format = summaryJson ? 'eml' : pickFormat(options.format);
  const sending = options.send === true ? checkSendPreconditions(io, options) : undefined;
  const html = format !== 'txt' || sending !== undefined;
  return sending === undefined ? { locale, format, html, summaryJson } : { locale, format, html, sending, summaryJson };
}

/** The built-in templates with --templates DIR (or the config's folder) over them. */
export async function loadEmailCatalog(io: Io, options: Pick<EmailOptions, 'templates' | 'config'>): Promise<Catalog> {
  const templatesDir = options.templates ?? options.config?.templates;
  return loadCatalog(templatesDir === undefined ? {} : { userDir: path.resolve(io.cwd, templatesDir) });
}

/**
 * Addresses and composes rendered drafts, then prints them, writes them to --out-dir or sends
 * them; every failure (rendering or addressing) is reported on stderr as `care: LABEL: …` and,
 * after the rest went out, ends the run with exit 3. `label` names a draft by its line.
 */
export async function deliverDrafts(
  io: Io, drafts: readonly Draft[], renderFailures: readonly BatchFailure[], plan: DeliveryPlan,
  options: EmailOptions, deps: EmailDeps = {}, label: (line: number) => string = (line) => `line ${line}`,
): Promise<void> {
  const { format, sending } = plan;
  const failures = [...renderFailures];
  if (options.lint === true) await lintDrafts(io, drafts);
  const prepared = await prepareMessages(drafts, {
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(sending?.from === undefined ? {} : { from: sending.from }),
    ...(sending === undefined && options.from !== undefined ? { from: options.from } : {}),
    date: io.now(),
    compose: format === 'eml' || sending !== undefined,
  });
  failures.push(...prepared.failures);
  for (const failure of failures) io.stderr.write(`care: ${label(failure.line)}: ${failure.error}\n`);

  if (options.outDir !== undefined) await writeMessages(io, prepared.ready, format, options.outDir);
  else if (sending === undefined) io.stdout.write(formatForStdout(prepared.ready, format));

  if (sending !== undefined) {
    await sendMessages(io, prepared.ready, sending, {
      logFile: sendLogPath(io.cwd, options), yes: options.yes === true, resendUnknown: options.resendUnknown === true, smtpInsecure: options.smtpInsecure === true,
    }, { ...deps, confirm: (question) => (deps.prompts ?? noPrompts()).confirm(question) }, label);
  }
  if (failures.length > 0) {
    const total = failures.length + prepared.ready.length;
    throw new InputError('CARE_BAD_ROWS', `${failures.length} of ${total} messages could not be rendered (see above)`, {
      hint: 'fix those rows and run again; the other messages were produced',
    });
  }
}

function pickLocale(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (isLocale(value)) return value;
  throw new UsageError('CARE_BAD_LOCALE', `unknown locale "${value}"`, { hint: 'use --locale en, ru or bg' });
}

function pickFormat(value: string | undefined): EmailFormat {
  if (value === undefined) return 'txt';
  if ((FORMATS as readonly string[]).includes(value)) return value as EmailFormat;
  throw new UsageError('CARE_BAD_FORMAT', `unknown email format "${value}"`, { hint: 'use --format txt, html or eml' });
}

/** Where --send delivers and as whom. */
export interface SendSettings {
  smtpUrl: string;
  from: string;
  /** Connection and greeting timeout. */
  timeoutMs: number;
}

/** --smtp-timeout's upper bound: beyond five minutes a server is down, not slow. */
const MAX_SMTP_TIMEOUT_SECONDS = 300;

function parseSmtpTimeout(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_SMTP_TIMEOUT_MS;
  const seconds = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_SMTP_TIMEOUT_SECONDS || (typeof value === 'string' && value.trim() === '')) {
    throw new UsageError('CARE_BAD_OPTION', `--smtp-timeout ${String(value)}: not a number of seconds between 0 and ${MAX_SMTP_TIMEOUT_SECONDS}`, { hint: 'for example --smtp-timeout 5' });
  }
  return Math.round(seconds * 1000);
}

// Checked before any rendering: a cron job without --yes fails at once with a clear hint.
function checkSendPreconditions(io: Io, options: EmailOptions): SendSettings {
  const smtpUrl = options.smtpUrl ?? io.env.CARE_SMTP_URL ?? options.config?.smtpUrl;
  if (smtpUrl === undefined || smtpUrl.trim() === '') {
    throw new UsageError('CARE_NO_SMTP', '--send needs an SMTP server', {
      hint: 'set CARE_SMTP_URL=smtp://user:password@host:587 (or smtpUrl in care.config.json)',
    });
  }
  const from = options.from ?? options.config?.from;
  if (from === undefined) {
    throw new UsageError('CARE_NO_FROM', '--send needs a sender address', { hint: 'add --from "Care team <care@example.com>"' });
  }
  if (options.yes !== true && !(io.isTTY.stdin && io.isTTY.stderr)) {
    throw new UsageError('CARE_CONFIRM_NEEDED', 'refusing to send without confirmation: no terminal to ask on', {
      hint: 'add --yes to send from scripts and cron jobs',
    });
  }
  smtpConnectionOptions(smtpUrl); // a URL that cannot work is exit 2 now, not after rendering
  return { smtpUrl, from, timeoutMs: parseSmtpTimeout(options.smtpTimeout) };
}

async function readDataFile(io: Io, file: string | undefined): Promise<TemplateData> {
  if (file === undefined) return {};
  const full = path.resolve(io.cwd, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(full, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new InputError('CARE_BAD_DATA_FILE', `cannot read --data: ${reason}`, { file });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('CARE_BAD_DATA_FILE', '--data must hold one JSON object of variables', {
      file,
      hint: 'for example {"customer": {"name": "Anna"}} or {"customer.name": "Anna"}',
    });
  }
  return expandDotted(parsed as Record<string, unknown>, file);
}

async function renderOne(
  io: Io, catalog: Catalog, templateName: string | undefined, locale: Locale,
  shared: TemplateData, html: boolean, options: EmailOptions, deps: EmailDeps,
): Promise<Draft> {
  if (templateName === undefined) {
    throw new UsageError('CARE_NO_TEMPLATE', 'name the template to render', {
      hint: `known templates: ${catalog.names().join(', ')}`,
    });
  }
  const renderer = await catalog.renderer(templateName, locale);
  let data = shared;
  // Never prompt without a terminal: then the strict exit-2 error names what is missing.
  if (options.interactive === true && io.isTTY.stdin) {
    data = await askForMissing(renderer.template.meta.variables, renderer.prepare(data).problems, data, deps.prompts ?? noPrompts());
  }
  assertNoProblems(renderer.prepare(data).problems, renderer.template);
  const message = renderer.render(data, { html });
  const recipient = recipientFrom(data);
  return recipient === undefined ? { message, data } : { message, data, recipient };
}

function recipientFrom(data: TemplateData): string | undefined {
  const value = (data.email ?? (data.customer as Record<string, unknown> | undefined)?.email) as unknown;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

async function askForMissing(
  specs: Readonly<Record<string, { type: import('../email/types.js').VariableType; description?: string }>>,
  problems: { missing: string[]; invalid: { name: string }[] },
  data: TemplateData,
  prompts: Prompts,
): Promise<TemplateData> {
  const answers = structuredClone(data);
  for (const name of [...problems.missing, ...problems.invalid.map((item) => item.name)]) {
    const spec = specs[name];
    const type = spec?.type ?? 'text';
    const label = spec?.description === undefined ? name : `${name} (${spec.description})`;
    const answer = await prompts.input(label, (value) => {
      if (value.trim() === '') return 'a value is needed';
      const coerced = coerceValue(value, type);
      return coerced.ok ? true : coerced.reason;
    });
    setPath(answers, name, answer);
  }
  return answers;
}

async function renderRows(
  io: Io, catalog: Catalog, templateName: string | undefined, locale: Locale,
  shared: TemplateData, html: boolean, options: EmailOptions,
): Promise<{ drafts: Draft[]; failures: BatchFailure[] }> {
  const { headers, rows } = await readCsvRows(io, options.csv ?? '-', options.read ?? {});
  const column = options.templateColumn;
  if (column !== undefined && !headers.includes(column)) {
    throw new UsageError('CARE_NO_TEMPLATE_COLUMN', `--template-column "${column}" is not a column of the file`, {
      hint: `columns: ${headers.join(', ')}`,
    });
  }
  if (column === undefined && templateName === undefined) {
    throw new UsageError('CARE_NO_TEMPLATE', 'name the template, or pick one per row with --template-column COL', {
      hint: `known templates: ${catalog.names().join(', ')}`,
    });
  }
  const batch = await renderBatch(rows, {
    catalog, locale, html, shared,
    ...(templateName === undefined ? {} : { template: templateName }),
    ...(column === undefined ? {} : { templateColumn: column }),
  });
  return { drafts: batch.items, failures: batch.failures };
}

/** Table rows as the batch renderer takes them. */
export type { BatchRow };

async function writeMessages(io: Io, items: readonly PreparedMessage[], format: EmailFormat, outDir: string): Promise<void> {
  const dir = path.resolve(io.cwd, outDir);
  makeFolder(dir, outDir);
  const extension = format === 'txt' ? 'txt' : format;
  let index = 0;
  for (const item of items) {
    index += 1;
    const who = item.to?.address ?? stringAt(item.data, 'customer', 'name');
    const name = messageFileName(index, items.length, [item.message.template, who], extension);
    // A link at a made-up name is replaced, never followed (a link planted there cannot redirect the message).
    writeFileAtomic(path.join(dir, name), messageContent(item, format), { throughLinks: false, what: 'a message of --out-dir' });
  }
  io.stderr.write(`care: wrote ${items.length} ${items.length === 1 ? 'message' : 'messages'} to ${outDir}\n`);
}

function stringAt(data: TemplateData, ...keys: string[]): string | undefined {
  let current: unknown = data;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
}

/** Where the send log lives: --send-log, else beside --out-dir (DIR.send-log.jsonl), else in the cwd. */
export function sendLogPath(cwd: string, options: Pick<EmailOptions, 'sendLog' | 'outDir'>): string {
  if (options.sendLog !== undefined) return path.resolve(cwd, options.sendLog);
  if (options.outDir !== undefined) {
    const outDir = path.resolve(cwd, options.outDir);
    return path.join(path.dirname(outDir), `${path.basename(outDir)}.send-log.jsonl`);
  }
  return path.join(cwd, 'care-send-log.jsonl');
}

/** Without a prompt implementation (library use), asking is a usage error like on a non-terminal. */
function noPrompts(): Prompts {
  const refuse = (): never => {
    throw new UsageError('CARE_NO_PROMPT', 'cannot ask: no terminal prompts in this context', { hint: 'pass the values with --set, or --yes to send' });
  };
  return { input: async () => refuse(), confirm: async () => refuse() };
}

/** --lint: each rendered message checked against the rules of polite care, findings on stderr (stdout keeps the messages). */
async function lintDrafts(io: Io, drafts: readonly { message: RenderedMessage; line?: number }[]): Promise<void> {
  const [{ lintMessage }, { renderLintText }] = await Promise.all([import('../lint/engine.js'), import('../report/lint-view.js')]);
  for (const draft of drafts) {
    const title = `${draft.message.template} (${draft.message.locale})${draft.line === undefined ? '' : `, line ${draft.line}`}`;
    io.stderr.write(renderLintText(lintMessage(draft.message.text, { locale: draft.message.locale }), draft.message.text, { color: io.color && io.isTTY.stderr, title }));
  }
}
