/**
 * The vocabulary of `care lint-reply`: locales, what a reply answers (its kind), how bad a
 * finding is, and what the linter returns for one draft.
 */

import { LOCALES, isLocale, type Locale } from '../locale.js';

/** Languages the built-in lint rules are written for: all of care's. */
export const LINT_LOCALES = LOCALES;

/** A language of a draft reply. */
export type LintLocale = Locale;

/**
 * What a reply answers; the rules differ by kind. `reminder` is a payment reminder (an unpaid
 * invoice), `notice` an out-of-hours or weekend notice, `complaint` a reply to a complaint.
 */
export const REPLY_KINDS = ['complaint', 'reminder', 'notice', 'general'] as const;

/** One of the kinds of reply. */
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** How much a finding matters, most severe first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The severity of a rule. */
export type Severity = (typeof SEVERITIES)[number];

/** One problem found in a draft, with where it is (1-based line and column, in characters). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  suggestion: string;
  line: number;
  column: number;
  /** Characters from `column` on the same line that the finding is about (0: the place only). */
  length: number;
  /** The offending words as written, when the finding is about words in the text. */
  text?: string;
  /** A safe replacement for `text` (a substitution rule, or a rule's `fix`): what `--fix` writes. */
  replacement?: string;
}

/** A finding an inline directive (`care-lint-disable RULE`) switched off: listed, not scored. */
export interface SuppressedFinding extends Finding {
  /** The directive that suppressed it: its 1-based line, its form, and the reason written after `--`. */
  suppressedBy: { line: number; directive: DirectiveKind; justification?: string };
}

/** The inline directives: off from here on, off on the next line, on again from here. */
export const DIRECTIVE_KINDS = ['disable', 'disable-next-line', 'enable'] as const;

/** One of the inline directives. */
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

/**
 * The complainer types a reply can be checked against (`--type`): the four of `care classify`
 * (docs/definitions.md, "Complainer types"), restated here so the linter does not depend on the
 * classifier; a test keeps the two lists equal.
 */
export const FIT_TYPES = ['activist', 'irate', 'voicer', 'silent'] as const;

/** The complainer type a reply answers. */
export type FitType = (typeof FIT_TYPES)[number];

/** The verdict on one draft. */
export interface LintResult {
  /** 0–100; see score.ts for the weights. */
  score: number;
  locale: LintLocale;
  kind: ReplyKind;
  /** Whether locale and kind were detected from the text rather than given. */
  detected: { locale: boolean; kind: boolean };
  /** In text order (line, then column). */
  findings: Finding[];
  /** Present when the draft was longer than the text cap and only its start was checked. */
  truncated?: { chars: number; checkedChars: number };
  /** Findings inline directives switched off (not in `findings`, not scored); present when there are some. */
  suppressed?: SuppressedFinding[];
  /** The complainer type the reply was checked against (`--type`), when one was given. */
  type?: FitType;
}

/** What the caller may fix instead of having it detected. */
export interface LintOptions {
  locale?: LintLocale;
  kind?: ReplyKind;
  /** The complainer type the reply answers: its fit rules (`types` in the rules) run too, and the kind is complaint unless given. */
  type?: FitType;
}

/** Whether a string names a lint locale. */
export const isLintLocale: (value: string) => value is LintLocale = isLocale;

/** Whether a string names a reply kind. */
export function isReplyKind(value: string): value is ReplyKind {
  return (REPLY_KINDS as readonly string[]).includes(value);
}
