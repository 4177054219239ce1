/**
 * Linting one draft: read and blank its inline directives, settle the locale and the kind, scan
 * the draft once, run every rule that applies to the kind (and to the complainer type, when one
 * is given), drop findings another finding already covers, set aside those a directive switched
 * off, and score the rest.
 */
import { CHECKS } from './checks.js';
import type { RawFinding } from './checks.js';
import { compileLintRules } from './compile.js';
import type { CompiledLintRules, CompiledRule, ResolvedCheck } from './compile.js';
import { detectKind, detectLocale } from './detect.js';
import { builtinLintRules } from './rules.js';
import { capText } from '../text/text-cap.js';
import { DIRECTIVE_MARK, type DirectiveProblem, offAt, offRanges, readDirectives } from './directives.js';
import { Columns, scanDraft, splitLines } from './scan.js';
import type { ScannedDraft } from './scan.js';
import { scoreTallies } from './score.js';
import type { RuleTally } from './score.js';
import type { Finding, LintOptions, LintResult, Severity, SuppressedFinding } from './types.js';

/** The rule id of a directive care cannot read (a misspelt directive, an unknown rule). */
export const DIRECTIVE_RULE = 'lint-directive';

/** A finding with its raw position, kept until supersession and sorting are done. */
interface Placed {
  rule: CompiledRule;
  raw: RawFinding;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lints a draft against compiled rules; locale and kind are detected unless given. */
export function lintDraft(fullText: string, rules: CompiledLintRules, options: LintOptions = {}): LintResult {
  // A draft longer than the cap is checked on its first TEXT_CAP characters (text-cap.ts).
  const text = capText(fullText);
  // The directives are read and blanked first: they are not part of the reply.
  // One search of the whole draft first: nearly every draft has none, and pays nothing more.
  const { lines, directives, problems } = text.includes(DIRECTIVE_MARK) ? readDirectives(splitLines(text)) : { lines: splitLines(text), directives: [], problems: [] };
  const reply = directives.length + problems.length === 0 ? text : lines.join('\n');
  const locale = options.locale ?? detectLocale(reply, rules);
  const scanned = scanDraft(lines, rules, locale, options.type !== undefined);
  // A reply checked against a complainer type answers a complaint, unless the caller says otherwise.
  const kind = options.kind ?? (options.type === undefined ? detectKind(scanned, rules) : 'complaint');

  let placed: Placed[] = [];
  for (const rule of rules.rules) {
    if (!rule.kinds.has(kind)) continue;
    if (rule.types !== undefined && (options.type === undefined || !rule.types.has(options.type))) continue;
    for (const raw of runCheck(rule.check, scanned)) placed.push({ rule, raw });
  }
  placed = dropSuperseded(placed);
  placed.sort(
    (a, b) => a.raw.line - b.raw.line || a.raw.start - b.raw.start || SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity],
  );

  const columns = new Columns(lines);
  const ranges = offRanges(directives);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const tallies = new Map<string, RuleTally>();
  const count = (id: string, weight: number): void => {
    const tally = tallies.get(id) ?? { count: 0, weight };
    tally.count += 1;
    tallies.set(id, tally);
  };
  for (const { rule, raw } of placed) {
    const finding = toFinding(rule, raw, columns);
    const off = offAt(ranges, rule.id, raw.line);
    if (off === undefined) {
      findings.push(finding);
      count(rule.id, rule.weight);
      continue;
    }
    const by: SuppressedFinding['suppressedBy'] = { line: off.directive.line + 1, directive: off.directive.kind };
    if (off.directive.justification !== undefined) by.justification = off.directive.justification;
    suppressed.push({ ...finding, suppressedBy: by });
  }
  // A directive that names no rule of the set, or is misspelt, is a warning of its own.
  const known = directives.length === 0 ? undefined : new Set(rules.rules.map((rule) => rule.id));
  const unknown: DirectiveProblem[] = directives.flatMap((directive) =>
    directive.rules
      .filter(({ name }) => !(known as Set<string>).has(name))
      .map(({ name, start }) => ({ line: directive.line, start, end: start + name.length, text: name, message: `care-lint-${directive.kind} names "${name}", which is not a rule; nothing is switched off by it.` })),
  );
  for (const problem of [...problems, ...unknown]) {
    findings.push(directiveFinding(problem, columns));
    count(DIRECTIVE_RULE, rules.weights.warning);
  }
  if (problems.length + unknown.length > 0) findings.sort((a, b) => a.line - b.line || a.column - b.column);

  const result: LintResult = {
    score: scoreTallies(tallies.values(), rules.repeatLimit),
    locale,
    kind,
    detected: { locale: options.locale === undefined, kind: options.kind === undefined },
    findings,
  };
  if (options.type !== undefined) result.type = options.type;
  if (suppressed.length > 0) result.suppressed = suppressed;
  if (text.length < fullText.length) result.truncated = { chars: fullText.length, checkedChars: text.length };
  return result;
}

function directiveFinding(problem: DirectiveProblem, columns: Columns): Finding {
  return {
    rule: DIRECTIVE_RULE,
    severity: 'warning',
    message: problem.message,
    suggestion: 'Spell the directive and the rule as care lint-reply --format json names them (docs/definitions.md, "Inline suppression").',
    line: problem.line + 1,
    column: columns.column(problem.line, problem.start),
    length: columns.column(problem.line, problem.end) - columns.column(problem.line, problem.start),
    text: problem.text,
  };
}

let builtin: CompiledLintRules | undefined;

/** The built-in rules, compiled on first use and kept for the life of the process. */
export function builtinCompiledRules(): CompiledLintRules {
  builtin ??= compileLintRules(builtinLintRules);
  return builtin;
}

/** Lints a reply or reminder with the built-in rules (what `care lint-reply` and `care email --lint` run). */
export function lintMessage(text: string, options: LintOptions = {}, rules: CompiledLintRules = builtinCompiledRules()): LintResult {
  return lintDraft(text, rules, options);
}

function runCheck(check: ResolvedCheck, scanned: ScannedDraft): RawFinding[] {
  // The table is keyed by check type, so the runner found is the one for this check's type.
  const runner = CHECKS[check.type] as (check: ResolvedCheck, draft: ScannedDraft) => RawFinding[];
  return runner(check, scanned);
}

/**
 * Findings of a superseded rule that overlap a superseding finding are the same mistake told
 * twice: "I need X or I can't help you" is one conditional request, not also a hated phrase.
 *
 * The covering findings are indexed by (line, superseded rule), sorted by start, with the
 * furthest end reached so far: a finding overlaps one of them when the last cover that starts
 * before its end reaches past its start. One binary search per finding instead of a scan of
 * every cover (quadratic on a long draft full of findings).
 */
function dropSuperseded(placed: Placed[]): Placed[] {
  const covers = new Map<string, { starts: number[]; reach: number[] }>();
  const sorted = placed.filter(({ rule }) => rule.supersedes.length > 0).sort((a, b) => a.raw.start - b.raw.start);
  if (sorted.length === 0) return placed;
  for (const cover of sorted) {
    for (const id of cover.rule.supersedes) {
      const key = `${cover.raw.line}\u0000${id}`;
      let index = covers.get(key);
      if (index === undefined) covers.set(key, (index = { starts: [], reach: [] }));
      const reach = Math.max(index.reach[index.reach.length - 1] ?? -1, cover.raw.end);
      index.starts.push(cover.raw.start);
      index.reach.push(reach);
    }
  }
  return placed.filter(({ rule, raw }) => {
    const index = covers.get(`${raw.line}\u0000${rule.id}`);
    if (index === undefined) return true;
    const last = lastBelow(index.starts, raw.end);
    return last < 0 || (index.reach[last] as number) <= raw.start;
  });
}

/** Index of the last value below `limit` in an ascending array, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function toFinding(rule: CompiledRule, raw: RawFinding, columns: Columns): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: rule.message,
    suggestion: rule.suggestion,
    line: raw.line + 1,
    column: columns.column(raw.line, raw.start),
    length: columns.column(raw.line, raw.end) - columns.column(raw.line, raw.start),
  };
  if (raw.text !== undefined) finding.text = raw.text;
  const replacement = raw.replacement ?? (raw.text === undefined ? undefined : rule.fixes.find((fix) => fix.whole.test(raw.text as string))?.replacement);
  if (replacement !== undefined) finding.replacement = replacement;
  return finding;
}
