/**
 * `care lint-reply --fix` (docs/definitions.md, "--fix"): the safe replacements of a draft's
 * findings written into its text. Safe means a rule said what to write instead (a `substitute`
 * rule's swap, a rule's `fix`), the words are still where the finding says, no other fix claims
 * them, and they are not inside a template's `{{ … }}` (variables, helpers and comments are code,
 * not prose). Lines and their endings are kept: a fix changes words within one line. Pure.
 */
import type { Finding } from './types.js';

/** The text with the fixes written in, and which findings were fixed or left (with why). */
export interface FixOutcome {
  text: string;
  applied: Finding[];
  left: { finding: Finding; why: 'template' | 'overlap' | 'moved' }[];
}

interface Edit {
  finding: Finding;
  start: number;
  end: number;
}

/** Writes the replacements of the findings that carry one into the text they were found in. */
export function applyFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const { lines, breaks } = splitKeepingBreaks(text);
  const starts = lineStarts(lines, breaks);
  const templates = templateSpans(text);
  const byLine = new Map<number, Edit[]>();
  const left: FixOutcome['left'] = [];
  const fixable = findings.filter((finding) => finding.replacement !== undefined && finding.text !== undefined && finding.length > 0);
  for (const finding of fixable) {
    const line = lines[finding.line - 1] ?? '';
    const start = offsetOf(line, finding.column);
    const end = offsetOf(line, finding.column + finding.length);
    if (line.slice(start, end) !== finding.text) {
      left.push({ finding, why: 'moved' });
      continue;
    }
    const at = (starts[finding.line - 1] ?? 0) + start;
    if (templates.some((span) => span.start < at + (end - start) && at < span.end)) {
      left.push({ finding, why: 'template' });
      continue;
    }
    const edits = byLine.get(finding.line) ?? [];
    if (edits.some((edit) => edit.start < end && start < edit.end)) {
      left.push({ finding, why: 'overlap' });
      continue;
    }
    edits.push({ finding, start, end });
    byLine.set(finding.line, edits);
  }
  const applied: Finding[] = [];
  for (const [number, edits] of byLine) {
    let line = lines[number - 1] ?? '';
    // Right to left, so the offsets of the edits still to do stay right.
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      line = `${line.slice(0, edit.start)}${edit.finding.replacement as string}${line.slice(edit.end)}`;
    }
    lines[number - 1] = line;
    applied.push(...edits.map((edit) => edit.finding));
  }
  applied.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: lines.map((line, i) => `${line}${breaks[i] ?? ''}`).join(''), applied, left };
}

/** The lines of a text and the break after each ('' after the last). */
function splitKeepingBreaks(text: string): { lines: string[]; breaks: string[] } {
  const lines: string[] = [];
  const breaks: string[] = [];
  const pattern = /\r\n|\r|\n/g;
  let from = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    lines.push(text.slice(from, match.index));
    breaks.push(match[0]);
    from = match.index + match[0].length;
  }
  lines.push(text.slice(from));
  breaks.push('');
  return { lines, breaks };
}

function lineStarts(lines: readonly string[], breaks: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    starts.push(at);
    at += line.length + (breaks[i] ?? '').length;
  });
  return starts;
}

/** The spans of `{{ … }}` (and `{{{ … }}}`) in a text, one indexOf each way per span. */
export function templateSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let open = text.indexOf('{{'); open >= 0; ) {
    const close = text.indexOf('}}', open + 2);
    // An opener never closed runs to the end: nothing after it is fixed.
    const end = close < 0 ? text.length : close + 2 + (text.charCodeAt(close + 2) === 0x7d ? 1 : 0);
    spans.push({ start: open, end });
    open = close < 0 ? -1 : text.indexOf('{{', end);
  }
  return spans;
}

/** The UTF-16 offset of a 1-based column counted in characters (code points). */
function offsetOf(line: string, column: number): number {
  let offset = 0;
  for (let counted = 1; counted < column && offset < line.length; counted += 1) {
    const code = line.charCodeAt(offset);
    offset += code >= 0xd800 && code <= 0xdbff && offset + 1 < line.length ? 2 : 1;
  }
  return offset;
}
