/**
 * Telling what a draft is written in and what it answers, when the caller does not say.
 *
 * Locale: Latin letters outnumbering Cyrillic ones make it English. Cyrillic text is Russian or
 * Bulgarian by votes: every letter only one of them writes (ы э ё for Russian; ъ ѝ for Bulgarian,
 * where ъ is everyday and Russian barely uses it) is one vote, and every common word only one of
 * them has ("вы", "что", "это" against "сте", "ще", "това", "ви") is two, since a word is surer
 * evidence than a letter. A tie is Russian, the larger audience.
 *
 * Kind: every hit of a kind's lexicons is a vote (apologies and complaint words for complaint,
 * invoice and payment words for reminder, opening hours and weekends for notice); the most votes
 * win, ties going to reminder, then notice, then complaint; no vote at all is a general reply. A
 * kind with evidence lexicons (rules' `kindEvidence`) needs a hit of one: a reply that mentions a
 * bill or a fee refund is not a payment reminder without a word asking for payment. A hit inside a
 * span of a kind's `kindExcept` lexicons is no vote: "delivered on Saturday between 9 and 12" gives
 * the day of our action, not the days we open (round 11). Hits of one lexicon that overlap are one
 * vote: «обращение зарегистрировано под номером» is one registration, though two phrases of the
 * lexicon match it (round 21). Evidence inside a `kindExcept` span is none: "I'm sorry your card was declined" apologises
 * for the customer's trouble and asks for no payment (round 25). A hit of a kind's `kindStrictEvidence.when` lexicons makes
 * it need evidence of the stricter lexicons: a draft that refunds or waives a fee, suspends penalties or declines a loan is
 * a payment reminder only with a word that asks for payment, not with "overdue" or «просрочка» alone (round 48).
 */
import type { Hit } from '../text/matcher.js';
import { MARKER_BG, MARKER_RU, TEXT_FIELD } from './compile.js';
import type { CompiledLintRules } from './compile.js';
import { coversOf, uncoveredCount } from './cover.js';
import type { ScannedDraft, Span } from './scan.js';
import type { LintLocale, ReplyKind } from './types.js';

/** A marker word counts this many letter votes. */
const WORD_VOTE = 2;

/** The locale of a draft from its letters and words. */
export function detectLocale(text: string, rules: CompiledLintRules): LintLocale {
  let latin = 0;
  let cyrillic = 0;
  const letterVotes = [0, 0];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1;
    else if (code >= 0x400 && code <= 0x4ff) {
      cyrillic += 1;
      const marker = rules.markerLetters.get(code);
      if (marker !== undefined) letterVotes[marker] = (letterVotes[marker] ?? 0) + 1;
    }
  }
  if (cyrillic === 0 || latin > cyrillic) return 'en';
  const hits: Hit[] = [];
  rules.markerWords.scan(text, TEXT_FIELD, hits);
  const votes = [...letterVotes];
  for (const hit of hits) votes[hit.rule] = (votes[hit.rule] ?? 0) + WORD_VOTE;
  return (votes[MARKER_BG] ?? 0) > (votes[MARKER_RU] ?? 0) ? 'bg' : 'ru';
}

/** The kind of reply a scanned draft is, from the votes of each kind's lexicons. */
export function detectKind(scanned: ScannedDraft, rules: CompiledLintRules): ReplyKind {
  let best: ReplyKind = 'general';
  let bestVotes = 0;
  for (const { kind, lexicons, evidence: loose, except, strictWhen, strictEvidence } of rules.kindVotes) {
    const masks = coversOf(scanned, except);
    const found = (lexicon: number): boolean => uncoveredCount(scanned.byLexicon[lexicon] ?? [], masks) > 0;
    // A draft that gives a charge back or turns an application down (round 48) says "overdue" or «просрочка» as a
    // reason, not a request: the kind needs its stricter evidence there (a word asking for payment).
    const evidence = strictWhen.some(found) ? strictEvidence : loose;
    // A kind that needs evidence (a payment word for a reminder) gets no votes without it; evidence the kind's
    // `kindExcept` covers is none (a declined payment apologised for asks for no payment, round 25).
    if (evidence.length > 0 && !evidence.some(found)) continue;
    let votes = 0;
    for (const lexicon of lexicons) votes += uncoveredCount(oneSpanEach(scanned.byLexicon[lexicon] ?? []), masks);
    // Strictly more: on a tie the kind listed first (the higher priority) keeps its place.
    if (votes > bestVotes) {
      best = kind;
      bestVotes = votes;
    }
  }
  return best;
}

/** A lexicon's hits (in text order) less each one that overlaps the hit kept before it. */
function oneSpanEach(hits: readonly Span[]): Span[] {
  const distinct: Span[] = [];
  for (const hit of hits) {
    const last = distinct[distinct.length - 1];
    if (last === undefined || last.line !== hit.line || hit.start >= last.end) distinct.push(hit);
  }
  return distinct;
}
