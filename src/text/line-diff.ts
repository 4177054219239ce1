/**
 * A unified diff (the format `patch` and `git apply` read) between two texts with the same lines,
 * where only the content of some lines changed — what an edit within lines (`care lint-reply
 * --fix`) gives. Three lines of context; a run of changed lines is shown as its old lines, then
 * its new ones. Pure; linear in the text.
 */

const CONTEXT = 3;

/** The diff, '' when nothing changed; throws when the texts do not have the same lines. */
export function lineForLineDiff(before: string, after: string, oldName: string, newName: string): string {
  const a = linesOf(before);
  const b = linesOf(after);
  if (a.lines.length !== b.lines.length) throw new Error('lineForLineDiff: the two texts must have the same number of lines');
  const changed: number[] = [];
  a.lines.forEach((line, i) => {
    if (line !== b.lines[i] || (i === a.lines.length - 1 && a.endsWithBreak !== b.endsWithBreak)) changed.push(i);
  });
  if (changed.length === 0) return '';
  const out = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  const last = a.lines.length - 1;
  const noBreak = (side: { endsWithBreak: boolean }, i: number): string => (i === last && !side.endsWithBreak ? '\\ No newline at end of file\n' : '');
  for (let h = 0; h < changed.length; ) {
    // A hunk takes in the next change while the two are at most 2 × CONTEXT lines apart.
    let end = h;
    while (end + 1 < changed.length && (changed[end + 1] as number) - (changed[end] as number) <= 2 * CONTEXT) end += 1;
    const from = Math.max(0, (changed[h] as number) - CONTEXT);
    const to = Math.min(last, (changed[end] as number) + CONTEXT);
    out.push(`@@ -${from + 1},${to - from + 1} +${from + 1},${to - from + 1} @@\n`);
    const isChanged = new Set(changed.slice(h, end + 1));
    for (let i = from; i <= to; ) {
      if (!isChanged.has(i)) {
        out.push(` ${a.lines[i]}\n${noBreak(a, i)}`);
        i += 1;
        continue;
      }
      let run = i;
      while (run + 1 <= to && isChanged.has(run + 1)) run += 1;
      for (let j = i; j <= run; j += 1) out.push(`-${a.lines[j]}\n${noBreak(a, j)}`);
      for (let j = i; j <= run; j += 1) out.push(`+${b.lines[j]}\n${noBreak(b, j)}`);
      i = run + 1;
    }
    h = end + 1;
  }
  return out.join('');
}

/** The lines of a text (without their breaks) and whether the last one ends with a break. */
function linesOf(text: string): { lines: string[]; endsWithBreak: boolean } {
  const lines = text.split(/\r\n|\r|\n/);
  const endsWithBreak = text.length > 0 && lines[lines.length - 1] === '';
  if (endsWithBreak) lines.pop();
  return { lines, endsWithBreak };
}
