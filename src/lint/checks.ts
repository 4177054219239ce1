/**
 * What each kind of check does with a scanned draft. Each check returns raw findings: a line and
 * a UTF-16 span within it (empty when the finding is about something missing), and the words.
 * The rules say which check runs on which lexicons (rules.ts); nothing here knows a word.
 */
import { WORD, charClass } from '../text/tokenize.js';
import type { ResolvedCheck } from './compile.js';
import { coversOf, firstUncovered, uncoveredCount, uncoveredSpans } from './cover.js';
import type { ScannedDraft, Span } from './scan.js';

/** A finding before it gets its rule's message: 0-based line and a span of that line. */
export interface RawFinding {
  line: number;
  start: number;
  end: number;
  text?: string;
  /** What to write instead of `text` (a substitution). */
  replacement?: string;
}

type CheckOf<T extends ResolvedCheck['type']> = Extract<ResolvedCheck, { type: T }>;
type CheckRunners = { [T in ResolvedCheck['type']]: (check: CheckOf<T>, draft: ScannedDraft) => RawFinding[] };

// A sentence ends at . ! ? … (isSentenceEnd); a line break ends one too (checks never look across lines).
// Separates a name from the rest of a signature line: "Olga Ivanova, Customer Care".
const SEGMENT_END = /[,|/\u00b7\u2013\u2014(]/;
// A word of a name: a capital, then letters, apostrophes, dots or hyphens ("Anne-Marie", "J.").
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
// A title before a name (round 17): «д-р Мария Петрова», «проф. Иванов», «инж. Колев», "dr. Smith". Lower-case
// abbreviations only (a short word with a dot, or a Bulgarian contraction with a hyphen); "Dr" is already a name word.
const NAME_TITLE = /^(?:\p{Ll}{1,5}\.|\p{Ll}{1,2}-\p{Ll}{1,2})$/u;
// A word joining the signer's name to the team (round 18): "Beth from the Support Team", "Priya and the team",
// "Jess @ Northwind Care", «Денис из отдела заказов», «Анна от имени службы поддержки», «Вера от екипа на „Уют“»,
// «Ива и екипът на…». It ends the name only when a team word follows it on the line (checked by the caller).
const NAME_JOIN = /\s+(?:from|on\s+behalf\s+of|for|of|and|at|with|@|&|из|от\s+имени|от\s+името\s+на|от|и|за|с|със)\s+/u;
// A name written with initials that ends a signature line after the signer's role (round 19): «начальник участка
// Е.В. Сомов», «главный бухгалтер Петрова А.С.», "Accounts Manager J. R. Reed". The initials (a capital and a dot, one
// or two) before or after a capitalised surname mark a person; nothing else on a signature line looks like them.
const INITIALLED_NAME = /(?:^|\s)(?:(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s(?:\p{Lu}\.\s?)?\p{Lu}\.)$/u;
// The signer's name after the team, past a comma or a dash (round 44): «отдел урегулирования, Марина Котова», «Служба
// поддержки — Котова Марина», «Отдел обслужване, Мария Петрова». A first name and a surname of the Slavic shapes (-ов/-ова,
// -ев/-ева, -ин/-ина, -ский/-ская, -ски/-ска), in either order, end the line: a company after the team ("Customer Care,
// Northwind Tea", «Служба поддержки, Северный Чай») has no such surname, so the English line keeps its reading.
const SURNAME = String.raw`\p{Lu}\p{Ll}+(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ски|ска|цки|цка)`;
// The signer's role in lower case may stand between the dash and the name (round 82): "ДомоТех – дежурен ръководител
// Борислава Янева", «…, старший менеджер Анна Петрова».
const TEAM_THEN_NAME = new RegExp(String.raw`[,\u2013\u2014-]\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:\p{Lu}\p{Ll}+\s+${SURNAME}|${SURNAME}\s+\p{Lu}\p{Ll}+)\s*$`, 'u');
// The signer's name in brackets after the team (round 57): "The Customer Team at Greenleaf Garden Centre (Janet Ho)", «Служба
// поддержки (Марина Котова)», „Екипът на „Уют“ (Мария Петрова)“. One to four capitalised words, alone in the brackets that end
// the line, after a team word: a company's own bracket ("Customer Care (UK)") has a capital abbreviation, no name.
// Round 73: the signers' role before them and two or three names joined (a shared inbox signed by its operators): "(operators
// Alina and Nikita)", «(операторы Алина и Никита)», „(оператори Алина и Никита)“.
const BRACKET_NAME = String.raw`\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,3}`;
const BRACKET_ROLE = String.raw`(?:operators?|agents?|advisers?|advisors?|managers?|specialists?|consultants?|coordinators?|оператор\p{Ll}*|менеджер\p{Ll}*|специалист\p{Ll}*|консультант\p{Ll}*|консултант\p{Ll}*|сотрудник\p{Ll}*|служител\p{Ll}*|координатор\p{Ll}*)`;
const TEAM_THEN_BRACKETED_NAME = new RegExp(String.raw`\(\s*(?:${BRACKET_ROLE}\s+)?(${BRACKET_NAME}(?:(?:\s*,\s*|\s+(?:and|и|&)\s+)${BRACKET_NAME}){0,2})\s*\)\s*$`, 'u');
// A line that ends with an initial's dot ("Петрова А.С.") ends with no sentence.
const INITIAL_TAIL = /(?:^|[\s.])\p{Lu}\.$/u;
const UPPER_START = /^\p{Lu}/u;
const WHITE_SPACE = /\s+/;
// What may separate a closing phrase from a name on the same line: "Kind regards, Olga".
const AFTER_CLOSING = /^[\s,.!:;\u2013\u2014-]+/;
// A line that ends like a sentence is body text, not a signature.
const SENTENCE_TAIL = /[.!?:;]$/;
// A goodbye stands alone when a sentence ends before it and nothing but punctuation follows.
const ENDS_SENTENCE = /[.!?\u2026,]$/;
const STARTS_WITH_STOP = /^[.!?\u2026,;)]/;
/** Longest name and longest signature line, in words. */
const MAX_NAME_WORDS = 4;
const MAX_SIGNATURE_WORDS = 8;
/** A line that opens with the signer's name and goes on with the team may run longer (round 18). */
const MAX_SIGNER_LINE_WORDS = 12;
/** Without a closing phrase, how many last lines may hold the signature. */
const UNCLOSED_SIGNATURE_LINES = 3;

/** The runner of every check type. */
export const CHECKS: CheckRunners = {
  require(check, draft) {
    const covers = coversOf(draft, check.except);
    if (check.find.some((lexicon) => uncoveredCount(draft.byLexicon[lexicon] ?? [], covers) > 0)) return [];
    return [missingAt(draft, check.at === 'end' ? lastFilled(draft) : firstFilled(draft))];
  },

  forbid(check, draft) {
    const found = check.find.flatMap((lexicon) => draft.byLexicon[lexicon] ?? []);
    // A hit within a hit of an `except` lexicon is not one (round 41: a rule cited for what we were bound to do).
    let spans = check.except.length === 0 ? found : uncoveredSpans(found, coversOf(draft, check.except));
    // A hit within a `within` hit that a `by` hit follows later in the draft is none (round 60: an apology for
    // dissatisfaction whose remedy the reply makes).
    if (check.exceptFollowed !== undefined && spans.length > 0) {
      const later = check.exceptFollowed.by.flatMap((lexicon) => draft.byLexicon[lexicon] ?? []);
      const owned = coversOf(draft, check.exceptFollowed.within).filter((cover) => later.some((hit) => comesBefore(cover, hit)));
      if (owned.length > 0) spans = uncoveredSpans(spans, owned);
    }
    return check.per === 'sentence' ? mergeSentences(spans, draft) : mergeOverlapping(spans, draft);
  },

  order(check, draft) {
    const hits = draft.byLexicon[check.before] ?? [];
    const before = hits[0];
    const after = draft.byLexicon[check.after]?.[0];
    if (before === undefined || after === undefined || !comesBefore(after, before)) return [];
    // A `before` hit within an `except` hit may follow `after` (round 19: a thank-you for patience closes a reply after
    // its apology by convention): out of order only when another one does.
    if (firstUncovered(hits, coversOf(draft, check.except)) === undefined) return [];
    return [fromSpan(after)];
  },

  pair(check, draft) {
    // Each sentence holding hits of both lexicons is one finding, from the first of those hits
    // to the end of the sentence: the condition is the rest of it ("…or I can't help you").
    // What a pair of hits gave before merging: every pair's span ends at the sentence's end,
    // so their union starts at the earliest hit. One pass over the hits, not one per pair.
    const first = firstHitPerSentence(draft, check.find[0]);
    const second = firstHitPerSentence(draft, check.find[1]);
    const spans: Span[] = [];
    for (const [key, a] of first) {
      const b = second.get(key);
      if (b === undefined) continue;
      const line = draft.lines[a.line] ?? '';
      const start = Math.min(a.start, b.start);
      const end = sentenceEnd(line, Math.max(a.end, b.end));
      spans.push({ lexicon: a.lexicon, line: a.line, start, end, text: '' });
    }
    return mergeOverlapping(spans, draft);
  },

  greeting(check, draft) {
    const line = firstFilled(draft);
    const greetings = hitsOn(draft, check.find, line);
    const first = greetings[0];
    if (first === undefined) {
      if (check.missing === 'name' || opensWithAddress(draft, check, line)) return [];
      return [missingAt(draft, line)];
    }
    if (check.missing === 'greeting') return [];
    const masks = [...greetings, ...hitsOn(draft, check.generic, line)];
    return hasNameOutside(draft.lines[line] ?? '', masks) ? [] : [fromSpan(first)];
  },

  signature(check, draft) {
    const tail = draft.filled.slice(-check.lines);
    const closing = lastHitIn(draft, check.closing, tail);
    // After a closing phrase, the signature is what follows it; without one, the last three lines.
    const candidates = closing === undefined ? linesFrom(draft, tail.slice(-UNCLOSED_SIGNATURE_LINES)) : linesAfter(draft, closing, tail);
    const masks = (line: number): Span[] => draft.hits.filter((hit) => hit.line === line && hit.lexicon !== check.team);
    let named = false;
    let teamed = false;
    let signed = false;
    for (const candidate of candidates) {
      const teams = hitsOn(draft, check.team, candidate.line).filter((hit) => hit.start >= candidate.offset);
      const hasName = startsWithName(candidate, [...teams, ...masks(candidate.line)], teams) || endsWithInitialledName(candidate.text) ||
        endsWithNameAfterTeam(candidate, teams) || endsWithBracketedName(candidate, teams);
      // After a closing phrase, "Beth, on behalf of the Support Team at Verdant Home": a name, then the team, may run
      // past eight words (without a closing, a long line is body text).
      const signerLine = closing !== undefined && hasName && teams.length > 0 && isSignerLine(candidate.text);
      if (!looksLikeSignatureLine(candidate.text) && !signerLine) continue;
      // After a closing phrase any short line is the signer; without one, only a name or a team is.
      if (closing !== undefined) signed = true;
      if (teams.length > 0) teamed = true;
      if (hasName) named = true;
    }
    signed ||= named || teamed;
    const missing = check.missing === 'signature' ? !signed : check.missing === 'name' ? signed && !named : !(named && teamed);
    return missing ? [missingAt(draft, lastFilled(draft))] : [];
  },

  'sign-off'(check, draft) {
    const tail = draft.filled.slice(-check.lines);
    if (lastHitIn(draft, check.closing, tail) !== undefined) return [];
    const lines = new Set(tail);
    const bare = (draft.byLexicon[check.find] ?? []).filter(
      (hit) => lines.has(hit.line) && standsAlone(draft.lines[hit.line] ?? '', hit),
    );
    return bare.map(fromSpan);
  },

  substitute(check, draft) {
    const found: RawFinding[] = [];
    for (const { lexicon, replacement } of check.swaps) {
      for (const hit of draft.byLexicon[lexicon] ?? []) found.push({ ...fromSpan(hit), replacement: keepCase(hit.text, replacement) });
    }
    return found.sort((a, b) => a.line - b.line || a.start - b.start);
  },
};

/** The replacement with the first letter's case of the words it replaces ("Utilize" → "Use"). */
function keepCase(words: string, replacement: string): string {
  const first = words.charAt(0);
  if (first === '' || first === first.toLowerCase() || first !== first.toUpperCase()) return replacement;
  return `${replacement.charAt(0).toUpperCase()}${replacement.slice(1)}`;
}

/**
 * Whether a first line opens by addressing the customer by name, then thanks them (`address`
 * hits after the comma): "Марина, спасибо, что написали!", "Anna, thank you for…". The chat
 * opening of care teams, a greeting by name; a bare "Ms Chen," is not.
 */
function opensWithAddress(draft: ScannedDraft, check: CheckOf<'greeting'>, line: number): boolean {
  if (check.address === undefined) return false;
  const text = draft.lines[line] ?? '';
  const comma = text.indexOf(',');
  if (comma < 0) return false;
  const words = text.slice(0, comma).trim().split(WHITE_SPACE);
  if (words.length < 1 || words.length > 2 || !words.every((word) => NAME_WORD.test(word))) return false;
  const known = draft.hits.some((hit) => hit.line === line && hit.start < comma);
  return !known && hitsOn(draft, check.address, line).some((hit) => hit.start > comma);
}

/** Whether span a starts before span b. */
function comesBefore(a: Span, b: Span): boolean {
  return a.line < b.line || (a.line === b.line && a.start < b.start);
}

function fromSpan(span: Span): RawFinding {
  return { line: span.line, start: span.start, end: span.end, text: span.text };
}

/** A finding about something missing: the start of a line, no span. */
function missingAt(draft: ScannedDraft, line: number): RawFinding {
  const text = draft.lines[line] ?? '';
  const start = text.length - text.trimStart().length;
  return { line, start, end: start };
}

function firstFilled(draft: ScannedDraft): number {
  return draft.filled[0] ?? 0;
}

function lastFilled(draft: ScannedDraft): number {
  return draft.filled[draft.filled.length - 1] ?? 0;
}

function hitsOn(draft: ScannedDraft, lexicon: number, line: number): Span[] {
  return (draft.byLexicon[lexicon] ?? []).filter((hit) => hit.line === line);
}

function lastHitIn(draft: ScannedDraft, lexicon: number, lines: readonly number[]): Span | undefined {
  const within = new Set(lines);
  const hits = (draft.byLexicon[lexicon] ?? []).filter((hit) => within.has(hit.line));
  return hits[hits.length - 1];
}

/**
 * Overlapping spans on one line become one finding: "ничем не могу помочь" is one phrase. Each
 * finding's text is cut once, when its span is complete (not again at every overlap).
 */
function mergeOverlapping(spans: Span[], draft: ScannedDraft): RawFinding[] {
  const sorted = [...spans].sort((a, b) => a.line - b.line || a.start - b.start);
  const out: RawFinding[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.line === span.line && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ line: span.line, start: span.start, end: span.end });
  }
  for (const finding of out) finding.text = (draft.lines[finding.line] ?? '').slice(finding.start, finding.end);
  return out;
}

/**
 * Each sentence holding hits is one finding, and the finding is the whole sentence: "Our staff
 * are always polite, so it must have been a misunderstanding" is one dismissal, not two, and
 * "As per our policy, nothing can be done" one wall (the hated phrase in it supersedes the citation).
 */
function mergeSentences(spans: Span[], draft: ScannedDraft): RawFinding[] {
  const sorted = [...spans].sort((a, b) => a.line - b.line || a.start - b.start);
  const out: RawFinding[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.line === span.line && span.start < last.end) continue;
    const line = draft.lines[span.line] ?? '';
    out.push({ line: span.line, start: sentenceStart(line, span.start), end: sentenceEnd(line, span.end) });
  }
  for (const finding of out) finding.text = (draft.lines[finding.line] ?? '').slice(finding.start, finding.end);
  return out;
}

/** Where the sentence that holds offset `at` starts: after the previous sentence end and the space after it. */
function sentenceStart(line: string, at: number): number {
  let start = at;
  while (start > 0 && !isSentenceEnd(line.charCodeAt(start - 1))) start -= 1;
  while (start < at && isWhiteSpace(line.charCodeAt(start))) start += 1;
  return start;
}

/**
 * The first hit of a lexicon in each sentence, keyed by "line:sentence". A sentence is counted
 * by the sentence ends before a hit's start; a word hit never holds one (the word matcher ends a
 * phrase at . ! ? …), so two hits share a sentence exactly when no sentence ends between them.
 */
function firstHitPerSentence(draft: ScannedDraft, lexicon: number): Map<string, Span> {
  const first = new Map<string, Span>();
  let line = -1;
  let counted = 0;
  let sentence = 0;
  for (const hit of draft.byLexicon[lexicon] ?? []) {
    if (hit.line !== line) {
      line = hit.line;
      counted = 0;
      sentence = 0;
    }
    // Hits come in text order: count the sentence ends from the previous hit's start to this one's.
    const text = draft.lines[line] ?? '';
    for (; counted < hit.start; counted += 1) if (isSentenceEnd(text.charCodeAt(counted))) sentence += 1;
    const key = `${line}:${sentence}`;
    if (!first.has(key)) first.set(key, hit);
  }
  return first;
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Where the sentence that goes on at `from` ends: before its full stop, or at the end of the line. */
function sentenceEnd(line: string, from: number): number {
  for (let i = from; i < line.length; i += 1) if (isSentenceEnd(line.charCodeAt(i))) return i;
  return line.trimEnd().length;
}

/**
 * Whether a line has a capitalised word outside the masked spans (a name after "Hello"). Words
 * and masks are both in text order: one walk over the two, not every mask for every word.
 */
function hasNameOutside(line: string, masks: readonly Span[]): boolean {
  const sorted = [...masks].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  for (const word of wordsOf(line)) {
    // Take in the masks that start before the word ends; `reach` is the furthest any of them ends.
    while (next < sorted.length && (sorted[next] as Span).start < word.end) reach = Math.max(reach, (sorted[next++] as Span).end);
    if (reach > word.start) continue;
    if (UPPER_START.test(String.fromCodePoint(line.codePointAt(word.start) as number))) return true;
  }
  return false;
}

/** Words of a line as offsets: runs of letters and digits, an apostrophe inside one included. */
function wordsOf(line: string): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i += 1) {
    const code = i < line.length ? line.charCodeAt(i) : 0x20;
    const inWord = charClass(code) === WORD || (start >= 0 && (code === 0x27 || code === 0x2019) && charClass(line.charCodeAt(i + 1)) === WORD);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  return words;
}

/** A line (or the part of one after a closing phrase) that may hold a signature. */
interface Candidate {
  line: number;
  offset: number;
  text: string;
}

function linesFrom(draft: ScannedDraft, lines: readonly number[]): Candidate[] {
  return lines.map((line) => ({ line, offset: 0, text: draft.lines[line] ?? '' }));
}

/** What follows a closing phrase: the rest of its line, then the lines after it. */
function linesAfter(draft: ScannedDraft, closing: Span, tail: readonly number[]): Candidate[] {
  const rest = (draft.lines[closing.line] ?? '').slice(closing.end);
  const skipped = rest.length - rest.replace(AFTER_CLOSING, '').length;
  const candidates: Candidate[] = [];
  if (rest.trim() !== '') candidates.push({ line: closing.line, offset: closing.end + skipped, text: rest.slice(skipped) });
  return candidates.concat(linesFrom(draft, tail.filter((line) => line > closing.line)));
}

/** Short and not a sentence: "Olga Ivanova", "Customer Care, Northwind Tea", «Петрова А.С.» (an initial's dot, round 19). */
function looksLikeSignatureLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.split(WHITE_SPACE).length <= MAX_SIGNATURE_WORDS && (!SENTENCE_TAIL.test(trimmed) || INITIAL_TAIL.test(trimmed));
}

/** Whether a line ends with a name written with initials, after the signer's role or alone (round 19). */
function endsWithInitialledName(text: string): boolean {
  return INITIALLED_NAME.test(text.trim());
}

/** Whether a line ends with the signer's name after its team words and a comma or a dash (round 44). */
function endsWithNameAfterTeam(candidate: Candidate, teams: readonly Span[]): boolean {
  const match = TEAM_THEN_NAME.exec(candidate.text);
  return match !== null && teams.some((team) => team.end <= candidate.offset + match.index);
}

/** Whether a line ends with the signer's name in brackets after its team words (round 57). */
function endsWithBracketedName(candidate: Candidate, teams: readonly Span[]): boolean {
  const match = TEAM_THEN_BRACKETED_NAME.exec(candidate.text);
  return match !== null && teams.some((team) => team.end <= candidate.offset + match.index);
}

/** A name and its team on one line, longer than a short signature line but no sentence (round 18). */
function isSignerLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(WHITE_SPACE).length <= MAX_SIGNER_LINE_WORDS && !SENTENCE_TAIL.test(trimmed);
}

/**
 * Whether a candidate line opens with a name: 1–4 capitalised words before any comma or dash, none of them a
 * known word — or before a joining word with a team word after it ("Beth from the Support Team", round 18).
 */
function startsWithName(candidate: Candidate, masks: readonly Span[], teams: readonly Span[]): boolean {
  const cut = candidate.text.search(SEGMENT_END);
  let segment = cut < 0 ? candidate.text : candidate.text.slice(0, cut);
  const join = NAME_JOIN.exec(segment);
  if (join !== null && teams.some((team) => team.start >= candidate.offset + join.index + join[0].length)) segment = segment.slice(0, join.index);
  let from = candidate.offset;
  // The signer's role before the name (round 26): "Administrator Polina", «Администратор Марина» — the team words that
  // open the segment are the role, and the name is what follows them.
  for (const team of [...teams].sort((a, b) => a.start - b.start)) {
    const gap = candidate.text.slice(from - candidate.offset, team.start - candidate.offset);
    if (team.start < from || gap.trim() !== '' || team.end >= candidate.offset + segment.length) break;
    from = team.end;
  }
  if (from > candidate.offset) segment = segment.slice(from - candidate.offset);
  const to = from + segment.length;
  if (masks.some((mask) => mask.start < to && from < mask.end)) return false;
  const all = segment.trim().split(WHITE_SPACE).filter((word) => word !== '');
  // A title counts with the name after it, never alone.
  const words = all.length > 1 && NAME_TITLE.test(all[0] ?? '') ? all.slice(1) : all;
  return words.length >= 1 && words.length <= MAX_NAME_WORDS && words.every((word) => NAME_WORD.test(word));
}

/**
 * Whether a hit is a sentence by itself: "…weekends. Bye!" but not "wait while we check". Reads
 * only the characters next to the hit (past white space), never copies the rest of the line.
 */
function standsAlone(line: string, hit: Span): boolean {
  let before = hit.start - 1;
  while (before >= 0 && isWhiteSpace(line.charCodeAt(before))) before -= 1;
  let after = hit.end;
  while (after < line.length && isWhiteSpace(line.charCodeAt(after))) after += 1;
  return (before < 0 || ENDS_SENTENCE.test(line.charAt(before))) && (after >= line.length || STARTS_WITH_STOP.test(line.charAt(after)));
}

/** White space as String.prototype.trim sees it, for the characters a draft holds. */
function isWhiteSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
