/**
 * Finding a draft's words and patterns, line by line, with where each one is. A line break ends a
 * clause for the word matcher anyway, so scanning line by line loses no phrase and gives each hit
 * its line for free.
 */
import type { Hit } from '../text/matcher.js';
import { TEXT_FIELD } from './compile.js';
import type { CompiledLintRules } from './compile.js';
import type { LintLocale } from './types.js';

/** Where a lexicon matched: 0-based line, UTF-16 offsets within the line, and the text. */
export interface Span {
  lexicon: number;
  line: number;
  start: number;
  end: number;
  text: string;
}

/** A draft cut into lines, with every hit of every lexicon. */
export interface ScannedDraft {
  lines: readonly string[];
  /** Indexes of the lines that hold more than white space, in order. */
  filled: readonly number[];
  /** Every hit, by line and then by start. */
  hits: readonly Span[];
  /** Hits of each lexicon, in text order. */
  byLexicon: readonly (readonly Span[])[];
}

/** Cuts text into lines on LF, CRLF or CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Scans every line of a draft with the locale's word matcher and every pattern; `typed`: also
 * with the words and patterns only fit rules use (when the reply's complainer type is given).
 */
export function scanDraft(lines: readonly string[], rules: CompiledLintRules, locale: LintLocale, typed = false): ScannedDraft {
  const matcher = rules.matchers[locale];
  const typedMatcher = typed ? rules.typedMatchers[locale] : undefined;
  const hits: Span[] = [];
  const filled: number[] = [];
  const found: Hit[] = [];
  lines.forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    filled.push(lineIndex);
    const lineHits: Span[] = [];
    found.length = 0;
    matcher.scan(line, TEXT_FIELD, found);
    if (typedMatcher !== undefined) typedMatcher.scan(line, TEXT_FIELD, found);
    for (const hit of found) lineHits.push({ lexicon: hit.rule, line: lineIndex, start: hit.start, end: hit.end, text: hit.words });
    for (const pattern of rules.patterns) {
      if (pattern.typed && !typed) continue;
      pattern.regex.lastIndex = 0;
      for (let match = pattern.regex.exec(line); match !== null; match = pattern.regex.exec(line)) {
        if (match[0] === '') {
          pattern.regex.lastIndex += 1;
          continue;
        }
        if (pattern.allow.has(match[0])) continue;
        lineHits.push({ lexicon: pattern.lexicon, line: lineIndex, start: match.index, end: match.index + match[0].length, text: match[0] });
      }
    }
    lineHits.sort((a, b) => a.start - b.start || b.end - a.end || a.lexicon - b.lexicon);
    // One at a time (spreading a long line's hits as arguments overflows the stack), and once:
    // two terms of one lexicon ("customer", "customer*") can match the same words.
    let previous: Span | undefined;
    for (const hit of lineHits) {
      if (previous !== undefined && previous.start === hit.start && previous.end === hit.end && previous.lexicon === hit.lexicon) continue;
      hits.push(hit);
      previous = hit;
    }
  });
  const byLexicon: Span[][] = rules.lexicons.map(() => []);
  for (const hit of hits) byLexicon[hit.lexicon]?.push(hit);
  return { lines, filled, hits, byLexicon };
}

/**
 * Columns of UTF-16 offsets, counted in characters (code points) from 1, line by line. A line
 * without surrogate pairs (nearly all) has column = offset + 1; for one with pairs, the column of
 * every offset is worked out once, so placing many findings on a long line stays linear.
 */
export class Columns {
  private readonly byLine = new Map<number, Int32Array | null>();

  constructor(private readonly lines: readonly string[]) {}

  column(line: number, offset: number): number {
    let table = this.byLine.get(line);
    if (table === undefined) {
      table = columnTable(this.lines[line] ?? '');
      this.byLine.set(line, table);
    }
    if (table === null) return Math.min(offset, (this.lines[line] ?? '').length) + 1;
    return table[Math.max(0, Math.min(offset, table.length - 1))] as number;
  }
}

/** Column of every offset 0…length of a line, or null when it has no surrogate pair. */
function columnTable(line: string): Int32Array | null {
  let pairs = false;
  for (let i = 0; i < line.length && !pairs; i += 1) {
    const code = line.charCodeAt(i);
    pairs = code >= 0xd800 && code <= 0xdbff;
  }
  if (!pairs) return null;
  const table = new Int32Array(line.length + 1);
  let column = 1;
  for (let i = 0; i < line.length; i += 1) {
    table[i] = column;
    const code = line.charCodeAt(i);
    // A surrogate pair is one character; an offset inside the pair counts it (as columnOf does).
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      i += 1;
      table[i] = column + 1;
    }
    column += 1;
  }
  table[line.length] = column;
  return table;
}
