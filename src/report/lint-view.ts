/**
 * `care lint-reply` results as text and JSON: the score, then a table of findings in which the
 * offending words are shown in their line and, on colour terminals, highlighted; then what to do
 * about each rule that fired. JSON keeps the stable shape of docs/contracts.md.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { type MessageRef, say, sayIn, translate } from '../i18n/index.js';
import { splitLines } from '../lint/scan.js';
import type { Finding, LintResult, Severity, SuppressedFinding } from '../lint/types.js';
import type { Locale } from '../locale.js';
import { type CellValue, type Grid, type GridText, gridText } from './grid.js';
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
  /** The language of the table's headings, labels and summary (`--lang`; English when absent); SARIF, rdjsonl and JSON stay English. */
  lang?: Locale;
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
function renderDraftsTable({ drafts, batch, color, lang }: LintDraftsView): string {
  const parts = drafts.map((draft) => renderLintText(draft.result, draft.text, { color, lang, ...(batch ? { title: say('table.lint.line', { line: String(draft.line) }) } : {}) }));
  if (batch) parts.push(batchSummary(drafts, lang));
  return parts.join('\n');
}

/** "4 drafts · average 68 · lowest 10 (line 3) · 2 below 90". */
export function batchSummary(drafts: readonly LintedDraft[], lang?: Locale): string {
  const lowest = drafts.reduce((worst, draft) => (draft.result.score < worst.result.score ? draft : worst));
  const average = Math.round(drafts.reduce((sum, draft) => sum + draft.result.score, 0) / drafts.length);
  const weak = drafts.filter((draft) => draft.result.score < 90).length;
  return `${translate(lang, 'table.lint.batchSummary', { count: drafts.length, average: String(average), lowest: String(lowest.result.score), line: String(lowest.line), weak: String(weak) })}\n`;
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
  /** A file or template name as written, or a message ("line 3") said in `lang`. */
  title?: GridText;
  /** The language of the headline, labels and notes (English when absent); the findings' own messages are the reply's locale's. */
  lang?: Locale | undefined;
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

/** The headline: "Score 40/100 · locale en · kind notice (detected)", and with --type "· reply to an irate customer". */
export function lintHeadline(result: LintResult, lang?: Locale): string {
  const locale = say(result.detected.locale ? 'table.lint.localeDetected' : 'table.lint.locale', { locale: result.locale });
  const kind = say(result.detected.kind ? 'table.lint.kindDetected' : 'table.lint.kind', { kind: result.kind });
  const params = { score: String(result.score), locale, kind };
  const headline: MessageRef = result.type === undefined ? say('table.lint.headline', params) : say('table.lint.headlineType', { ...params, type: say(`table.lint.replyTo.${result.type}`) });
  return sayIn(lang ?? 'en', headline);
}

/** The findings as a grid; `lines` are the draft's lines, for the context column. */
export function lintFindingsGrid(result: LintResult, lines: readonly string[], chalk: ChalkInstance, title?: GridText, lang?: Locale): Grid {
  // Each line cut into characters once, however many findings it holds (a long line may hold thousands).
  const charsOf = new Map<number, string[]>();
  const chars = (line: number): string[] => {
    let cut = charsOf.get(line);
    if (cut === undefined) charsOf.set(line, (cut = [...(lines[line - 1] ?? '')]));
    return cut;
  };
  const rows: Record<string, CellValue>[] = result.findings.map((finding) => ({
    where: `${finding.line}:${finding.column}`,
    severity: paintSeverity(finding.severity, chalk, lang),
    rule: finding.rule,
    finding: finding.message,
    context: excerpt(chars(finding.line), finding, chalk),
  }));
  const grid: Grid = {
    columns: [
      { key: 'where', label: say('table.lint.where'), align: 'right' },
      { key: 'severity', label: say('table.lint.severity'), styled: true },
      { key: 'rule', label: say('table.lint.rule') },
      { key: 'finding', label: say('table.lint.finding') },
      { key: 'context', label: say('table.lint.words'), styled: true },
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
  const lang = style.lang;
  const said = lintHeadline(result, lang);
  const heading = style.title === undefined ? said : `${escapeControls(gridText(style.title, lang))} — ${said}`;
  const headline = style.color ? chalk.bold(paintScore(heading, result.score, chalk)) : heading;
  const off = suppressedNote(result, lang);
  if (result.findings.length === 0) return `${headline}\n${translate(lang, 'table.lint.noFindings')}\n${off}`;
  const lines = splitLines(text);
  return `${headline}\n${renderTable(lintFindingsGrid(result, lines, chalk, undefined, lang), { color: style.color, lang })}${off}`;
}

/** "2 findings suppressed by care-lint directives: shouting (line 4), greeting (line 1)." */
function suppressedNote(result: LintResult, lang: Locale | undefined): string {
  const off = result.suppressed ?? [];
  if (off.length === 0) return '';
  const said = (ref: MessageRef): string => sayIn(lang ?? 'en', ref);
  const list = off.map((finding) => said(say('table.lint.ruleAtLine', { rule: finding.rule, line: String(finding.line) }))).join(', ');
  return `${said(say('table.lint.suppressed', { count: off.length, list }))}\n`;
}

/** One line per rule that fired, with what to do about it. */
function suggestions(findings: readonly Finding[]): GridText[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const finding of findings) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    notes.push(`${finding.rule}: ${finding.suggestion}`);
  }
  return notes.length > 0 ? [say('table.lint.whatToDo'), ...notes.map((note) => `  ${note}`)] : [];
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

function paintSeverity(severity: Severity, chalk: ChalkInstance, lang: Locale | undefined): string {
  const word = translate(lang, `table.lint.severity.${severity}`);
  if (severity === 'error') return chalk.red(word);
  if (severity === 'warning') return chalk.yellow(word);
  return chalk.cyan(word);
}

// The bar for a good reply is 90 (one warning at most); below 50 a reply needs rewriting.
function paintScore(text: string, score: number, chalk: ChalkInstance): string {
  if (score >= 90) return chalk.green(text);
  if (score >= 50) return chalk.yellow(text);
  return chalk.red(text);
}
