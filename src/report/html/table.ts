/**
 * Tables of the page: the numbers under every chart, and the cohort heat map (a table whose cells
 * are shaded by rate). Rows and cells carry data-row / data-col attributes with the JSON keys, so
 * a test or a script can find a number without relying on the label text of a locale.
 */
import { type Html, type HtmlPart, html } from './escape.js';
import { mixColor } from './svg.js';

export interface TableColumn {
  key: string;
  label: HtmlPart;
  /** Right-aligned, tabular numerals. */
  numeric?: boolean;
}

/** A cell with its own shading or class (heat map). */
export interface StyledCell {
  content: HtmlPart;
  background?: string;
  color?: string;
  className?: string;
  title?: string;
}

export interface TableRow {
  key: string;
  cells: Record<string, HtmlPart | StyledCell>;
  className?: string;
}

const isStyled = (cell: HtmlPart | StyledCell): cell is StyledCell => typeof cell === 'object' && cell !== null && !Array.isArray(cell) && 'content' in cell;

/** A table whose first column heads each row. */
export function dataTable(spec: { columns: readonly TableColumn[]; rows: readonly TableRow[]; caption?: HtmlPart; className?: string; id?: string }): Html {
  const head = spec.columns.map((column) => html`<th scope="col"${column.numeric ? html` class="num"` : ''}>${column.label}</th>`);
  const body = spec.rows.map((row) => {
    const cells = spec.columns.map((column, index) => cell(column, row.cells[column.key] ?? '', index === 0));
    return html`<tr data-row="${row.key}"${row.className ? html` class="${row.className}"` : ''}>${cells}</tr>`;
  });
  const caption = spec.caption ? html`<caption>${spec.caption}</caption>` : '';
  const table = html`<table${spec.id ? html` id="${spec.id}"` : ''} class="${spec.className ?? 'numbers'}">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  // Wide tables scroll on their own instead of widening the page.
  return html`<div class="table-wrap">${table}</div>`;
}

function cell(column: TableColumn, value: HtmlPart | StyledCell, rowHeader: boolean): Html {
  const styled = isStyled(value) ? value : { content: value };
  const classes = [column.numeric ? 'num' : '', styled.className ?? ''].filter(Boolean).join(' ');
  const style = [styled.background ? `background:${styled.background}` : '', styled.color ? `color:${styled.color}` : ''].filter(Boolean).join(';');
  const attributes = html`${rowHeader ? html` scope="row"` : ''} data-col="${column.key}"${classes ? html` class="${classes}"` : ''}${style ? html` style="${style}"` : ''}${styled.title ? html` title="${styled.title}"` : ''}`;
  return rowHeader ? html`<th${attributes}>${styled.content}</th>` : html`<td${attributes}>${styled.content}</td>`;
}

/**
 * A table folded under a summary line: opened on screen when asked, printed in full — unless
 * `screenOnly` (a table too wide for a printed page; the chart above it is printed).
 */
export function foldedTable(summary: HtmlPart, table: Html, options: { screenOnly?: boolean } = {}): Html {
  return html`<details class="numbers-fold${options.screenOnly ? html` screen-only` : ''}"><summary>${summary}</summary>${table}</details>`;
}

const HEAT_LOW = '#f3f6f9';
const HEAT_HIGH = '#1f5a85';

/**
 * Heat-map shading of a 0–1 rate. Rates are scaled to `top` (the largest rate after the first
 * period, which is 100% by definition) so that a 20% repeat rate is not as pale as nothing; the
 * text turns white on dark cells to stay readable.
 */
export function heatShade(rate: number, top: number): { background: string; color: string } {
  const t = top > 0 ? Math.min(1, rate / top) : 0;
  // A square root spreads the low rates, where most cohort cells are, across more of the ramp.
  const shade = Math.sqrt(t);
  return { background: mixColor(HEAT_LOW, HEAT_HIGH, shade), color: shade > 0.62 ? '#ffffff' : '#1f2933' };
}
