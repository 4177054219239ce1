/**
 * The step care nps and care report --survey start with: read the survey export (with --rejects
 * written as it goes), tell the user on stderr what was skipped, find the --by column, and settle
 * --as-of; then the figures (metrics/nps-survey.ts). Also the report's NPS section from them.
 */
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { normalizeHeader } from '../ingest/headers.js';
import { openSource } from '../ingest/source.js';
import { type SurveyTable, readSurvey } from '../ingest/survey.js';
import type { Io } from '../io/types.js';
import { type JoinedOrders, type NpsComputation, computeNps } from '../metrics/nps-survey.js';
import { type NpsReportSection, buildNpsReportSection } from '../report/nps-report-section.js';
import type { PeriodKind } from '../time/periods.js';
import { type DataOptions, readOptionsFor } from './data-options.js';
import { openRejectsFile, reportSkipped } from './load-orders.js';

export type { JoinedOrders, NpsReportSection };

/** The options that shape what is read from a survey and computed. */
export interface SurveyOptions extends DataOptions {
  period?: PeriodKind;
  /** A column of the survey to segment by (its header, or a survey field name such as `segment`). */
  by?: string;
}

/** Reads the survey (joined to `orders` when given) and computes every NPS figure the options ask for. */
export async function loadNps(io: Io, file: string, options: SurveyOptions, config: CareConfig, orders?: JoinedOrders): Promise<NpsComputation> {
  const table = await readSurveyFile(io, file, options, config);
  const by = options.by === undefined ? undefined : { name: options.by, index: columnIndex(table, options.by) };
  return computeNps(file, table, { asOf: options.asOf, period: options.period, by }, orders);
}

/**
 * The NPS section of `care report --survey FILE`. The report's own orders (when given) are joined
 * for the value tiers. Only the survey-neutral options apply: --strict, --as-of, --period; the
 * report's --map, --rejects and --out belong to its orders file and are not used here.
 */
export async function npsReportSection(
  io: Io,
  survey: string,
  config: CareConfig,
  options: Pick<SurveyOptions, 'strict' | 'asOf' | 'period' | 'by'> = {},
  orders?: JoinedOrders,
): Promise<NpsReportSection> {
  const result = await loadNps(io, survey, { strict: options.strict, asOf: options.asOf, period: options.period, by: options.by }, config, orders);
  return buildNpsReportSection(result, io.color);
}

async function readSurveyFile(io: Io, file: string, options: SurveyOptions, config: CareConfig): Promise<SurveyTable> {
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  let table: SurveyTable;
  try {
    table = await readSurvey(openSource(io, file), {
      ...readOptionsFor('survey', options, config),
      onReject: rejects?.add,
      alsoRequired: options.period === undefined ? [] : ['date'],
    });
    rejects?.commit();
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
  reportSkipped(io, file, table.ingest.skipped, (table.ingest['firstLine'] ?? {}) as Record<string, number>);
  return table;
}

/** The header index of --by: the header as written, folded, or the column a survey field was read from. */
function columnIndex(table: SurveyTable, by: string): number {
  let index = table.headers.indexOf(by);
  if (index === -1) index = table.headers.map(normalizeHeader).indexOf(normalizeHeader(by));
  if (index === -1) index = table.mapping[by] ?? -1;
  if (index === -1) {
    throw new UsageError('CARE_UNKNOWN_HEADER', `--by ${by}: the survey has no such column`, {
      file: table.source,
      hint: `its headers are: ${table.headers.join(', ')}`,
      say: say('error.bySurveyNoColumn', { column: by }),
      hintSay: say('hint.itsHeaders', { headers: table.headers.join(', ') }),
    });
  }
  return index;
}
