/**
 * `care lint-reply [FILE|-]`: checks a draft reply (plain text or an .eml), or every draft in a
 * CSV column, against the rules of polite care and scores it 0–100. `--fail-under N` makes a
 * script fail (exit 4) when a draft scores below N; the findings are printed first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { say, sayOr, translate } from '../i18n/index.js';
import { pickDraftColumn, readDraftText } from '../ingest/drafts.js';
import { openSource, readTable } from '../ingest/table.js';
import type { EncodingName } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { lintMessage } from '../lint/engine.js';
import { assertScores } from '../lint/fail-under.js';
import { withoutQuotedText } from '../lint/quoted.js';
import type { FitType, LintLocale, LintOptions, LintResult, ReplyKind } from '../lint/types.js';
import type { CareConfig } from '../config/schema.js';
import type { CompiledLintRules } from '../lint/compile.js';
import { compileTeamRules } from '../lint/team-rules.js';
import { escapeControls } from '../report/format.js';
import { type LintFormat, type LintedDraft, draftTruncationNote, lintRenderers } from '../report/lint-view.js';

/** Options of `care lint-reply`, as the CLI parses them (values checked: src/cli/command-table.ts). */
export interface LintReplyOptions {
  /** --csv FILE (or - for stdin): one draft per row. */
  csv?: string;
  /** --column COL: the column of --csv holding the drafts. */
  column?: string;
  /** --locale en|ru|bg (default: detected from each draft). */
  locale?: LintLocale;
  /** --kind complaint|reminder|notice|general (default: detected from each draft). */
  kind?: ReplyKind;
  /** --format table|json (default table). */
  format?: LintFormat;
  /** --fail-under N: exit 4 when a draft scores below N (0–100). */
  failUnder?: number;
  /** --delimiter for --csv. */
  delimiter?: string;
  /** --encoding of the draft or the CSV (default: sniffed). */
  encoding?: EncodingName;
  /** --rules FILE: the team's own rules merged over the built-in ones (src/lint/team-rules.ts). */
  rules?: string;
  /** --type: the complainer type the reply answers; its fit rules run too. */
  type?: FitType;
  /** --complaints FILE with --id ID: the type is the one care classify gives that record. */
  complaints?: string;
  id?: string;
  /** --fix: write the safe replacements into the draft and print the diff; --dry-run (or --diff): the diff only. */
  fix?: boolean;
  dryRun?: boolean;
  diff?: boolean;
}

/** Runs `care lint-reply`. */
export async function runLintReply(io: Io, file: string | undefined, options: LintReplyOptions = {}, config: CareConfig = {}): Promise<void> {
  const type = await fitType(io, options, config);
  const lintOptions: LintOptions = {
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.kind === undefined ? {} : { kind: options.kind }),
    ...(type === undefined ? {} : { type }),
  };
  const rules = options.rules === undefined ? undefined : teamRules(io, options.rules);
  const lint = (text: string) => lintMessage(text, lintOptions, rules);
  const format = options.format ?? 'table';
  const failUnder = options.failUnder;

  const dryRun = options.dryRun === true || options.diff === true;
  if (options.dryRun === true && options.fix !== true) throw new UsageError('CARE_DRY_RUN_ALONE', '--dry-run goes with --fix', { hint: 'care lint-reply draft.txt --fix --dry-run (or --diff) prints the diff and writes nothing', say: say('error.dryRunAlone'), hintSay: say('hint.dryRunUsage') });
  if (options.fix === true || options.diff === true) {
    if (options.csv !== undefined) throw new UsageError('CARE_FIX_CSV', '--fix rewrites one draft file, not the rows of --csv', { hint: 'fix the drafts one file at a time', say: say('error.fixNotCsv'), hintSay: say('hint.fixOneAtATime') });
    const { fixDraft } = await import('./lint-fix.js');
    const fixed = await fixDraft(io, file, dryRun, options.encoding, lint);
    if (failUnder !== undefined) assertScores([fixed], failUnder);
    return;
  }

  const drafts = options.csv === undefined
    ? [await lintOne(io, file, options, lint)]
    : await lintRows(io, file, options, lint);

  for (const draft of drafts) if (draft.result.truncated !== undefined) io.stderr.write(truncationLine(io, file ?? options.csv ?? '-', draft));
  io.stdout.write(lintRenderers[format]({ drafts, batch: options.csv !== undefined, color: io.color, source: options.csv ?? file ?? '-', lang: io.lang }));
  if (failUnder !== undefined) assertScores(drafts, failUnder);
}


/** The note on a draft over the length cap: in English as src/report/lint-view.ts writes it, else in the run's language. */
function truncationLine(io: Io, name: string, draft: LintedDraft): string {
  if (io.lang === undefined || io.lang === 'en') return draftTruncationNote(name, draft);
  const { chars, checkedChars } = draft.result.truncated as { chars: number; checkedChars: number };
  const said = { file: escapeControls(name), line: String(draft.line), chars, checked: checkedChars };
  return `care: ${translate(io.lang, draft.line === undefined ? 'lint.draftOverCap' : 'lint.draftOverCapAt', said)}\n`;
}

/** A single draft from a file or stdin: plain text, or the text part of an .eml. */
async function lintOne(io: Io, file: string | undefined, options: LintReplyOptions, lint: (text: string) => LintResult): Promise<LintedDraft> {
  const name = file ?? '-';
  // Never wait on a terminal for a draft nobody is typing in.
  if (name === '-' && io.isTTY.stdin) {
    throw new UsageError('CARE_NO_INPUT', 'no draft to check', { hint: 'name a file (.txt or .eml), pipe the draft into care lint-reply -, or use --csv FILE --column COL', say: say('error.noDraft'), hintSay: say('hint.noDraft') });
  }
  const source = openSource(io, name === '-' ? '-' : path.resolve(io.cwd, name));
  const text = withoutQuotedText(await readDraftText(source, name, options.encoding));
  if (text.trim() === '') throw new InputError('CARE_EMPTY_DRAFT', 'the draft is empty', { file: source.name, hint: 'write the reply first, then check it', say: say('error.emptyDraft'), hintSay: say('hint.writeFirst') });
  return { text, result: lint(text) };
}

/** Every draft of a CSV column, each with its physical line; blank cells are skipped with a note. */
async function lintRows(io: Io, file: string | undefined, options: LintReplyOptions, lint: (text: string) => LintResult): Promise<LintedDraft[]> {
  const csv = options.csv as string;
  if (file !== undefined) {
    throw new UsageError('CARE_TWO_INPUTS', `give either a draft file (${file}) or --csv ${csv}, not both`, { hint: 'care lint-reply drafts.csv is read as one draft; use --csv for a table of drafts', say: say('error.draftOrCsv', { file, csv }), hintSay: say('hint.csvIsOneDraft') });
  }
  const table = await readTable(openSource(io, csv === '-' ? '-' : path.resolve(io.cwd, csv)), {
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
  });
  const column = pickDraftColumn(table.headers, options.column, csv);
  const drafts: LintedDraft[] = [];
  for (const row of table.rows) {
    const text = withoutQuotedText(row.cells[column] ?? '');
    if (text.trim() === '') {
      const header = escapeControls(table.headers[column] ?? '');
      io.stderr.write(`care: ${sayOr(io.lang, `line ${row.line}: the ${header} cell is empty; skipped`, say('lint.emptyCellSkipped', { line: String(row.line), column: header }))}\n`);
      continue;
    }
    drafts.push({ line: row.line, text, result: lint(text) });
  }
  if (drafts.length === 0) {
    throw new InputError('CARE_NO_ROWS', `no drafts in the ${table.headers[column]} column`, { file: csv, hint: 'check --column, or that the file has rows', say: say('error.noDraftsInColumn', { column: table.headers[column] ?? '' }), hintSay: say('hint.checkColumn') });
  }
  return drafts;
}

/** --type, or the type care classify gives the record --id of --complaints; the two ways exclude each other. */
async function fitType(io: Io, options: LintReplyOptions, config: CareConfig): Promise<FitType | undefined> {
  if (options.complaints === undefined && options.id === undefined) return options.type;
  if (options.type !== undefined) throw new UsageError('CARE_TWO_TYPES', 'give either --type or --complaints FILE --id ID, not both', { hint: '--type says the type; --complaints reads it from the record', say: say('error.typeOrComplaints'), hintSay: say('hint.typeOrRecord') });
  if (options.complaints === undefined || options.id === undefined) {
    throw new UsageError('CARE_FIT_RECORD', options.id === undefined ? '--complaints needs --id: which record does the reply answer?' : '--id needs --complaints FILE: the log the record is in', {
      hint: 'care lint-reply draft.txt --complaints complaints.csv --id 1042',
      say: say(options.id === undefined ? 'error.complaintsNeedsId' : 'error.idNeedsComplaints'),
      hintSay: say('hint.forExampleOnly', { example: 'care lint-reply draft.txt --complaints complaints.csv --id 1042' }),
    });
  }
  const { complaintTypeOf } = await import('./lint-fit.js');
  const { type, line } = await complaintTypeOf(io, options.complaints, options.id, config);
  const record = { file: escapeControls(options.complaints), line: String(line), id: escapeControls(options.id), type };
  io.stderr.write(`care: ${sayOr(io.lang, `${record.file}, line ${line}: the record "${record.id}" is ${type}; checking the reply against it`, say('lint.recordTypeIs', record))}\n`);
  return type;
}

/** The team's rules file merged over the built-in rules; unreadable, not JSON or invalid is exit 2 naming each problem. */
function teamRules(io: Io, file: string): CompiledLintRules {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError('CARE_BAD_RULES', code === 'ENOENT' ? '--rules: no such file' : `--rules: not a JSON file (${(error as Error).message})`, {
      file,
      hint: 'the format: docs/definitions.md, "Team rules"',
      say: code === 'ENOENT' ? say('error.rulesNoFile') : say('error.rulesNotJsonFile', { detail: (error as Error).message }),
      hintSay: say('hint.teamRulesFormat'),
    });
  }
  const compiled = compileTeamRules(data);
  if ('problems' in compiled) {
    throw new UsageError('CARE_BAD_RULES', `--rules: ${compiled.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`, {
      file,
      hint: 'the format: docs/definitions.md, "Team rules"',
      say: say('error.rulesInvalid', { problems: compiled.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ') }),
      hintSay: say('hint.teamRulesFormat'),
    });
  }
  return compiled.rules;
}
