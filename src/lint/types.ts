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
}

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
}

/** What the caller may fix instead of having it detected. */
export interface LintOptions {
  locale?: LintLocale;
  kind?: ReplyKind;
}

/** Whether a string names a lint locale. */
export const isLintLocale: (value: string) => value is LintLocale = isLocale;

/** Whether a string names a reply kind. */
export function isReplyKind(value: string): value is ReplyKind {
  return (REPLY_KINDS as readonly string[]).includes(value);
}
