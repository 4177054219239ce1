/**
 * Inline suppression (docs/definitions.md, "Inline suppression"): `care-lint-disable RULE[,RULE]`
 * switches rules off for the rest of the draft, `care-lint-enable RULE` on again,
 * `care-lint-disable-next-line RULE` for the next line only. A directive is written in any comment
 * a draft can hold: a line of its own (bare, or after `#` or `//`), `<!-- … -->` in HTML or
 * Markdown, `{{!-- … --}}` or `{{! … }}` in a Handlebars template. Text after ` -- ` is the reason.
 *
 * The directives are blanked before the draft is checked (white space of the same length, so every
 * other line and column stays where it was): they are not part of the reply. A directive that
 * names no rule of the set, or is misspelt, is a warning finding of its own, so a typo does not
 * silently switch nothing off.
 *
 * Reading is linear in the text: one indexOf per directive and per comment closer, no regular
 * expression over the draft.
 */
import { DIRECTIVE_KINDS, type DirectiveKind } from './types.js';

/** What every directive starts with. */
export const DIRECTIVE_MARK = 'care-lint-';
const MARK = DIRECTIVE_MARK;

/** One directive, with its 0-based line and the rule names with their offsets in that line. */
export interface Directive {
  kind: DirectiveKind;
  line: number;
  rules: { name: string; start: number }[];
  justification?: string;
}

/** A directive care cannot read: its place and what is wrong. */
export interface DirectiveProblem {
  line: number;
  start: number;
  end: number;
  text: string;
  message: string;
}

/** The draft with its directives blanked, the directives in text order, and what could not be read. */
export interface ReadDirectives {
  lines: string[];
  directives: Directive[];
  problems: DirectiveProblem[];
}

/** The comment forms, by the opener just before the directive; the longest opener first. */
const OPENERS = [
  { open: '{{!--', close: '--}}' },
  { open: '<!--', close: '-->' },
  { open: '{{!', close: '}}' },
] as const;

/** Markers a directive on a line of its own may follow (plain-text drafts have no comment syntax). */
const LINE_PREFIXES = ['', '#', '//'];

/** Reads and blanks the directives of a draft cut into lines (the lines are changed in place). */
export function readDirectives(lines: string[]): ReadDirectives {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  lines.forEach((line, index) => {
    if (!line.includes(MARK)) return;
    let text = line;
    let from = 0;
    for (let at = text.indexOf(MARK, from); at >= 0; at = text.indexOf(MARK, from)) {
      const comment = enclosing(text, at);
      if (comment === undefined) {
        from = at + MARK.length;
        continue;
      }
      // No closer after this one: none after a later directive either, so the line is done.
      if (comment.closeAt < 0) break;
      readBody(text.slice(at, comment.closeAt), index, at, directives, problems);
      const end = comment.closeAt + comment.closeLength;
      text = `${text.slice(0, comment.start)}${' '.repeat(end - comment.start)}${text.slice(end)}`;
      from = end;
    }
    lines[index] = text;
  });
  return { lines, directives, problems };
}

/** The comment around a directive starting at `at`: where it starts, where its closer is (-1: none). */
function enclosing(line: string, at: number): { start: number; closeAt: number; closeLength: number } | undefined {
  let before = at;
  while (before > 0 && (line.charCodeAt(before - 1) === 0x20 || line.charCodeAt(before - 1) === 0x09)) before -= 1;
  for (const { open, close } of OPENERS) {
    if (before >= open.length && line.startsWith(open, before - open.length)) {
      return { start: before - open.length, closeAt: line.indexOf(close, at), closeLength: close.length };
    }
  }
  if (LINE_PREFIXES.includes(line.slice(0, before).trim())) return { start: 0, closeAt: line.length, closeLength: 0 };
  return undefined;
}

/** Reads `care-lint-KIND RULE, RULE -- reason` (the comment's closer cut off). */
function readBody(body: string, line: number, at: number, directives: Directive[], problems: DirectiveProblem[]): void {
  const head = /^care-lint-[a-z-]*/.exec(body)?.[0] ?? MARK;
  const kind = head.slice(MARK.length);
  if (!(DIRECTIVE_KINDS as readonly string[]).includes(kind)) {
    problems.push({ line, start: at, end: at + head.length, text: head, message: `"${head}" is not a directive (care-lint-disable, care-lint-disable-next-line, care-lint-enable); nothing is switched off by it.` });
    return;
  }
  const rest = body.slice(head.length);
  const reasonAt = rest.search(/\s--(?:\s|$)/);
  const names = reasonAt < 0 ? rest : rest.slice(0, reasonAt);
  const rules: { name: string; start: number }[] = [];
  const word = /[^\s,]+/g;
  for (let match = word.exec(names); match !== null; match = word.exec(names)) rules.push({ name: match[0], start: at + head.length + match.index });
  if (rules.length === 0) {
    problems.push({ line, start: at, end: at + head.length, text: head, message: `${head} names no rule; name the rules it is for (care-lint-disable RULE, RULE).` });
    return;
  }
  const directive: Directive = { kind: kind as DirectiveKind, line, rules };
  const justification = reasonAt < 0 ? '' : rest.slice(reasonAt).replace(/^\s--\s*/, '').trim();
  if (justification !== '') directive.justification = justification;
  directives.push(directive);
}

/** The lines (0-based, half-open) each rule is switched off on, and the directive that did it. */
export interface OffRange {
  from: number;
  to: number;
  directive: Directive;
}

/** The ranges each named rule is off for, from the directives in text order. */
export function offRanges(directives: readonly Directive[]): Map<string, OffRange[]> {
  const ranges = new Map<string, OffRange[]>();
  const open = new Map<string, OffRange>();
  const add = (name: string, range: OffRange): void => {
    const list = ranges.get(name) ?? [];
    list.push(range);
    ranges.set(name, list);
  };
  for (const directive of directives) {
    for (const { name } of directive.rules) {
      if (directive.kind === 'disable-next-line') add(name, { from: directive.line + 1, to: directive.line + 2, directive });
      else if (directive.kind === 'disable') {
        if (!open.has(name)) {
          const range = { from: directive.line, to: Number.POSITIVE_INFINITY, directive };
          open.set(name, range);
          add(name, range);
        }
      } else {
        const range = open.get(name);
        if (range !== undefined) range.to = directive.line;
        open.delete(name);
      }
    }
  }
  return ranges;
}

/** The range that switches a rule off on a 0-based line, if any. */
export function offAt(ranges: ReadonlyMap<string, readonly OffRange[]>, rule: string, line: number): OffRange | undefined {
  return ranges.get(rule)?.find((range) => range.from <= line && line < range.to);
}
