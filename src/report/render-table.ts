/**
 * Grids as terminal tables (cli-table3), with heat-map shading on colour terminals. Every text
 * from the grid — title, column labels, cells, notes — has its control characters escaped
 * (escapeControls) before any colour is added: a complaint or a header cannot drive the terminal.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { escapeControls } from '../text/escape.js';
import type { Locale } from '../locale.js';
import { type Grid, type GridColumn, type CellValue, cellText, gridText } from './grid.js';

export interface TableStyle {
  color: boolean;
  /** The language of titles, labels and notes that are messages (English when absent). */
  lang?: Locale;
}

/** Background shades from pale to deep green for 0 … 1 (256-colour terminals and better). */
const SHADES = [
  [247, 252, 245],
  [199, 233, 192],
  [161, 217, 155],
  [116, 196, 118],
  [65, 171, 93],
  [35, 139, 69],
  [0, 90, 50],
] as const;

export function renderTable(grid: Grid, style: TableStyle): string {
  const chalk = new Chalk({ level: style.color ? 2 : 0 });
  const table = new Table({
    head: grid.columns.map((column) => {
      const label = escapeControls(gridText(column.label, style.lang), { newline: true });
      return style.color ? chalk.bold(label) : label;
    }),
    colAligns: grid.columns.map((column) => column.align ?? 'left'),
    style: { head: [], border: [], compact: false },
    chars: style.color ? {} : { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of grid.rows) {
    table.push(
      grid.columns.map((column) => {
        const text = safeCellText(column, row[column.key] ?? null, row);
        const level = style.color ? column.shade?.(row[column.key] ?? null) : undefined;
        if (level === undefined) return text;
        const [r, g, b] = SHADES[Math.min(SHADES.length - 1, Math.max(0, Math.round(level * (SHADES.length - 1))))]!;
        const ink = level > 0.6 ? chalk.white : chalk.black;
        return ink.bgRgb(r, g, b)(text);
      }),
    );
  }
  const parts = [];
  if (grid.title) {
    const title = escapeControls(gridText(grid.title, style.lang), { newline: true });
    parts.push(style.color ? chalk.bold(title) : title);
  }
  parts.push(table.toString());
  for (const raw of grid.notes ?? []) {
    const note = escapeControls(gridText(raw, style.lang), { newline: true });
    parts.push(style.color ? chalk.dim(note) : note);
  }
  return parts.join('\n') + '\n';
}

/** A cell's text with its control characters escaped; a `styled` column has escaped its data itself. */
function safeCellText(column: GridColumn, value: CellValue, row: Readonly<Record<string, CellValue>>): string {
  const text = cellText(column, value, row);
  return column.styled ? text : escapeControls(text, { newline: true });
}
