/**
 * How rendered messages leave a run of `care email` or `care remind`: the delivery plan settled
 * before any data is read (locale, format, the --send preconditions), the template catalog, and
 * the drafts printed, written to --out-dir or sent through the send log (send-run.ts).
 * Contract: docs/guarantees.md, "Mail".
 */
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { say, sayOr } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { makeFolder, writeFileAtomic } from '../io/write-output.js';
import type { BatchFailure } from './batch.js';
import { type Catalog, loadCatalog } from './catalog.js';
import { type Draft, type PreparedMessage, formatForStdout, messageContent, prepareMessages } from './outbox.js';
import { messageFileName } from './out-files.js';
import type { Prompts } from './prompts.js';
import { type EmailDeps, type SendSettings, sendMessages } from './send-run.js';
import { DEFAULT_SMTP_TIMEOUT_MS, smtpConnectionOptions } from './smtp.js';
import { type EmailFormat, type Locale, type RenderedMessage, type TemplateData, isLocale } from './types.js';

export type { EmailDeps, SendSettings };

/** The options delivery reads (care email's and care remind's, as the CLI parses them). */
export interface DeliveryOptions {
  /** --locale en|ru|bg (default: config locale, else en). */
  locale?: string;
  /** --format txt|html|eml (default txt); json is the summary of --send. */
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
  /** Seconds, checked by the CLI (src/cli/option-bounds.ts). */
  smtpTimeout?: number;
  /** --resend-unknown: send again the messages a run left pending (maybe delivered). */
  resendUnknown?: boolean;
  /** --templates DIR: user templates overriding built-ins. */
  templates?: string;
  /** Values from care.config.json. */
  config?: { locale?: string; from?: string; smtpUrl?: string; templates?: string };
}



const FORMATS: readonly EmailFormat[] = ['txt', 'html', 'eml'];


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
export function planDelivery(io: Io, options: DeliveryOptions): DeliveryPlan {
  const locale = pickLocale(options.locale ?? options.config?.locale);
  const summaryJson = options.format === 'json';
  if (summaryJson && options.send !== true) {
    throw new UsageError('CARE_BAD_FORMAT', '--format json is the summary of --send', { hint: 'render messages as --format txt, html or eml', say: say('error.jsonIsSendSummary'), hintSay: say('hint.renderFormats') });
  }
  const format = summaryJson ? 'eml' : pickFormat(options.format);
  const sending = options.send === true ? checkSendPreconditions(io, options) : undefined;
  const html = format !== 'txt' || sending !== undefined;
  return sending === undefined ? { locale, format, html, summaryJson } : { locale, format, html, sending, summaryJson };
}

/** The built-in templates with --templates DIR (or the config's folder) over them. */
export async function loadEmailCatalog(io: Io, options: Pick<DeliveryOptions, 'templates' | 'config'>): Promise<Catalog> {
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
  options: DeliveryOptions, deps: EmailDeps = {}, label: (line: number) => string = (line) => `line ${line}`,
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
      say: say('error.messagesNotRendered', { failed: failures.length, count: total }),
      hintSay: say('hint.fixRowsRunAgain'),
    });
  }
}

function pickLocale(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (isLocale(value)) return value;
  throw new UsageError('CARE_BAD_LOCALE', `unknown locale "${value}"`, { hint: 'use --locale en, ru or bg', say: say('error.unknownLocale', { value }), hintSay: say('hint.locales') });
}

function pickFormat(value: string | undefined): EmailFormat {
  if (value === undefined) return 'txt';
  if ((FORMATS as readonly string[]).includes(value)) return value as EmailFormat;
  throw new UsageError('CARE_BAD_FORMAT', `unknown email format "${value}"`, { hint: 'use --format txt, html or eml', say: say('error.unknownEmailFormat', { value }), hintSay: say('hint.emailFormats') });
}


// Checked before any rendering: a cron job without --yes fails at once with a clear hint.
function checkSendPreconditions(io: Io, options: DeliveryOptions): SendSettings {
  const smtpUrl = options.smtpUrl ?? io.env.CARE_SMTP_URL ?? options.config?.smtpUrl;
  if (smtpUrl === undefined || smtpUrl.trim() === '') {
    throw new UsageError('CARE_NO_SMTP', '--send needs an SMTP server', {
      hint: 'set CARE_SMTP_URL=smtp://user:password@host:587 (or smtpUrl in care.config.json)',
      say: say('error.sendNeedsSmtp'),
      hintSay: say('hint.setSmtpUrl'),
    });
  }
  const from = options.from ?? options.config?.from;
  if (from === undefined) {
    throw new UsageError('CARE_NO_FROM', '--send needs a sender address', { hint: 'add --from "Care team <care@example.com>"', say: say('error.sendNeedsFrom'), hintSay: say('hint.addFrom') });
  }
  if (options.yes !== true && !(io.isTTY.stdin && io.isTTY.stderr)) {
    throw new UsageError('CARE_CONFIRM_NEEDED', 'refusing to send without confirmation: no terminal to ask on', {
      hint: 'add --yes to send from scripts and cron jobs',
      say: say('error.noConfirmation'),
      hintSay: say('hint.addYes'),
    });
  }
  smtpConnectionOptions(smtpUrl); // a URL that cannot work is exit 2 now, not after rendering
  return { smtpUrl, from, timeoutMs: options.smtpTimeout === undefined ? DEFAULT_SMTP_TIMEOUT_MS : Math.round(options.smtpTimeout * 1000) };
}


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
  const english = `wrote ${items.length} ${items.length === 1 ? 'message' : 'messages'} to ${outDir}`;
  io.stderr.write(`care: ${sayOr(io.lang, english, say('notice.wroteMessages', { count: items.length, dir: outDir }))}\n`);
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
export function sendLogPath(cwd: string, options: Pick<DeliveryOptions, 'sendLog' | 'outDir'>): string {
  if (options.sendLog !== undefined) return path.resolve(cwd, options.sendLog);
  if (options.outDir !== undefined) {
    const outDir = path.resolve(cwd, options.outDir);
    return path.join(path.dirname(outDir), `${path.basename(outDir)}.send-log.jsonl`);
  }
  return path.join(cwd, 'care-send-log.jsonl');
}

/** Without a prompt implementation (library use), asking is a usage error like on a non-terminal. */
export function noPrompts(): Prompts {
  const refuse = (): never => {
    throw new UsageError('CARE_NO_PROMPT', 'cannot ask: no terminal prompts in this context', { hint: 'pass the values with --set, or --yes to send', say: say('error.cannotAsk'), hintSay: say('hint.setOrYes') });
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
