/**
 * Checking a reply to a customer before it goes out (`care lint-reply`, `care email --lint`):
 * rules as data in en/ru/bg, a score 0–100 and findings with line and column. Pure: no I/O.
 */
export { lintDraft, lintMessage, builtinCompiledRules } from './engine.js';
export { compileLintRules } from './compile.js';
export type { CompiledLintRules } from './compile.js';
export { builtinLintRules } from './rules.js';
export { lintRuleSetSchema } from './schema.js';
export type { Lexicon, LintCheck, LintRule, LintRuleSet } from './schema.js';
export { detectKind, detectLocale } from './detect.js';
export { scoreTallies } from './score.js';
export { LINT_LOCALES, REPLY_KINDS, SEVERITIES, isLintLocale, isReplyKind } from './types.js';
export type { Finding, LintLocale, LintOptions, LintResult, ReplyKind, Severity } from './types.js';
