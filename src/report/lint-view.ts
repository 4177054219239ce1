/**
 * `care lint-reply` results as text and JSON: the score, then a table of findings in which the
 * offending words are shown in their line and, on colour terminals, highlighted; then what to do
 * about each rule that fired. JSON keeps the stable shape of docs/contracts.md.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { splitLines } from '../lint/scan.js';
import type { Finding, LintResult, Severity, SuppressedFinding } from '../lint/types.js';
import type { CellValue, Grid } from './grid.js';
import { renderRdjsonl, renderSarif } from './lint-machine.js';
import { renderTable } from './render-table.js';
import { escapeControls } from '../text/escape.js';
import { withSchema } from './schemas/ids.js';

/** One linted draft: where it came from and its text (for the context column). */
export interface LintedDraft {
  /** Physical line of the CSV row; undefined for a single draft. */
  line?: number;
  text: string;
  result: LintResult;
}

/** What the drafts renderers are given: the drafts, whether they came from a CSV, and colour. */
export interface LintDraftsView {
  drafts: readonly LintedDraft[];
  /** --csv: several drafts, each titled by its line, and a summary line. */
  batch: boolean;
  color: boolean;
  /** The file as the user named it (`-` for stdin): the place in SARIF and rdjsonl. */
  source: string;
}

/** `care lint-reply`'s output formats: name → renderer (each returns the whole text). */
export const lintRenderers = {
  table: renderDraftsTable,
  json: renderDraftsJson,
  sarif: renderSarif,
  rdjsonl: renderRdjsonl,
} as const satisfies Record<string, (view: LintDraftsView) => string>;

/** A lint-reply output format. */
export type LintFormat = keyof typeof lintRenderers;

/** One JSON document: the single draft's result, or an array of `{ line, …result }` for a CSV. */
function renderDraftsJson({ drafts, batch }: LintDraftsView): string {
  const views = drafts.map((draft) => (batch ? { line: draft.line, ...lintResultJson(draft.result) } : lintResultJson(draft.result)));
  return `${JSON.stringify(batch ? views : withSchema('lint-reply', views[0] as LintResultJson), null, 2)}\n`;
}

/** Each draft as text (titled by its line in a batch), then the batch summary. */
function renderDraftsTable({ drafts, batch, color }: LintDraftsView): string {
  const parts = drafts.map((draft) => renderLintText(draft.result, draft.text, { color, ...(batch ? { title: `line ${draft.line}` } : {}) }));
  if (batch) parts.push(batchSummary(drafts));
  return parts.join('\n');
}

/** "4 drafts · average 68 · lowest 10 (line 3) · 2 below 90". */
export function batchSummary(drafts: readonly LintedDraft[]): string {
  const lowest = drafts.reduce((worst, draft) => (draft.result.score < worst.result.score ? draft : worst));
  const average = Math.round(drafts.reduce((sum, draft) => sum + draft.result.score, 0) / drafts.length);
  const weak = drafts.filter((draft) => draft.result.score < 90).length;
  const noun = drafts.length === 1 ? 'draft' : 'drafts';
  return `${drafts.length} ${noun} · average ${average} · lowest ${lowest.result.score} (line ${lowest.line}) · ${weak} below 90\n`;
}

/** "care: draft.txt: the draft has 1,500,000 characters; checked the first 1,048,576" (the text cap, text-cap.ts). */
export function draftTruncationNote(name: string, draft: LintedDraft): string {
  const { chars, checkedChars } = draft.result.truncated as { chars: number; checkedChars: number };
  const where = draft.line === undefined ? escapeControls(name) : `${escapeControls(name)}, line ${draft.line}`;
  return `care: ${where}: the draft has ${chars.toLocaleString('en-US')} characters; checked the first ${checkedChars.toLocaleString('en-US')}\n`;
}

/** How a result is shown: colour, and a heading naming the draft (a file, a CSV line, a template). */
export interface LintViewStyle {
  color: boolean;
  title?: string;
}

/** A finding in JSON (docs/contracts.md): the finding without its span length, with the offending words when there are any. */
export type LintFindingJson = Omit<Finding, 'length'>;

/** A suppressed finding in JSON: the finding and the directive that switched it off. */
export type SuppressedFindingJson = LintFindingJson & Pick<SuppressedFinding, 'suppressedBy'>;

/** One draft's result in JSON. */
export interface LintResultJson {
  score: number;
  locale: string;
  kind: string;
  /** Only with --type: the complainer type the reply was checked against. */
  type?: string;
  findings: LintFindingJson[];
  /** Only when inline directives switched findings off: those findings (not scored). */
  suppressed?: SuppressedFindingJson[];
  /** Only when the draft was longer than the text cap: its length and how much of it was checked. */
  truncated?: { chars: number; checkedChars: number };
}

/** Context shown around the offending words, in characters on each side. */
const CONTEXT = 30;

/** The JSON view of a result: `{ score, locale, kind, findings: [{ rule, severity, message, suggestion, line, column }] }`. */
export function lintResultJson(result: LintResult): LintResultJson {
  return {
    score: result.score,
    locale: result.locale,
    kind: result.kind,
    ...(result.type === undefined ? {} : { type: result.type }),
    findings: result.findings.map(findingJson),
    ...(result.suppressed === undefined ? {} : { suppressed: result.suppressed.map((finding) => ({ ...findingJson(finding), suppressedBy: finding.suppressedBy })) }),
    ...(result.truncated === undefined ? {} : { truncated: result.truncated }),
  };
}

/** A finding in JSON: rule, severity, message, suggestion, line, column, and the words and their replacement when there are any. */
function findingJson(finding: Finding): LintFindingJson {
  const json: LintFindingJson = {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    suggestion: finding.suggestion,
    line: finding.line,
    column: finding.column,
  };
  if (finding.text !== undefined) json.text = finding.text;
  if (finding.replacement !== undefined) json.replacement = finding.replacement;
  return json;
}

/** The headline: "Score 40/100 · en · notice (detected)", and with --type "· reply to an irate customer". */
export function lintHeadline(result: LintResult): string {
  const detected = (flag: boolean): string => (flag ? ' (detected)' : '');
  const article = result.type === 'activist' || result.type === 'irate' ? 'an' : 'a';
  const type = result.type === undefined ? '' : ` · reply to ${article} ${result.type} customer`;
  return `Score ${result.score}/100 · locale ${result.locale}${detected(result.detected.locale)} · kind ${result.kind}${detected(result.detected.kind)}${type}`;
}

/** The findings as a grid; `lines` are the draft's lines, for the context column. */
export function lintFindingsGrid(result: LintResult, lines: readonly string[], chalk: ChalkInstance, title?: string): Grid {
  // Each line cut into characters once, however many findings it holds (a long line may hold thousands).
  const charsOf = new Map<number, string[]>();
  const chars = (line: number): string[] => {
    let cut = charsOf.get(line);
    if (cut === undefined) charsOf.set(line, (cut = [...(lines[line - 1] ?? '')]));
    return cut;
  };
  const rows: Record<string, CellValue>[] = result.findings.map((finding) => ({
    where: `${finding.line}:${finding.column}`,
    severity: paintSeverity(finding.severity, chalk),
    rule: finding.rule,
    finding: finding.message,
    context: excerpt(chars(finding.line), finding, chalk),
  }));
  const grid: Grid = {
    columns: [
      { key: 'where', label: 'Line:Col', align: 'right' },
      { key: 'severity', label: 'Severity', styled: true },
      { key: 'rule', label: 'Rule' },
      { key: 'finding', label: 'Finding' },
      { key: 'context', label: 'Words', styled: true },
    ],
    rows,
    notes: suggestions(result.findings),
  };
  if (title !== undefined) grid.title = title;
  return grid;
}

/** A result as text: the headline, and the findings table with suggestions, or a note that there are none. */
export function renderLintText(result: LintResult, text: string, style: LintViewStyle): string {
  const chalk = new Chalk({ level: style.color ? 2 : 0 });
  const heading = style.title === undefined ? lintHeadline(result) : `${escapeControls(style.title)} — ${lintHeadline(result)}`;
  const headline = style.color ? chalk.bold(paintScore(heading, result.score, chalk)) : heading;
  const off = suppressedNote(result);
  if (result.findings.length === 0) return `${headline}\nNo findings: the reply follows every rule.\n${off}`;
  const lines = splitLines(text);
  return `${headline}\n${renderTable(lintFindingsGrid(result, lines, chalk), { color: style.color })}${off}`;
}

/** "2 findings suppressed by care-lint directives: shouting (line 4), greeting (line 1)." */
function suppressedNote(result: LintResult): string {
  const off = result.suppressed ?? [];
  if (off.length === 0) return '';
  const noun = off.length === 1 ? 'finding' : 'findings';
  return `${off.length} ${noun} suppressed by care-lint directives: ${off.map((finding) => `${finding.rule} (line ${finding.line})`).join(', ')}.\n`;
}

/** One line per rule that fired, with what to do about it. */
function suggestions(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const finding of findings) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    notes.push(`${finding.rule}: ${finding.suggestion}`);
  }
  return notes.length > 0 ? ['What to do:', ...notes.map((note) => `  ${note}`)] : [];
}

/**
 * The offending words in their line, with up to CONTEXT characters either side; the words are
 * highlighted on colour terminals and bracketed otherwise. A finding about something missing has
 * no words: a dash.
 */
function excerpt(chars: readonly string[], finding: Finding, chalk: ChalkInstance): string {
  if (finding.length === 0) return '–';
  const start = finding.column - 1;
  const end = start + finding.length;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(chars.length, end + CONTEXT);
  // The draft's own characters are escaped before the highlight adds its colour codes.
  const piece = (a: number, b: number): string => escapeControls(chars.slice(a, b).join(''));
  const words = piece(start, end);
  const marked = chalk.level > 0 ? highlight(finding.severity, chalk)(words) : `[${words}]`;
  return `${from > 0 ? '…' : ''}${piece(from, start)}${marked}${piece(end, to)}${to < chars.length ? '…' : ''}`;
}

function highlight(severity: Severity, chalk: ChalkInstance): ChalkInstance {
  if (severity === 'error') return chalk.red.bold.underline;
  if (severity === 'warning') return chalk.yellow.bold.underline;
  return chalk.cyan.underline;
}

function paintSeverity(severity: Severity, chalk: ChalkInstance): string {
  if (severity === 'error') return chalk.red(severity);
  if (severity === 'warning') return chalk.yellow(severity);
  return chalk.cyan(severity);
}

// The bar for a good reply is 90 (one warning at most); below 50 a reply needs rewriting.
function paintScore(text: string, score: number, chalk: ChalkInstance): string {
  if (score >= 90) return chalk.green(text);
  if (score >= 50) return chalk.yellow(text);
  return chalk.red(text);
}
