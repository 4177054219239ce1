/**
 * care inspect's table and Markdown output (the JSON is the InspectResult itself,
 * docs/contracts.md): what was detected, the columns and why, status values, rejected rows, the
 * first rows, then warnings, what is missing and the line to copy.
 */
import { isMessageKey, knownDetail, knownNote, knownProfileReason, type MessageKey, type MessageRef, type Params, say, sayIn, sayOr, translate } from '../i18n/index.js';
import { mapOption } from '../ingest/describe.js';
import type { InspectJson, InspectResult } from '../ingest/inspect-result.js';
import type { Locale } from '../locale.js';
import { formatMajor } from '../money/index.js';
import { formatInteger } from './format.js';
import type { Grid, GridText } from './grid.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

/** Why a column was read as its field (a cell). */
const WHY_TEXT: Record<string, MessageKey> = {
  '--map': 'table.inspect.why.map',
  config: 'table.inspect.why.config',
  profile: 'table.inspect.why.profile',
  synonym: 'table.inspect.why.synonym',
  fallback: 'table.inspect.why.fallback',
  question: 'table.inspect.why.question',
};

/** The rows of the Detected table that name a count (ingest's keys; another key is shown as itself). */
const COUNT_TEXT: Record<string, MessageKey> = {
  rows: 'table.inspect.count.rows',
  records: 'table.inspect.count.records',
  orders: 'table.inspect.count.orders',
  customers: 'table.inspect.count.customers',
  excludedOrders: 'table.inspect.count.excludedOrders',
  excludedRows: 'table.inspect.count.excludedRows',
  creditOrders: 'table.inspect.count.creditOrders',
};

/** The delimiters as ingest names them (inspect-figures.ts), said in the table's language. */
const DELIMITER_TEXT: Record<string, MessageKey> = {
  'comma (,)': 'table.inspect.delimiter.comma',
  'semicolon (;)': 'table.inspect.delimiter.semicolon',
  tab: 'table.inspect.delimiter.tab',
  'pipe (|)': 'table.inspect.delimiter.pipe',
};

/** What a status value means (StatusMeaning, src/ingest/profiles/types.ts), said in the table's language. */
const MEANING_TEXT: Record<string, MessageKey> = {
  completed: 'inspect.meaning.completed',
  excluded: 'inspect.meaning.excluded',
  refunded: 'inspect.meaning.refunded',
  pending: 'inspect.meaning.pending',
  unknown: 'inspect.meaning.unknown',
};

/** The date shapes the readers name in words (describe.ts, order-aggregator.ts); D.M.Y, Y/M/D, YYYYMMDD… are notation and stay. */
const DATE_SHAPE_TEXT: Record<string, MessageKey> = {
  'ISO date': 'inspect.dates.iso',
  'ISO date-time': 'inspect.dates.isoDateTime',
  'month name': 'inspect.dates.monthName',
  'with month names': 'inspect.dates.monthNames',
  'slashed (D/M/Y or M/D/Y)': 'inspect.dates.slashed',
  none: 'inspect.dates.none',
};

/** The inspect result in the format asked for: JSON as it is, Markdown, else the table (csv too); titles, labels and framing in `lang`. */
export function renderInspect(result: InspectResult, options: { format?: string }, color: boolean, lang?: Locale): string {
  if (options.format === 'json') return renderJson(withSchema('inspect', inspectJson(result)));
  const render = (grid: Grid) => (options.format === 'md' ? renderMarkdown(grid, lang) : renderTable(grid, { color, lang }));
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params);
  const known = (table: Record<string, MessageKey>, value: string): string => (table[value] === undefined ? value : t(table[value]));
  // The readers' own words: said in `lang` when the reader gave a catalog message or its shape is known, else as written.
  const said = (english: string, ref: MessageRef | undefined): string => sayOr(lang, english, ref);
  const counts = result.counts;
  const profile = result.profile;
  const kindText = t(result.kindHow === 'given' ? 'table.inspect.kindGiven' : result.kindHow === 'profile' ? 'table.inspect.kindOfProfile' : 'table.inspect.kindAssumed', { kind: result.kind });
  const reason = said(profile.reason, knownProfileReason(profile.reason));
  const profileText = profile.name === null
    ? t('table.inspect.noProfile', { reason })
    : t(profile.how === 'forced' ? 'table.inspect.profileForced' : 'table.inspect.profile', { name: profile.name, title: profile.title ?? '', reason });
  const detected: Grid = {
    title: say('table.inspect.title', { file: result.file, kind: result.kind }),
    columns: [
      { key: 'what', label: say('table.inspect.detected') },
      { key: 'value', label: say('table.inspect.value') },
    ],
    rows: [
      { what: t('table.inspect.row.profile'), value: profileText },
      { what: t('table.inspect.row.kind'), value: kindText },
      { what: t('table.inspect.row.encoding'), value: result.bom ? t('table.inspect.withBom', { encoding: result.encoding }) : result.encoding },
      { what: t('table.inspect.row.delimiter'), value: known(DELIMITER_TEXT, result.delimiter) },
      { what: t('table.inspect.row.lineEnds'), value: result.newline },
      ...(result.dateFormat === undefined ? [] : [{ what: t('table.inspect.row.dates'), value: result.dateFormat.split(', ').map((shape) => known(DATE_SHAPE_TEXT, shape)).join(', ') }]),
      ...(result.decimalComma === undefined ? [] : [{ what: t('table.inspect.row.numbers'), value: t(result.decimalComma ? 'table.inspect.decimalComma' : 'table.inspect.decimalPoint') }]),
      ...(result.currency ? [{ what: t('table.inspect.row.currency'), value: result.currency }] : []),
      ...Object.entries(counts)
        .filter(([key]) => key !== 'skipped')
        .map(([key, value]) => ({ what: known(COUNT_TEXT, key), value: formatInteger(value as number) })),
      ...(result.netRevenue === undefined ? [] : [{ what: t('table.inspect.row.netRevenue'), value: formatMajor(result.netRevenue, result.currency) }]),
      ...(result.firstDate === undefined ? [] : [{ what: t('table.inspect.row.datesSpan'), value: `${result.firstDate} … ${result.lastDate}` }]),
    ],
    notes: [...(result.kindHint === undefined ? [] : [said(result.kindHint, result.kindHintSay)]), ...(profile.notes ?? []).map((note) => `${profile.name}: ${note}`)],
  };
  const headers: Grid = {
    title: say('table.inspect.columns'),
    columns: [
      { key: 'header', label: say('table.inspect.header') },
      { key: 'field', label: say('table.inspect.readAs') },
      { key: 'why', label: say('table.inspect.why') },
    ],
    rows: result.headers.map(({ header, field, why, unitFolded }) => ({
      header,
      field: field ?? t('table.inspect.notUsed'),
      why: why === null ? '' : unitFolded === undefined ? known(WHY_TEXT, why) : t('table.inspect.unitFolded', { why: known(WHY_TEXT, why), unit: unitFolded }),
    })),
    notes: result.candidates.map(({ field, taken, others }): GridText => say('table.inspect.candidates', { field, taken, others: others.map((other) => `"${other}"`).join(', '), option: mapOption(field, others[0]!) })),
  };
  const grids = [detected, headers];
  if (result.statuses !== undefined) {
    grids.push({
      title: say('table.inspect.statuses'),
      columns: [
        { key: 'value', label: say('table.inspect.value') },
        { key: 'meaning', label: say('table.inspect.means') },
        { key: 'rows', label: say('table.inspect.rows'), align: 'right' },
      ],
      rows: Object.entries(result.statuses).map(([value, { meaning, rows }]) => ({ value, meaning: known(MEANING_TEXT, meaning), rows: formatInteger(rows) })),
      notes:
        result.kind === 'complaints'
          ? [say('table.inspect.ticketStatuses')]
          : Object.values(result.statuses).some((status) => status.meaning === 'unknown')
            ? [say('table.inspect.unknownStatuses')]
            : undefined,
    });
  }
  const rejected = Object.entries(result.rejects);
  if (rejected.length > 0) {
    grids.push({
      title: say('table.inspect.rejected'),
      columns: [
        { key: 'reason', label: say('table.inspect.reason') },
        { key: 'rows', label: say('table.inspect.rows'), align: 'right' },
        { key: 'first', label: say('table.inspect.first'), align: 'right' },
        { key: 'detail', label: say('table.inspect.firstOne') },
      ],
      rows: rejected.map(([code, reject]) => {
        const reason = isMessageKey(`reason.${code}`) ? say(`reason.${code}` as MessageKey) : undefined;
        return {
          reason: said(reject.text, reason),
          rows: formatInteger(reject.rows),
          first: t('table.inspect.line', { line: String(reject.firstLine) }),
          // A detail that is the reason itself (`no customer id`) is said as the reason.
          detail: said(reject.detail, knownDetail(reject.detail) ?? (reject.detail === reject.text ? reason : undefined)),
        };
      }),
    });
  }
  const fields = Object.keys(result.sample[0]?.values ?? {});
  grids.push({
    title: say(result.sampleAs === 'read' ? 'table.inspect.sampleRead' : 'table.inspect.sampleWritten', { count: result.sample.length }),
    columns: [{ key: 'line', label: say('table.inspect.lineColumn'), align: 'right' }, ...fields.map((field) => ({ key: field, label: field }))],
    rows: result.sample.map(({ line, values }) => ({ line, ...(result.sampleAs === 'read' ? Object.fromEntries(Object.entries(values).map(([field, value]) => [field, cellAsRead(field, value, t)])) : values) })),
  });
  const text = grids.map(render).join('\n');
  return text + renderAdvice(result, lang);
}

/** A date or money cell care could not read, `cell (unreadable)` (inspect-figures.ts showValue): the marker in the table's language. */
function cellAsRead(field: string, value: string, t: (key: MessageKey, params?: Params) => string): string {
  const marker = ' (unreadable)';
  if (!(field === 'date' || field === 'amount' || field === 'price') || !value.endsWith(marker)) return value;
  return t('inspect.unreadableCell', { cell: value.slice(0, -marker.length) });
}

/** The JSON: the result without the catalog messages it carries for the tables, its keys in the same order. */
function inspectJson(result: InspectResult): InspectJson {
  const { kindHintSay: _hint, errorSay: _error, ...json } = result;
  return { ...json, missing: result.missing.map(({ problemSay: _problem, ...entry }) => entry) };
}

/** Warnings, what is missing and the line to copy, as plain lines under the tables (the problems in ingest's words, said in the language when known). */
function renderAdvice(result: InspectResult, lang: Locale | undefined): string {
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params);
  const said = (english: string, ref: MessageRef | undefined): string => sayOr(lang, english, ref);
  const lines: string[] = [];
  for (const warning of result.warnings) lines.push(t('table.inspect.warning', { warning: said(warning, knownNote(warning)) }));
  for (const entry of result.missing) {
    const problem = said(entry.problem, entry.problemSay);
    lines.push(entry.candidates === undefined ? t('table.inspect.missing', { problem }) : t('table.inspect.missingCouldBe', { problem, candidates: entry.candidates.join(', ') }));
    // A line of its own (another command), not an option to add to the line below.
    if (entry.option === undefined && entry.suggestion !== undefined) lines.push(`  ${t('table.inspect.toReadAsSuch', { suggestion: entry.suggestion })}`);
  }
  if (result.error !== undefined && result.missing.length === 0) lines.push(t('table.inspect.cannotRead', { kind: result.kind, message: errorText(result, lang) }));
  if (result.suggestion !== undefined) lines.push('', t('table.inspect.toReadRun'), `  ${result.suggestion}`);
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}

/** Why the file could not be read, `file, line N, field "x": what`, said in `lang` as an error line is (src/cli/error-text.ts) when the reader's error has a catalog message. */
function errorText(result: InspectResult, lang: Locale | undefined): string {
  const said = result.errorSay;
  if (lang === undefined || lang === 'en' || said === undefined) return result.error!.message;
  const where = [
    said.file,
    said.line === undefined ? undefined : translate(lang, 'where.line', { line: String(said.line) }),
    said.field === undefined ? undefined : translate(lang, 'where.field', { field: said.field }),
  ].filter((part): part is string => part !== undefined);
  const what = sayIn(lang, said.what);
  return where.length > 0 ? `${where.join(', ')}: ${what}` : what;
}
