/**
 * A team's own lint rules (`care lint-reply --rules FILE`), merged over the built-in set
 * (docs/definitions.md, "Team rules"): lexicons and rules in the built-in format (schema.ts) — a
 * rule of the same name replaces the built-in one, `false` switches one off — and optionally the
 * weights and repeat limit. The merged set is validated whole, so a rule that names an unknown
 * lexicon is reported with its path.
 */
import { z } from 'zod';
import { type CompiledLintRules, compileLintRules } from './compile.js';
import { builtinLintRules } from './rules.js';
import { type LintRuleSet, lintRuleSetSchema } from './schema.js';

const teamRulesSchema = z.strictObject({
  version: z.literal(1),
  weights: z.unknown().optional(),
  repeatLimit: z.unknown().optional(),
  lexicons: z.record(z.string(), z.unknown()).optional(),
  rules: z.record(z.string(), z.union([z.literal(false), z.unknown()])).optional(),
});

export type TeamRulesProblem = { path: string; message: string };

/** The built-in rules with the team's merged over them, compiled; or the problems, each with its path. */
export function compileTeamRules(data: unknown): { rules: CompiledLintRules } | { problems: TeamRulesProblem[] } {
  const team = teamRulesSchema.safeParse(data);
  if (!team.success) return { problems: team.error.issues.map((issue) => ({ path: issue.path.join('.') || '(top level)', message: issue.message })) };
  const rules: Record<string, unknown> = { ...builtinLintRules.rules };
  for (const [name, rule] of Object.entries(team.data.rules ?? {})) {
    if (rule === false) delete rules[name];
    else rules[name] = rule;
  }
  const merged = {
    ...builtinLintRules,
    ...(team.data.weights === undefined ? {} : { weights: team.data.weights }),
    ...(team.data.repeatLimit === undefined ? {} : { repeatLimit: team.data.repeatLimit }),
    lexicons: { ...builtinLintRules.lexicons, ...team.data.lexicons },
    rules,
  };
  const checked = lintRuleSetSchema.safeParse(merged);
  if (!checked.success) return { problems: checked.error.issues.map((issue) => ({ path: issue.path.join('.') || '(top level)', message: issue.message })) };
  return { rules: compileLintRules(checked.data as LintRuleSet) };
}
