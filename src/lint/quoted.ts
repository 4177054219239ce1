/** A reply's quoted original: blanked before the draft is checked, so only the agent's words count. */

// A reply's quoted original ("> …") and the line that introduces it are not the agent's words.
const QUOTED_LINE = /^\s*>/;
const QUOTE_INTRO = /(?:wrote|написал\p{L}*|пише|писа):\s*$/iu;

/**
 * Blanks the quoted original of a reply ("> …" lines and the "… wrote:" line before them), so
 * only the agent's words are checked; lines stay where they are, so line numbers still match.
 */
export function withoutQuotedText(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i += 1) {
    if (!QUOTED_LINE.test(lines[i] ?? '')) continue;
    lines[i] = '';
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before -= 1;
    if (before >= 0 && QUOTE_INTRO.test(lines[before] ?? '')) lines[before] = '';
  }
  return lines.join('\n');
}
