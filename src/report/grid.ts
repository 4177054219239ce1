/**
 * A table of results, independent of how it is shown: the commands build grids, the renderers
 * turn them into a terminal table, CSV or Markdown. Cells keep raw values (numbers stay numbers
 * for CSV) and a formatter for the text forms.
 */
import { type MessageRef, sayIn } from '../i18n/index.js';
import type { Locale } from '../locale.js';

export type Align = 'left' | 'right';

/**
 * A title, column label or note of a table. A message (src/i18n) is said in the run's language
 * (`--lang`, docs/messages.md); a string is shown as written: data (a cohort's name, a status)
 * or text no catalog holds.
 */
export type GridText = string | MessageRef;

/** A grid text in a language (English when the run has none). */
export function gridText(text: GridText, lang: Locale | undefined): string {
  return typeof text === 'string' ? text : sayIn(lang ?? 'en', text);
}
export type CellValue = string | number | boolean | null;

export interface GridColumn {
  key: string;
  label: GridText;
  align?: Align;
  /** Text for table and Markdown (the row at hand for cells that depend on another, such as money on its currency); CSV writes the raw value. */
  format?: (value: CellValue, row: Readonly<Record<string, CellValue>>) => string;
  /** A 0–1 value to shade the cell by (heat map), when the terminal has colour. */
  shade?: (value: CellValue) => number | undefined;
  /**
   * The cells carry their own colour codes, and the data in them is already escaped
   * (escapeControls): the terminal renderer leaves them as they are. Without it, the renderer
   * escapes every control character of a cell.
   */
  styled?: boolean;
}

export interface Grid {
  title?: GridText;
  columns: GridColumn[];
  rows: Record<string, CellValue>[];
  /** Lines shown under the table (notes, definitions). */
  notes?: GridText[];
}

/** The text of a cell as tables show it. */
export function cellText(column: GridColumn, value: CellValue | undefined, row: Readonly<Record<string, CellValue>> = {}): string {
  if (value === undefined || value === null) return column.format ? column.format(null, row) : '';
  return column.format ? column.format(value, row) : String(value);
}
