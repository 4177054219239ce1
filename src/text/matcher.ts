/**
 * The word and stem matcher of `care classify` and `care lint-reply` (both import it from here,
 * so a word or a stem `юрист*` matches the same in a complaint and in a draft).
 * The compiled lexicon: every word of every term in one character trie, and every term as a
 * sequence of word ids indexed by its first word. Built once per rules set; scanning a field walks
 * its characters once, allocates nothing for words that match no term, and compiles no regex.
 */
import { APOSTROPHE, CHAR_TABLE_SIZE, CLAUSE_BREAK, SPACE, WORD, charClass, foldChar, isLowerLetter, parseTerm } from './tokenize.js';
import type { TermWord } from './tokenize.js';

/** Bit of a field in a pattern's field mask. */
export const FIELD_BIT = { channel: 1, text: 2, status: 4 } as const;
/**
 * Bits above the fields' (16 and up): a term under one of them alone is no hit in any field; a scan
 * notes that it met it (`sawInLastScan`), for a reading that only asks whether such words are there.
 */
export const SIDE_BITS = ~0xf;

const NEGATOR = 1;
const BREAK = 2;
/** A negator that also cancels a hit it follows (negation.after of the classifier's rules). */
const NEGATOR_AFTER = 4;
/** A word that ends the reach of an after-negation (a purpose clause: «да не поръчват»). */
const BREAK_AFTER = 8;
/** A word set off by commas («конечно») that an after-negation reaches across: «в суд я, конечно, не пойду». */
const ASIDE = 16;
/** A word that opens a condition («если», «ако», "if"): a negator right after it is the condition's, not the main clause's. */
const CONDITION = 32;
/** Words between a condition's negator and a hit for the hit to be the answer's (see conditionsNegator). */
const CONDITION_GAP = 3;
/** How far before its negator a condition word may stand: «если до пятницы не…», "if you don't". */
const CONDITION_REACH = 3;
const NONE = -1;
const NO_EDGE = -1;

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
  /** Where they are in the scanned text: UTF-16 offsets [start, end). */
  start: number;
  end: number;
  negated: boolean;
}

/** The compiled lexicon and its scanning buffers (reused call after call: not reentrant). */
export class Matcher {
  // Built while adding words, then frozen into flat arrays: one array read per character scanned.
  private readonly edges = new Map<number, number>();
  private readonly exactOfNode: number[] = [NONE];
  private readonly stemOfNode: number[] = [NONE];
  /**
   * Raw char code → (symbol << 2) | character class: the symbol (1…, after folding; 0 when no term
   * has the character) and the class in one read, so the scan neither lower-cases nor folds.
   */
  private charInfo = new Uint16Array(0);
  private stride = 1;
  /**
   * Transition table: next node of (node, symbol) at node * stride + symbol, or NO_EDGE. 16-bit
   * while the trie has fewer than 32,767 nodes (the built-in lexicons have a few thousand): half
   * the memory, so more of the table stays in the cache while a text is scanned.
   */
  private next: Int16Array | Int32Array = new Int16Array(0);
  private nodeExact = new Int32Array(0);
  private nodeStem = new Int32Array(0);
  /**
   * Per stem word: the next shorter stem that is a prefix of it, or NONE. A token carries only its
   * longest stem ("расторгнут*" for «расторгнуть»), so a rule on a shorter one ("расторг*") is
   * reached through this chain: adding a longer stem to one rule never hides a word from another.
   */
  private stemParent = new Int32Array(0);
  private matchCount = 0;
  /** Side bits (SIDE_BITS) of the terms the last scan met. */
  private sideBitsSeen = 0;
  private readonly wordIds = new Map<string, number>();
  private readonly wordIsStem: boolean[] = [];
  private readonly wordFlags: number[] = [];
  private readonly byFirstWord: (Pattern[] | undefined)[] = [];
  /**
   * Per first word: the second words of its patterns when all of them are phrases, or null when
   * one is a single word. A common first word ("a", "for", «в», «по») is then tried only when the
   * next token can continue one of its phrases.
   */
  private readonly secondWords: (Set<number> | null | undefined)[] = [];
  /** Words in the longest term: a match can only be covered by one starting that many tokens before it. */
  private longestTerm = 1;
  private readonly window: number;
  /** Words after a hit that an after-negator may still cancel it from («в суд я не пойду»); 0: none. */
  private readonly after: number;
  /** Tokens of the field being scanned. */
  private tokCount = 0;
  // Per-token buffers of the field being scanned.
  private tokExact = new Int32Array(256);
  private tokStem = new Int32Array(256);
  private tokStart = new Int32Array(256);
  private tokEnd = new Int32Array(256);
  private tokClause = new Int32Array(256);
  private matchPattern: Pattern[] = [];
  private matchStart: number[] = [];
  private matchEnd: number[] = [];

  constructor(
    terms: readonly TermSpec[],
    negators: readonly string[],
    breaks: readonly string[],
    window: number,
    after = 0,
    afterNegators: readonly string[] = [],
    afterBreaks: readonly string[] = [],
    asides: readonly string[] = [],
    conditions: readonly string[] = [],
  ) {
    this.window = window;
    this.after = after;
    for (const spec of terms) this.addPattern(spec);
    for (const term of negators) this.flagWords(term, NEGATOR);
    for (const term of breaks) this.flagWords(term, BREAK);
    for (const term of afterNegators) this.flagWords(term, NEGATOR_AFTER);
    for (const term of afterBreaks) this.flagWords(term, BREAK_AFTER);
    for (const term of asides) this.flagWords(term, ASIDE);
    for (const term of conditions) this.flagWords(term, CONDITION);
    this.freeze();
  }

  /** Turn the edge map into a flat transition table over the alphabet the terms use. */
  private freeze(): void {
    let maxCode = 0;
    const symbols = new Map<number, number>();
    for (const edge of this.edges.keys()) {
      const code = edge % 0x10000;
      if (!symbols.has(code)) symbols.set(code, symbols.size + 1);
      maxCode = Math.max(maxCode, code);
    }
    this.charInfo = new Uint16Array(CHAR_TABLE_SIZE);
    for (let raw = 0; raw < CHAR_TABLE_SIZE; raw += 1) {
      const cls = charClass(raw);
      const folded = foldChar(raw);
      const symbol = cls !== SPACE && folded <= maxCode ? (symbols.get(folded) ?? 0) : 0;
      this.charInfo[raw] = (symbol << 2) | cls;
    }
    this.stride = symbols.size + 1;
    const nodes = this.exactOfNode.length;
    this.next = (nodes < 0x7fff ? new Int16Array(nodes * this.stride) : new Int32Array(nodes * this.stride)).fill(NO_EDGE);
    for (const [edge, child] of this.edges) {
      const node = Math.floor(edge / 0x10000);
      this.next[node * this.stride + (symbols.get(edge % 0x10000) as number)] = child;
    }
    this.nodeExact = Int32Array.from(this.exactOfNode);
    this.nodeStem = Int32Array.from(this.stemOfNode);
    this.stemParent = new Int32Array(this.wordIsStem.length).fill(NONE);
    for (const [key, id] of this.wordIds) {
      if (!this.wordIsStem[id]) continue;
      const text = key.slice(0, -1);
      for (let length = text.length - 1; length > 0; length -= 1) {
        const shorter = this.wordIds.get(`${text.slice(0, length)}*`);
        if (shorter !== undefined) {
          this.stemParent[id] = shorter;
          break;
        }
      }
    }
    this.inheritShorterStems();
  }

  /**
   * Done once, so the scan stays as it was: a longer stem's word starts the patterns of its shorter
   * stems too, and a phrase whose second word is a shorter stem may continue on a longer one.
   */
  private inheritShorterStems(): void {
    const own = this.byFirstWord.slice();
    for (let id = 0; id < this.stemParent.length; id += 1) {
      let list: Pattern[] | undefined;
      for (let s = this.stemParent[id] as number; s >= 0; s = this.stemParent[s] as number) {
        const inherited = own[s];
        if (inherited === undefined) continue;
        list ??= [...(own[id] ?? [])];
        list.push(...inherited);
        const seconds = this.secondWords[s];
        const mine = this.secondWords[id];
        if (seconds === null || mine === null) this.secondWords[id] = null;
        else if (seconds !== undefined) this.secondWords[id] = new Set([...(mine ?? []), ...seconds]);
      }
      if (list !== undefined) this.byFirstWord[id] = list;
    }
    for (const [first, seconds] of this.secondWords.entries()) {
      if (seconds === null || seconds === undefined) continue;
      for (let id = 0; id < this.stemParent.length; id += 1) {
        if (seconds.has(id)) continue;
        for (let s = this.stemParent[id] as number; s >= 0; s = this.stemParent[s] as number) {
          if (!seconds.has(s)) continue;
          seconds.add(id);
          break;
        }
      }
      this.secondWords[first] = seconds;
    }
  }

  private addPattern(spec: TermSpec): void {
    const words = parseTerm(spec.term);
    if (typeof words === 'string') return; // validated by the schema before compiling
    const ids = Int32Array.from(words, (word) => this.wordId(word));
    const pattern: Pattern = { rule: spec.rule, fields: spec.fields, words: ids, negatable: spec.negatable };
    const first = ids[0] as number;
    // One term in two languages' lists («полиция» in ru and bg) is one pattern: two would make two hits
    // of one word, and a reading that sets one of them aside (a shared negation) would leave the other.
    if (this.byFirstWord[first]?.some((other) => samePattern(other, pattern)) === true) return;
    (this.byFirstWord[first] ??= []).push(pattern);
    if (ids.length === 1) this.secondWords[first] = null;
    else if (this.secondWords[first] !== null) (this.secondWords[first] ??= new Set()).add(ids[1] as number);
    this.longestTerm = Math.max(this.longestTerm, ids.length);
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
        next = this.exactOfNode.length;
        this.exactOfNode.push(NONE);
        this.stemOfNode.push(NONE);
        this.edges.set(edge, next);
      }
      node = next;
    }
    if (word.stem) this.stemOfNode[node] = id;
    else this.exactOfNode[node] = id;
    return id;
  }

  /**
   * Append to `hits` every rule hit in `text` for a field (FIELD_BIT); with `from`/`to`, only in
   * that part of it (offsets stay the text's own). A range, not a slice: slicing a window out of
   * each record made the tokenizer see two kinds of string and run at a third of its speed.
   */
  scan(text: string, fieldBit: number, hits: Hit[], from = 0, to = text.length): void {
    this.sideBitsSeen = 0;
    const count = this.tokenize(text, from, to);
    this.tokCount = count;
    if (count === 0) return;
    this.findMatches(count, fieldBit);
    if (this.matchCount === 0) return;
    this.dropCoveredMatches();
    for (let m = 0; m < this.matchCount; m += 1) {
      const pattern = this.matchPattern[m] as Pattern;
      if (pattern.rule < 0) continue;
      const start = this.matchStart[m] as number;
      const end = this.matchEnd[m] as number;
      const from = this.tokStart[start] as number;
      const to = this.tokEnd[end - 1] as number;
      hits.push({
        rule: pattern.rule,
        field: fieldBit,
        words: text.slice(from, to),
        start: from,
        end: to,
        negated: pattern.negatable && (this.isNegated(start) || this.isNegatedAfter(end)),
      });
    }
  }

  /**
   * Whether the last `scan` met a term of a side bit (a bit above the three fields, SIDE_BITS): such
   * terms are never hits, only noted as the words go by, so asking costs no second look at them.
   */
  sawInLastScan(sideBit: number): boolean {
    return (this.sideBitsSeen & sideBit) !== 0;
  }

  /** Cut the text into words, each with its exact and longest-stem word ids; returns the count. */
  private tokenize(text: string, from: number, to: number): number {
    // Locals, not fields, in the loops that run per character.
    const next = this.next;
    const stride = this.stride;
    const charInfo = this.charInfo;
    const tableSize = charInfo.length;
    const nodeStem = this.nodeStem;
    const length = to;
    let count = 0;
    let clause = 0;
    let i = from;
    while (i < length) {
      let code = text.charCodeAt(i);
      let info = code < tableSize ? (charInfo[code] as number) : SPACE;
      // Between words: count clause breaks; an apostrophe here is a quote mark.
      if ((info & 3) !== WORD) {
        // A dot between a word and a letter is a domain's, not a sentence's end: "booking.com", «banki.ru».
        if ((info & 3) === CLAUSE_BREAK && !(code === 0x2e && i > from && i + 1 < length && domainDot(text, i, charInfo))) clause += 1;
        i += 1;
        continue;
      }
      const start = i;
      let node = 0;
      let stem = NONE;
      for (;;) {
        if (node >= 0) {
          const symbol = info >> 2;
          node = symbol === 0 ? NO_EDGE : (next[node * stride + symbol] as number);
          if (node >= 0 && (nodeStem[node] as number) >= 0) stem = nodeStem[node] as number;
        }
        i += 1;
        if (i >= length) break;
        code = text.charCodeAt(i);
        info = code < tableSize ? (charInfo[code] as number) : SPACE;
        const cls = info & 3;
        if (cls === WORD) continue;
        // An apostrophe between letters belongs to the word ("don't").
        if (cls !== APOSTROPHE || i + 1 >= length) break;
        const after = text.charCodeAt(i + 1);
        if (after >= tableSize || ((charInfo[after] as number) & 3) !== WORD) break;
      }
      this.pushToken(count, node >= 0 ? (this.nodeExact[node] as number) : NONE, stem, start, i, clause);
      count += 1;
    }
    return count;
  }

  private pushToken(index: number, exact: number, stem: number, start: number, end: number, clause: number): void {
    if (index === this.tokExact.length) this.grow();
    this.tokExact[index] = exact;
    this.tokStem[index] = stem;
    this.tokStart[index] = start;
    this.tokEnd[index] = end;
    this.tokClause[index] = clause;
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
    this.matchCount = 0;
    for (let t = 0; t < count; t += 1) {
      const exact = this.tokExact[t] as number;
      const stem = this.tokStem[t] as number;
      if (exact >= 0 && this.mayStart(exact, t, count)) this.tryPatterns(this.byFirstWord[exact], t, count, fieldBit);
      if (stem >= 0 && this.mayStart(stem, t, count)) this.tryPatterns(this.byFirstWord[stem], t, count, fieldBit);
    }
  }

  /** Whether a pattern may start at token `t` with word `first`: it has one, and the next token can continue a phrase. */
  private mayStart(first: number, t: number, count: number): boolean {
    const second = this.secondWords[first];
    if (second === undefined) return false;
    if (second === null) return true;
    if (t + 1 >= count) return false;
    return second.has(this.tokExact[t + 1] as number) || second.has(this.tokStem[t + 1] as number);
  }

  private tryPatterns(patterns: Pattern[] | undefined, start: number, count: number, fieldBit: number): void {
    if (patterns === undefined) return;
    for (const pattern of patterns) {
      const wanted = (pattern.fields & fieldBit) !== 0;
      if (!wanted && (pattern.fields & SIDE_BITS) === 0) continue;
      const end = start + pattern.words.length;
      if (end > count || this.tokClause[end - 1] !== this.tokClause[start]) continue;
      let ok = true;
      for (let w = 1; w < pattern.words.length && ok; w += 1) ok = this.tokenIs(start + w, pattern.words[w] as number);
      if (!ok) continue;
      if (!wanted) {
        this.sideBitsSeen |= pattern.fields & SIDE_BITS;
        continue;
      }
      this.matchPattern[this.matchCount] = pattern;
      this.matchStart[this.matchCount] = start;
      this.matchEnd[this.matchCount] = end;
      this.matchCount += 1;
    }
  }

  private tokenIs(token: number, word: number): boolean {
    if (!this.wordIsStem[word]) return this.tokExact[token] === word;
    const stem = this.tokStem[token] as number;
    return stem === word || (stem >= 0 && this.underStem(stem, word));
  }

  /** Whether `word` is a shorter stem on the chain of `stem` (rare: most stems have none). */
  private underStem(stem: number, word: number): boolean {
    for (let s = this.stemParent[stem] as number; s >= 0; s = this.stemParent[s] as number) if (s === word) return true;
    return false;
  }

  /**
   * A phrase replaces the shorter matches it covers ("social media" over "media"); an ignore term
   * masks what it covers, even a match of the same words. A match is dropped when another one
   * holds it and ranks higher (more words; on equal words, an ignore term over a rule): that
   * relation is transitive, so the result does not depend on the order of the checks.
   *
   * Matches are in order of their first token, and one that holds match `a` starts at most
   * longestTerm − 1 tokens before it: each match is compared with the few that start near it,
   * so the work is linear in the number of matches (comparing every pair was quadratic: a long
   * complaint full of hits took seconds).
   */
  private dropCoveredMatches(): void {
    const n = this.matchCount;
    if (n < 2) return;
    const starts = this.matchStart;
    const ends = this.matchEnd;
    const keep = new Uint8Array(n).fill(1);
    for (let a = 0; a < n; a += 1) {
      const aStart = starts[a] as number;
      const reach = aStart - this.longestTerm + 1;
      // Back over the matches that start at or before a (and not too far), then on over those that start with it.
      for (let b = a - 1; b >= 0 && (starts[b] as number) >= reach; b -= 1) {
        if (this.covers(b, a)) {
          keep[a] = 0;
          break;
        }
      }
      for (let b = a + 1; keep[a] === 1 && b < n && starts[b] === aStart; b += 1) if (this.covers(b, a)) keep[a] = 0;
    }
    let out = 0;
    for (let m = 0; m < n; m += 1) {
      if (keep[m] === 0) continue;
      this.matchPattern[out] = this.matchPattern[m] as Pattern;
      starts[out] = starts[m] as number;
      ends[out] = ends[m] as number;
      out += 1;
    }
    this.matchCount = out;
  }

  /** Whether match b holds match a and outranks it. */
  private covers(b: number, a: number): boolean {
    const aStart = this.matchStart[a] as number;
    const aEnd = this.matchEnd[a] as number;
    const bStart = this.matchStart[b] as number;
    const bEnd = this.matchEnd[b] as number;
    if (bStart > aStart || aEnd > bEnd) return false;
    if (bEnd - bStart !== aEnd - aStart) return true;
    return (this.matchPattern[b] as Pattern).rule < 0 && (this.matchPattern[a] as Pattern).rule >= 0;
  }

  /** Whether a negator comes within the window before the token, in the same clause and before any break word. */
  private isNegated(start: number): boolean {
    const clause = this.tokClause[start];
    for (let t = start - 1; t >= 0 && t >= start - this.window; t -= 1) {
      if (this.tokClause[t] !== clause) return false;
      const flags = this.flagsOf(t);
      if ((flags & BREAK) !== 0) return false;
      if ((flags & NEGATOR) !== 0) return !this.conditionsNegator(t, start);
    }
    return false;
  }

  /**
   * Whether the negator at `negator` belongs to a condition that a later verb answers, with no comma between: «если до
   * пятницы не будет денег иду в суд», „ако не ми върнете парите отивам в съда“. It does when a condition word stands
   * just before it and at least CONDITION_GAP words stand between it and the hit — closer, the negated verb is the hit's own
   * ("if I don't go to court", «если я не пойду в суд»).
   */
  private conditionsNegator(negator: number, hit: number): boolean {
    if (hit - negator - 1 < CONDITION_GAP) return false;
    const clause = this.tokClause[negator];
    for (let t = negator - 1; t >= 0 && t >= negator - CONDITION_REACH; t -= 1) {
      if (this.tokClause[t] !== clause) return false;
      const flags = this.flagsOf(t);
      if ((flags & CONDITION) !== 0) return true;
      if ((flags & BREAK) !== 0) return false;
    }
    return false;
  }

  /**
   * Whether a negator follows within `after` words, in the same clause and before any break word:
   * Russian and Bulgarian put the negation after the object ("в суд я не пойду").
   */
  private isNegatedAfter(end: number): boolean {
    if (this.after === 0) return false;
    let clause = this.tokClause[end - 1];
    let afterAside = false;
    for (let t = end; t < this.tokCount && t < end + this.after; t += 1) {
      const flags = this.flagsOf(t);
      if (this.tokClause[t] !== clause) {
        // Only an aside set off by commas, or the words right after one, may stand in a new clause.
        if ((flags & ASIDE) === 0 && !afterAside) return false;
        clause = this.tokClause[t];
      }
      if ((flags & (BREAK | BREAK_AFTER)) !== 0) return false;
      if ((flags & NEGATOR_AFTER) !== 0) return true;
      afterAside = (flags & ASIDE) !== 0;
    }
    return false;
  }

  private flagsOf(token: number): number {
    const exact = this.tokExact[token] as number;
    const stem = this.tokStem[token] as number;
    return (exact >= 0 ? (this.wordFlags[exact] ?? 0) : 0) | (stem >= 0 ? (this.wordFlags[stem] ?? 0) : 0);
  }
}

/**
 * Whether the dot at `at` is a domain's ("booking.com", «banki.ru»): a word before it and two to four
 * lower-case Latin letters after it, then no more of the word. A sentence whose space was forgotten
 * ("account be deleted.Account Number", "Im not.i am") keeps its end.
 */
function domainDot(text: string, at: number, charInfo: Uint16Array): boolean {
  const before = text.charCodeAt(at - 1);
  if (before >= charInfo.length || ((charInfo[before] as number) & 3) !== WORD) return false;
  let end = at + 1;
  // Cyrillic domains too: «Сравни.ру», «сайт.рф», «магазин.бг».
  while (end < text.length && end - at <= 5 && isLowerLetter(text.charCodeAt(end))) end += 1;
  const letters = end - at - 1;
  if (letters < 2 || letters > 4) return false;
  const next = end < text.length ? text.charCodeAt(end) : 0x20;
  return next >= charInfo.length || ((charInfo[next] as number) & 3) !== WORD;
}

function samePattern(a: Pattern, b: Pattern): boolean {
  if (a.rule !== b.rule || a.fields !== b.fields || a.negatable !== b.negatable || a.words.length !== b.words.length) return false;
  for (let i = 0; i < a.words.length; i += 1) if (a.words[i] !== b.words[i]) return false;
  return true;
}
