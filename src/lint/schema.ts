/**
 * The lint rules format (zod 4): named lexicons of words and patterns, and rules that say what to
 * look for in them. The built-in set (rules.ts) is validated against it when it is compiled.
 *
 * ```jsonc
 * {
 *   "version": 1,
 *   "weights": { "error": 20, "warning": 10, "info": 3 },  // points a finding costs (score.ts)
 *   "repeatLimit": 2,                    // findings of one rule that count towards the score
 *   "lexicons": {
 *     "thanks": { "terms": { "en": ["thank*"], "ru": ["спасибо", "благодар*"], "bg": ["благодар*"] } },
 *     "shouting": { "patterns": ["!{2,}"], "allow": ["ASAP"] }
 *   },
 *   "kinds": { "complaint": ["apology"], "reminder": ["invoice"], "notice": ["hours"] },
 *   "localeMarkers": { "ru": { "letters": "ыэё", "words": ["вы"] }, "bg": { "letters": "ъѝ", "words": ["сте"] } },
 *   "rules": {
 *     "thanks": {
 *       "severity": "warning", "kinds": ["complaint", "notice"],
 *       "message": "…", "suggestion": "…",
 *       "check": { "type": "require", "find": ["thanks"] }
 *     }
 *   }
 * }
 * ```
 * Terms are written as for the complaint classifier (src/classify/schema.ts): a word ending in
 * `*` is a stem, words match whole, a phrase never crosses punctuation or a line break, and a
 * longer phrase replaces the shorter matches it covers. `ignore` terms only mask what they cover
 * ("you must be" keeps "you must" from firing in "you must be tired"). `patterns` are regular
 * expressions (flags `gu`: case matters, so a pattern spells both cases where both are meant — the ALL-CAPS check relies on
 * it) matched line by line, for shapes words cannot express: clock times,
 * amounts, ALL-CAPS words; a match equal to an `allow` entry does not count.
 *
 * Checks:
 * - `require`: at least one hit of any listed lexicon, else one finding, placed at the first line
 *   (`at: "start"`, the default) or at the last line (`at: "end"`); with `except`, a hit lying
 *   within a hit of one of those lexicons does not count ("Monday" in "Write on Monday." is the
 *   customer's step, not ours);
 * - `forbid`: a finding for every hit (`per: "sentence"`: one for every sentence holding hits, so
 *   two phrases of one sentence are one fault); with `except`, a hit lying within a hit of one of
 *   those lexicons is none (a rule cited for what we were bound to do is no wall, round 41); with
 *   `exceptFollowed: { within, by }`, a hit lying within a hit of a `within` lexicon is none when a hit of a `by` lexicon
 *   comes after it anywhere later in the draft (an apology for dissatisfaction whose remedy the reply makes, round 60);
 * - `order`: when both are present, the first hit of `after` must not come before the first of `before`; with
 *   `except`, a `before` hit lying within a hit of one of those lexicons may come after it (a thank-you for patience
 *   closes a reply after its apology by convention): only another one out of order is a finding;
 * - `pair`: a finding where hits of both lexicons share a sentence ("I need X or I can't help");
 * - `greeting`: the first line greets (`find`) and names someone (a capitalised word that is
 *   neither the greeting nor a `generic` address such as "Customer"); with `missing: "greeting"`
 *   only a missing greeting is a finding, with `missing: "name"` only a greeting without a name
 *   (so that the two faults can carry different severities, and one fault gives one finding);
 *   with `address`, a first line that opens with a name and a comma followed by a hit of that
 *   lexicon ("Марина, спасибо, что написали!") greets by name as well;
 * - `signature`: the last `lines` lines, after a `closing` when there is one, hold a name line
 *   and a `team`; with `missing: "signature"` only an unsigned reply is a finding (a short line
 *   after a closing, or a name or a team in the last lines, is a signature), with
 *   `missing: "name"` only a signature without a personal name ("Customer Care");
 * - `sign-off`: a `find` hit standing as its own sentence near the end, with no `closing`;
 * - `substitute`: words to replace, by locale (`"swap": { "en": { "utilize": "use" } }`, the
 *   keys written as terms): a finding for every hit, carrying its replacement, which `--fix`
 *   writes (the first letter's case kept).
 *
 * A rule may also carry `fix`: replacements for a finding whose words are wholly matched by a
 * pattern (`[{ "whole": "!{2,}", "with": "!" }]`), and `types`: the complainer types it checks a
 * reply against (docs/definitions.md, "Reply fit"); a rule with `types` runs only when the reply's
 * type is given (`--type`), and the lexicons only such rules use are scanned only then.
 */
import { z } from 'zod';
import { parseTerm } from '../text/tokenize.js';
import { FIT_TYPES, LINT_LOCALES, REPLY_KINDS, SEVERITIES } from './types.js';

const term = z.string().superRefine((value, ctx) => {
  const parsed = parseTerm(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

const pattern = z.string().superRefine((value, ctx) => {
  try {
    // Compiled here only to validate; compile.ts compiles each pattern once for scanning.
    new RegExp(value, 'gu');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

const locale = z.enum(LINT_LOCALES);

/** Terms by locale. */
const termsByLocale = z.partialRecord(locale, z.array(term));

const name = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a name is lower-case letters, digits and hyphens, e.g. "hated-phrase"');

const lexiconSchema = z.strictObject({
  description: z.string().optional(),
  terms: termsByLocale.optional(),
  ignore: termsByLocale.optional(),
  patterns: z.array(pattern).optional(),
  allow: z.array(z.string()).optional(),
});

const lines = z.int().min(1).max(20);

const checkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('require'), find: z.array(name).min(1), at: z.enum(['start', 'end']).optional(), except: z.array(name).min(1).optional() }),
  z.strictObject({ type: z.literal('forbid'), find: z.array(name).min(1), per: z.enum(['hit', 'sentence']).optional(), except: z.array(name).min(1).optional(),
    exceptFollowed: z.strictObject({ within: z.array(name).min(1), by: z.array(name).min(1) }).optional() }),
  z.strictObject({ type: z.literal('order'), before: name, after: name, except: z.array(name).min(1).optional() }),
  z.strictObject({ type: z.literal('pair'), find: z.tuple([name, name]) }),
  z.strictObject({ type: z.literal('greeting'), find: name, generic: name, address: name.optional(), missing: z.enum(['greeting', 'name']).optional() }),
  z.strictObject({ type: z.literal('signature'), closing: name, team: name, lines, missing: z.enum(['signature', 'name']).optional() }),
  z.strictObject({ type: z.literal('sign-off'), find: name, closing: name, lines }),
  // A replacement never holds a line break: a fix changes words within a line, never the lines.
  z.strictObject({ type: z.literal('substitute'), swap: z.partialRecord(locale, z.record(term, z.string().regex(/^[^\r\n]*$/, 'a replacement is one line'))) }),
]);

/** A replacement for a finding whose words the pattern matches whole. */
const fixSchema = z.strictObject({ whole: pattern, with: z.string().regex(/^[^\r\n]*$/, 'a replacement is one line') });

const ruleSchema = z.strictObject({
  severity: z.enum(SEVERITIES),
  /** The kinds of reply the rule applies to (default: all). */
  kinds: z.array(z.enum(REPLY_KINDS)).min(1).optional(),
  message: z.string().min(1),
  suggestion: z.string().min(1),
  check: checkSchema,
  /** Findings of these rules inside this rule's span are dropped: one mistake, one finding. */
  supersedes: z.array(name).optional(),
  /** Safe replacements for this rule's findings (what `--fix` writes). */
  fix: z.array(fixSchema).min(1).optional(),
  /** The complainer types this rule checks a reply against; it runs only when the reply's type is given. */
  types: z.array(z.enum(FIT_TYPES)).min(1).optional(),
});

const markersSchema = z.strictObject({
  /** Letters only this language uses (both cases are counted). */
  letters: z.string(),
  /** Common words of this language that the other one does not have. */
  words: z.array(term),
});

/** A complete lint rules set. */
export const lintRuleSetSchema = z
  .strictObject({
    version: z.literal(1),
    weights: z.strictObject({ error: z.number().min(0), warning: z.number().min(0), info: z.number().min(0) }),
    repeatLimit: z.int().min(1),
    lexicons: z.record(name, lexiconSchema),
    kinds: z.strictObject({ complaint: z.array(name), reminder: z.array(name), notice: z.array(name) }),
    /** Lexicons one of which a kind needs a hit of before its votes count (a reminder needs a payment word). */
    kindEvidence: z.partialRecord(z.enum(['complaint', 'reminder', 'notice']), z.array(name).min(1)).optional(),
    /** Lexicons whose spans take the votes inside them from a kind (a delivery window's day is no notice's day). */
    kindExcept: z.partialRecord(z.enum(['complaint', 'reminder', 'notice']), z.array(name).min(1)).optional(),
    /**
     * A kind's stricter evidence (lint round 48): in a draft with a hit of a `when` lexicon (a fee refunded, a loan
     * declined), the kind's evidence must come from the `evidence` lexicons (a word asking for payment) instead.
     */
    kindStrictEvidence: z
      .partialRecord(z.enum(['complaint', 'reminder', 'notice']), z.strictObject({ when: z.array(name).min(1), evidence: z.array(name).min(1) }))
      .optional(),
    localeMarkers: z.strictObject({ ru: markersSchema, bg: markersSchema }),
    rules: z.record(name, ruleSchema),
  })
  .superRefine((set, ctx) => {
    const known = new Set(Object.keys(set.lexicons));
    const needLexicon = (value: string, path: (string | number)[]): void => {
      if (!known.has(value)) ctx.addIssue({ code: 'custom', path, message: `unknown lexicon "${value}"` });
    };
    for (const [kind, names] of Object.entries(set.kinds)) names.forEach((value, i) => needLexicon(value, ['kinds', kind, i]));
    for (const [kind, names] of Object.entries(set.kindEvidence ?? {})) names.forEach((value, i) => needLexicon(value, ['kindEvidence', kind, i]));
    for (const [kind, names] of Object.entries(set.kindExcept ?? {})) names.forEach((value, i) => needLexicon(value, ['kindExcept', kind, i]));
    for (const [kind, strict] of Object.entries(set.kindStrictEvidence ?? {})) {
      strict.when.forEach((value, i) => needLexicon(value, ['kindStrictEvidence', kind, 'when', i]));
      strict.evidence.forEach((value, i) => needLexicon(value, ['kindStrictEvidence', kind, 'evidence', i]));
    }
    for (const [id, rule] of Object.entries(set.rules)) {
      for (const [key, value] of Object.entries(rule.check)) {
        if (key === 'type' || key === 'lines' || key === 'at' || key === 'swap' || key === 'missing' || key === 'per') continue;
        if (key === 'exceptFollowed' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
          for (const [part, names] of Object.entries(value as Record<string, string[]>)) {
            names.forEach((item, i) => needLexicon(item, ['rules', id, 'check', key, part, i]));
          }
          continue;
        }
        const values = Array.isArray(value) ? value : [value];
        values.forEach((item, i) => needLexicon(String(item), ['rules', id, 'check', key, ...(Array.isArray(value) ? [i] : [])]));
      }
      for (const other of rule.supersedes ?? []) {
        if (set.rules[other] === undefined) ctx.addIssue({ code: 'custom', path: ['rules', id, 'supersedes'], message: `unknown rule "${other}"` });
      }
    }
  });

/** A validated lint rules set. */
export type LintRuleSet = z.infer<typeof lintRuleSetSchema>;
/** One lint rule. */
export type LintRule = z.infer<typeof ruleSchema>;
/** What a rule checks. */
export type LintCheck = z.infer<typeof checkSchema>;
/** A named set of words and patterns. */
export type Lexicon = z.infer<typeof lexiconSchema>;
