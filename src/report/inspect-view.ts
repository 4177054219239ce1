/**
 * care inspect's table and Markdown output (the JSON is the InspectResult itself,
 * docs/contracts.md): what was detected, the columns and why, status values, rejected rows, the
 * first rows, then warnings, what is missing and the line to copy.
 */
import { mapOption } from '../ingest/describe.js';
import type { InspectResult } from '../ingest/inspect-result.js';
import { formatMajor } from '../money/index.js';
import { formatInteger } from './format.js';
import type { Grid } from './grid.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

const WHY_TEXT: Record<string, string> = {
  '--map': '--map',
  config: 'config file',
  profile: 'profile',
  synonym: 'synonym',
  fallback: 'fallback (no better column)',
  question: 'question text',
};

/** The inspect result in the format asked for: JSON as it is, Markdown, else the table (csv too). */
export function renderInspect(result: InspectResult, options: { format?: string }, color: boolean): string {
  if (options.format === 'json') return renderJson(withSchema('inspect', result));
  const render = (grid: Grid) => (options.format === 'md' ? renderMarkdown(grid) : renderTable(grid, { color }));
  const counts = result.counts;
  const profile = result.profile;
  const kindText = result.kindHow === 'given' ? `${result.kind} (--kind)` : result.kindHow === 'profile' ? `${result.kind} (the profile's kind)` : `${result.kind} (assumed)`;
  const detected: Grid = {
    title: `${result.file} — read as ${result.kind}`,
    columns: [
      { key: 'what', label: 'Detected' },
      { key: 'value', label: 'Value' },
    ],
    rows: [
      { what: 'profile', value: profile.name === null ? `none: ${profile.reason}` : `${profile.name} (${profile.title}): ${profile.how === 'forced' ? 'forced by ' : ''}${profile.reason}` },
      { what: 'kind', value: kindText },
      { what: 'encoding', value: `${result.encoding}${result.bom ? ' (with BOM)' : ''}` },
      { what: 'delimiter', value: result.delimiter },
      { what: 'line ends', value: result.newline },
      ...(result.dateFormat === undefined ? [] : [{ what: 'dates', value: result.dateFormat }]),
      ...(result.decimalComma === undefined ? [] : [{ what: 'numbers', value: result.decimalComma ? 'decimal comma (1 234,56)' : 'decimal point (1,234.56)' }]),
      ...(result.currency ? [{ what: 'currency', value: result.currency }] : []),
      ...Object.entries(counts)
        .filter(([key]) => key !== 'skipped')
        .map(([key, value]) => ({ what: key, value: formatInteger(value as number) })),
      ...(result.netRevenue === undefined ? [] : [{ what: 'net revenue', value: formatMajor(result.netRevenue, result.currency) }]),
      ...(result.firstDate === undefined ? [] : [{ what: 'dates span', value: `${result.firstDate} … ${result.lastDate}` }]),
    ],
    notes: [...(result.kindHint === undefined ? [] : [result.kindHint]), ...(profile.notes ?? []).map((note) => `${profile.name}: ${note}`)],
  };
  const headers: Grid = {
    title: 'Columns',
    columns: [
      { key: 'header', label: 'Header' },
      { key: 'field', label: 'Read as' },
      { key: 'why', label: 'Why' },
    ],
    rows: result.headers.map(({ header, field, why, unitFolded }) => ({
      header,
      field: field ?? '(not used)',
      why: why === null ? '' : `${WHY_TEXT[why] ?? why}${unitFolded === undefined ? '' : `, unit folded (${unitFolded})`}`,
    })),
    notes: result.candidates.map(({ field, taken, others }) => `${field}: "${taken}" was taken; ${others.map((other) => `"${other}"`).join(', ')} could be it too (${mapOption(field, others[0]!)})`),
  };
  const grids = [detected, headers];
  if (result.statuses !== undefined) {
    grids.push({
      title: 'Status values',
      columns: [
        { key: 'value', label: 'Value' },
        { key: 'meaning', label: 'Means' },
        { key: 'rows', label: 'Rows', align: 'right' },
      ],
      rows: Object.entries(result.statuses).map(([value, { meaning, rows }]) => ({ value, meaning, rows: formatInteger(rows) })),
      notes:
        result.kind === 'complaints'
          ? ['a ticket is read whatever its status; the meaning is what the words say for orders and invoices']
          : Object.values(result.statuses).some((status) => status.meaning === 'unknown')
            ? ['unknown values count as completed; decide with --exclude-status VALUE or --include-status VALUE']
            : undefined,
    });
  }
  const rejected = Object.entries(result.rejects);
  if (rejected.length > 0) {
    grids.push({
      title: 'Rejected rows',
      columns: [
        { key: 'reason', label: 'Reason' },
        { key: 'rows', label: 'Rows', align: 'right' },
        { key: 'first', label: 'First', align: 'right' },
        { key: 'detail', label: 'First one' },
      ],
      rows: rejected.map(([, reject]) => ({ reason: reject.text, rows: formatInteger(reject.rows), first: `line ${reject.firstLine}`, detail: reject.detail })),
    });
  }
  const fields = Object.keys(result.sample[0]?.values ?? {});
  grids.push({
    title: `First ${result.sample.length} ${result.sample.length === 1 ? 'row' : 'rows'} as ${result.sampleAs}`,
    columns: [{ key: 'line', label: 'Line', align: 'right' }, ...fields.map((field) => ({ key: field, label: field }))],
    rows: result.sample.map(({ line, values }) => ({ line, ...values })),
  });
  const text = grids.map(render).join('\n');
  return text + renderAdvice(result);
}

/** Warnings, what is missing and the line to copy, as plain lines under the tables. */
function renderAdvice(result: InspectResult): string {
  const lines: string[] = [];
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  for (const entry of result.missing) {
    lines.push(`missing: ${entry.problem}${entry.candidates === undefined ? '' : ` (could be: ${entry.candidates.join(', ')})`}`);
    // A line of its own (another command), not an option to add to the line below.
    if (entry.option === undefined && entry.suggestion !== undefined) lines.push(`  to read it as such: ${entry.suggestion}`);
  }
  if (result.error !== undefined && result.missing.length === 0) lines.push(`cannot read it as ${result.kind}: ${result.error.message}`);
  if (result.suggestion !== undefined) lines.push('', 'to read it, run:', `  ${result.suggestion}`);
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}
