/**
 * Finding a draft's words and patterns, line by line, with where each one is. A line break ends a
 * clause for the word matcher anyway, so scanning line by line loses no phrase and gives each hit
 * its line for free.
 */
import { WORD, charClass } from '../classify/tokenize.js';
import type { Hit } from '../classify/matcher.js';
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

/** Scans every line of a draft with the locale's word matcher and every pattern. */
export function scanDraft(lines: readonly string[], rules: CompiledLintRules, locale: LintLocale): ScannedDraft {
  const matcher = rules.matchers[locale];
  const hits: Span[] = [];
  const filled: number[] = [];
  const found: Hit[] = [];
  lines.forEach((line, lineIndex) => {
    if (line.trim() === '') return;
    filled.push(lineIndex);
    const lineHits: Span[] = [];
    found.length = 0;
    matcher.scan(line, TEXT_FIELD, found);
    // The matcher reports hits in the order they start and gives their words, not where they
    // are: each is found again from where the previous one started. Two lexicons may hit the
    // same words at the same place; the same lexicon hitting the same words again is a repeat
    // further on, so its search starts past the last one.
    let cursor = 0;
    const lastStart = new Map<string, number>();
    for (const hit of found) {
      const key = `${hit.rule}\u0000${hit.words}`;
      const start = locateWords(line, hit.words, Math.max(cursor, (lastStart.get(key) ?? -1) + 1));
      if (start < 0) continue;
      cursor = start;
      lastStart.set(key, start);
      lineHits.push({ lexicon: hit.rule, line: lineIndex, start, end: start + hit.words.length, text: hit.words });
    }
    for (const pattern of rules.patterns) {
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
    lineHits.sort((a, b) => a.start - b.start || b.end - a.end);
    hits.push(...lineHits);
  });
  const byLexicon: Span[][] = rules.lexicons.map(() => []);
  for (const hit of hits) byLexicon[hit.lexicon]?.push(hit);
  return { lines, filled, hits, byLexicon };
}

/**
 * The offset of `words` in `line` at or after `from`, as whole words (the character before and
 * after is not a letter or digit), or -1.
 */
export function locateWords(line: string, words: string, from: number): number {
  for (let at = line.indexOf(words, from); at >= 0; at = line.indexOf(words, at + 1)) {
    const before = at === 0 ? 0x20 : line.charCodeAt(at - 1);
    const after = at + words.length >= line.length ? 0x20 : line.charCodeAt(at + words.length);
    if (charClass(before) !== WORD && charClass(after) !== WORD) return at;
  }
  return -1;
}

/** Column of a UTF-16 offset in a line, counted in characters (code points) from 1. */
export function columnOf(line: string, offset: number): number {
  let column = 1;
  for (let i = 0; i < offset && i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    // A surrogate pair is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) i += 1;
    column += 1;
  }
  return column;
}

/** Length in characters (code points) of line[start, end). */
export function lengthOf(line: string, start: number, end: number): number {
  return columnOf(line, end) - columnOf(line, start);
}
