/**
 * Hits inside other hits' spans: "Monday" within the order "Write on Monday.", "18:00" within "we
 * close at 18:00", «събота» within "delivered on Saturday between 9 and 12". The `require` and `order`
 * checks' `except` (and `forbid`'s, round 41) and the kind vote's `kindExcept` ask it.
 */
import type { ScannedDraft, Span } from './scan.js';

/** The spans of some lexicons' hits, in text order (line, then start). */
export function coversOf(draft: ScannedDraft, lexicons: readonly number[]): Span[] {
  if (lexicons.length === 0) return [];
  return lexicons.flatMap((lexicon) => draft.byLexicon[lexicon] ?? []).sort((a, b) => a.line - b.line || a.start - b.start);
}

/** How many hits (in text order) lie outside every cover (in text order). */
export function uncoveredCount(hits: readonly Span[], covers: readonly Span[]): number {
  if (covers.length === 0) return hits.length;
  let count = 0;
  walkUncovered(hits, covers, () => {
    count += 1;
    return true;
  });
  return count;
}

/** The hits outside every cover; `hits` in any order (sorted here), `covers` in text order. */
export function uncoveredSpans(hits: readonly Span[], covers: readonly Span[]): Span[] {
  const sorted = [...hits].sort((a, b) => a.line - b.line || a.start - b.start);
  if (covers.length === 0) return sorted;
  const out: Span[] = [];
  walkUncovered(sorted, covers, (hit) => {
    out.push(hit);
    return true;
  });
  return out;
}

/** The first hit (in text order) outside every cover (in text order), or none. */
export function firstUncovered(hits: readonly Span[], covers: readonly Span[]): Span | undefined {
  let first: Span | undefined;
  walkUncovered(hits, covers, (hit) => {
    first = hit;
    return false;
  });
  return first;
}

/**
 * One walk over the two lists, keeping the furthest end of the covers on the hit's line that start at or
 * before it; `visit` gets each hit outside every cover and returns whether to go on.
 */
function walkUncovered(hits: readonly Span[], covers: readonly Span[], visit: (hit: Span) => boolean): void {
  let next = 0;
  let line = -1;
  let reach = -1;
  for (const hit of hits) {
    for (; next < covers.length; next += 1) {
      const cover = covers[next] as Span;
      if (cover.line > hit.line || (cover.line === hit.line && cover.start > hit.start)) break;
      reach = cover.line === line ? Math.max(reach, cover.end) : cover.end;
      line = cover.line;
    }
    if ((line !== hit.line || reach < hit.end) && !visit(hit)) return;
  }
}
