/**
 * Validating and merging rules files. Every problem is reported at once, each with the key path of
 * the bad entry (`rules.activist-legal.terms.ru[2]`), as a UsageError (exit 2).
 */
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { ruleSetSchema, userRulesSchema } from './schema.js';
import type { Rule, RuleSet, TermsByLanguage, UserRules } from './schema.js';

const HINT = 'fix the entries named above; the format is described in src/classify/schema.ts';

/** One problem of a rules file: care's English, and the same as a message of the catalogs (src/i18n). */
interface Problem {
  text: string;
  said: MessageRef;
}

/** Validate a complete rules set (parsed JSON; `source` names the file in errors); throws UsageError naming every bad entry. */
export function loadRules(json: unknown, source?: string): RuleSet {
  return parseOrThrow(ruleSetSchema, json, source);
}

/** Merge a user's rules file (parsed JSON) over a rules set; throws UsageError naming every bad entry. */
export function mergeRules(builtin: RuleSet, user: unknown, source?: string): RuleSet {
  const overlay = parseOrThrow(userRulesSchema, user, source);
  const problems: Problem[] = [];
  const rules: Record<string, Rule> = {};
  for (const [id, rule] of Object.entries(builtin.rules)) rules[id] = rule;
  for (const [id, change] of Object.entries(overlay.rules ?? {})) {
    const merged = mergeRule(id, rules[id], change, problems);
    if (merged === undefined) delete rules[id];
    else rules[id] = merged;
  }
  if (problems.length > 0) throw rulesError(source, problems);
  const negation = overlay.negation ?? {};
  const signals = overlay.signals ?? {};
  const merged: RuleSet = {
    version: 1,
    negation: {
      window: negation.window ?? builtin.negation.window,
      negators: addTerms(builtin.negation.negators, negation.negators),
      breaks: addTerms(builtin.negation.breaks, negation.breaks),
      ...optional('after', mergeAfter(builtin.negation.after, negation.after)),
      ...optional('conditions', addOptionalTerms(builtin.negation.conditions, negation.conditions)),
      ...optional('hedges', addOptionalTerms(builtin.negation.hedges, negation.hedges)),
      ...optional('advice', addOptionalTerms(builtin.negation.advice, negation.advice)),
    },
    ignore: addTerms(builtin.ignore, overlay.ignore),
    ...optional('notes', mergeNotes(builtin.notes, overlay.notes)),
    signals: {
      comment: { ...builtin.signals.comment, ...signals.comment },
      lowScore: { ...builtin.signals.lowScore, ...signals.lowScore },
    },
    rules,
  };
  return loadRules(merged, source);
}

/** `{ key: value }`, or nothing when the value is undefined (the schema is strict about undefined keys). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function addOptionalTerms(base: TermsByLanguage | undefined, extra: TermsByLanguage | undefined): TermsByLanguage | undefined {
  if (base === undefined) return extra;
  return addTerms(base, extra);
}

function mergeAfter(base: RuleSet['negation']['after'], extra: RuleSet['negation']['after']): RuleSet['negation']['after'] {
  if (base === undefined || extra === undefined) return extra ?? base;
  const breaks = addOptionalTerms(base.breaks, extra.breaks);
  const asides = addOptionalTerms(base.asides, extra.asides);
  return { window: extra.window, negators: addTerms(base.negators, extra.negators), ...optional('breaks', breaks), ...optional('asides', asides) };
}

function mergeNotes(base: RuleSet['notes'], extra: NonNullable<UserRules['notes']> | undefined): RuleSet['notes'] {
  if (base === undefined && extra === undefined) return undefined;
  return {
    formWords: addOptionalTerms(base?.formWords, extra?.formWords) ?? {},
    customerVoice: addOptionalTerms(base?.customerVoice, extra?.customerVoice) ?? {},
    ...optional('companyWriter', addOptionalTerms(base?.companyWriter, extra?.companyWriter)),
    ...optional('closureActs', addOptionalTerms(base?.closureActs, extra?.closureActs)),
    ...optional('grievance', addOptionalTerms(base?.grievance, extra?.grievance)),
    ...optional('changedMind', addOptionalTerms(base?.changedMind, extra?.changedMind)),
  };
}

type RuleChange = NonNullable<UserRules['rules']>[string];

/** One rule after a user's change; undefined when the user disabled it. */
function mergeRule(id: string, base: Rule | undefined, change: RuleChange, problems: Problem[]): Rule | undefined {
  const { removeTerms, disabled, terms, ...replaced } = change;
  if (disabled === true) {
    const path = `rules.${id}.disabled`;
    if (base === undefined) problems.push({ text: `${path}: there is no rule "${id}" to disable`, said: say('rules.noRuleToDisable', { path, id }) });
    return undefined;
  }
  if (base === undefined) {
    for (const key of ['type', 'weight', 'terms'] as const) {
      const path = `rules.${id}.${key}`;
      if (change[key] === undefined) problems.push({ text: `${path}: required for a new rule`, said: say('rules.requiredForNew', { path }) });
    }
    const path = `rules.${id}.removeTerms`;
    if (removeTerms !== undefined) problems.push({ text: `${path}: "${id}" is a new rule, it has no terms to remove`, said: say('rules.newRuleNoTerms', { path, id }) });
    if (change.type === undefined || change.weight === undefined || terms === undefined) return undefined;
    return { fields: ['channel', 'text'], ...replaced, type: change.type, weight: change.weight, terms };
  }
  return { ...base, ...replaced, terms: removeFromTerms(addTerms(base.terms, terms), removeTerms) };
}

/** Terms of both, per language, without duplicates. */
function addTerms(base: TermsByLanguage, extra: TermsByLanguage | undefined): TermsByLanguage {
  if (extra === undefined) return base;
  const out: TermsByLanguage = { ...base };
  for (const [lang, terms] of Object.entries(extra)) out[lang] = [...new Set([...(base[lang] ?? []), ...terms])];
  return out;
}

function removeFromTerms(base: TermsByLanguage, removed: TermsByLanguage | undefined): TermsByLanguage {
  if (removed === undefined) return base;
  const out: TermsByLanguage = { ...base };
  for (const [lang, terms] of Object.entries(removed)) {
    const drop = new Set(terms);
    out[lang] = (base[lang] ?? []).filter((term) => !drop.has(term));
  }
  return out;
}

function parseOrThrow<T extends z.ZodType>(schema: T, json: unknown, source: string | undefined): z.infer<T> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw rulesError(source, result.error.issues.map(describeIssue));
}

/** One error for all problems; `describe()` shows "my-rules.json: invalid rules: rules.x.weight: …". */
function rulesError(source: string | undefined, problems: Problem[]): UsageError {
  return new UsageError('CARE_BAD_RULES', `invalid rules: ${problems.map((problem) => problem.text).join('; ')}`, {
    ...(source === undefined ? {} : { file: source }),
    hint: HINT,
    say: say('error.rulesFileInvalid', { problems: problems.map((problem) => problem.said) }),
    hintSay: say('hint.fixRulesEntries'),
  });
}

/** "rules.activist-legal.terms.ru[2]: stem "с*" is too short …" (the schema's own words quoted as they are). */
function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = formatKeyPath(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
  const shown = path || '(top level)';
  const where = path === '' ? say('rules.topLevel') : path;
  if (issue.code === 'unrecognized_keys') {
    if (issue.keys.length > 1) return { text: `${shown}: unknown keys ${issue.keys.join(', ')}`, said: say('rules.unknownKeys', { path: where, keys: issue.keys.join(', ') }) };
    return { text: `${shown}: unknown key`, said: say('rules.unknownKey', { path: where }) };
  }
  if (issue.code === 'invalid_key') {
    const message = issue.issues[0]?.message ?? issue.message;
    return { text: `${shown}: bad key: ${message}`, said: say('rules.badKey', { path: where, message: schemaMessageRef(message) }) };
  }
  return { text: `${shown}: ${issue.message}`, said: say('rules.problem', { path: where, message: schemaMessageRef(issue.message) }) };
}

/** The schema's own words (./schema.ts, parseTerm in src/text/tokenize.ts) in the catalogs' words; zod's own and any other as written. */
const SCHEMA_MESSAGES: readonly [RegExp, (match: RegExpExecArray) => MessageRef][] = [
  [/^a language code is two or three lower-case letters, e\.g\. "en", "ru", "bg"$/, () => say('rules.languageCode')],
  [/^a weight is between 0 and 1$/, () => say('rules.weightRange')],
  [/^a rule id is lower-case letters, digits and hyphens, e\.g\. "activist-legal"$/, () => say('rules.ruleId')],
  [/^a rule must look in at least one field$/, () => say('rules.noFields')],
  [/^a negation window above (\d+) words would swallow whole paragraphs$/, (m) => say('rules.negationWindow', { count: Number(m[1]) })],
  [/^a negation after the hit further than (\d+) words would reach the next thought$/, (m) => say('rules.afterWindow', { count: Number(m[1]) })],
  [/^there is no rule "(.*)"$/, (m) => say('rules.noSuchRule', { id: m[1]! })],
  [/^"\*" may only end a word, in "(.*)"$/, (m) => say('rules.starEndsWord', { term: m[1]! })],
  [/^"(.*)" has characters that never occur inside a word$/, (m) => say('rules.notWordCharacters', { term: m[1]! })],
  [/^"(.*)" has no letters$/, (m) => say('rules.noLetters', { term: m[1]! })],
  [/^stem "(.*)" is too short: a stem needs at least (\d+) letters before "\*"$/, (m) => say('rules.stemTooShort', { term: m[1]!, count: Number(m[2]) })],
  [/^a term must have at least one word$/, () => say('rules.emptyTerm')],
];

function schemaMessageRef(message: string): MessageRef | string {
  for (const [pattern, ref] of SCHEMA_MESSAGES) {
    const match = pattern.exec(message);
    if (match !== null) return ref(match);
  }
  return message;
}

/** Dotted key path with array indexes in brackets: `rules.x.terms.en[3]`. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
