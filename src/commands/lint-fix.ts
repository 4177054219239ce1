/**
 * `care lint-reply FILE --fix`: writes the safe replacements into the draft (src/lint/fix.ts),
 * atomically, prints what changed as a unified diff on stdout and the score before and after on
 * stderr; `--dry-run` (or `--diff`) prints the diff and writes nothing. A step of care lint-reply.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say, sayOr } from '../i18n/index.js';
import { readDraftText } from '../ingest/drafts.js';
import { openSource } from '../ingest/source.js';
import type { EncodingName } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import { applyFixes } from '../lint/fix.js';
import { withoutQuotedText } from '../lint/quoted.js';
import type { LintResult } from '../lint/types.js';
import { escapeControls } from '../text/escape.js';
import { lineForLineDiff } from '../text/line-diff.js';

const BOM = '\ufeff';

/** Fixes one draft file (or stdin, with dryRun); returns the result of linting the fixed text. */
export async function fixDraft(io: Io, file: string | undefined, dryRun: boolean, encoding: EncodingName | undefined, lint: (text: string) => LintResult): Promise<{ text: string; result: LintResult }> {
  const name = file ?? '-';
  if (path.extname(name).toLowerCase() === '.eml') {
    throw new UsageError('CARE_FIX_EML', '--fix rewrites plain-text drafts; an .eml is not rewritten', { file: name, hint: 'fix the draft before it becomes a message, or run without --fix', say: say('error.fixEml'), hintSay: say('hint.fixBefore') });
  }
  if (name === '-' && !dryRun) {
    throw new UsageError('CARE_FIX_STDIN', '--fix writes the draft back to its file, and stdin has none', { hint: 'name the file, or add --dry-run (or use --diff) to print the diff only', say: say('error.fixStdin'), hintSay: say('hint.fixStdin') });
  }
  const full = name === '-' ? '-' : path.resolve(io.cwd, name);
  const text = await readDraftText(openSource(io, full), name, encoding);
  const bom = dryRun ? '' : utf8Bom(full, text, name);
  const before = lint(withoutQuotedText(text));
  const { text: fixed, applied, left } = applyFixes(text, before.findings);
  const after = applied.length === 0 ? before : lint(withoutQuotedText(fixed));
  const shown = escapeControls(name);
  // git's names (a/…, b/…), so `git apply` and `patch -p1` take the diff; an absolute path loses its leading slash.
  const diffName = name.replace(/^\/+/, '');
  io.stdout.write(lineForLineDiff(text, fixed, `a/${diffName}`, `b/${diffName}`));
  if (applied.length > 0 && !dryRun) writeFileAtomic(full, `${bom}${fixed}`, { what: `the fixed draft ${shown}` });
  const verb = dryRun ? 'would fix' : 'fixed';
  const inTemplate = left.filter((item) => item.why === 'template').length;
  const kept = inTemplate === 0 ? '' : `; ${inTemplate} inside {{ }} left alone`;
  const english = `${shown}: ${verb} ${applied.length} of ${before.findings.length} findings${kept}; score ${before.score} → ${after.score}${dryRun ? ' (nothing written)' : ''}`;
  const keptSaid = inTemplate === 0 ? '' : say('lint.keptInTemplate', { count: inTemplate });
  const said = say(dryRun ? 'lint.wouldFix' : 'lint.fixed', { file: shown, fixed: applied.length, count: before.findings.length, kept: keptSaid, before: before.score, after: after.score });
  io.stderr.write(`care: ${sayOr(io.lang, english, said)}\n`);
  return { text: fixed, result: after };
}

/**
 * The byte-order mark to write back: the draft is written as UTF-8, so a draft in another
 * encoding (windows-1251, UTF-16) is refused rather than silently converted.
 */
function utf8Bom(full: string, text: string, name: string): string {
  const bytes = readFileSync(full);
  const utf8 = Buffer.from(text, 'utf8');
  if (bytes.equals(utf8)) return '';
  if (bytes.equals(Buffer.concat([Buffer.from(BOM, 'utf8'), utf8]))) return BOM;
  throw new UsageError('CARE_FIX_ENCODING', '--fix writes drafts in UTF-8 and this one is in another encoding', { file: name, hint: 'convert it to UTF-8 first, or add --dry-run to print the diff only', say: say('error.fixEncoding'), hintSay: say('hint.convertUtf8') });
}
