/**
 * Turning a validated lint rules set into what the engine runs, once: one word matcher per locale
 * over every lexicon's terms (the classifier's Matcher, so words and stems match exactly as in
 * `care classify`), the patterns compiled once, a matcher of the words that tell Russian from
 * Bulgarian, and the rules with their lexicons resolved to indexes.
 */
import { FIELD_BIT, Matcher } from '../text/matcher.js';
import type { TermSpec } from '../text/matcher.js';
import { lintRuleSetSchema } from './schema.js';
import type { Lexicon, LintCheck, LintRule, LintRuleSet } from './schema.js';
import { LINT_LOCALES } from './types.js';
import type { FitType, LintLocale, ReplyKind, Severity } from './types.js';

/** The field bit every lint term is declared for: a draft is one text field. */
export const TEXT_FIELD = FIELD_BIT.text;

/** A pattern of a lexicon, compiled once; scanning resets `lastIndex` before each line. */
export interface CompiledPattern {
  lexicon: number;
  regex: RegExp;
  allow: ReadonlySet<string>;
  /** Used only by rules with `types`: scanned only when the reply's type is given. */
  typed: boolean;
}

/** A rule's safe replacement: for a finding whose words `whole` matches entirely. */
export interface CompiledFix {
  whole: RegExp;
  replacement: string;
}

/** A rule ready to run: its check with lexicon names resolved to indexes. */
export interface CompiledRule {
  id: string;
  severity: Severity;
  weight: number;
  kinds: ReadonlySet<ReplyKind>;
  message: string;
  suggestion: string;
  check: ResolvedCheck;
  supersedes: readonly string[];
  fixes: readonly CompiledFix[];
  /** The complainer types the rule checks a reply against; undefined: every reply. */
  types: ReadonlySet<FitType> | undefined;
}

/** A check whose lexicons are indexes into `CompiledLintRules.lexicons`. */
export type ResolvedCheck =
  | { type: 'require'; find: number[]; at: 'start' | 'end'; except: number[] }
  | { type: 'forbid'; find: number[]; per: 'hit' | 'sentence'; except: number[]; exceptFollowed?: { within: number[]; by: number[] } }
  | { type: 'order'; before: number; after: number; except: number[] }
  | { type: 'pair'; find: [number, number] }
  | { type: 'greeting'; find: number; generic: number; address: number | undefined; missing: 'greeting' | 'name' | 'both' }
  | { type: 'signature'; closing: number; team: number; lines: number; missing: 'signature' | 'name' | 'both' }
  | { type: 'sign-off'; find: number; closing: number; lines: number }
  | { type: 'substitute'; swaps: readonly { lexicon: number; replacement: string }[] };

/** Marker word ids in the locale matcher. */
export const MARKER_RU = 0;
export const MARKER_BG = 1;

/** A lint rules set compiled for checking drafts. Build it once and reuse it for every draft. */
export interface CompiledLintRules {
  readonly lexicons: readonly string[];
  readonly matchers: Readonly<Record<LintLocale, Matcher>>;
  /** The terms of the lexicons only typed rules use, scanned only when a reply's type is given. */
  readonly typedMatchers: Readonly<Record<LintLocale, Matcher>>;
  /** Points a finding of each severity costs (the inline directives' own warnings use them too). */
  readonly weights: Readonly<Record<Severity, number>>;
  readonly patterns: readonly CompiledPattern[];
  readonly rules: readonly CompiledRule[];
  readonly repeatLimit: number;
  /** Lexicon indexes whose hits vote for each kind; ties go to the earlier kind in this list. */
  readonly kindVotes: readonly {
    kind: Exclude<ReplyKind, 'general'>;
    lexicons: readonly number[];
    evidence: readonly number[];
    /** Lexicons whose spans hide this kind's votes inside them. */
    except: readonly number[];
    /** Lexicons a hit of which makes the kind need its evidence from `strictEvidence` (round 48). */
    strictWhen: readonly number[];
    strictEvidence: readonly number[];
  }[];
  readonly markerWords: Matcher;
  /** Char code → MARKER_RU or MARKER_BG, for letters only one of the two languages writes. */
  readonly markerLetters: ReadonlyMap<number, number>;
}

// Ties between kinds: the specific vocabulary of invoices and opening hours beats a stray "sorry".
const KIND_PRIORITY = ['reminder', 'notice', 'complaint'] as const;

/** Validates a rules set (zod) and compiles it; throws the zod error for an invalid set. */
export function compileLintRules(input: LintRuleSet): CompiledLintRules {
  const set = lintRuleSetSchema.parse(input);
  const lexicons = lexiconTable(set);
  const names = lexicons.map((entry) => entry.name);
  const index = new Map(names.map((name, i) => [name, i]));
  const at = (name: string): number => index.get(name) as number; // the schema checked every reference

  const matchers = {} as Record<LintLocale, Matcher>;
  const typedMatchers = {} as Record<LintLocale, Matcher>;
  for (const locale of LINT_LOCALES) {
    matchers[locale] = new Matcher(termSpecs(lexicons, locale, false), [], [], 0);
    typedMatchers[locale] = new Matcher(termSpecs(lexicons, locale, true), [], [], 0);
  }

  const patterns: CompiledPattern[] = [];
  lexicons.forEach(({ spec, typed }, lexicon) => {
    for (const source of spec.patterns ?? []) {
      patterns.push({ lexicon, regex: new RegExp(source, 'gu'), allow: new Set(spec.allow ?? []), typed });
    }
  });

  const rules = Object.entries(set.rules).map(([id, rule]) => compileRule(id, rule, set, at));
  const kindVotes = KIND_PRIORITY.map((kind) => ({
    kind,
    lexicons: set.kinds[kind].map(at),
    evidence: (set.kindEvidence?.[kind] ?? []).map(at),
    except: (set.kindExcept?.[kind] ?? []).map(at),
    strictWhen: (set.kindStrictEvidence?.[kind]?.when ?? []).map(at),
    strictEvidence: (set.kindStrictEvidence?.[kind]?.evidence ?? []).map(at),
  }));

  const markerTerms: TermSpec[] = [
    ...set.localeMarkers.ru.words.map((term) => ({ term, rule: MARKER_RU, fields: TEXT_FIELD, negatable: false })),
    ...set.localeMarkers.bg.words.map((term) => ({ term, rule: MARKER_BG, fields: TEXT_FIELD, negatable: false })),
  ];
  const markerLetters = new Map<number, number>();
  const addLetters = (letters: string, marker: number): void => {
    for (const letter of `${letters.toLowerCase()}${letters.toUpperCase()}`) markerLetters.set(letter.charCodeAt(0), marker);
  };
  addLetters(set.localeMarkers.ru.letters, MARKER_RU);
  addLetters(set.localeMarkers.bg.letters, MARKER_BG);

  return {
    lexicons: names,
    matchers,
    typedMatchers,
    weights: set.weights,
    patterns,
    rules,
    repeatLimit: set.repeatLimit,
    kindVotes,
    markerWords: new Matcher(markerTerms, [], [], 0),
    markerLetters,
  };
}

/** A lexicon as compiled: its name, its words, and whether only typed rules use it. */
interface LexiconEntry {
  name: string;
  spec: Lexicon;
  typed: boolean;
}

/**
 * The named lexicons, then one unnamed lexicon per word of every `substitute` rule (named
 * `rule#locale#n`, which no user lexicon can be called), so a hit tells which word was found
 * and so which replacement goes with it. A lexicon is typed when rules with `types` use it and
 * nothing else does: kept out of the scan of a reply with no type, so a fit word (a longer
 * phrase) can never hide a word another rule looks for.
 */
function lexiconTable(set: LintRuleSet): LexiconEntry[] {
  const untypedUse = new Set<string>([
    ...Object.values(set.kinds).flat(),
    ...Object.values(set.kindEvidence ?? {}).flat(),
    ...Object.values(set.kindExcept ?? {}).flat(),
    ...Object.values(set.kindStrictEvidence ?? {}).flatMap((strict) => [...strict.when, ...strict.evidence]),
  ]);
  const typedUse = new Set<string>();
  for (const rule of Object.values(set.rules)) {
    for (const name of lexiconsOf(rule.check)) (rule.types === undefined ? untypedUse : typedUse).add(name);
  }
  const entries: LexiconEntry[] = Object.entries(set.lexicons).map(([name, spec]) => ({ name, spec, typed: typedUse.has(name) && !untypedUse.has(name) }));
  for (const [id, rule] of Object.entries(set.rules)) {
    if (rule.check.type !== 'substitute') continue;
    for (const [locale, swap] of Object.entries(rule.check.swap)) {
      Object.keys(swap ?? {}).forEach((term, n) => entries.push({ name: `${id}#${locale}#${n}`, spec: { terms: { [locale]: [term] } }, typed: rule.types !== undefined }));
    }
  }
  return entries;
}

/** The lexicon names a check reads. */
function lexiconsOf(check: LintCheck): string[] {
  switch (check.type) {
    case 'require':
      return [...check.find, ...(check.except ?? [])];
    case 'forbid':
      return [...check.find, ...(check.except ?? []), ...(check.exceptFollowed?.within ?? []), ...(check.exceptFollowed?.by ?? [])];
    case 'order':
      return [check.before, check.after, ...(check.except ?? [])];
    case 'pair':
      return [...check.find];
    case 'greeting':
      return check.address === undefined ? [check.find, check.generic] : [check.find, check.generic, check.address];
    case 'signature':
      return [check.closing, check.team];
    case 'sign-off':
      return [check.find, check.closing];
    case 'substitute':
      return [];
  }
}

/** Every term of one locale of the typed (or the untyped) lexicons, tagged with its lexicon; ignore terms mask what they cover. */
function termSpecs(lexicons: readonly LexiconEntry[], locale: LintLocale, typed: boolean): TermSpec[] {
  const specs: TermSpec[] = [];
  lexicons.forEach(({ spec, typed: isTyped }, rule) => {
    if (isTyped !== typed) return;
    for (const term of spec.terms?.[locale] ?? []) specs.push({ term, rule, fields: TEXT_FIELD, negatable: false });
    for (const term of spec.ignore?.[locale] ?? []) specs.push({ term, rule: -1, fields: TEXT_FIELD, negatable: false });
  });
  return specs;
}

function compileRule(id: string, rule: LintRule, set: LintRuleSet, at: (name: string) => number): CompiledRule {
  return {
    id,
    severity: rule.severity,
    weight: set.weights[rule.severity],
    kinds: new Set(rule.kinds ?? ['complaint', 'reminder', 'notice', 'general']),
    message: rule.message,
    suggestion: rule.suggestion,
    check: resolveCheck(id, rule.check, at),
    supersedes: rule.supersedes ?? [],
    // Anchored here: a fix applies to a finding whose words the pattern matches whole.
    fixes: (rule.fix ?? []).map((fix) => ({ whole: new RegExp(`^(?:${fix.whole})$`, 'u'), replacement: fix.with })),
    types: rule.types === undefined ? undefined : new Set(rule.types),
  };
}

function resolveCheck(id: string, check: LintCheck, at: (name: string) => number): ResolvedCheck {
  switch (check.type) {
    case 'require':
      return { type: 'require', find: check.find.map(at), at: check.at ?? 'start', except: (check.except ?? []).map(at) };
    case 'forbid': {
      const resolved = { type: 'forbid' as const, find: check.find.map(at), per: check.per ?? 'hit', except: (check.except ?? []).map(at) };
      const followed = check.exceptFollowed;
      return followed === undefined ? resolved : { ...resolved, exceptFollowed: { within: followed.within.map(at), by: followed.by.map(at) } };
    }
    case 'order':
      return { type: 'order', before: at(check.before), after: at(check.after), except: (check.except ?? []).map(at) };
    case 'pair':
      return { type: 'pair', find: [at(check.find[0]), at(check.find[1])] };
    case 'greeting':
      return {
        type: 'greeting',
        find: at(check.find),
        generic: at(check.generic),
        address: check.address === undefined ? undefined : at(check.address),
        missing: check.missing ?? 'both',
      };
    case 'signature':
      return { type: 'signature', closing: at(check.closing), team: at(check.team), lines: check.lines, missing: check.missing ?? 'both' };
    case 'sign-off':
      return { type: 'sign-off', find: at(check.find), closing: at(check.closing), lines: check.lines };
    case 'substitute':
      // The unnamed lexicons lexiconTable made for this rule's words, in the same order.
      return {
        type: 'substitute',
        swaps: Object.entries(check.swap).flatMap(([locale, swap]) => Object.values(swap ?? {}).map((replacement, n) => ({ lexicon: at(`${id}#${locale}#${n}`), replacement }))),
      };
  }
}
