/**
 * The compiled lexicon: every word of every term in one character trie, and every term as a
 * sequence of word ids indexed by its first word. Built once per rules set; scanning a field walks
 * its characters once, allocates nothing for words that match no term, and compiles no regex.
 */
import { APOSTROPHE, CLAUSE_BREAK, WORD, charClass, foldChar, parseTerm } from './tokenize.js';
import type { TermWord } from './tokenize.js';

/** Bit of a field in a pattern's field mask. */
export const FIELD_BIT = { channel: 1, text: 2, status: 4 } as const;

const NEGATOR = 1;
const BREAK = 2;
const NONE = -1;

/** A term compiled to word ids; `rule` is -1 for an ignore term (it only masks what it covers). */
interface Pattern {
  rule: number;
  fields: number;
  words: Int32Array;
  negatable: boolean;
}

/** What a term is declared as, for compiling. */
export interface TermSpec {
  term: string;
  /** Index of the rule, or -1 for an ignore term. */
  rule: number;
  fields: number;
  negatable: boolean;
}

/** One hit of a rule in a field. */
export interface Hit {
  rule: number;
  /** FIELD_BIT of the field it was found in. */
  field: number;
  /** The matched words as written in the record. */
  words: string;
  negated: boolean;
}

/** The compiled lexicon and its scanning buffers (reused call after call: not reentrant). */
export class Matcher {
  private readonly edges = new Map<number, number>();
  private nodeExact: number[] = [NONE];
  private nodeStem: number[] = [NONE];
  private readonly wordIds = new Map<string, number>();
  private readonly wordIsStem: boolean[] = [];
  private readonly wordFlags: number[] = [];
  private readonly byFirstWord: (Pattern[] | undefined)[] = [];
  private readonly window: number;
  // Per-token buffers of the field being scanned.
  private tokExact = new Int32Array(256);
  private tokStem = new Int32Array(256);
  private tokStart = new Int32Array(256);
  private tokEnd = new Int32Array(256);
  private tokClause = new Int32Array(256);
  private matchPattern: Pattern[] = [];
  private matchStart: number[] = [];
  private matchEnd: number[] = [];

  constructor(terms: readonly TermSpec[], negators: readonly string[], breaks: readonly string[], window: number) {
    this.window = window;
    for (const spec of terms) this.addPattern(spec);
    for (const term of negators) this.flagWords(term, NEGATOR);
    for (const term of breaks) this.flagWords(term, BREAK);
  }

  private addPattern(spec: TermSpec): void {
    const words = parseTerm(spec.term);
    if (typeof words === 'string') return; // validated by the schema before compiling
    const ids = Int32Array.from(words, (word) => this.wordId(word));
    const pattern: Pattern = { rule: spec.rule, fields: spec.fields, words: ids, negatable: spec.negatable };
    const first = ids[0] as number;
    (this.byFirstWord[first] ??= []).push(pattern);
  }

  private flagWords(term: string, flag: number): void {
    const words = parseTerm(term);
    if (typeof words === 'string') return;
    for (const word of words) {
      const id = this.wordId(word);
      this.wordFlags[id] = (this.wordFlags[id] ?? 0) | flag;
    }
  }

  /** Id of a word, adding it to the trie the first time it is seen. */
  private wordId(word: TermWord): number {
    const key = word.stem ? `${word.text}*` : word.text;
    const known = this.wordIds.get(key);
    if (known !== undefined) return known;
    const id = this.wordIsStem.length;
    this.wordIds.set(key, id);
    this.wordIsStem.push(word.stem);
    this.wordFlags.push(0);
    let node = 0;
    for (let i = 0; i < word.text.length; i += 1) {
      const edge = node * 0x10000 + word.text.charCodeAt(i);
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.nodeExact.length;
        this.nodeExact.push(NONE);
        this.nodeStem.push(NONE);
        this.edges.set(edge, next);
      }
      node = next;
    }
    if (word.stem) this.nodeStem[node] = id;
    else this.nodeExact[node] = id;
    return id;
  }

  /** Append to `hits` every rule hit in `text` for a field (FIELD_BIT). */
  scan(text: string, fieldBit: number, hits: Hit[]): void {
    const count = this.tokenize(text);
    if (count === 0) return;
    this.findMatches(count, fieldBit);
    this.dropCoveredMatches();
    for (let m = 0; m < this.matchPattern.length; m += 1) {
      const pattern = this.matchPattern[m] as Pattern;
      if (pattern.rule < 0) continue;
      const start = this.matchStart[m] as number;
      const end = this.matchEnd[m] as number;
      hits.push({
        rule: pattern.rule,
        field: fieldBit,
        words: text.slice(this.tokStart[start], this.tokEnd[end - 1]),
        negated: pattern.negatable && this.isNegated(start),
      });
    }
  }

  /** Cut the text into words, each with its exact and longest-stem word ids; returns the count. */
  private tokenize(text: string): number {
    let count = 0;
    let clause = 0;
    let inWord = false;
    let node = 0;
    let stem = NONE;
    let start = 0;
    const finish = (end: number): void => {
      if (count === this.tokExact.length) this.grow();
      this.tokExact[count] = node >= 0 ? (this.nodeExact[node] as number) : NONE;
      this.tokStem[count] = stem;
      this.tokStart[count] = start;
      this.tokEnd[count] = end;
      this.tokClause[count] = clause;
      count += 1;
      inWord = false;
    };
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let cls = charClass(code);
      // An apostrophe joins letters ("don't"); elsewhere it is a quote mark.
      if (cls === APOSTROPHE) cls = inWord && i + 1 < text.length && charClass(text.charCodeAt(i + 1)) === WORD ? WORD : 0;
      if (cls === WORD) {
        if (!inWord) {
          inWord = true;
          node = 0;
          stem = NONE;
          start = i;
        }
        if (node >= 0) {
          const next = this.edges.get(node * 0x10000 + foldChar(code));
          node = next === undefined ? -1 : next;
          if (node >= 0 && (this.nodeStem[node] as number) >= 0) stem = this.nodeStem[node] as number;
        }
        continue;
      }
      if (inWord) finish(i);
      if (cls === CLAUSE_BREAK) clause += 1;
    }
    if (inWord) finish(text.length);
    return count;
  }

  private grow(): void {
    const size = this.tokExact.length * 2;
    const copy = (from: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.tokExact = copy(this.tokExact);
    this.tokStem = copy(this.tokStem);
    this.tokStart = copy(this.tokStart);
    this.tokEnd = copy(this.tokEnd);
    this.tokClause = copy(this.tokClause);
  }

  private findMatches(count: number, fieldBit: number): void {
    this.matchPattern.length = 0;
    this.matchStart.length = 0;
    this.matchEnd.length = 0;
    for (let t = 0; t < count; t += 1) {
      const exact = this.tokExact[t] as number;
      const stem = this.tokStem[t] as number;
      if (exact >= 0) this.tryPatterns(this.byFirstWord[exact], t, count, fieldBit);
      if (stem >= 0) this.tryPatterns(this.byFirstWord[stem], t, count, fieldBit);
    }
  }

  private tryPatterns(patterns: Pattern[] | undefined, start: number, count: number, fieldBit: number): void {
    if (patterns === undefined) return;
    for (const pattern of patterns) {
      if ((pattern.fields & fieldBit) === 0) continue;
      const end = start + pattern.words.length;
      if (end > count || this.tokClause[end - 1] !== this.tokClause[start]) continue;
      let ok = true;
      for (let w = 1; w < pattern.words.length && ok; w += 1) ok = this.tokenIs(start + w, pattern.words[w] as number);
      if (!ok) continue;
      this.matchPattern.push(pattern);
      this.matchStart.push(start);
      this.matchEnd.push(end);
    }
  }

  private tokenIs(token: number, word: number): boolean {
    return this.wordIsStem[word] ? this.tokStem[token] === word : this.tokExact[token] === word;
  }

  /** A phrase replaces the shorter matches it covers ("social media" over "media"); an ignore term masks what it covers. */
  private dropCoveredMatches(): void {
    const n = this.matchPattern.length;
    if (n < 2) return;
    const keep: boolean[] = new Array<boolean>(n).fill(true);
    for (let a = 0; a < n; a += 1) {
      for (let b = 0; b < n; b += 1) {
        if (a === b || !keep[b]) continue;
        const aStart = this.matchStart[a] as number;
        const aEnd = this.matchEnd[a] as number;
        const bStart = this.matchStart[b] as number;
        const bEnd = this.matchEnd[b] as number;
        const inside = bStart <= aStart && aEnd <= bEnd;
        // An ignore term masks everything inside it, even a match of the same words.
        const ignoreB = (this.matchPattern[b] as Pattern).rule < 0;
        const covers = inside && (bEnd - bStart > aEnd - aStart || (ignoreB && (this.matchPattern[a] as Pattern).rule >= 0));
        if (covers) keep[a] = false;
      }
    }
    let out = 0;
    for (let m = 0; m < n; m += 1) {
      if (!keep[m]) continue;
      this.matchPattern[out] = this.matchPattern[m] as Pattern;
      this.matchStart[out] = this.matchStart[m] as number;
      this.matchEnd[out] = this.matchEnd[m] as number;
      out += 1;
    }
    this.matchPattern.length = out;
    this.matchStart.length = out;
    this.matchEnd.length = out;
  }

  /** Whether a negator comes within the window before the token, in the same clause and before any break word. */
  private isNegated(start: number): boolean {
    const clause = this.tokClause[start];
    for (let t = start - 1; t >= 0 && t >= start - this.window; t -= 1) {
      if (this.tokClause[t] !== clause) return false;
      const flags = this.flagsOf(t);
      if ((flags & BREAK) !== 0) return false;
      if ((flags & NEGATOR) !== 0) return true;
    }
    return false;
  }

  private flagsOf(token: number): number {
    const exact = this.tokExact[token] as number;
    const stem = this.tokStem[token] as number;
    return (exact >= 0 ? (this.wordFlags[exact] ?? 0) : 0) | (stem >= 0 ? (this.wordFlags[stem] ?? 0) : 0);
  }
}
