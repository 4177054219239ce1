/**
 * A table of results, independent of how it is shown: the commands build grids, the renderers
 * turn them into a terminal table, CSV or Markdown. Cells keep raw values (numbers stay numbers
 * for CSV) and a formatter for the text forms.
 */

export type Align = 'left' | 'right';
export type CellValue = string | number | boolean | null;

export interface GridColumn {
  key: string;
  label: string;
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
  title?: string;
  columns: GridColumn[];
  rows: Record<string, CellValue>[];
  /** Lines shown under the table (notes, definitions). */
  notes?: string[];
}

/** The text of a cell as tables show it. */
export function cellText(column: GridColumn, value: CellValue | undefined, row: Readonly<Record<string, CellValue>> = {}): string {
  if (value === undefined || value === null) return column.format ? column.format(null, row) : '';
  return column.format ? column.format(value, row) : String(value);
}
