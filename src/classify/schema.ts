/**
 * The rules file format (zod 4), shared by the built-in rules and a user's `--rules FILE`.
 *
 * ```jsonc
 * {
 *   "version": 1,
 *   "negation": {                       // a hit is ignored when one of these words comes shortly before it
 *     "window": 5,                      //   …at most this many words before, in the same clause
 *     "negators": { "en": ["not", "don't", "without"], "ru": ["не", "без"], "bg": ["не", "няма"] },
 *     "breaks": { "en": ["but", "so"], "ru": ["но", "иначе"] },  // words that end a clause like a comma
 *     "after": { "window": 2, "negators": { "ru": ["не"] } },  // …or these, this many words after it («в суд я не пойду»)
 *     "conditions": { "ru": ["если"] },  // a negator right after one of these belongs to the condition, not to a hit
 *                                       //   three or more words on («если не вернёте деньги подам в суд»)
 *                                       //   (with "asides": { "ru": ["конечно"] }, across «я, конечно, не пойду»)
 *     "hedges": { "en": ["might", "read the"] }, // before a public (irate) hit in the sentence: not going public
 *     "advice": { "en": ["told me to"] }          // before a third party in the sentence: someone else's advice
 *   },
 *   "notes": {                          // telling a system's or an agent's note from a customer's words
 *     "formWords": { "en": ["request", "form"] },  // a subject of only these, numbers, a score and
 *                                       //   silent-signal words ("Return request #12") is no comment
 *     "customerVoice": { "en": ["i", "your"] },       // a text with these is in the customer's own words
 *     "companyWriter": { "en": ["we called"] },       // on a contact channel, a text with these is the company's note
 *     "closureActs": { "en": ["cancel*"] },           // a short request to close with these…
 *     "grievance": { "en": ["because", "broken"] },   //   …and none of these is a closure without a reason
 *     "changedMind": { "en": ["changed my mind"] }    // after a refused third party, in a later sentence: it counts
 *   },
 *   "ignore": { "en": ["food court"], "ru": ["судьб*"] },         // look like a term, mean something else
 *   "signals": {
 *     "comment": { "weight": 0.5 },     // text with no other evidence reached the company: voicer
 *     "lowScore": { "max": 6, "weight": 0.6 }   // a score ≤ max (0–10 scale) is a silent signal
 *   },
 *   "rules": {
 *     "activist-legal": {               // id: lower-case letters, digits, hyphens; shown as evidence
 *       "type": "activist",             // activist | irate | voicer | silent
 *       "weight": 0.95,                 // 0–1, how strongly one hit suggests the type (confidence)
 *       "fields": ["channel", "text"],  // where it looks: channel, text (subject + text), status
 *       "terms": { "en": ["lawyer*", "legal action"], "ru": ["юрист*"], "bg": ["адвокат*"] }
 *     }
 *   }
 * }
 * ```
 * A rule may name another in `needs`: its hits count only when the record also has a live hit of
 * that rule (a pair that says something only together). `author: true` marks terms that are a third
 * party's own formulae ("we act for", «поступило обращение»): inside quotation marks they are quoted, not written.
 *
 * A term is one or more words; a word ending in `*` is a stem and matches every word that starts
 * with it (`юрист*`: юрист, юристу, юристом), a word without it matches only itself. Words are
 * matched whole, so `суд*` never matches inside `посуда`. When several stems fit a word the
 * longest wins, which is how `ignore` works: `судьб*` shadows `суд*` in `судьба`. A phrase that
 * covers a shorter match replaces it ("social media" is irate, not the media).
 *
 * A user file has the same shape with every part optional. Rules with a new id are added (type,
 * weight and terms required); for an existing id the given properties replace the built-in ones,
 * except `terms`, which are added to the built-in terms; `removeTerms` drops built-in terms and
 * `"disabled": true` drops the rule. Negators, breaks and ignore terms are added; numbers replace.
 */
import { z } from 'zod';
import { COMPLAINER_TYPES } from './types.js';
import { parseTerm } from '../text/tokenize.js';

const term = z.string().superRefine((value, ctx) => {
  const parsed = parseTerm(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

const language = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a language code is two or three lower-case letters, e.g. "en", "ru", "bg"');

/** Terms by language code. */
const termsByLanguage = z.record(language, z.array(term));

/**
 * One word (a negator, a clause break, an aside): the scanner flags words, not phrases, so each
 * word of a phrase here would act alone ("waste money on" would make "on" a negator).
 */
const oneWord = z.string().superRefine((value, ctx) => {
  const parsed = parseTerm(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  else if (parsed.length !== 1) ctx.addIssue({ code: 'custom', message: `"${value}" is ${parsed.length} words: a negator, a break or an aside is one word, and each word of a phrase would act alone` });
});
const wordsByLanguage = z.record(language, z.array(oneWord));

const weight = z.number().min(0, 'a weight is between 0 and 1').max(1, 'a weight is between 0 and 1');

/** Where a rule looks. */
export const ruleFieldSchema = z.enum(['channel', 'text', 'status']);

const ruleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'a rule id is lower-case letters, digits and hyphens, e.g. "activist-legal"');

const ruleSchema = z.strictObject({
  description: z.string().optional(),
  type: z.enum(COMPLAINER_TYPES),
  weight,
  fields: z.array(ruleFieldSchema).min(1, 'a rule must look in at least one field'),
  /** false: negators before a hit do not cancel it (for terms that are themselves negative). */
  negatable: z.boolean().optional(),
  /** true (voicer rules): a hit in the text says the talk was private, outweighing a public channel (a DM via Facebook). */
  private: z.boolean().optional(),
  /**
   * The id of a rule whose live hit the record must also hold for this rule's hits to count: half
   * of a pair that says something only together (a complaint referred to the company + a demand
   * for its response = a regulator's letter).
   */
  needs: ruleId.optional(),
  /** true: the terms are a third party's own words (a letter's formulae); quoted by someone else ("…"), they do not count. */
  author: z.boolean().optional(),
  terms: termsByLanguage,
});

const negationSchema = z.strictObject({
  window: z.int().min(0).max(20, 'a negation window above 20 words would swallow whole paragraphs'),
  negators: wordsByLanguage,
  breaks: wordsByLanguage,
  after: z
    .strictObject({
      window: z.int().min(0).max(5, 'a negation after the hit further than 5 words would reach the next thought'),
      negators: wordsByLanguage,
      /** Words that end the reach of an after-negation (a purpose clause: «да не поръчват»). */
      breaks: wordsByLanguage.optional(),
      /** Words set off by commas that an after-negation reaches across («в суд я, конечно, не пойду»). */
      asides: wordsByLanguage.optional(),
    })
    .optional(),
  /** Words that open a condition: a negator right after one is the condition's («если… не будет денег иду в суд»). */
  conditions: wordsByLanguage.optional(),
  hedges: termsByLanguage.optional(),
  advice: termsByLanguage.optional(),
});

const notesSchema = z.strictObject({
  formWords: termsByLanguage,
  customerVoice: termsByLanguage,
  companyWriter: termsByLanguage.optional(),
  closureActs: termsByLanguage.optional(),
  grievance: termsByLanguage.optional(),
  changedMind: termsByLanguage.optional(),
});

const signalsSchema = z.strictObject({
  comment: z.strictObject({ weight }),
  lowScore: z.strictObject({ max: z.number(), weight }),
});

/** A complete rules set, as built in and as the result of merging a user file. */
export const ruleSetSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  version: z.literal(1),
  negation: negationSchema,
  ignore: termsByLanguage,
  signals: signalsSchema,
  notes: notesSchema.optional(),
  rules: z.record(ruleId, ruleSchema),
}).superRefine((set, ctx) => {
  for (const [id, rule] of Object.entries(set.rules)) {
    if (rule.needs !== undefined && set.rules[rule.needs] === undefined) {
      ctx.addIssue({ code: 'custom', path: ['rules', id, 'needs'], message: `there is no rule "${rule.needs}"` });
    }
  }
});

/** A user's rules file: everything optional, merged over the built-in set. */
export const userRulesSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  version: z.literal(1).optional(),
  negation: negationSchema.partial().optional(),
  ignore: termsByLanguage.optional(),
  notes: notesSchema.partial().optional(),
  signals: z
    .strictObject({ comment: signalsSchema.shape.comment.partial(), lowScore: signalsSchema.shape.lowScore.partial() })
    .partial()
    .optional(),
  rules: z
    .record(
      ruleId,
      ruleSchema.partial().extend({ removeTerms: termsByLanguage.optional(), disabled: z.boolean().optional() }),
    )
    .optional(),
});

/** A validated, complete rules set. */
export type RuleSet = z.infer<typeof ruleSetSchema>;
/** One rule of a rules set. */
export type Rule = z.infer<typeof ruleSchema>;
/** Where a rule looks. */
export type RuleField = z.infer<typeof ruleFieldSchema>;
/** Terms by language code. */
export type TermsByLanguage = z.infer<typeof termsByLanguage>;
/** A validated user rules file. */
export type UserRules = z.infer<typeof userRulesSchema>;
