/**
 * Batch rendering: one message per table row (`care email --csv`). Each row's columns become
 * variables (dotted headers nest), on top of the data shared by all rows; the template is
 * fixed or picked per row from a column (a complainer type from `care classify` picks its
 * complaint template). A bad row is reported with its line number and the rest still render.
 */
import { isCareError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Catalog } from './catalog.js';
import { getPath, mergeData, setPath } from './data.js';
import type { Locale, RenderedMessage, TemplateData } from './types.js';

/** One input row: its physical line in the file and its cells by header. */
export interface BatchRow {
  line: number;
  cells: Record<string, string>;
}

/** How to render a batch. */
export interface BatchOptions {
  catalog: Catalog;
  locale: Locale;
  html: boolean;
  /** The template for every row, or for rows whose template column is empty. */
  template?: string;
  /** The column naming each row's template (a template name or a complainer type). */
  templateColumn?: string;
  /** Data shared by every row (--data, --set); a row's non-empty cells win over it. */
  shared: TemplateData;
}

/** A rendered row. */
export interface BatchItem {
  line: number;
  message: RenderedMessage;
  data: TemplateData;
  /** From an `email` column or a customer.email variable. */
  recipient?: string;
}

/** A row that could not be rendered, and why. */
export interface BatchFailure {
  line: number;
  error: string;
}

/** The outcome of a batch: rendered messages and failed rows, in input order. */
export interface BatchResult {
  items: BatchItem[];
  failures: BatchFailure[];
}

/** Turns a row's cells into nested data; empty cells are left out so shared data can fill them. */
export function rowData(cells: Readonly<Record<string, string>>): TemplateData {
  const data: TemplateData = {};
  for (const [header, value] of Object.entries(cells)) {
    const key = header.trim();
    if (key === '' || value.trim() === '') continue;
    setPath(data, key, value);
  }
  return data;
}

/** The recipient a row's data names: an `email` column, else customer.email. */
export function recipientOf(data: TemplateData): string | undefined {
  for (const key of ['email', 'customer.email']) {
    const value = getPath(data, key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** Renders every row; failures are collected per row, never thrown. */
export async function renderBatch(rows: readonly BatchRow[], options: BatchOptions): Promise<BatchResult> {
  const result: BatchResult = { items: [], failures: [] };
  for (const row of rows) {
    try {
      const name = templateFor(row, options);
      const renderer = await options.catalog.renderer(name, options.locale);
      const data = mergeData(options.shared, rowData(row.cells));
      const message = renderer.render(data, { html: options.html });
      const recipient = recipientOf(data);
      result.items.push(recipient === undefined ? { line: row.line, message, data } : { line: row.line, message, data, recipient });
    } catch (error) {
      if (!isCareError(error)) throw error;
      const hint = error.hint === undefined ? '' : ` (${error.hint})`;
      result.failures.push({ line: row.line, error: `${error.message}${hint}` });
    }
  }
  return result;
}

function templateFor(row: BatchRow, options: BatchOptions): string {
  const column = options.templateColumn;
  const cell = column === undefined || !Object.hasOwn(row.cells, column) ? undefined : row.cells[column]?.trim();
  if (cell === undefined || cell === '') {
    if (options.template !== undefined) return options.template;
    throw new UsageError('CARE_NO_TEMPLATE', `column "${column ?? ''}" is empty`, {
      hint: `name a template there (${options.catalog.names().join(', ')}) or give one as the argument`,
      say: say('error.templateColumnEmpty', { column: column ?? '' }),
      hintSay: say('hint.nameTemplateThere', { names: options.catalog.names().join(', ') }),
    });
  }
  return options.catalog.resolveName(cell) ?? options.catalog.file(cell, options.locale).name;
}
