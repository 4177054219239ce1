/**
 * care sla TICKETS: how fast the team answered and resolved, against the targets, from a
 * help-desk ticket export (docs/definitions.md, "SLA"). Reads the tickets (src/ingest/tickets.ts),
 * measures them (src/metrics/sla.ts) in calendar or business time (src/time/business-time.ts),
 * and prints the summary and the breaches (src/report/sla-render.ts).
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { type SlaHistoryFile, type SlaHistoryPeriod, readSlaHistoryFile, recordSlaHistory, slaHistoryRows } from '../io/sla-history-file.js';
import type { Io } from '../io/types.js';
import type { SlaResult } from '../report/sla-contract.js';
import { renderSla } from '../report/sla-render.js';
import { emit, guardOutputs } from './output.js';
import { enforceThresholds, lockNotice, tellHistory } from './weekly.js';
import { type SlaOptions, measureExport, parseSlaThresholds } from './load-tickets.js';

export type { SlaOptions };

/** care sla: reads, measures, prints; then records --history and checks --fail-if (exit 4), after the output. */
export async function runSla(io: Io, ticketsFile: string, options: SlaOptions): Promise<void> {
  guardOutputs(io, { input: ticketsFile, '--targets': options.targets, '--holidays': options.holidays }, { '--out': options.out, '--rejects': options.rejects, '--history': options.history }, options.config);
  // Checked before the export is read, so a mistyped cron line fails fast and changes nothing.
  const thresholds = parseSlaThresholds(options.failIf);
  for (const [given, option] of [[options.compare, '--compare'], [options.history, '--history']] as const) {
    if (given && options.period === undefined) throw new UsageError('CARE_BAD_OPTION', `${option} needs --period week or month`, { hint: `for example --period week ${option}${option === '--history' ? ' sla-history.csv' : ''}`, say: say('error.needsPeriod', { option }), hintSay: say('hint.forExample', { flag: '--period week', example: `${option}${option === '--history' ? ' sla-history.csv' : ''}` }) });
  }
  const history = options.history === undefined ? undefined : readSlaHistoryFile(path.resolve(io.cwd, options.history));
  const { result, completed } = await measureExport(io, ticketsFile, options, thresholds, history !== undefined);
  emit(io, renderSla(result, options.format === 'html' ? 'html' : options.format, { breaches: options.breaches, color: io.color, lang: io.lang }), options.out);
  if (history !== undefined) recordRun(io, history, result, completed ?? []);
  if (result.thresholds !== undefined) enforceThresholds(io, result.thresholds);
}

/** After the output: the completed periods into the history, and one line on stderr saying what changed. */
function recordRun(io: Io, history: SlaHistoryFile, result: SlaResult, periods: SlaHistoryPeriod[]): void {
  const time = result.time.kind === 'calendar' ? 'calendar' : `${result.time.hours} ${result.time.timeZone}${result.time.holidays > 0 ? ` ${result.time.holidays} holidays` : ''}`;
  const merge = recordSlaHistory(history, slaHistoryRows(periods, result.period!, time, result.asOf), { notice: lockNotice(io) });
  tellHistory(io, history.file, merge);
}
