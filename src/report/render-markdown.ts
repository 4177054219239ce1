/** Grids as GitHub-flavoured Markdown tables. */
import type { Locale } from '../locale.js';
import { type Grid, cellText, gridText } from './grid.js';

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A grid as Markdown; titles, labels and notes that are messages in `lang` (English when absent). */
export function renderMarkdown(grid: Grid, lang?: Locale): string {
  const lines: string[] = [];
  if (grid.title) lines.push(`## ${gridText(grid.title, lang)}`, '');
  lines.push(`| ${grid.columns.map((column) => escapeCell(gridText(column.label, lang))).join(' | ')} |`);
  lines.push(`|${grid.columns.map((column) => (column.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of grid.rows) lines.push(`| ${grid.columns.map((column) => escapeCell(cellText(column, row[column.key] ?? null, row))).join(' | ')} |`);
  for (const note of grid.notes ?? []) lines.push('', gridText(note, lang));
  return lines.join('\n') + '\n';
}
