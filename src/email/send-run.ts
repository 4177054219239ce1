/**
 * The --send step of `care email` and `care remind`: the messages go out through the send log
 * (src/email/send-log.ts) and the SMTP sender (src/email/smtp.ts), and the run ends with one
 * summary line and the exit code of what happened. Contract: docs/guarantees.md, "Mail".
 */
import { CareError, InputError, UsageError } from '../errors.js';
import { type MessageRef, say, sayIn, sayOr } from '../i18n/index.js';
import type { PreparedMessage } from './outbox.js';
import { sendBatch, sendSummary, type OutgoingMessage, type SendReport } from './send.js';
import { openSendLog, type SendLog } from './send-log.js';
import { describeSmtpUrl, smtpSender } from './smtp.js';
import type { Io } from '../io/types.js';
import type { Prompts } from './prompts.js';
import type { Interrupts, Sender, SendSummaryJson } from './send.js';
import type { SmtpOptions } from './smtp.js';

/** What the command can be given instead of the real terminal and network (tests, the CLI). */
export interface EmailDeps {
  prompts?: Prompts;
  sender?: (smtpUrl: string, options: SmtpOptions) => Sender;
  /** SIGINT / SIGTERM during a --send batch (the CLI's; none in library use). */
  interrupts?: Interrupts;
  /** Receives what a --send run did, before the run's exit is decided (JSON output). */
  onSendSummary?: (summary: SendSummaryJson) => void;
}

/** Where --send delivers and as whom. */
export interface SendSettings {
  smtpUrl: string;
  from: string;
  /** Connection and greeting timeout. */
  timeoutMs: number;
}

/** What a send run is told besides the SMTP settings. */
export interface SendRunOptions {
  logFile: string;
  /** --yes: no question asked. */
  yes: boolean;
  resendUnknown: boolean;
  smtpInsecure: boolean;
}

/** The seams of a send run: the SMTP sender, signals, the summary's reader, and the question. */
export interface SendRunDeps {
  sender?: EmailDeps['sender'];
  interrupts?: EmailDeps['interrupts'];
  onSendSummary?: EmailDeps['onSendSummary'];
  confirm: (question: string) => Promise<boolean>;
}

/**
 * Sends the prepared messages that have a recipient, through the send log: lists what will go,
 * asks (unless --yes), sends, lists unknown messages and the summary, and decides the exit.
 */
export async function sendMessages(
  io: Io, items: readonly PreparedMessage[], settings: SendSettings, options: SendRunOptions, deps: SendRunDeps, labelOf: (line: number) => string,
): Promise<void> {
  const outgoing: OutgoingMessage[] = [];
  let unaddressed = 0;
  for (const item of items) {
    if (item.to === undefined || item.from === undefined || item.eml === undefined) {
      unaddressed += 1;
      const english = `${item.line === undefined ? '' : `${labelOf(item.line)}: `}no recipient; not sent (add --to or an email column)`;
      io.stderr.write(`care: ${sayOr(io.lang, english, item.line === undefined ? say('send.noRecipient') : say('send.noRecipientAt', { label: labelOf(item.line) }))}\n`);
      continue;
    }
    const label = `${item.line === undefined ? '' : `${labelOf(item.line)}, `}${item.to.address}`;
    outgoing.push({ id: item.id, from: item.from, to: item.to, raw: item.eml, label });
  }
  // Locked and proven writable before anything is asked or sent (docs/guarantees.md, "Mail").
  // The log's own notices (a damaged line, a torn tail, a stale lock taken over) in the run's language.
  const log = openSendLog(options.logFile, (line, said) => io.stderr.write(io.lang === undefined || io.lang === 'en' || said === undefined ? line : `care: ${sayIn(io.lang, said)}\n`));
  try {
    const resendUnknown = options.resendUnknown;
    const toSend = outgoing.filter((message) => {
      const state = log.stateOf(message.id);
      return state !== 'sent' && (state !== 'unknown' || resendUnknown);
    });
    announce(io, outgoing, toSend, log, settings);
    if (toSend.length > 0 && !options.yes) {
      if (!(await deps.confirm(sayOr(io.lang, `Send ${toSend.length} ${toSend.length === 1 ? 'message' : 'messages'}?`, say('send.confirm', { count: toSend.length }))))) {
        io.stderr.write(`care: ${sayOr(io.lang, 'nothing sent', say('send.nothingSent'))}\n`);
        return;
      }
    }
    const report = await runBatch(io, outgoing, settings, options, deps, log);
    deps.onSendSummary?.(sendSummary(report, log.file, unaddressed));
    finishSend(io, report, unaddressed, items.length, log.file);
  } finally {
    log.close();
  }
}

async function runBatch(io: Io, outgoing: readonly OutgoingMessage[], settings: SendSettings, options: SendRunOptions, deps: SendRunDeps, log: SendLog): Promise<SendReport> {
  const sender = (deps.sender ?? smtpSender)(settings.smtpUrl, { insecure: options.smtpInsecure, timeoutMs: settings.timeoutMs });
  let interrupted: 'SIGINT' | 'SIGTERM' | undefined;
  // A signal ends the session at once: the message in flight keeps its pending line.
  const unwatch = deps.interrupts?.watch((signal) => {
    interrupted ??= signal;
    sender.close();
  });
  try {
    return await sendBatch(outgoing, {
      sender, log, now: io.now, resendUnknown: options.resendUnknown, interrupted: () => interrupted,
      onResult: (outcome, message, error) => {
        // The server's or the network's own words ({error}) are quoted as they came.
        if (outcome === 'failed') {
          const said = say('send.notSentBecause', { label: message.label, error: error ?? say('send.unknownError') });
          io.stderr.write(`care: ${sayOr(io.lang, `${message.label}: not sent: ${error ?? 'unknown error'}`, said)}\n`);
        }
        if (outcome === 'unknown' && error !== undefined) {
          const said = say('send.noAnswer', { label: message.label, error });
          io.stderr.write(`care: ${sayOr(io.lang, `${message.label}: no answer after the message went out (${error}); it may have been delivered`, said)}\n`);
        }
      },
    });
  } finally {
    unwatch?.();
    sender.close();
  }
}

function announce(io: Io, outgoing: readonly OutgoingMessage[], toSend: readonly OutgoingMessage[], log: SendLog, settings: SendSettings): void {
  const server = describeSmtpUrl(settings.smtpUrl);
  const about = `about to send ${toSend.length} ${toSend.length === 1 ? 'message' : 'messages'} via ${server} from ${settings.from}`;
  io.stderr.write(`care: ${sayOr(io.lang, about, say('send.aboutToSend', { count: toSend.length, server, from: settings.from }))}\n`);
  for (const message of toSend.slice(0, 10)) io.stderr.write(`  ${message.label}\n`);
  if (toSend.length > 10) io.stderr.write(`  ${sayOr(io.lang, `… and ${toSend.length - 10} more`, say('send.andMore', { count: toSend.length - 10 }))}\n`);
  const already = outgoing.filter((message) => log.stateOf(message.id) === 'sent').length;
  if (already > 0) io.stderr.write(`  ${sayOr(io.lang, `${already} already sent before (in the send log): not sent again`, say('send.alreadySentBefore', { count: already }))}\n`);
  const unknown = outgoing.filter((message) => log.stateOf(message.id) === 'unknown').length - toSend.filter((message) => log.stateOf(message.id) === 'unknown').length;
  if (unknown > 0) io.stderr.write(`  ${sayOr(io.lang, `${unknown} unknown from an earlier run (maybe delivered): not sent again without --resend-unknown`, say('send.unknownEarlier', { count: unknown }))}\n`);
  io.stderr.write(`  ${sayOr(io.lang, `send log: ${log.file} (messages listed there are not sent again)`, say('send.logListed', { file: log.file }))}\n`);
}

/** The summary line, the unknown list, and the exit: 0 only when this run left nothing undone. */
function finishSend(io: Io, report: SendReport, unaddressed: number, total: number, logFile: string): void {
  const unknown = [...report.unknownBefore, ...report.unknown];
  for (const message of unknown) {
    const english = `unknown — check the mailbox: ${message.label} (Message-ID ${message.id}); --resend-unknown sends it again`;
    io.stderr.write(`care: ${sayOr(io.lang, english, say('send.checkMailbox', { label: message.label, id: message.id }))}\n`);
  }
  const summary = `sent ${report.sent.length}, already sent before ${report.skipped.length}, unknown ${unknown.length}, failed ${report.failed.length}${report.notTried.length > 0 ? `, not tried ${report.notTried.length}` : ''}`;
  const tally = { sent: report.sent.length, skipped: report.skipped.length, unknown: unknown.length, failed: report.failed.length, notTried: report.notTried.length };
  io.stderr.write(`care: ${sayOr(io.lang, summary, say(report.notTried.length > 0 ? 'send.summaryNotTried' : 'send.summary', tally))}\n`);
  const stop = report.stopped;
  const counts = `sent ${report.sent.length}, pending (unknown) ${unknown.length}, not sent ${report.failed.length + report.notTried.length}`;
  const countsSaid = say('send.counts', { sent: report.sent.length, unknown: unknown.length, notSent: report.failed.length + report.notTried.length });
  if (stop?.reason === 'signal') {
    throw new CareError('CARE_INTERRUPTED', `sending stopped by ${stop.signal}: ${counts}`, stop.signal === 'SIGINT' ? 130 : 143, {
      hint: `run the same command again to send the rest (${logFile})`,
      say: say('error.sendInterrupted', { signal: stop.signal ?? '', counts: countsSaid }), hintSay: say('hint.sendRest', { file: logFile }),
    });
  }
  if (stop?.reason === 'config') {
    const login = stop.detail.startsWith('the server refused the login');
    throw new UsageError('CARE_SMTP_REFUSED', `sending stopped: ${stop.detail}: ${counts}`, {
      hint: login
        ? 'check the user and password in the SMTP URL (CARE_SMTP_URL, --smtp-url or the config)'
        : 'use smtps:// (port 465) or a server that offers STARTTLS; --smtp-insecure sends the password in clear (trusted networks only)',
      say: say('error.sendStopped', { detail: refusalRef(stop.detail), counts: countsSaid }), hintSay: say(login ? 'hint.smtpLogin' : 'hint.smtpTls'),
    });
  }
  if (stop?.reason === 'log') {
    const cause = stop.error instanceof CareError ? stop.error : undefined;
    const causeSaid = cause === undefined ? say('send.logNotWritten') : (cause.say ?? cause.message);
    throw new CareError(cause?.code ?? 'CARE_SEND_LOG', `sending stopped: ${cause?.message ?? stop.detail}: ${counts}`, cause?.exitCode ?? 3, {
      file: logFile, hint: 'free space or fix the send log and run again; a message left pending is listed as unknown',
      say: say('error.sendStopped', { detail: causeSaid, counts: countsSaid }), hintSay: say('hint.sendLogSpace'),
    });
  }
  if (stop?.reason === 'connection') {
    const failures = /^(\d+) connection failures in a row \(last: (.*)\)$/s.exec(stop.detail);
    const detail = failures === null ? stop.detail : say('send.connectionFailures', { count: Number(failures[1]), last: failures[2]! });
    throw new InputError('CARE_SMTP_DOWN', `sending stopped after ${stop.detail}: ${counts}`, {
      hint: 'check the SMTP server and run the same command again; --smtp-timeout SECONDS sets how long to wait for it',
      say: say('error.sendStoppedAfter', { detail, counts: countsSaid }), hintSay: say('hint.smtpServerDown'),
    });
  }
  // Unknowns of an earlier run are listed above on every run but do not fail this one.
  const notSent = report.failed.length + unaddressed;
  if (notSent > 0 || report.unknown.length > 0) {
    const parts = [notSent > 0 ? `${notSent} of ${total} messages were not sent` : '', report.unknown.length > 0 ? `${report.unknown.length} may or may not have been delivered (unknown)` : ''];
    const partsSaid = [...(notSent > 0 ? [say('send.notSentOf', { count: notSent, total })] : []), ...(report.unknown.length > 0 ? [say('send.maybeDelivered', { count: report.unknown.length })] : [])];
    throw new CareError('CARE_SEND_FAILED', parts.filter((part) => part !== '').join('; '), 3, {
      hint: `run the same command again to retry the ones not sent; messages already sent or unknown are not sent again (${logFile})`,
      say: say('error.sendFailed', { parts: partsSaid }), hintSay: say('hint.sendRetry', { file: logFile }),
    });
  }
}

/** Why the server stopped the batch (src/email/smtp.ts) in the catalogs' words; the server's own text quoted as it is. */
function refusalRef(detail: string): MessageRef | string {
  const login = /^the server refused the login: (.*)$/s.exec(detail);
  if (login !== null) return say('send.loginRefused', { text: login[1]! });
  const tls = /^TLS failed: (.*?)( \(a password is only sent encrypted\))?$/s.exec(detail);
  if (tls !== null) return say(tls[2] === undefined ? 'send.tlsFailed' : 'send.tlsFailedPassword', { text: tls[1]! });
  if (detail === 'the connection is not encrypted, so the password is not sent') return say('send.notEncrypted');
  return detail;
}
