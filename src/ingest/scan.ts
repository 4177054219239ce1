/**
 * Where records start and end in CSV text, and which of them have a broken quote: the one rule
 * that cutting text into pieces, the parser's input and the two-thread split all follow
 * (docs/ingestion.md, "Quotes").
 *
 * - A field is quoted when it starts with `"`; a quote anywhere else in a field is a character
 *   like any other (`5" screen`).
 * - A quoted field ends at a `"` followed by the delimiter, a newline or the end of the text;
 *   `""` inside it is one quote.
 * - A `"` followed by anything else closes the field mid-way (`"Tea" 50g`): the record is bad.
 * - A quoted field that runs on over QUOTE_RESYNC_LINES lines that each look like a record (as
 *   many fields as the header, when it has three or more) never closed: the record is bad.
 * - A bad record is the text from its start to the end of the line where the broken field's
 *   quote opened; reading goes on with the next line. So a stray quote costs one row, counted.
 * - Text that ends inside a quoted field: at the end of the file the caller reports it (an input
 *   error naming the line where the quote opened); at the end of a byte range (the first part of
 *   a file read on two threads, cut by this same scanner) the record is bad, as the whole-file
 *   scan found it to be.
 *
 * The scan works on char codes; the same code scans bytes decoded as latin1 (one char per byte),
 * since the delimiter, the quote and the newline are ASCII in every encoding split by bytes.
 */

/** Lines inside an open quote that look like records before the quote is taken as never closing. */
export const QUOTE_RESYNC_LINES = 20;

export interface ScanFormat {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
  /** Fields of the header; 0 before it is known (then a quote is never given up on by lines). */
  fields: number;
}

/** How the text ends: more may follow, the file ends, or a byte range ends (see above). */
export type TextEnd = 'more' | 'eof' | 'rangeEnd';

export interface BadRecord {
  /** Where the record starts, where its text ends (before the newline) and where the next starts. */
  start: number;
  end: number;
  next: number;
  /** The quote that opened the broken field. */
  quoteAt: number;
  why: 'closesMidField' | 'neverCloses';
}

export interface RecordScan {
  /** End of the last complete record's text and where the record after it starts; -1 when no record is complete. */
  end: number;
  next: number;
  /** Start of the last complete record (-1 when none). */
  lastStart: number;
  bad: BadRecord[];
  /** With `eof`: the text ends inside a quoted field opened here. */
  openQuoteAt?: number;
}

const QUOTE = 34;
const CR = 13;

/**
 * Scans the records of `text` from `from` (a record start). Stops at the end of the text, at an
 * incomplete record (`more`), or after the first record that ends at or past `stopAt`.
 */
export function scanRecords(text: string, from: number, format: ScanFormat, ending: TextEnd, stopAt = Number.POSITIVE_INFINITY): RecordScan {
  const n = text.length;
  const mark = format.newline === '\r' ? '\r' : '\n';
  const markCode = mark.charCodeAt(0);
  const delimiterCode = format.delimiter.charCodeAt(0);
  const crlf = format.newline === '\r\n';
  const result: RecordScan = { end: -1, next: -1, lastStart: -1, bad: [] };
  const textEnd = (at: number) => (crlf && at > 0 && text.charCodeAt(at - 1) === CR ? at - 1 : at);
  let nextQuote = text.indexOf('"', from);
  let position = from;

  /** A bad record from `start` to the end of the line where the quote at `quoteAt` opened; false when that line is not complete yet. */
  const markBad = (start: number, quoteAt: number, why: BadRecord['why']): boolean => {
    const lineEnd = text.indexOf(mark, quoteAt);
    if (lineEnd === -1 && ending === 'more') return false;
    const end = lineEnd === -1 ? n : textEnd(lineEnd);
    const next = lineEnd === -1 ? n : lineEnd + 1;
    result.bad.push({ start, end, next, quoteAt, why });
    result.lastStart = start;
    result.end = end;
    result.next = next;
    position = next;
    return true;
  };

  records: while (position < n) {
    const start = position;
    let lineEnd = text.indexOf(mark, position);
    if (lineEnd === -1) lineEnd = n;
    if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
    if (nextQuote === -1 || nextQuote > lineEnd) {
      // No quote on this line: the line is the record.
      if (lineEnd === n && ending === 'more') break;
      result.lastStart = start;
      result.end = textEnd(lineEnd);
      result.next = lineEnd === n ? n : lineEnd + 1;
      position = result.next;
      if (result.next >= stopAt || lineEnd === n) break;
      continue;
    }
    // Field by field.
    let i = position;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const open = i;
        let j = i + 1;
        let close = -1; // position after the closing quote
        let brokenAt = -1;
        let incomplete = false;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            incomplete = true;
            break;
          }
          if (q + 1 >= n) {
            if (ending === 'more') incomplete = true;
            else close = n;
            break;
          }
          const c = text.charCodeAt(q + 1);
          if (c === QUOTE) {
            j = q + 2;
            continue;
          }
          if (c === delimiterCode || c === markCode) close = q + 1;
          else if (crlf && c === CR) {
            if (q + 2 < n) {
              if (text.charCodeAt(q + 2) === markCode) close = q + 1;
              else brokenAt = q;
            } else if (ending === 'more') incomplete = true;
            else close = q + 1;
          } else brokenAt = q;
          break;
        }
        const reach = close !== -1 ? close : brokenAt !== -1 ? brokenAt : n;
        if (runsOverRecords(text, open, reach, mark, format, incomplete && ending !== 'more')) {
          if (!markBad(start, open, 'neverCloses')) break records;
          break;
        }
        if (brokenAt !== -1) {
          if (!markBad(start, open, 'closesMidField')) break records;
          break;
        }
        if (incomplete) {
          if (ending === 'more') break records;
          if (ending === 'rangeEnd') {
            markBad(start, open, 'neverCloses');
            break;
          }
          result.openQuoteAt = open;
          break records;
        }
        i = close;
        nextQuote = text.indexOf('"', i);
      } else {
        // An unquoted field: to the next delimiter or the end of the line.
        if (lineEnd < i) {
          // A quoted field ran over lines: find the end of the line this field is on.
          lineEnd = text.indexOf(mark, i);
          if (lineEnd === -1) lineEnd = n;
        }
        const d = text.indexOf(format.delimiter, i);
        i = d !== -1 && d < lineEnd ? d : lineEnd;
      }
      // i is after a field: a delimiter, a newline (maybe \r\n) or the end.
      if (i < n && text.charCodeAt(i) === delimiterCode) {
        i++;
        continue;
      }
      if (i < n && text.charCodeAt(i) === CR && crlf) i++;
      if (i >= n) {
        if (ending === 'more') break records;
        result.lastStart = start;
        result.end = n;
        result.next = n;
        position = n;
        break records;
      }
      result.lastStart = start;
      result.end = textEnd(i);
      result.next = i + 1;
      position = i + 1;
      break;
    }
    if (result.next >= stopAt) break;
  }
  return result;
}

/**
 * Whether the quoted field opened at `open` runs on (up to `reach`) over QUOTE_RESYNC_LINES
 * lines that each look like a record. `toEnd`: the last line, without a newline, counts too.
 */
function runsOverRecords(text: string, open: number, reach: number, mark: string, format: ScanFormat, toEnd: boolean): boolean {
  // With one or two columns a line of prose often has as many delimiters as a record: keep reading.
  if (format.fields < 3) return false;
  let lineStart = text.indexOf(mark, open);
  if (lineStart === -1 || lineStart >= reach) return false;
  lineStart++;
  let looking = 0;
  while (lineStart < reach) {
    let lineEnd = text.indexOf(mark, lineStart);
    if (lineEnd === -1 || lineEnd >= reach) {
      if (!toEnd) return false;
      lineEnd = reach;
    }
    if (!looksLikeRecord(text, lineStart, lineEnd, format)) return false;
    if (++looking >= QUOTE_RESYNC_LINES) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

/** As many fields as the header, counting delimiters outside quotes on this one line. */
function looksLikeRecord(text: string, from: number, to: number, format: ScanFormat): boolean {
  const delimiterCode = format.delimiter.charCodeAt(0);
  let inQuotes = false;
  let delimiters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === delimiterCode && !inQuotes) delimiters++;
  }
  return delimiters === format.fields - 1;
}

/** The cells of a bad record as best they can be told apart (for --rejects): split at every delimiter. */
export function roughCells(text: string, delimiter: string): string[] {
  return text.split(delimiter);
}
