/**
 * HTML escaping for the report page. Markup is built with the `html` tag, which escapes every
 * interpolated value unless it is already markup (an `Html`): a customer name, a period label or
 * a file name from the data can never open a tag or an attribute, and forgetting to escape a
 * value is not possible by construction.
 */

/** A piece of markup that is already safe to put in a page as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What `html` accepts between its markup: text (escaped), numbers, markup, nothing, or lists of these. */
export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value (also inside inline SVG). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Tagged template: the literal parts are markup, every value is escaped (see `HtmlPart`). */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += partText(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Markup from a trusted constant (CSS, a fixed fragment): never pass data through this. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins parts into one piece of markup, escaping the text among them. */
export function joinHtml(parts: readonly HtmlPart[], separator = ''): Html {
  return new Html(parts.map(partText).filter((text) => text !== '').join(separator));
}

function partText(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (typeof part === 'number') return Number.isFinite(part) ? String(part) : '';
  if (typeof part === 'string') return escapeHtml(part);
  return part.map(partText).join('');
}
