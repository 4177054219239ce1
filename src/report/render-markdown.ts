/** Grids as GitHub-flavoured Markdown tables. */
import { type Grid, cellText } from './grid.js';

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function renderMarkdown(grid: Grid): string {
  const lines: string[] = [];
  if (grid.title) lines.push(`## ${grid.title}`, '');
  lines.push(`| ${grid.columns.map((column) => escapeCell(column.label)).join(' | ')} |`);
  lines.push(`|${grid.columns.map((column) => (column.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of grid.rows) lines.push(`| ${grid.columns.map((column) => escapeCell(cellText(column, row[column.key] ?? null, row))).join(' | ')} |`);
  for (const note of grid.notes ?? []) lines.push('', note);
  return lines.join('\n') + '\n';
}
