/**
 * Characters and words as the classifier and the reply linter see them, shared by the rule
 * compilers and the scanner so a term in a rules file is cut into words exactly as a text is.
 *
 * A word is a run of letters or digits (Latin, Latin-1, Cyrillic), with an apostrophe allowed
 * inside it ("don't"). Case is folded and `ё` read as `е`, `ѝ` as `и`, so lexicons need only one
 * spelling. Sentence punctuation and dashes end a clause: a negation or a phrase never reaches
 * across one.
 */

/** Character class: not part of a word. */
export const SPACE = 0;
/** Character class: part of a word. */
export const WORD = 1;
/** Character class: an apostrophe, part of a word only between letters. */
export const APOSTROPHE = 2;
/** Character class: ends a clause (. , ; : ! ? brackets, dashes, line breaks). */
export const CLAUSE_BREAK = 3;

const CLAUSE_BREAK_CHARS = '.,;:!?()[]{}\n\r\u2013\u2014\u2026';

/** Code units at or above this are never part of a word or a clause break. */
export const CHAR_TABLE_SIZE = 0x2030;

/** Class of every UTF-16 code unit below CHAR_TABLE_SIZE; everything above is a space. Built once. */
const CHAR_CLASS: Uint8Array = buildCharClasses();

function buildCharClasses(): Uint8Array {
  const classes = new Uint8Array(CHAR_TABLE_SIZE);
  const mark = (from: number, to: number, cls: number): void => {
    for (let code = from; code <= to; code += 1) classes[code] = cls;
  };
  mark(0x30, 0x39, WORD); // 0-9
  mark(0x41, 0x5a, WORD); // A-Z
  mark(0x61, 0x7a, WORD); // a-z
  mark(0xc0, 0x24f, WORD); // Latin-1 and Latin Extended letters
  classes[0xd7] = SPACE; // ×
  classes[0xf7] = SPACE; // ÷
  mark(0x400, 0x4ff, WORD); // Cyrillic
  classes[0x27] = APOSTROPHE;
  classes[0x2019] = APOSTROPHE; // ’
  for (const ch of CLAUSE_BREAK_CHARS) classes[ch.charCodeAt(0)] = CLAUSE_BREAK;
  return classes;
}

/** Class of one UTF-16 code unit. */
export function charClass(code: number): number {
  return code < CHAR_TABLE_SIZE ? (CHAR_CLASS[code] as number) : SPACE;
}

/** Whether a code unit is an ASCII digit 0–9. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a code unit is a lower-case letter: Latin a–z, Cyrillic а–я or ё. */
export function isLowerLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f) || code === 0x451;
}

/** Whether a code unit is a capital: Latin A–Z or Cyrillic А–Я. */
export function isUpperLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f);
}

/** Lower-cases one code unit of a word and folds spelling variants; no string is allocated. */
export function foldChar(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code >= 0x410 && code <= 0x42f) return code + 32; // А-Я → а-я
  if (code >= 0x400 && code <= 0x40f) code += 80; // Ѐ-Џ → ѐ-џ
  if (code === 0x451) return 0x435; // ё → е
  if (code === 0x45d) return 0x438; // ѝ → и
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  if (code === 0x2019) return 0x27; // ’ → '
  return code;
}

/** One word of a term: its folded letters, and whether it is a stem (`юрист*`). */
export interface TermWord {
  text: string;
  stem: boolean;
}

/** The shortest stem allowed: shorter ones would match half the dictionary. */
export const MIN_STEM_LENGTH = 3;

/**
 * Cut a rules-file term ("legal action", "юрист*", "защит* прав* потребител*") into words.
 * Returns a message saying what is wrong instead when the term cannot match anything sensible.
 */
export function parseTerm(term: string): TermWord[] | string {
  const words: TermWord[] = [];
  for (const raw of term.trim().split(/\s+/)) {
    if (raw === '') continue;
    const stem = raw.endsWith('*');
    const body = stem ? raw.slice(0, -1) : raw;
    if (body.includes('*')) return `"*" may only end a word, in "${term}"`;
    // Hyphens and other separators split words in text, so they split a term's words too.
    const pieces = splitWords(body);
    if (pieces === undefined) return `"${raw}" has characters that never occur inside a word`;
    if (pieces.length === 0) return `"${raw}" has no letters`;
    pieces.forEach((piece, index) => words.push({ text: piece, stem: stem && index === pieces.length - 1 }));
    const last = words[words.length - 1];
    if (last !== undefined && last.stem && last.text.length < MIN_STEM_LENGTH) {
      return `stem "${raw}" is too short: a stem needs at least ${MIN_STEM_LENGTH} letters before "*"`;
    }
  }
  if (words.length === 0) return 'a term must have at least one word';
  return words;
}

/** Split a word-ish string on hyphens and slashes; undefined if it holds clause punctuation. */
function splitWords(body: string): string[] | undefined {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    const cls = charClass(code);
    if (cls === WORD || (cls === APOSTROPHE && current !== '')) current += String.fromCharCode(foldChar(code));
    else if (code === 0x2d || code === 0x2f) {
      if (current !== '') pieces.push(current);
      current = '';
    } else return undefined;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** How many runs of letters a text holds (digits and marks between them do not count as words). */
export function wordCount(value: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const letter = code > 0x40 && (code < 0x5b || (code > 0x60 && code < 0x7b) || code >= 0xc0);
    if (letter && !inWord) words += 1;
    inWord = letter;
  }
  return words;
}
