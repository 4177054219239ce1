/**
 * Linting one draft: settle the locale and the kind, scan the draft once, run every rule that
 * applies to the kind, drop findings another finding already covers, and score the rest.
 */
import { CHECKS } from './checks.js';
import type { RawFinding } from './checks.js';
import { compileLintRules } from './compile.js';
import type { CompiledLintRules, CompiledRule, ResolvedCheck } from './compile.js';
import { detectKind, detectLocale } from './detect.js';
import { builtinLintRules } from './rules.js';
import { columnOf, lengthOf, scanDraft, splitLines } from './scan.js';
import type { ScannedDraft } from './scan.js';
import { scoreTallies } from './score.js';
import type { RuleTally } from './score.js';
import type { Finding, LintOptions, LintResult, Severity } from './types.js';

/** A finding with its raw position, kept until supersession and sorting are done. */
interface Placed {
  rule: CompiledRule;
  raw: RawFinding;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lints a draft against compiled rules; locale and kind are detected unless given. */
export function lintDraft(text: string, rules: CompiledLintRules, options: LintOptions = {}): LintResult {
  const locale = options.locale ?? detectLocale(text, rules);
  const lines = splitLines(text);
  const scanned = scanDraft(lines, rules, locale);
  const kind = options.kind ?? detectKind(scanned, rules);

  let placed: Placed[] = [];
  for (const rule of rules.rules) {
    if (!rule.kinds.has(kind)) continue;
    for (const raw of runCheck(rule.check, scanned)) placed.push({ rule, raw });
  }
  placed = dropSuperseded(placed);
  placed.sort(
    (a, b) => a.raw.line - b.raw.line || a.raw.start - b.raw.start || SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity],
  );

  const tallies = new Map<string, RuleTally>();
  for (const { rule } of placed) {
    const tally = tallies.get(rule.id) ?? { count: 0, weight: rule.weight };
    tally.count += 1;
    tallies.set(rule.id, tally);
  }
  return {
    score: scoreTallies(tallies.values(), rules.repeatLimit),
    locale,
    kind,
    detected: { locale: options.locale === undefined, kind: options.kind === undefined },
    findings: placed.map(({ rule, raw }) => toFinding(rule, raw, lines[raw.line] ?? '')),
  };
}

let builtin: CompiledLintRules | undefined;

/** The built-in rules, compiled on first use and kept for the life of the process. */
export function builtinCompiledRules(): CompiledLintRules {
  builtin ??= compileLintRules(builtinLintRules);
  return builtin;
}

/** Lints a reply or reminder with the built-in rules (what `care lint-reply` and `care email --lint` run). */
export function lintMessage(text: string, options: LintOptions = {}): LintResult {
  return lintDraft(text, builtinCompiledRules(), options);
}

function runCheck(check: ResolvedCheck, scanned: ScannedDraft): RawFinding[] {
  // The table is keyed by check type, so the runner found is the one for this check's type.
  const runner = CHECKS[check.type] as (check: ResolvedCheck, draft: ScannedDraft) => RawFinding[];
  return runner(check, scanned);
}

/**
 * Findings of a superseded rule that overlap a superseding finding are the same mistake told
 * twice: "I need X or I can't help you" is one conditional request, not also a hated phrase.
 */
function dropSuperseded(placed: Placed[]): Placed[] {
  const covering = placed.filter(({ rule }) => rule.supersedes.length > 0);
  if (covering.length === 0) return placed;
  return placed.filter(
    ({ rule, raw }) =>
      !covering.some(
        (cover) =>
          cover.rule.supersedes.includes(rule.id) &&
          cover.raw.line === raw.line &&
          raw.start < cover.raw.end &&
          cover.raw.start < raw.end,
      ),
  );
}

function toFinding(rule: CompiledRule, raw: RawFinding, line: string): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: rule.message,
    suggestion: rule.suggestion,
    line: raw.line + 1,
    column: columnOf(line, raw.start),
    length: lengthOf(line, raw.start, raw.end),
  };
  if (raw.text !== undefined) finding.text = raw.text;
  return finding;
}
