/**
 * Reading one complaint record: every hit of every rule, and the step of the precedence that
 * decides its type (docs/definitions.md, "Complainer types"). `classify` turns the reading into a
 * result; `explainClassification` tells it in words. Pure and cheap: the extra work for notes and
 * scores in the subject runs only on records that have no customer comment.
 *
 * The steps, strongest first:
 * 1. third-party — a live activist hit (not negated before or after: «в суд я не пойду»);
 * 2. public — a live irate hit, unless hedged ("might leave a review", "I read the reviews on…")
 *    or only the channel is public and the text says the message was private (a DM via Facebook);
 * 3. silent-signal — no words of the customer's own (no text, or a text that is an agent's or a
 *    system's note, or a subject a form wrote: "Return request #55821", "NPS: 1") and a sign of
 *    dissatisfaction: a silent-status word in channel, status or such a subject, a CRM note
 *    ("has not ordered in 90 days"), a score ≤ `signals.lowScore.max` in the score column or in
 *    the subject. A contact channel (email, web form) does not outweigh it: a return filed
 *    through a web form is still a return without a word;
 * 4. contact — a live voicer hit (channel, subject or text);
 * 5. comment — the customer's own words with no other evidence (they are in the company's log);
 * 6. none — nothing to go by: the record is skipped.
 */
import type { CompiledRules } from './compile.js';
import { CHANGED_MIND_BIT, CLOSURE_ACT_BIT, COMPANY_WRITER_BIT, HEDGE_ADVICE, HEDGE_PUBLIC, NOTE_CHANGED_MIND, NOTE_CLOSURE_ACT, NOTE_CUSTOMER_VOICE, NOTE_FORM_WORD, NOTE_GRIEVANCE } from './compile.js';
import { FIELD_BIT } from '../text/matcher.js';
import type { Hit } from '../text/matcher.js';
import { capText } from '../text/text-cap.js';
import { setAsideReferences } from './names.js';
import type { ReadHit, RecordPart } from './read-hit.js';
import { faceScore, onTenPoints, scoreIn, starsIn } from './score-in-line.js';
import { WORD, charClass, isDigit, isLowerLetter } from '../text/tokenize.js';
import type { ComplainerType, ComplaintRecord } from './types.js';
import { type ChannelKind, type WhoseWords, staffNoteChannel, saysNoComplaint, staffNoteWithoutComplaint, companysNote, customerContacted, customersLines, declinedReason, NO_REVIEW, NOT_ANSWERED, placeholderValue, freeTextField, onlyTheCompanySpeaks, RELAYED_COMPLAINT, REMEDY_ASKED, systemChannel, systemEvent, systemLinesOf, whoseWords } from './whose-words.js';
import { severityRank } from './types.js';

/** The step of the precedence that decided a record's type. */
export type DecisionStep = 'third-party' | 'public' | 'silent-signal' | 'contact' | 'comment' | 'none';

/** Rule index of the low-score pseudo-hit. */
export const SCORE_RULE = -1;
/** Rule index of the pseudo-hit of a statement that the customer left no words ("No message left"). */
export const NO_WORDS_RULE = -2;
/** Rule index of the pseudo-hit of a closure request with only its logistics ("Please close my account, ref 44-0193."). */
export const CLOSURE_RULE = -3;
/** FIELD_BIT-like bit of the score pseudo-hit. */
export const SCORE_FIELD = 8;


/** What a line of subject or text is: absent, the customer's own words, a form's line, or a note. */
export type LineKind = 'absent' | 'comment' | 'form' | 'note';

export type { ReadHit, RecordPart, SetAside } from './read-hit.js';

/** A low score, and where it was written. */
export interface LowScore {
  value: number;
  part: 'score' | 'subject' | 'text';
  /** The score as written in a subject or text ("NPS: 1"). */
  words?: string;
}

/** Everything the decision used. */
export interface Reading {
  step: DecisionStep;
  type: ComplainerType | undefined;
  hits: ReadHit[];
  subject: LineKind;
  text: LineKind;
  /** The customer's own words are in the record (a comment). */
  comment: boolean;
  /** A score in the score column, the subject or a form-line text, when one was read. */
  score: (LowScore & { low: boolean }) | undefined;
}

/** Types a reading may be asked to leave out (to say what the record would be without them). */
export type Without = ReadonlySet<ComplainerType>;

const NO_TYPES: Without = new Set();

/** Reads a record with compiled rules; `without` drops the hits of some types (for "what if"). */
export function readRecord(record: ComplaintRecord, rules: CompiledRules, without: Without = NO_TYPES): Reading {
  const hits: ReadHit[] = [];
  // A channel's brackets qualify it ("Telegram (мониторинг)" is Telegram's monitoring): read as spaces, the same length.
  const channelScanned = unbracketed(record.channel);
  scanPart(rules, channelScanned, 'channel', FIELD_BIT.channel, hits);
  if (channelScanned !== record.channel) for (const hit of hits) hit.words = hit.words.replace(SPACES, ' ');
  // A help desk's tags say where the ticket came from and what it is about, as the channel does.
  scanPart(rules, record.tags, 'tags', FIELD_BIT.channel, hits);
  // The company's own words ("We sent…", «Письмо клиенту») are looked up in each part's words as it is scanned.
  // So are an act of closing's («Прошу закрыть», "Please cancel"), for the closure-request reading.
  const subjectScanned = scanPart(rules, record.subject, 'subject', FIELD_BIT.text, hits);
  let companyWords = subjectScanned && rules.matcher.sawInLastScan(COMPANY_WRITER_BIT);
  const subjectByCompany = companyWords;
  const actInSubject = subjectScanned && rules.matcher.sawInLastScan(CLOSURE_ACT_BIT);
  const textScanned = scanPart(rules, record.text, 'text', FIELD_BIT.text, hits);
  const companyInText = textScanned && rules.matcher.sawInLastScan(COMPANY_WRITER_BIT);
  const actInText = textScanned && rules.matcher.sawInLastScan(CLOSURE_ACT_BIT);
  const mindInText = textScanned && rules.matcher.sawInLastScan(CHANGED_MIND_BIT);
  // The company's words in a thread quoted under the customer's reply ("> On 24 Feb, Billing wrote:") are the thread's.
  if (companyInText && !companyWords) companyWords = !quotesAThread(capText(record.text as string));
  scanPart(rules, record.status, 'status', FIELD_BIT.status, hits);
  if (without.size > 0) for (const hit of hits) if (without.has(typeOfHit(hit, rules))) hit.negated = true;
  shareNegation(record, hits, rules);
  setAsideHedged(record, hits, rules);
  if (rules.anyNeeds) setAsideThirdPartyWords(record, hits, rules);
  setAsideChannelOverridden(record, hits, rules);
  setAsideQuotedReply(record, hits, rules);
  setAsideReferences(record, hits, (hit) => typeOfHit(hit, rules) === 'activist');
  setAsideStarsOnForm(record, hits);
  setAsideReviewInvitation(record, hits, rules);
  setAsideEmptySearch(record, hits, rules);
  setAsideRefusedAfter(record, hits, rules);
  setAsideCrimeReported(record, hits, rules);
  setAsideLawyersWithoutClaim(record, hits, rules);
  setAsideNotAboutUs(record, hits, rules);
  setAsideOurOwnCase(record, hits, rules);
  if (mindInText) changedMind(record, hits, rules);

  const reading: Reading = {
    step: 'none',
    type: undefined,
    hits,
    subject: lineKindOfPresence(record.subject),
    text: lineKindOfPresence(record.text),
    comment: false,
    score: undefined,
  };
  const severe = strongestLive(hits, rules, 'irate');
  if (severe !== undefined) {
    reading.comment = true;
    reading.step = severe === 'activist' ? 'third-party' : 'public';
    reading.type = severe;
    return reading;
  }

  // Is there a customer comment? The text decides when there is one; else the subject.
  // The score column first; a score written in a form's subject or text only when there is none.
  if (record.score !== undefined && Number.isFinite(record.score)) reading.score = { value: record.score, part: 'score', low: record.score <= rules.lowScoreMax };
  const channel = channelKind(record, hits, rules);
  // A survey's question sent with its answer below ("Q: How satisfied…? Reply 1-5" over "A: 1", «Оцените… от 1 до 5.» over
  // «Ответ: 1»): the question is the survey's own words, and the answers are read without it, on the scale it set.
  const text = record.text === undefined ? '' : answersBelowQuestion(capText(record.text), record) ?? capText(record.text);
  if (reading.text !== 'absent') reading.text = textKind(text, hits, rules, reading);
  if (reading.text === 'comment' && onlyTheCompanySpeaks(text)) reading.text = companysTranscript(text, hits, rules, reading, without);
  else if (reading.text === 'comment' && channel === 'other' && systemEvent(text)) reading.text = whoseText(text, 'system', rules, reading, hits, without);
  else if (reading.text === 'comment' && (channel === 'form' || channel === 'system') && companysNote(text, companyWords)) reading.text = companysFormText(text, channel, rules, reading, hits, without);
  else if (reading.text === 'comment' && channel !== 'other') reading.text = whoseText(text, channel, rules, reading, hits, without);
  else if (reading.text === 'comment' && (companysNote(text, companyWords) || staffNoteWithoutComplaint(text, record.channel))) {
    reading.text = noteOnContact(text, rules, reading, hits, without);
  }
  // A form's line without a score the form-line reading knows ("Overall: 1/5"): its fields may hold one.
  else if (reading.text === 'form' && reading.score === undefined) whoseText(text, channel, rules, reading, hits, without);
  // An opt-out keyword alone ("STOP", «СТОП», "UNSUBSCRIBE") is the customer leaving without a word.
  if (record.text !== undefined && OPT_OUT.test(record.text) && !without.has('silent')) {
    reading.text = 'form';
    hits.push({ rule: CLOSURE_RULE, field: FIELD_BIT.text, part: 'text', words: record.text.trim(), start: -1, end: -1, negated: false });
  }
  // The company's own subject replied to ("Re: We miss you! 0% on your next purchase") is no grievance beside the request.
  if (reading.text === 'comment' && actInText && !without.has('silent')) {
    // A reply ("Re: We'd love to have you back – 50% off") over the company's quoted letter: the subject is that letter's.
    const own = companyInText ? ownWords(capText(record.text as string)) : undefined;
    const beside = subjectByCompany || (own !== undefined && REPLY_PREFIX.test(record.subject ?? '')) ? undefined : record.subject;
    reading.text = closureRequest(own ?? capText(record.text as string), 'text', beside, hits, rules);
  }
  // "Would you book with us again?" answered "No", in the subject or on the line above: a leaver's answer with no word of why.
  const notAgain = record.text === undefined || without.has('silent') ? undefined : answeredNotAgain(record);
  if (notAgain !== undefined) {
    reading.text = 'form';
    hits.push({ rule: NO_WORDS_RULE, field: FIELD_BIT.text, part: 'text', words: notAgain, start: -1, end: -1, negated: false });
  }
  // A survey's rating on one line and a box declined on the next ("1" over «не хочу ничего писать»): a form's answers.
  if (reading.text === 'comment' && reading.score === undefined && ratingOverNoWords(record.text as string) !== undefined && surveyRecord(record)) reading.text = 'form';
  if (reading.subject !== 'absent' && reading.text !== 'comment') {
    reading.subject = formOrComment(capText(record.subject as string), hits, rules, reading);
    // On a form's or a system's channel the subject is the form's title, never the customer's words.
    if (reading.subject === 'comment' && (channel === 'form' || channel === 'system') && !reasonField(capText(record.subject as string), channel)) {
      reading.subject = formTitle(capText(record.subject as string), hits, rules, reading);
    }
  }
  // An empty reply to the company's own message ("Re: We miss you, Lucy", «Re: Мы скучаем!», «Re: Липсвате ни» over no
  // text): the subject is the company's, and the customer wrote nothing back.
  if (reading.text === 'absent' && reading.subject !== 'absent' && subjectByCompany && REPLY_PREFIX.test(record.subject as string) && !without.has('silent')) {
    reading.subject = 'form';
    hits.push({ rule: NO_WORDS_RULE, field: FIELD_BIT.text, part: 'subject', words: record.subject as string, start: -1, end: -1, negated: false });
  }
  // A form's or a request's text under a subject in the customer's words that gives a grievance ("Terrible service"): the customer's.
  // Not under the company's own subject replied to ("Re: We miss you – 15% off…" over an out-of-office reply).
  // Not a survey's own question as the subject ("Reply 0-10: how likely are you to recommend Kestrel?" over "0").
  if (reading.text === 'form' && reading.subject === 'comment' && !subjectByCompany && !surveysQuestion(record) && grievanceIn(capText(record.subject as string), rules)) reading.text = 'comment';
  if (reading.text === 'absent' && reading.subject === 'comment' && actInSubject && !without.has('silent')) {
    reading.subject = closureRequest(capText(record.subject as string), 'subject', undefined, hits, rules);
  }
  if (reading.score === undefined && reading.text === 'form') surveyAnswer(record, rules, reading);
  reading.comment = reading.text === 'comment' || (reading.text === 'absent' && reading.subject === 'comment');
  if (reading.score?.low === true && !without.has('silent')) {
    hits.push({ rule: SCORE_RULE, field: SCORE_FIELD, part: reading.score.part, words: reading.score.words ?? String(reading.score.value), start: -1, end: -1, negated: false });
  }

  if (!reading.comment && hasLive(hits, rules, 'silent')) return decided(reading, 'silent-signal', 'silent');
  // A staff note or an outbound log on a contact channel whose own words say the customer left no word ("read but no answer",
  // «Продлевать не будет», „видяно“): the "I" in it is our agent's. A leavers' survey ("Typeform exit survey", „Защо ни
  // напускате?“) answered so («Напускам и толкова… Просто повече няма да идвам»): a leaver who gave no reason. Either only when
  // it relays no complaint and asks no remedy.
  if (reading.comment && liveTextNote(hits, rules) && (staffNoteChannel(record.channel) || leaversSurvey(record)) && quietNote(capText(record.text as string)) && !without.has('silent')) {
    return decided(reading, 'silent-signal', 'silent');
  }
  if (hasLive(hits, rules, 'voicer')) return decided(reading, 'contact', 'voicer');
  if (reading.comment && !without.has('voicer')) return decided(reading, 'comment', 'voicer');
  return reading;
}

/**
 * Where the record came from: a system feed (CRM, churn), a form (a survey, or a channel that is
 * itself a silent signal: a return or cancellation form), or anything else.
 */
function channelKind(record: ComplaintRecord, hits: readonly ReadHit[], rules: CompiledRules): ChannelKind {
  const named = channelNamed(record.channel);
  if (named !== undefined) return named;
  let venue = false;
  for (const hit of hits) {
    if (hit.negated || !isChannelPart(hit.part)) continue;
    if (typeOfHit(hit, rules) === 'silent') return 'form';
    if (hit.rule >= 0 && rules.ids[hit.rule] === VENUE_RULE) venue = true;
  }
  if (venue) return 'venue';
  // A survey's export on a channel that does not say so (a platform's name): its subject names the survey.
  return record.subject !== undefined && SURVEY_SUBJECT.test(record.subject) ? 'form' : 'other';
}

/** A text the form-line reading took for a comment, read sentence by sentence (whose-words.ts). */
function whoseText(value: string, channel: ChannelKind, rules: CompiledRules, reading: Reading, hits: ReadHit[], without: Without): LineKind {
  const kind = takeWords(whoseWords(value, channel, rules, starsIn), rules, reading, hits, without);
  if (channel === 'system' && kind !== 'comment' && !without.has('silent')) statusWords(value, 'text', hits, rules);
  return kind;
}

/**
 * A system's own words in a text or a form's title say what a status would ("event=churn_flag",
 * "Lapsed", «Отмена подписки»): its silent-signal words, read as a status's, join the hits.
 */
function statusWords(value: string, part: 'subject' | 'text', hits: ReadHit[], rules: CompiledRules): void {
  asStatus.length = 0;
  rules.matcher.scan(value, FIELD_BIT.status, asStatus);
  for (const hit of asStatus) if (!hit.negated && typeOfHit(hit, rules) === 'silent') hits.push({ ...hit, field: FIELD_BIT.text, part });
}

/** What a text's reading adds to the record's: its kind, a score in its fields, a statement that no words were left. */
function takeWords(words: WhoseWords, rules: CompiledRules, reading: Reading, hits: ReadHit[], without: Without): LineKind {
  if (words.kind === 'comment') return 'comment';
  if (words.score !== undefined && reading.score === undefined) {
    reading.score = { value: words.score.value, part: 'text', words: words.score.words, low: words.score.value <= rules.lowScoreMax };
  }
  // An empty comment box beside a good score ("(1-5) A: 4 … Comments A: -") is a satisfied customer's, no silence.
  const satisfied = reading.score !== undefined && !reading.score.low;
  if (words.absence !== undefined && !satisfied && !without.has('silent')) {
    hits.push({ rule: NO_WORDS_RULE, field: FIELD_BIT.text, part: 'text', words: words.absence, start: -1, end: -1, negated: false });
  }
  return words.kind;
}

/**
 * A text on a contact channel that the company wrote (an agent's or a log's note, a form's record):
 * read as a system's text, it is silent evidence only when it says the customer left no words (a
 * reason not given, the company's calls or e-mails unanswered) and does not relay the customer's own
 * call or letter; otherwise it stays the customer's comment, relayed.
 */
function noteOnContact(value: string, rules: CompiledRules, reading: Reading, hits: ReadHit[], without: Without): LineKind {
  if (customerContacted(value) && !declinedReason(value)) return 'comment';
  const words = whoseWords(value, 'system', rules, starsIn, true);
  if (words.absence === undefined) return 'comment';
  const kind = takeWords(words, rules, reading, hits, without);
  if (!without.has('silent')) statusWords(value, 'text', hits, rules);
  return kind;
}

/**
 * A text without the thread it quotes ("Please cancel." over "> Hi Naomi, … sorry if something wasn't right"), or undefined
 * when it quotes none: where the
 * company's words are in the text, its quoted words give no grievance of the customer's (a thread of the customer's own
 * complaint quoted under "Please cancel" is still read with it).
 */
function ownWords(value: string): string | undefined {
  if (value.indexOf('\n') < 0) return undefined;
  const ranges = quotedRanges(value);
  if (ranges.length === 0) return undefined;
  let own = '';
  let from = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    own += value.slice(from, ranges[i]);
    from = ranges[i + 1] as number;
  }
  return own + value.slice(from);
}

/** Whether a text holds a quoted thread below its own words: a line quoted with ">" or a reply separator. */
function quotesAThread(value: string): boolean {
  return value.indexOf('\n') >= 0 && quotedRanges(value).length > 0;
}

/**
 * A closure request with its logistics and nothing else (docs/definitions.md, "A closure request
 * and its logistics"): "Please cancel my music school subscription from next month.", «Прошу
 * исключить меня из программы лояльности», «Моля, закрийте картата ми, завършваща на 4471.», or a
 * letter whose only words are its title «Заявление о расторжении договора». A short line with an
 * act of closing (notes `closureActs`), no word of a reason or a grievance (notes `grievance`) in
 * it or in the subject beside it, and no third party or public place named, even set aside (a
 * street's or a title's look-alike aside), is read as a form's line: its act is a silent signal.
 * Anything else stays the customer's comment.
 */
function closureRequest(value: string, part: 'subject' | 'text', beside: string | undefined, hits: ReadHit[], rules: CompiledRules): LineKind {
  if (severeNamed(hits, rules)) return 'comment';
  const act = closingAct(value, rules);
  if (act === undefined) return 'comment';
  if (beside !== undefined && !isBlank(beside) && (hasMoreWordsThan(beside, FORM_LINE_MAX_WORDS) || grievanceIn(beside, rules))) return 'comment';
  hits.push({ rule: CLOSURE_RULE, field: FIELD_BIT.text, part, words: act, start: -1, end: -1, negated: false });
  return 'form';
}

/** Whether a subject gives a reason or a grievance in words (a form's question, "How was your stay?", gives none). */
function grievanceIn(value: string, rules: CompiledRules): boolean {
  scanNotes(value, rules);
  return grievanceScanned();
}

/**
 * The first act of closing of a short line with no grievance, or undefined: when the line is long,
 * asks more than its logistics, names no act or gives a grievance. An exclamation is no grievance by
 * itself («Добър ден!»), nor is a request put as a question ("Could you send the final invoice?");
 * "where is my refund??" is.
 */
function closingAct(whole: string, rules: CompiledRules): string | undefined {
  // A form's field left empty ("Reason for cancelling: -") gives no reason, nor does the company's note under the request.
  const value = customersLines(whole);
  if (hasMoreWordsThan(value, CLOSURE_MAX_WORDS, true) || askingMoreThanLogistics(value)) return undefined;
  scanNotes(value, rules);
  // A remedy asked for is a grievance too: «Клиентката върна роклята… Поиска повторно чистене», and so is the customer's mood
  // noted ("CUSTOMER VERY ANGRY, SHOUTING… cancelled by us").
  if (grievanceScanned() || REMEDY_ASKED.test(value) || RELAYED_COMPLAINT.test(value)) return undefined;
  for (const hit of noteHits) if (hit.rule === NOTE_CLOSURE_ACT) return hit.words;
  // The request alone ("Please cancel.", "Just cancel it please") says nothing wrong, and the customer's lines leave it out:
  // with no grievance left, its act is the closing.
  const withRequests = customersLines(whole, true);
  if (withRequests === value) return undefined;
  scanNotes(withRequests, rules);
  for (const hit of noteHits) if (hit.rule === NOTE_CLOSURE_ACT) return hit.words;
  return undefined;
}

function scanNotes(value: string, rules: CompiledRules): void {
  noteHits.length = 0;
  rules.notes.scan(value, FIELD_BIT.text, noteHits);
}

/** Whether the notes just scanned hold a grievance word not inside a longer note phrase ("thank you", "do not renew"). */
function grievanceScanned(): boolean {
  for (const hit of noteHits) if (hit.rule === NOTE_GRIEVANCE && !insideLongerNote(hit)) return true;
  return false;
}

function insideLongerNote(hit: Hit): boolean {
  for (const other of noteHits) {
    if (other.rule !== NOTE_GRIEVANCE && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start) return true;
  }
  return false;
}

/** Whether a question in the line is more than a request put politely ("Could you send…?", «Можете ли…?»). */
function askingMoreThanLogistics(value: string): boolean {
  for (let at = value.indexOf('?'); at >= 0; at = value.indexOf('?', at + 1)) {
    // A form's question as a field's label ("What would you like to do?: Cancel my booking") asks nothing.
    if (value.charCodeAt(at + 1) === 0x3a) continue;
    let start = at;
    while (start > 0 && !SENTENCE_END.has(value.charCodeAt(start - 1))) start -= 1;
    if (!POLITE_REQUEST.test(value.slice(start, at))) return true;
  }
  return false;
}

const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x0a]); // . ! ? newline
const POLITE_REQUEST = /^\s*(?:please\s+)?(?:could|can|would|will)\s+(?:you|the|your|someone|a)(?!\p{L})|^\s*(?:не\s+)?(?:могли бы|можете ли|можно ли|можно|бихте ли|може ли)(?!\p{L})/iu;

/**
 * A closure request is short, but it may spell its logistics out — the account, where the balance goes,
 * the card handed in, a new address, a greeting and a signature — in up to CLOSURE_MAX_WORDS words; its
 * numbers, references and account numbers are not counted. (Up to round 17 a request had 40 words
 * unless it had a formal letter's frame; blind set 17's closure e-mails of 51–70 words opened with a
 * plain "Hello," and no labelled record of 18 sets read differently with one limit of 90.)
 */
const CLOSURE_MAX_WORDS = 90;

/** Whether a third party or a public place is named in the subject or text, counted or set aside. */
function severeNamed(hits: readonly ReadHit[], rules: CompiledRules): boolean {
  for (const hit of hits) {
    // A name that only looks like a party's (a street, a quoted title, a reference) is no party.
    // Nor is the police told of a theft by someone else ("my wallet was stolen on the bus, I reported it to the police").
    if ((hit.part !== 'subject' && hit.part !== 'text') || hit.setAside === 'reference' || hit.setAside === 'quoted' || hit.setAside === 'not-against-us') continue;
    const type = typeOfHit(hit, rules);
    if (type === 'activist' || type === 'irate') return true;
  }
  return false;
}

/**
 * A transcript in which only the company speaks (whose-words.ts): no words of the customer's. Its
 * silent-signal words, read as a status's ("I see you've cancelled your plan", «Вы не продлили
 * подписку»), and its desk's lines saying nobody answered are the signal; without one the contact
 * channel decides.
 */
function companysTranscript(value: string, hits: ReadHit[], rules: CompiledRules, reading: Reading, without: Without): LineKind {
  if (without.has('silent')) return 'note';
  statusWords(value, 'text', hits, rules);
  // The desk's lines may say the customer never answered («[няма отговор в продължение на 48 ч.]»).
  takeWords(whoseWords(systemLinesOf(value), 'system', rules, starsIn, true), rules, reading, hits, without);
  return 'note';
}

/**
 * The company's own text on a form's or a system's channel (an outbound win-back e-mail or SMS: "We
 * miss you, Gareth!", «Герман, мы скучаем!», «Липсвате ни»; a returns desk's record): the contact is the company's,
 * so "you" in it is the customer addressed and the channel decides, unless the customer's first
 * person or a reported reply is in it.
 */
function companysFormText(value: string, channel: ChannelKind, rules: CompiledRules, reading: Reading, hits: ReadHit[], without: Without): LineKind {
  const kind = takeWords(whoseWords(value, 'system', rules, starsIn, true), rules, reading, hits, without);
  // A system's own note says what its status would («Клиентът смени доставчика»), as whoseText reads it.
  if (channel === 'system' && kind !== 'comment' && !without.has('silent')) statusWords(value, 'text', hits, rules);
  return kind === 'comment' ? 'comment' : 'note';
}

/** A form's subject that gives a reason in a field ("Возврат: не подошёл размер") holds the customer's words. */
function reasonField(value: string, channel: ChannelKind): boolean {
  return channel === 'form' && freeTextField(value);
}

/** A form's title: its silent-signal words (read as a status) and a score in it count. */
function formTitle(value: string, hits: ReadHit[], rules: CompiledRules, reading: Reading): LineKind {
  statusWords(value, 'subject', hits, rules);
  const score = scoreIn(value);
  if (score !== undefined && reading.score === undefined) reading.score = { value: score.value, part: 'subject', words: value.slice(score.start, score.end), low: score.value <= rules.lowScoreMax };
  return 'form';
}

/** The rule of a channel that names the company's website or app: where a self-service action happens. */
const VENUE_RULE = 'voicer-venue';

/** What a channel's name alone says (a system feed, a survey form, or nothing), remembered per value. */
const channelNames = new Map<string, ChannelKind | undefined>();
/** Exports repeat a few channel values; a file with more distinct ones than this starts the memory afresh. */
const CHANNEL_NAMES_MAX = 512;

function channelNamed(channel: string | undefined): ChannelKind | undefined {
  if (channel === undefined || channel === '') return undefined;
  const known = channelNames.get(channel);
  if (known !== undefined || channelNames.has(channel)) return known;
  // A CRM's channel that names the messenger a message came through ("amoCRM (WhatsApp)", «Битрикс24 (чат)», "amoCRM —
  // WhatsApp") is a contact.
  const kind = systemChannel(channel) && !MESSENGER_IN_BRACKETS.test(channel) && !MESSENGER_FIRST.test(channel) && !MESSENGER_LAST.test(channel) ? 'system' : SURVEY_CONTEXT.test(channel) ? 'form' : undefined;
  if (channelNames.size >= CHANNEL_NAMES_MAX) channelNames.clear();
  channelNames.set(channel, kind);
  return kind;
}

// Or first, the CRM after it: "WhatsApp (Wazzup24 → amoCRM)".
const MESSENGER_FIRST = /^\s*(?:whatsapp|telegram|телеграм|viber|вайбер|вайбър)(?!\p{L})(?!\s*[-–—:]?\s*(?:бот|bot))/iu;
// Or last, after a dash: "amoCRM — WhatsApp", «Битрикс24 - Telegram».
const MESSENGER_LAST = /[-–—]\s*(?:whatsapp|telegram|телеграм|viber|вайбер|вайбър|messenger)\s*$/iu;
const MESSENGER_IN_BRACKETS = /[([]\s*(?:whatsapp|telegram|телеграм|viber|вайбер|вайбър|chat|чат|live chat|онлайн-чат|e-?mail|почта|имейл|sms|смс|messenger)\s*[)\]]/iu;

/** A survey's answer that is only a number (the text "1" of a survey or a rating request) is its score. */
function surveyAnswer(record: ComplaintRecord, rules: CompiledRules, reading: Reading): void {
  // Or faces alone, as a chat's or a bot's survey gets them ("😐", "👎").
  const value = bareNumber(record.text as string) ?? faceScore(record.text as string) ?? ratingOverNoWords(record.text as string);
  if (value === undefined || !surveyRecord(record)) return;
  reading.score = { value, part: 'text', words: (record.text as string).trim(), low: value <= rules.lowScoreMax };
}

/**
 * A survey's yes-or-no question whether the customer would come back, recommend us or was satisfied, answered "No" («нет», „Не“) and
 * nothing more: the question in the subject over the bare answer, or on the text's line above it. The question and answer.
 */
function answeredNotAgain(record: ComplaintRecord): string | undefined {
  // The cheap looks first: a short text that ends in a bare "No".
  if ((record.text as string).length > SHORT_ANSWER_MAX || !ENDS_IN_NO.test(record.text as string)) return undefined;
  const lines = (record.text as string).trim().split(LINE_BREAK).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length > 2) return undefined;
  const answer = lines.at(-1) as string;
  const question = lines.length === 2 ? lines[0] : record.subject?.trim();
  return question !== undefined && (NOT_AGAIN_QUESTION.test(question) || SATISFIED_QUESTION.test(question)) ? `${question} ${answer}` : undefined;
}

const SHORT_ANSWER_MAX = 300;
const LINE_BREAK = /\r?\n/u;
// The text's last line is a bare "No".
const ENDS_IN_NO = /(?:^|\n)\s*(?:no|nope|нет|не|ne|net)[.!]?\s*$/iu;
// "Would you book with us again?", "Would you recommend us?", «Закажете ли вы у нас снова?», «Порекомендуете ли вы нас?»,
// „Бихте ли ни препоръчали?“, „Бихте ли пазарували отново?“: a question ending in "?", of coming back or recommending.
// Or whether the customer was satisfied: "Were you happy with the service?", «Всё ли вас устроило?», „Доволни ли сте от
// обслужването?“ (round 87: a "No" to it is dissatisfaction without a word of why).
const SATISFIED_QUESTION = /(?:(?<!\p{L})(?:were|are) you (?:happy|satisfied|pleased)\b[^?\n]{0,60}\?|(?<!\p{L})(?:was|is) everything (?:ok|okay|fine|all right|alright|to your satisfaction)\b[^?\n]{0,40}\?|(?<!\p{L})вс[её] ли (?:вас )?устроил\p{L}*[^?\n]{0,40}\?|(?<!\p{L})довольны ли вы[^?\n]{0,60}\?|(?<!\p{L})вы довольны[^?\n]{0,60}\?|(?<!\p{L})доволн\p{L}* ли сте[^?\n]{0,60}\?|(?<!\p{L})всичко наред ли (?:беше|е)[^?\n]{0,40}\?)/iu;
const NOT_AGAIN_QUESTION = /(?:(?<!\p{L})(?:would|will|do) you\b[^?\n]{0,80}(?:\bagain|\brecommend\p{L}*)[^?\n]{0,60}\?|(?<!\p{L})\p{L}+ ли вы[^?\n]{0,80}(?:снова|ещё раз|еще раз|опять|повторно|рекомендова\p{L}*)[^?\n]{0,60}\?|(?<!\p{L})(?:порекомендуете|порекомендовали бы|посоветуете|рекомендовали бы)(?!\p{L})[^?\n]{0,80}\?|(?<!\p{L})(?:бихте ли|ще \p{L}+ ли)(?!\p{L})[^?\n]{0,80}(?:отново|пак|препоръча\p{L}*)[^?\n]{0,60}\?)/iu;

/**
 * The answers under a survey's question on the text's first line (see readRecord), or undefined when it holds none. A bare
 * answer under a question on 1–5 is read as "N/5", so its evidence says "A: 1/5" where the text has "A: 1".
 */
function answersBelowQuestion(value: string, record: ComplaintRecord): string | undefined {
  const firstBreak = value.indexOf('\n');
  if (firstBreak < 0 || !surveyRecord(record) || !SURVEY_QUESTION.test(value.slice(0, firstBreak))) return undefined;
  const answers = value.slice(firstBreak + 1).trimStart();
  if (!ANSWER_LINE.test(answers)) return undefined;
  const scale = SCALE_SET.exec(value.slice(0, firstBreak));
  return scale?.[1] === '5' ? answers.replace(BARE_ANSWER, '$1/5') : answers;
}

const SURVEY_QUESTION = /^(?:\s*(?:q|question|вопрос|въпрос)\s*\d*\s*[:.)]|[^\n]*\?|[^\n]*(?<!\d)1\s*(?:[-–—]|до|to)\s*(?:5|10)(?!\d))/iu;
const ANSWER_LINE = /^(?:a|answer|ответ|отговор)\s*\d*\s*[:.)-]/iu;
const SCALE_SET = /(?<!\d)1\s*(?:[-–—]|до|to)\s*(5|10)(?!\d)/u;
const BARE_ANSWER = /^((?:a|answer|ответ|отговор)\s*\d*\s*[:.)-]\s*\d{1,2})[ \t]*$/imu;

/** A survey's record whose subject is a question: the survey's own words. */
function surveysQuestion(record: ComplaintRecord): boolean {
  return QUESTION_END.test(record.subject ?? '') && surveyRecord(record);
}

const QUESTION_END = /\?\s*$/u;

function surveyRecord(record: ComplaintRecord): boolean {
  return SURVEY_CONTEXT.test(record.channel ?? '') || SURVEY_CONTEXT.test(record.subject ?? '');
}

/** A rating alone on the first of two lines and a placeholder or a reason withheld on the second: the rating. */
function ratingOverNoWords(text: string): number | undefined {
  if (text.length > SHORT_ANSWER_MAX) return undefined;
  const lines = text.trim().split(LINE_BREAK);
  if (lines.length !== 2) return undefined;
  const rating = bareNumber(lines[0] as string);
  return rating !== undefined && placeholderValue(lines[1] as string) ? rating : undefined;
}

function leaversSurvey(record: ComplaintRecord): boolean {
  return LEAVERS_SURVEY.test(record.channel ?? '') || LEAVERS_SURVEY.test(record.subject ?? '');
}

const LEAVERS_SURVEY = /(?<!\p{L})(?:exit survey|leavers?['’]? survey|why are you leaving|why did you leave|почему вы уходите|почему вы ушли|защо ни напускате|защо напускате|защо спряхте|анкета за напуснали)(?!\p{L})/iu;

function quietNote(text: string): boolean {
  return !RELAYED_COMPLAINT.test(text) && !REMEDY_ASKED.test(text);
}

function liveTextNote(hits: readonly ReadHit[], rules: CompiledRules): boolean {
  for (const hit of hits) if (!hit.negated && hit.part === 'text' && ruleIdOf(hit.rule, rules) === 'silent-note') return true;
  return false;
}

function decided(reading: Reading, step: DecisionStep, type: ComplainerType): Reading {
  reading.step = step;
  reading.type = type;
  return reading;
}

/** A reply's subject: "Re:", "RE:", «Отв:», «Ответ:», «Отг:». */
const REPLY_PREFIX = /^\s*(?:re|отв|ответ|отг|отговор)\s*:/iu;

function unbracketed(value: string | undefined): string | undefined {
  return value === undefined || !BRACKET.test(value) ? value : value.replace(BRACKETS, ' ');
}

const BRACKET = /[()[\]]/u;
const BRACKETS = /[()[\]]/gu;
const SPACES = /\s{2,}/gu;

/** Scans one part of the record into `hits`; false when the part is empty (nothing was scanned). */
function scanPart(rules: CompiledRules, value: string | undefined, part: RecordPart, bit: number, hits: ReadHit[]): boolean {
  if (value === undefined || value === '') return false;
  const from = hits.length;
  const scanned = capText(value);
  rules.matcher.scan(scanned, bit, hits as Hit[]);
  if (bit === FIELD_BIT.text) subredditHits(scanned, rules, hits);
  for (let i = from; i < hits.length; i += 1) (hits[i] as ReadHit).part = part;
  return true;
}

/**
 * A subreddit named by its handle ("writing it up on r/boardgames", "posted in r/LegalAdviceUK") is Reddit, a public place,
 * whatever its name: each is read as the social rule's hit, so hedges and negations apply to it as to "reddit".
 */
function subredditHits(value: string, rules: CompiledRules, hits: ReadHit[]): void {
  if (value.indexOf('r/') < 0) return;
  const rule = rules.ids.indexOf(SOCIAL_RULE);
  if (rule < 0) return;
  for (const handle of value.matchAll(SUBREDDIT)) {
    const start = handle.index;
    hits.push({ rule, field: FIELD_BIT.text, part: 'text', words: handle[0], start, end: start + handle[0].length, negated: false });
  }
}

const SOCIAL_RULE = 'irate-social';
const SUBREDDIT = /(?<![\p{L}\p{N}/._-])r\/[\p{L}\p{N}_]{2,21}(?![\p{L}\p{N}_/])/gu;

function lineKindOfPresence(value: string | undefined): LineKind {
  return isBlank(value) || isNoComment(value as string) ? 'absent' : 'comment';
}

/** Rule id shown when a low score made the record silent. */
export const LOW_SCORE_RULE = 'silent-low-score';

/** The id a hit's rule is shown by: a rule's own, or a pseudo-rule's (a low score, no words, a closure request). */
export function ruleIdOf(rule: number, rules: CompiledRules): string {
  if (rule === SCORE_RULE) return LOW_SCORE_RULE;
  if (rule === NO_WORDS_RULE) return 'silent-no-words';
  if (rule === CLOSURE_RULE) return 'silent-closure-request';
  return rules.ids[rule] as string;
}

/** The type a hit votes for. */
export function typeOfHit(hit: Hit, rules: CompiledRules): ComplainerType {
  return hit.rule < 0 ? 'silent' : (rules.types[hit.rule] as ComplainerType);
}

/** The most severe live type at or above `floor` (activist beats irate). */
function strongestLive(hits: readonly ReadHit[], rules: CompiledRules, floor: ComplainerType): ComplainerType | undefined {
  let best: ComplainerType | undefined;
  for (const hit of hits) {
    if (hit.negated) continue;
    const type = typeOfHit(hit, rules);
    if (severityRank(type) > severityRank(floor)) continue;
    if (best === undefined || severityRank(type) < severityRank(best)) best = type;
  }
  return best;
}

function hasLive(hits: readonly ReadHit[], rules: CompiledRules, type: ComplainerType): boolean {
  for (const hit of hits) if (!hit.negated && typeOfHit(hit, rules) === type) return true;
  return false;
}

const hedgeHits: Hit[] = [];
/** How far before a public hit a hedge may stand (characters, same sentence). */
const HEDGE_REACH = 80;

/**
 * A public hit in the subject or text after a hedge in the same sentence ("I might post…"), or a
 * third party after someone else's advice ("my friend told me to call a lawyer"), does not count.
 * Only the few characters before each such hit are scanned.
 */
function setAsideHedged(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  for (const hit of hits) {
    if (hit.negated || (hit.part !== 'subject' && hit.part !== 'text')) continue;
    const type = typeOfHit(hit, rules);
    const kind = type === 'irate' ? HEDGE_PUBLIC : type === 'activist' ? HEDGE_ADVICE : -1;
    if (kind < 0 || (kind === HEDGE_PUBLIC && ownPost(hit.words))) continue;
    const value = capText(record[hit.part] as string);
    // Russian and Bulgarian put the reading after the place: «Я на Отзовике читала, что…», «В Google видях, че…».
    // A note's sentence that opens with a check ("Checked Trustpilot, TripAdvisor…: nothing posted") found nothing there.
    if (kind === HEDGE_PUBLIC && (READ_AFTER.test(value.slice(hit.end, hit.end + READ_AFTER_REACH)) || opensWithCheck(value, hit.start))) {
      hit.negated = true;
      hit.setAside = 'hedged';
      continue;
    }
    const from = Math.max(0, hit.start - HEDGE_REACH);
    hedgeHits.length = 0;
    rules.hedges.scan(value, FIELD_BIT.text, hedgeHits, from, hit.start);
    // Advice taken is a step the customer took: «Сестра посоветовала Роспотребнадзор — так и сделала», "told me to post it on Facebook, and I did".
    if (ADVICE_TAKEN.test(value.slice(hit.end, hit.end + 40))) continue;
    // A party or a place named in jest, the joke owned right after it: "I'll call the papers… just kidding", «Ще ходя във вестника... шегувам се».
    if (JOKE_AFTER.test(value.slice(hit.end, hit.end + JOKE_REACH))) {
      hit.negated = true;
      hit.setAside = 'hedged';
      continue;
    }
    // A regulator named as the source of a rule is not brought in: "Ofwat's website says you should reply within…".
    // A party wished on the company, not brought in: "Watchdog should look at this lot", «Роспотребнадзор бы на вас
    // натравить», «КЕВР трябва да ви проверят»; a document about it: "Financial Ombudsman leaflet".
    // A question in the subject ("Жалоба в Роспотребнадзор?") asks, and does nothing.
    // The customer's own party is no wish: "My solicitor needs to see the contract".
    const wished = PARTY_WISHED_AFTER.test(value.slice(hit.end, hit.end + 40)) && !OWN_PARTY_BEFORE.test(value.slice(Math.max(0, hit.start - 16), hit.start));
    // A party's own advice not to go on ("Our legal team said it's not worth pursuing", «Юристы сказали, что шансов мало»,
    // «Адвокат ми каза да не си губя времето»): consulted, and let go.
    // A lawyer named by the matter they handle for the customer («Юрист, который ведёт продажу моей квартиры, ждёт выписку»,
    // «Адвокатът, който води делото по наследството…», "the solicitor who is handling my sale"), or busy with it now ("her
    // solicitor is still sorting out her late father's estate", «его юрист сейчас занимается разделом имущества», «адвокатът ѝ
    // в момента урежда наследството»): no step against us. Not "my lawyer is handling this": this matter is ours.
    // Set aside as a reference is: a name that is no party, so a closing request beside it stays a closing.
    // So is a lawyer for a dead customer's estate: "We act for the executors of the late Mr…", «адвокат наследников».
    const handled = kind === HEDGE_ADVICE ? value.slice(hit.end, hit.end + HANDLES_REACH) : '';
    if (kind === HEDGE_ADVICE && (HANDLES_AFTER.test(handled) || ESTATE_AFTER.test(handled) || PROPERTY_SALE_AFTER.test(handled))) {
      hit.negated = true;
      hit.setAside = 'reference';
      continue;
    }
    // A body offered to the customer as where they may go ("If you're ever unhappy…, you can contact the Energy Ombudsman",
    // „имате право да се обърнете към КЗП“): our own letter's words, not a step anyone took.
    const before = kind === HEDGE_ADVICE ? value.slice(Math.max(0, hit.start - HEDGE_REACH), hit.start) : '';
    if (kind === HEDGE_ADVICE && WAY_OFFERED_STEM.test(before) && WAY_OFFERED_BEFORE.test(before)) {
      hit.negated = true;
      hit.setAside = 'hedged';
      continue;
    }
    if (kind === HEDGE_ADVICE && ADVISED_AGAINST_AFTER.test(value.slice(hit.end, hit.end + ADVISED_AGAINST_REACH))) {
      hit.negated = true;
      hit.setAside = 'hedged';
      continue;
    }
    if (kind === HEDGE_ADVICE && (RULE_SOURCE_AFTER.test(value.slice(hit.end, hit.end + 40)) || wished ||
      (hit.part === 'subject' && value.trimEnd().endsWith('?')) || askedAbout(value, hit))) {
      hit.negated = true;
      hit.setAside = 'hedged';
      continue;
    }
    for (const hedge of hedgeHits) {
      if (hedge.rule !== kind) continue;
      // A hedge cut at the window's start is not one ("…ay" of "may"): it must start a word there.
      if (hedge.start === from && from > 0 && charClass(value.charCodeAt(from - 1)) === WORD) continue;
      if (crossesSentence(value, hedge.end, hit.start) || CONTRAST.test(value.slice(hedge.end, hit.start))) continue;
      // The customer's own post between the reading and the place ends the hedge: "I checked your reviews before booking
      // and have now posted my own on Trustpilot".
      if (kind === HEDGE_PUBLIC && POSTED_BETWEEN.test(value.slice(hedge.end, hit.start))) continue;
      // Read aloud to others is telling them: „На събранието… прочетох на глас Вашите писма и всички съседи вече знаят“.
      if (kind === HEDGE_PUBLIC && READ_ALOUD_AFTER.test(value.slice(hedge.end, hedge.end + READ_ALOUD_REACH))) continue;
      // What someone said, quoted whole between the verb and the party, is what they said: "the video where your nurse says
      // „samples get mixed up“ — I sent it to «Господари на ефира»" brings the programme in.
      if (kind === HEDGE_ADVICE && QUOTED_BETWEEN.test(value.slice(hedge.end, hit.start))) continue;
      // A step the customer is said to have taken already, relayed in a note by a bare "says":
      // «Казва, че вече е подала жалба до омбудсмана» (not a neighbour's story: «Сосед сказал, что уже подали в суд»).
      if (kind === HEDGE_ADVICE && BARE_REPORT.test(hedge.words) && STEP_TAKEN.test(value.slice(hedge.end, hit.start))) continue;
      // The one who said it took the step: „Майката ми каза, че е подала сигнал в ДАЗД“, «Она сказала, что подала жалобу»,
      // "she told me she had reported us" (not «Сосед сказал, что подали в суд», someone else's step told).
      if (kind === HEDGE_ADVICE && SAID.test(hedge.words) && SAYER_TOOK_STEP.test(value.slice(hedge.end, hit.start))) continue;
      // A step promised in the customer's own words after a word that hedges elsewhere: «Если вы не пришлёте номер
      // лицензии, я направлю запрос в Рособрнадзор» (the licence named is no licence of the body's).
      if (kind === HEDGE_ADVICE && OWN_STEP_PROMISED.test(value.slice(hedge.end, hit.start))) continue;
      hit.negated = true;
      hit.setAside = 'hedged';
      break;
    }
  }
}

/**
 * A party asked about, not brought in: «Кажете ми към кого да се обърна - КЗП ли?» (the particle «ли» right after it),
 * «Подскажите, куда жаловаться? В Роспотребнадзор?» (a question of the party alone, a preposition or "or" at most before
 * it, after another question). Not when the answer says it was done: "Ombudsman? Yes, I filed with them this morning."
 */
function askedAbout(value: string, hit: Hit): boolean {
  const after = value.slice(hit.end, hit.end + ANSWER_AFTER_REACH);
  const asked = LI_QUESTION_AFTER.test(after) ||
    (QUESTION_AFTER.test(after) && BARE_QUESTION_BEFORE.test(value.slice(Math.max(0, hit.start - BARE_QUESTION_REACH), hit.start)));
  return asked && !ANSWERED_YES.test(after);
}

const LI_QUESTION_AFTER = /^\s+ли\s*\?/u;
const QUESTION_AFTER = /^\s*\?/u;
const BARE_QUESTION_REACH = 24;
const BARE_QUESTION_BEFORE = /\?\s*(?:(?:или|а|и|or|to|the|в|във|во|к|към|до|на|при)\s+){0,3}$/iu;
const ANSWER_AFTER_REACH = 24;
const ANSWERED_YES = /^(?:\s+ли)?\s*\?\s*(?:yes|yep|да)(?!\p{L})/iu;

/** Whether the sentence `at` stands in opens with a check ("Checked …", «Проверили …», «Проверихме …»), within CHECK_REACH characters. */
function opensWithCheck(value: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < CHECK_REACH && !endsSentence(value, start - 1)) start -= 1;
  if (start > 0 && !endsSentence(value, start - 1)) return false;
  return CHECK_OPENING.test(value.slice(start, at));
}

const CHECK_REACH = 120;

/** A sentence's end at `at`; not a site's dot with a letter right after it ("Banki.ru"). */
function endsSentence(value: string, at: number): boolean {
  if (!SENTENCE_END.has(value.charCodeAt(at))) return false;
  if (value.charCodeAt(at) !== 0x2e) return true;
  // Nor an abbreviation's dot, a lower-case word after it: «Проверка в соц. мрежи и форуми».
  return charClass(value.charCodeAt(at + 1)) !== WORD && !(value.charCodeAt(at + 1) === 0x20 && isLowerLetter(value.charCodeAt(at + 2)));
}
// Who checked may open the sentence ("Marketing checked…"); a check may be named by its noun («Проверка соцсетей…»).
const CHECK_OPENING = /^\s*(?:(?:marketing|support|the team|team|agent|staff|smm|мы|маркетинг|маркетолог|агент|ние|екипът|маркетингът)\s+)?(?:checked|we checked|searched|search|проверили|проверил|проверила|проверка|проверено|проверих|проверихме|поиск|искали|търсене|търсихме|потърсихме)(?!\p{L})/iu;

/**
 * A review-monitoring log's search that found nothing ("Search on Trustpilot by name: no matches", «Поиск по имени
 * клиента на Отзовике, Banki.ru, 2ГИС: совпадений нет»): the places checked, in the text and in the log's channel,
 * are where nothing was posted. Only a short note whose every public hit stands in a check's sentence.
 */
function setAsideEmptySearch(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  const text = record.text;
  if (text === undefined || text.length > SEARCH_NOTE_MAX) return;
  let checked = false;
  for (const hit of hits) {
    if (typeOfHit(hit, rules) !== 'irate' || hit.part !== 'text') continue;
    if (hit.setAside !== 'hedged' || !opensWithCheck(text, hit.start)) return;
    checked = true;
  }
  if (!checked || !NOTHING_FOUND.test(text)) return;
  for (const hit of hits) {
    if (hit.negated || typeOfHit(hit, rules) !== 'irate') continue;
    hit.negated = true;
    hit.setAside = 'hedged';
  }
}

const SEARCH_NOTE_MAX = 400;
const NOTHING_FOUND = /(?<!\p{L})(?:no matches|no results|nothing found|not found|no mentions|no posts|nothing posted|упоминаний нет|нет упоминаний|не обнаружен\p{L}*|няма споменавания|няма публикации|совпадений нет|нет совпадений|ничего не найдено|не найден\p{L}*|няма съвпадения|няма резултати|нищо не е намерено|не е намерен\p{L}*)(?!\p{L})/iu;

/** Right after a party someone advised: the customer did it ("and I did", «так и сделала», «така и направих»). */
const CAMPAIGN_TITLE = /(?<!\p{L})(?:кампани\p{L}*|campaign|рассылк\p{L}*|бюлетин\p{L}*|newsletter|акци\p{L}*|promo\p{L}*|промо\p{L}*)\s*[«„“"]/iu;
/** A home being sold or bought named in the lawyer's sentence: "to my solicitor Hollis & Grant as we are mid-sale on the house". */
const PROPERTY_SALE_AFTER = /^[^.!?\n]{0,60}?(?<!\p{L})(?:mid-sale|mid sale|(?:house|flat|home|property) (?:sale|purchase)|(?:sale|purchase) of (?:the|our|my|the above) (?:house|flat|home|property)|(?:selling|buying) (?:the|our|my) (?:house|flat|home|property)|продаж\p{L}* (?:квартир\p{L}*|дом\p{L}*)|продажбата на (?:апартамента|къщата|имота)|сделката за (?:апартамента|къщата|имота)|voluntary liquidation|company['’]s liquidation|ликвидаци\p{L}* (?:общества|компании|фирмы|организации)|продажбата на (?:дружеството|фирмата))(?!\p{L})(?![^.!?\n]{0,50}(?:complaint|claim|against you|претензи|жалоб|жалб|срещу ва))/iu;
const ESTATE_AFTER = /^\s+(?:(?:for|of)\s+)?(?:the\s+)?(?:executors?|estate of|personal representatives?|administrators? of the estate|наследник\p{L}*|наследниц\p{L}*|наследниците)(?!\p{L})/iu;

const ADVICE_TAKEN = /^[\s,.—–-]{0,4}(?:and i did|which i did|so i did|i (?:have )?done (?:exactly )?(?:that|so)|i did (?:exactly )?(?:that|so)|which i have done|and i have(?: done so)?|and i (?:have )?(?:wrote|written|complained|reported|filed)(?: to them| with them| it)?|так и сделал\p{L}*|и я (?:туда |им |ему |ей )?(?:написал\p{L}*|обратил\p{L}*|подал\p{L}*|пожаловал\p{L}*)|и (?:аз )?(?:там |им )?(?:писах|подадох|подах|се оплаках)|что я и сделал\p{L}*|и я это сделал\p{L}*|така и направих|което и направих|и го направих)(?!\p{L})/iu;

/**
 * "1 star" given on the company's own feedback form or survey ("Rate us: 1 star" in an in-game form) is
 * a score, not a review posted somewhere.
 */
function setAsideStarsOnForm(record: ComplaintRecord, hits: ReadHit[]): void {
  let stars = false;
  for (const hit of hits) if (!hit.negated && (hit.part === 'text' || hit.part === 'subject') && STAR_COUNT.test(hit.words)) stars = true;
  if (!stars || channelNamed(record.channel) !== 'form') return;
  for (const hit of hits) {
    if (hit.negated || (hit.part !== 'text' && hit.part !== 'subject') || !STAR_COUNT.test(hit.words)) continue;
    hit.negated = true;
    hit.setAside = 'score';
  }
}

/**
 * The company's invitation to review, sent and not answered ("Review invitation sent 28 March… No review left",
 * «Приглашение оставить отзыв на Яндекс Картах отправлено… Отзыв не оставлен», «Покана за ревю в Google… Няма ревю»):
 * its review sites, in the text and in the channel of the tool that sent it, are where no review was posted.
 */
function setAsideReviewInvitation(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  if (record.text === undefined) return;
  let publicHit = false;
  for (const hit of hits) if (!hit.negated && typeOfHit(hit, rules) === 'irate') publicHit = true;
  if (!publicHit) return;
  const text = record.text;
  // A tracker's note is short; a long post that mentions an invitation is a post. The cheap look first.
  if (text.length > INVITATION_NOTE_MAX) return;
  // The invitation may be named in the tool's subject only ("Покана за отзив" over «Покана изпратена… Отзив не е подаден»).
  // The cheap stem first: most texts with a public place name no invitation.
  const subject = record.subject !== undefined && record.subject.length <= INVITATION_NOTE_MAX ? record.subject : undefined;
  if (!INVITATION_STEM.test(text) && (subject === undefined || !INVITATION_STEM.test(subject))) return;
  // Not posted, declined or not even opened: «Предложили оставить отзыв… — отказался», "Review invitation sent… - not opened".
  if ((!NO_REVIEW.test(text) && !REVIEW_DECLINED.test(text) && !NOT_ANSWERED.test(text)) || (!invitationIn(text) && (subject === undefined || !invitationIn(subject)) && !invitationIn(record.channel ?? ''))) return;
  for (const hit of hits) {
    if (hit.negated || typeOfHit(hit, rules) !== 'irate') continue;
    hit.negated = true;
    hit.setAside = 'hedged';
  }
}

const INVITATION_NOTE_MAX = 400;

function invitationIn(value: string): boolean {
  return INVITATION_STEM.test(value) && REVIEW_INVITATION.test(value);
}
const INVITATION_STEM = /invit|request|asked to leave|offered|приглаш|просьб|просил|покан|предлож/iu;
const REVIEW_DECLINED = /(?<!\p{L})(?:declined|refused|отказал\p{L}*|отказа|отказаха)(?!\p{L})/iu;
const REVIEW_INVITATION = /(?<!\p{L})(?:review[- ]invit(?:ation|e)s?|(?:trustpilot|feefo|google|reviews\.io|yotpo) invitations?|invitations? to (?:leave a )?review|invited to (?:leave a )?review|review requests?|asked to leave a review|приглашени\p{L}* (?:оставить отзыв|к отзыву)|просьб\p{L}* оставить отзыв|просил\p{L}* (?:\p{L}+ )?оставить отзыв|предложил\p{L}* (?:\p{L}+ )?оставить отзыв|offered (?:\p{L}+ )?(?:to )?(?:leave|write) a review|предложих\p{L}* (?:\p{L}+ )?да остав\p{L}* (?:отзив|ревю)|покан\p{L}* (?:за (?:ревю|отзив)|да остав\p{L}*))(?!\p{L})/iu;

const STAR_COUNT = /^(?:1|one|одна|одну|една)\s+(?:star|звезд\p{L}*)$/iu;

/**
 * A third party refused at the end of its clause, further than the negation window reaches: «судиться
 * с вами из-за 9 тысяч не хочу», «да ви съдя за 50 лв. не искам». The clause runs to the next , . ; ! ?
 * or line end, and holds no condition or cause («если», «потому что», «ако», «защото») that would make
 * the refusal someone else's.
 */
function setAsideRefusedAfter(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  for (const hit of hits) {
    if (hit.negated || hit.part !== 'text' || typeOfHit(hit, rules) !== 'activist') continue;
    const value = capText(record.text as string);
    // A party named as a question and dismissed at once: «КЗП? Няма смисъл, няма да си губя времето.»
    if (DISMISSED_AFTER.test(value.slice(hit.end, hit.end + REFUSAL_REACH))) {
      hit.negated = true;
      hit.setAside = 'negated';
      continue;
    }
    // A body known of and declined in the same sentence: „Знам, че КЗП следи…, но няма да им пиша“, "I know Ofcom regulates
    // them, but I have no intention of going there".
    if (BUT_DECLINED_AFTER.test(value.slice(hit.end, hit.end + BUT_DECLINED_REACH))) {
      hit.negated = true;
      hit.setAside = 'negated';
      continue;
    }
    // The writer's own work at the body, set apart from this letter: "I work for Trading Standards…, but I'm writing as an
    // ordinary customer", „работя в НАП, но ви пиша като частно лице“.
    if (OWN_WORK_BEFORE.test(value.slice(Math.max(0, hit.start - OWN_WORK_REACH), hit.start)) && PRIVATE_CAPACITY.test(value)) {
      hit.negated = true;
      hit.setAside = 'reference';
      continue;
    }
    // Someone's offer to take it up, turned down: "My friend writes for a local paper and offered to do a piece… I told her not
    // to bother", „Приятелка е журналистка… и предложи да пише… Отказах ѝ“.
    const around = value.slice(Math.max(0, hit.start - OFFER_REACH), hit.end + OFFER_REACH);
    if (OFFERED.test(around) && OFFER_DECLINED.test(value.slice(hit.end, hit.end + OFFER_DECLINED_REACH))) {
      hit.negated = true;
      hit.setAside = 'negated';
      continue;
    }
    // An aside between commas does not end the clause: «В суд я из-за 500 рублей, понятно, не пойду».
    const clause = CLAUSE_AFTER.exec(value.slice(hit.end, hit.end + REFUSAL_REACH).replace(ASIDE, ' '));
    if (clause === null || !REFUSAL_END.test(clause[0]) || CONDITION.test(clause[0])) continue;
    hit.negated = true;
    hit.setAside = 'negated';
  }
}

const BUT_DECLINED_REACH = 160;
const BUT_DECLINED_AFTER = /^[^.!?\n]{0,140}?,\s*(?:но|а|but|ама|обаче)\s+(?:(?:аз|я)\s+|i(?=['’])|i\s+)?(?:няма да (?:им |там |ги )?(?:пиша|ходя|се обръщам|се оплаквам|го направя|направя това)|нямам (?:никакво )?намерение|не (?:буду|собираюсь|стану) (?:им |туда |к ним )?(?:писать|обращаться|жаловаться|ходить)|(?:won['’]t|will not|am not going to|['’]m not going to|have no intention of) (?:be )?(?:writ|go|contact|complain|report)\p{L}*)/iu;
const OWN_WORK_REACH = 40;
// A few words may stand between: «Я сама работаю в территориальном отделе Роспотребнадзора… но пишу вам как обычная покупательница».
// A trade named so is the same: „По професия съм журналист, но ви пиша като обикновен курсист“.
const OWN_WORK_BEFORE = /(?<!\p{L})(?:i (?:actually )?work (?:for|at|in)|i['’]m employed (?:by|at)|работя в|работаю в|работаю|работя към|by (?:profession|trade),? (?:i['’]m|i am) an?|по професия (?:съм|аз съм)|по профессии(?: я)?,?)\s+(?:the\s+)?(?:\p{L}+\s+){0,3}$/iu;
const PRIVATE_CAPACITY = /(?<!\p{L})(?:(?:ви )?пиша (?:просто )?като клиент|пишу (?:просто )?как клиент|writing (?:simply |just )?as a customer|writing purely as|not for the paper|not for publication|writing to you as a guest|writing (?:to you )?as an? (?:ordinary|private|regular|normal) \p{L}+|as a private (?:person|individual)|not in an official capacity|пиш\p{L}* (?:вам )?как (?:частное лицо|обычн\p{L}+ \p{L}+)|(?:ви )?пиша като (?:частно лице|купувач|обикновен\p{L}* \p{L}+|внучка|внук|дъщеря|син|майка|баща)|не служебно|неслужебно)(?!\p{L})/iu;

const REFUSAL_REACH = 60;
const OFFER_REACH = 80;
const OFFER_DECLINED_REACH = 160;
// Or keen to do it: "got all excited about sending you a 'letter before action'. I told him not to be daft."
const OFFERED = /(?<!\p{L})(?:offered to|offered|excited about|keen to|wanted to|предложи|предложил\p{L}*|предлагал\p{L}*|предлагает|предлагаше|давай сделаем|рвался|хотел\p{L}* (?:вам )?(?:написать|отправить|подать)|искаше да|навиваше се)(?!\p{L})/iu;
const OFFER_DECLINED = /^[^\n]{0,140}?(?<!\p{L})(?:i told (?:her|him|them) not to(?: bother)?|i (?:said no|declined|turned (?:it|her|him|them) down)|отказах (?:ѝ|му|им)|(?:я )?(?:ей|ему|им) отказал\p{L}*|я отказал\p{L}*|не хочу,? (?:мне )?не до (?:этого|того)|не ми е до това)(?!\p{L})/iu;

/**
 * The police told of for someone else's crime: the report is about the thief, no step against the company. Either the
 * thief is nobody named, told impersonally ("Someone stole my wallet… I reported it to the police", "phone stolen from the
 * locker", «сумку украли в метро», «Откраднаха ми портфейла»), or a crime is named and the writer sets the police apart as
 * another matter ("I've reported the theft to the police, that's fine, but…", «это отдельная история», «това е отделно»).
 * The crime stands in the police's sentence or the one before it, and not after one of ours ("your driver stole", «ваш
 * курьер украл»). A theft named only by its noun and not set apart stays a step ("reported the driver to the police for
 * theft", «заявление в полицию о краже содержимого посылки»: whose theft, the record does not say). Other third-party
 * words that end right where the police's begin ("reported it to the police") go with them.
 */
function setAsideCrimeReported(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  for (const hit of hits) {
    if (hit.negated || hit.part !== 'text' || !POLICE.test(hit.words) || typeOfHit(hit, rules) !== 'activist') continue;
    const value = capText(record.text as string);
    // The police's sentence and the two before it: "The e-bike I rented was stolen outside the library. I'd locked it with the
    // app… I reported it to the police the same evening."
    let from = lastSentenceStart(value, hit.start);
    for (let back = 0; back < SENTENCES_BEFORE_POLICE && from > 0; back += 1) from = lastSentenceStart(value, from - 1);
    const to = value.slice(hit.end).search(SENTENCE_STOP);
    const span = value.slice(from, to < 0 ? value.length : hit.end + to);
    const unknownThief = THEFT_BY_NOBODY_NAMED.exec(span) ?? theftReportedOfNoOne(span);
    const crime = unknownThief ?? CRIME.exec(span);
    // "your courier" before the crime is ours, unless the thief is named as someone unknown («у вашего курьера какой-то парень
    // выхватил пакет»).
    // No crime named, but the report made for the insurer ("I've given the police a report… because my insurer needs one").
    // Or the customer says outright we are not to blame ("Вие не сте виновни, но…"), whatever was reported.
    const nothingAgainstUs = NOTHING_AGAINST_US.test(value.slice(hit.end, hit.end + NOTHING_AGAINST_US_REACH));
    if (crime === null && !nothingAgainstUs && !INSURER_APART.test(value.slice(hit.end, hit.end + MATTER_APART_REACH))) continue;
    if (crime === null) {
      hit.negated = true;
      hit.setAside = 'not-against-us';
      continue;
    }
    // A report against a perpetrator unknown („жалба в 6-то РУ срещу неизвестен извършител“) is about the thief, wherever the
    // theft was — even „на вашия паркинг“.
    // Or the police say they have nothing against us: the crime was someone else's, even on our car park.
    const againstUnknown = nothingAgainstUs || PERSONS_UNKNOWN.test(span);
    // Or our people as the clause's subject a little further back: «ваши сотрудники без моего разрешения и без предупреждения
    // вскрыли замок».
    const crimeSentence = lastSentenceStart(span, crime.index);
    if (!againstUnknown && !UNKNOWN_AGENT.test(crime[0]) && OURS_BEFORE.test(span.slice(Math.max(crimeSentence, crime.index - OURS_SUBJECT_REACH), crime.index))) continue;
    // Or stolen from us: „пръстенът ми е откраднат от вашата работилница“, "stolen from your warehouse" — our keeping, our matter.
    if (!againstUnknown && FROM_US_AFTER.test(span.slice(crime.index + crime[0].length, crime.index + crime[0].length + OURS_REACH))) continue;
    // A police paper about the theft sent to us again and again for a claim („Протоколът от полицията за кражбата… е изпратен три
    // пъти“, "I have now given you the crime reference number… three times") is the police's work on the thief, and the complaint
    // is of our handling; so is a matter set apart after the police. A reference number alone is not: «номер КУСП приложил».
    const after = value.slice(hit.end, hit.end + MATTER_APART_REACH);
    if (unknownThief === null && !nothingAgainstUs && !(POLICE_PAPER.test(span) && SENT_AGAIN.test(span)) && !MATTER_APART.test(after) && !INSURER_APART.test(after)) continue;
    hit.negated = true;
    hit.setAside = 'not-against-us';
    for (const other of hits) {
      if (other !== hit && !other.negated && other.part === 'text' && other.end <= hit.start && hit.start - other.end <= 1 && typeOfHit(other, rules) === 'activist') {
        other.negated = true;
        other.setAside = 'not-against-us';
      }
    }
  }
}

/**
 * A lawyer in a note that says outright no claim was made against us («Адвокатът на наследниците поиска закриване на
 * партидата… Няма претенции към дружеството.», «…сделкой занимается юрист… Претензий не высказывала.»): the lawyer acts in
 * the customer's own affairs, and is set aside as a reference. Courts, authorities and the press stay parties.
 */
function setAsideLawyersWithoutClaim(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  let noClaim: boolean | undefined;
  for (const hit of hits) {
    if (hit.negated || hit.part !== 'text' || ruleIdOf(hit.rule, rules) !== LEGAL_RULE || !LAWYER.test(hit.words)) continue;
    noClaim ??= saysNoComplaint(capText(record.text as string));
    if (!noClaim) return;
    hit.negated = true;
    hit.setAside = 'reference';
  }
}

const LEGAL_RULE = 'activist-legal';

/**
 * A party the customer sets apart from us in words, right after it: "the police report about the bike stolen from his shed
 * … unrelated to us", «заявление в полицию… к вам это не относится», „Подадох сигнал в полицията…, но това няма нищо общо с
 * вас“, «это про вора, к клинике претензий по этому нет», „полицията състави протокол на другия шофьор…, там нямам претенции“.
 * Its matter is another: the party is set aside as a reference, so a closing request beside it stays a closing.
 */
function setAsideNotAboutUs(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  for (const hit of hits) {
    if (hit.negated || hit.part !== 'text' || typeOfHit(hit, rules) !== 'activist') continue;
    const value = capText(record.text as string);
    const after = value.slice(hit.end, hit.end + NOT_ABOUT_US_REACH);
    // Or said before it: "I know the examiner isn't one of yours - I've already written to the DVSA about him".
    const before = value.slice(Math.max(0, hit.start - NOT_ABOUT_US_REACH), hit.start);
    if ((!NOT_ABOUT_US_STEM.test(after) || !NOT_ABOUT_US.test(after)) && !NOT_OURS.test(before) && !NOT_OURS.test(after)) continue;
    hit.negated = true;
    hit.setAside = 'reference';
  }
}

/**
 * The company's own legal steps against the customer, named by the customer: a court order or a bailiff's demand "on your
 * application" («по судебному приказу, который ваш водоканал получил на меня», „по изпълнителен лист, издаден по ваше
 * заявление“). The court words are ours, no step of the customer's; a lawyer of the customer's stays one.
 */
function setAsideOurOwnCase(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  if (record.text === undefined) return;
  // The cheap look first: most records name no court at all.
  let courtNamed = false;
  for (const hit of hits) if (!hit.negated && OUR_CASE_RULES.has(ruleIdOf(hit.rule, rules))) courtNamed = true;
  if (!courtNamed || !OUR_OWN_CASE.test(record.text)) return;
  for (const hit of hits) {
    if (hit.negated || (hit.part !== 'text' && hit.part !== 'subject') || !OUR_CASE_RULES.has(ruleIdOf(hit.rule, rules)) || LAWYER.test(hit.words)) continue;
    hit.negated = true;
    hit.setAside = 'reference';
  }
}

// A bailiff's demand on our application is headed as a lawyer's demand letter is („Покана за доброволно изпълнение“).
const OUR_CASE_RULES = new Set(['activist-legal', 'activist-third-party-letter']);
const OUR_OWN_CASE = /(?<!\p{L})(?:по ваше(?:то)? (?:заявление|искане|молба)|по вашему (?:заявлению|иску|требованию)|котор\p{L}+ ваш\p{L}* (?:\p{L}+ )?(?:получил\p{L}*|подал\p{L}*|взыскал\p{L}*) на меня|(?:you|your company) (?:obtained|filed|took out|got)(?: \p{L}+){0,3} against me|your (?:court order|judgment|judgement|claim) against me)(?!\p{L})/iu;

const NOT_ABOUT_US_REACH = 160;
// Someone who is not ours (an examiner, a police officer of the state's) and the step taken about them.
const NOT_OURS = /(?<!\p{L})(?:(?:isn['’]t|is not|wasn['’]t|was not) one of yours|(?:не е|не беше) (?:ваш(?:ият|ия)?|от вашите)(?: служител| човек)?|(?:это )?(?:их|не ваш) сотрудник|не ваш(?:его|их)? (?:сотрудник|человек)\p{L}*|(?:that['’]s|that is) their (?:problem|employee)|тяхна работа)(?!\p{L})/iu;
const NOT_ABOUT_US_STEM = /про того|за човека|за крадеца|about the|about whoever|при ч|another matter|друг повод|другому поводу|unrelated|nothing to do|not about you|относится|отношени|про вор|претензи|претенци|общо с|засяга/iu;
const NOT_ABOUT_US = /^[^.!?\n]*(?:[.!?]\s+[^.!?\n]*)?(?<!\p{L})(?:unrelated to (?:us|you)|nothing to do with (?:us|you)|not about (?:you|us)|on another matter|(?:тут )?ни при ч[её]м|по друг повод|по другому поводу|к (?:вам|нам) (?:это )?не относится|не имеет отношения к (?:вам|нам)|это про вора|(?:это )?про того,? кто (?:\p{L}+ )?(?:украл|взломал|похитил)|(?:това е )?за (?:крадеца|човека,? който (?:го |я |ги |ми )?(?:е )?(?:открадна|откраднал|разби))|about (?:the thief|whoever (?:stole|took|hacked)|the (?:person|people|one) who (?:stole|took|hacked))|к \p{L}+ претензий по этому нет|претензий (?:к вам |к нам )?по этому нет|(?:това )?няма нищо общо с (?:вас|нас)|това не ви засяга|там нямам претенции)(?!\p{L})/iu;
const LAWYER = /lawyer|solicitor|attorney|юрист|адвокат/iu;

/** Where the sentence holding `at` starts (after the last . ! ? or line end before it). */
function lastSentenceStart(value: string, at: number): number {
  // A decimal point ("£96.40") ends no sentence.
  for (let i = at - 1; i >= 0; i -= 1) if (SENTENCE_END.has(value.charCodeAt(i)) && !(isDigit(value.charCodeAt(i - 1)) && isDigit(value.charCodeAt(i + 1)))) return i + 1;
  return 0;
}

const POLICE = /police|полиц|мвр|мвд|сдвр|рпу|гдбоп|action fraud|кибер|(?<!\p{L})ру(?!\p{L})/iu;
const SENTENCE_STOP = /[.!?\n]/u;
const SENTENCES_BEFORE_POLICE = 2;
const CRIME = /(?<!\p{L})(?:разбит\p{L}*|разбили (?:стекло|окно|машину|фару|зеркало)|вору\p{L}*|вандал\p{L}*|vandal\p{L}*|theft|thefts|stolen|stole|nicked|fraud|phishing|фишинг\p{L}*|мошенни\p{L}*|измам\p{L}*|угнал\p{L}*|угон\p{L}*|burglary|burgled|break[- ]in|robbed|robbery|pickpocket\p{L}*|краж\p{L}*|украл\p{L}*|украден\p{L}*|взлом\p{L}*|ограбил\p{L}*|кражб\p{L}*|открадна\p{L}*|откраднат\p{L}*|обраха|обир\p{L}*)(?!\p{L})/iu;
/** A theft whose thief is nobody named: "someone stole", "was stolen", "was taken from", «украли», «откраднаха», «е взет», a break-in
 * told impersonally («в гараж залезли») or as what there was ("there was a burglary", «е имало кражба») — not "went missing", «пропал»: a parcel lost. */
const THEFT_BY_NOBODY_NAMED = /(?<!\p{L})(?:(?:someone|somebody) (?:stole|took|nicked|broke into|has taken|has stolen|had stolen|climbed|got in|keyed|scratched|smashed|dented)|(?<=^\s{0,3}|[.!?]\s{0,3}|(?:что|че|that) )(?:мошенники|fraudsters|scammers|hackers|хакеры|измамници|хакери) \p{L}+|звонил\p{L}* мошенники|(?:someone|somebody) (?:in \p{L}+ \p{L}+ )?took over|(?:оказа се|оказался|оказалось|it was|turned out to be) (?:a )?(?:фишинг|phishing|scam|измама|мошенничеств\p{L}*)|(?:someone|somebody) (?:has been |was |is )?using|(?:someone|somebody) (?:got|broke|hacked) into|(?:was|were|got) forced(?: open)?|(?:с неё|с него|с машины|с автомобиля) сняли|(?<!your )(?<!ваш\p{L}* )\p{L}+ (?:stolen|nicked)(?= (?:in|at|from|on|while|during|last|yesterday) )|какой-то \p{L}+ (?:выхватил|вырвал|отобрал|украл)|позвонил\p{L}* (?:якобы )?[«"]?из|(?:posing as|pretending to be)|неизвестн\p{L}* (?:по |лиц\p{L}*)|(?:съседът|съседката|сосед|соседка|(?:my |a |the )neighbou?r)(?: (?:ми|мой|my))? (?:cut|broke|damaged|stole|преряза|счупи|повреди|открадна|перерезал\p{L}*|сломал\p{L}*|повредил\p{L}*|украл\p{L}*)|(?:walking|walked|made) off with|(?:a )?copy of my card|клонирован\p{L}*|(?:откраднат\p{L}*|украденн\p{L}*) карт\p{L}*|(?:водитель|шофьор|driver|employee|служител\p{L}*|сотрудник) (?:\p{L}+ )?(?:уволился|уволилась|напусна|left|quit)|(?:my|our|his|her|their) stolen|кто-то (?:украл|взял|забрал|вскрыл|разбил|залез)|някой (?:е )?(?:разби|разбил|открадна|откраднал|обра|взе|взел)|(?:was|were|got|been) burgled|(?:беше|е|са) обран\p{L}*|taken from|вскрыли|вскрыта|вскрыт|го нямаше|ги нямаше|(?:е|са) взет\p{L}*|(?:was|were|got|been|had been|being) (?:\p{L}+ )?(?:stolen|nicked|pinched)|угнали|угнан\p{L}*|(?:са|сме|е) обрал\p{L}*|stolen from|pickpocketed|(?:was|were|got) robbed|broke into|broken into|украли|обокрали|вытащили|стащили|залезли|забрались|вломились|проникли|украден\p{L}*|откраднаха|влязоха с взлом|разбиха|(?:there (?:was|has been|had been) a|произошла|произошло|была|был|случилась|(?:е|беше) имало|имаше|стана|станала) (?:\p{L}+ )?(?:theft|burglary|break-in|robbery|кража|взлом|кражба|обир)|(?:са|е) (?:ми |му |ѝ |им )?откраднал\p{L}*|(?:ми|му|ѝ|им) (?:го |я |ги )?откраднали|някакви (?:младежи|хора|момчета)|some (?:kids|youths|lads)|кто-то ворует|(?:беше|е|са) разбит\p{L}*|(?:човека|лицето), (?:който|която) (?:ми |му |ѝ )?открадна|(?:we|they|i) had a (?:break-in|burglary)|какие-то (?:подростки|люди|парни)|обраха|(?:ми |му |ѝ |им )?взеха|(?:беше|е|са) (?:ми |му |ѝ |им )?откраднат\p{L}*)(?!\p{L})/iu;
/**
 * A report about a stolen thing with no thief named („сигнал в полицията за откраднат кабел“) or a parcel taken from the doorstep
 * after delivery («посылку забрали с коврика у двери») — only when nobody of ours is named in the span at all. Not «о краже» alone:
 * a theft from our box or from a parcel in our keeping («о краже содержимого посылки») is ours to answer for.
 */
function theftReportedOfNoOne(span: string): RegExpExecArray | null {
  const report = THEFT_REPORTED.exec(span);
  return report !== null && !OURS_ANYWHERE.test(span) ? report : null;
}

const THEFT_REPORTED = /(?<!\p{L})(?:за откраднат\p{L}*|забрали (?:с|от|у) (?:коврика|двери|порога|крыльца)|(?:taken|stolen|nicked) (?:from|off) (?:my|the) (?:doorstep|porch)|взет\p{L}* пред вратата)(?!\p{L})/iu;
const OURS_ANYWHERE = /(?<!\p{L})(?:your|ваш\p{L}*)(?!\p{L})/iu;

/** One of ours named just before the crime: "your driver", «ваш курьер», «вашият служител». */
// Not a paper of ours: "your letter today says the theft claim…".
const OURS_BEFORE = /(?<!\p{L})(?:your|ваш\p{L}*)(?!\p{L})(?!\s+(?:letter|e-?mail|message|reply|website|site|app|form|portal|tracking|records?|system|писм\p{L}*|сайт\p{L}*|приложени\p{L}*))/iu;
const OURS_REACH = 30;
const OURS_SUBJECT_REACH = 60;
const POLICE_PAPER = /(?<!\p{L})(?:crime reference|crime ref|police reference|police report number|протокол\p{L}* от полицията|справк\p{L}* из полиции|кусп)(?!\p{L})/iu;
const SENT_AGAIN = /(?<!\p{L})(?:three times|twice|again|три пъти|два пъти|отново|пак|три раза|два раза|ещё раз|еще раз|опять)(?!\p{L})/iu;
/** The report made for the insurer: "because my insurer needs one", "for her home insurance", «для страховой», „за застрахователя“. */
const INSURER_APART = /^[^.!?\n]*?(?<!\p{L})(?:(?:because |as )?my insurer (?:needs|asked|wants)|for (?:my|her|his|their|the) (?:home |car |house )?insur(?:er|ance)|для страховой|за застрахователя)(?!\p{L})/iu;
const PERSONS_UNKNOWN = /(?<!\p{L})(?:срещу неизвестен|срещу неизвестни|против неизвестн\p{L}*|неустановленн\p{L}* лиц\p{L}*|неизвестн\p{L}* извършител\p{L}*|against (?:a |an )?(?:person|persons|party|parties) unknown|persons unknown|unknown (?:thief|thieves|offender|offenders|perpetrator\p{L}*))(?!\p{L})/iu;
const UNKNOWN_AGENT = /^(?:someone|somebody|кто-то|какой-то|някой|неизвестн)/iu;
// «у вас» only as a place («украдены у вас в мастерской»): «взятую у вас бетономешалку» was rented from us, stolen elsewhere.
const FROM_US_AFTER = /^\s*(?:\p{L}+\s+)?(?:from your|from you|out of your|by your|от ваш\p{L}*|от вас|у вас(?= (?:в|на|из) )|из ваш\p{L}*)(?!\p{L})/iu;
const MATTER_APART = /^[^.!?\n]*?(?<!\p{L})(?:that['’]s fine|that is fine|fine,? (?:that['’]s|but)|that['’]s their job|that['’]s in hand|(?:is|are) in hand|(?:a |another |that['’]s a )?(?:separate|different) (?:matter|issue|story|thing)|это отдельн\p{L}* (?:история|вопрос|тема|дело)|это (?:понятно|их дело|их работа)|това е отделно|това е (?:друга тема|отделен въпрос|ясно|тяхна работа))(?!\p{L})/iu;
// The police's own word that the matter is not ours, in the same sentence or the next: «…протокол составили, к вам у полиции
// вопросов нет»; or the customer's („Към вас нямам претенции“).
const NOTHING_AGAINST_US = /^[^.!?\n]*?(?:[.!?]\s+[^.!?\n]*?)?(?<!\p{L})(?:към вас (?:нямам|нямаме) (?:претенции|оплаквания)|к вам (?:у меня )?(?:претензий|претензии) нет|претензий к вашей (?:организации|компании|фирме) нет|(?:i have |i've got )?no (?:claim|complaint) against you|(?:к вам )?у полиции (?:к вам )?вопросов нет|към вас (?:полицията )?(?:нямат|няма) (?:въпроси|претенции)|(?:the )?police have no (?:issue|questions?|problem) with you|(?:вие )?не сте виновни|(?:вы )?(?:тут |здесь )?не виноваты|(?:it['’]s|it is|that['’]s|that is) not your fault|you(?:['’]re| are) not to blame)(?!\p{L})/iu;
const MATTER_APART_REACH = 80;
// The next sentence may say it: two sentences' worth.
const NOTHING_AGAINST_US_REACH = 160;
const DISMISSED_AFTER = /^\s*\?+\s*(?:[—–-]\s*)?(?:няма смисъл|не си струва|нет смысла|бессмысленно|не стоит|смысла нет|no point|pointless|not worth it|waste of time)(?!\p{L})/iu;
/** The clause after a hit, to its end (a clause longer than REFUSAL_REACH is not read: its end is out of reach). */
const CLAUSE_AFTER = /^[^,.;!?\n]*(?=[,.;!?\n])/u;
const ASIDE = /,\s*(?:понятно|конечно|разумеется|естественно|ясно|разбира се|естествено|of course|obviously),/giu;
// Not worth the bother is a refusal too: «судиться из-за этого лень», «неохота», «ме мързи».
const REFUSAL_END = /(?<!\p{L})(?:не хочу|не хотим|не буду|не будем|не стану|не станем|не собираюсь|не собираемся|не пойду|не пойдём|не пойдем|не пойдёт|не пойдет|не искам|не искаме|не смятам|няма да|лень|неохота|не охота|мързи ме|ме мързи)\s*$/iu;
const CONDITION = /(?<!\p{L})(?:если|потому|так как|раз|ако|защото|тъй като)(?!\p{L})/iu;

/**
 * Right after a party: a wish that it acted ("should", «бы», «трябва да»), a document about it ("leaflet") or its
 * rating ("their Better Business Bureau rating"), a dismissal ("the ombudsman is probably as useless as them",
 * «Россельхознадзор им, видимо, не указ», «Роспотребнадзора на вас нет», «КЗП така или иначе няма да направи нищо»), its badge
 * on the company's site ("'Ombudsman approved' badge"), a licence ("are you FCA regulated?", "FCA registered?"), or an
 * acquaintance of that trade ("a lawyer friend says").
 */
const PARTY_WISHED_AFTER = /^(?:['’]s)?['’"]?\s+(?:(?:така или иначе|и без това|все равно|всё равно|anyway|either way)\s+)?(?:rating|ratings|grade|listing|profile|regulated|registered\s*\?|authori[sz]ed|licensed|licence|license|(?:approved['’"]?\s+)?(?:badge|logo|sticker|seal)|логотип\p{L}*|значок\p{L}*|лого|им(?:,\s*\p{L}+,)?\s+не указ|на (?:вас|них|тебя) нет|friend|friends|знаком\p{L}*|should|ought to|needs to|need to|бы|должен|должн\p{L}*|трябва да|би трябвало|leaflet|brochure|booklet|factsheet|fact sheet|poster|листовк\p{L}*|брошур\p{L}*|памфлет\p{L}*|(?:is|are|would be|will be)\s+(?:probably\s+|just\s+|totally\s+)?(?:as\s+)?(?:useless|pointless|no use|no help|a waste of time)|бесполезн\p{L}*|(?:е|са)\s+(?:напълно\s+)?безполезн\p{L}*|безполезн\p{L}*|няма да помогне|няма да направи нищо|(?:ми |ни )?наложи(?:ха)? (?:глоба|санкция)|fined (?:me|us)|оштрафовал\p{L}*|(?:выписал\p{L}*|наложил\p{L}*) (?:мне |нам )?штраф)(?!\p{L})/iu;

// Not when what they handle is a claim against us: "my lawyer, who is handling the complaint against you".
const HANDLES_AFTER = /^(?:,\s*[^,.;!?\n]{1,40},)?(?:\s+(?:ѝ|й|му|ми|ни|им))?,?\s+(?:(?:и|and)\s+)?(?:who(?:['’]s| is)?\s+(?:still\s+|currently\s+)?(?:handling|handles|dealing with)|(?:is|['’]s)\s+(?:still\s+|currently\s+|now\s+|busy\s+)?(?:sorting(?: out)?|handling|dealing with|working on|settling)|(?:who\s+)?(?:dealt with|handled|handles|sorted out)|(?:ни|ми|ѝ|й|му|им)\s+по\s+(?:продажбата|покупката|наследството|делото за наследство\p{L}*|бракоразводното дело|делото за развода?|развода)|нашей компании|компании[\s-]работодател\p{L}*|(?:(?:который|которая)\s+)?(?:сейчас\s+|пока\s+|ещё\s+|еще\s+|как раз\s+)?(?:вед[её]т|вёл|вел|вела|занимается|занимался|занималась|улаживает|оформляет|оформлял\p{L}*)|(?:(?:който|която)\s+)?(?:(?:ни|ми|му|ѝ|им)\s+)?(?:в момента\s+|сега\s+|още\s+)?(?:води|водеше|е водил\p{L}*|се занимава|се занимаваше|урежда|уреждаше|движи|оформя))(?!\p{L})(?!\s+(?:it|this|that|это|этим|това|го)(?!\p{L}))(?![^.!?\n]{0,50}(?:complaint|claim|against you|against your|претензи|иск(?!\p{L})|исков|жалоб|против вас|с вами|жалб|срещу вас|срещу ва|срещу фирмата))/iu;
// Long enough that the claim check after it never reads a word cut at the slice's end («иска» cut to «иск»).
const HANDLES_REACH = 100;
/**
 * A store's or a platform's billing feed: its subscriptions, cancellations or renewals. Not a console's review export
 * ("Google Play Console - отзиви", "App Store Connect reviews"): REVIEW_WORD keeps those public. Not "billing" alone: "Get
 * help with billing" is a customer's request type.
 */
const OPT_OUT = /^\s*\/?(?:stop|stopall|unsubscribe|стоп|отписка|отписване|otpiska)\s*[.!]?\s*$/iu;
const OWN_FORM_CHANNEL = /post[\s-]?chat rating|chat rating|(?:google|yandex|яндекс|microsoft|ms)[\s._-]?(?:forms|формы|формуляри)|typeform|surveymonkey|jotform|анкетолог|тестограф|testograf|satisfaction rating|conversation rating|feedback widget|виджет|widget|встроенн\p{L}* форм\p{L}*|вграден\p{L}* форм\p{L}*|(?<!\p{L})(?:в приложении|в приложението|in-app)(?!\p{L})/iu;
const STORE_BILLING = /(?<!\p{L})(?:subscriptions?|subscription events|cancel\p{L}*|renewals?|rtdn|billing|console|order management|iap|известия|биллинг\p{L}*|абонамент\p{L}*|подписк\p{L}*|подписок|отмена подписки|анулиран\p{L}*|рассылк\p{L}*|mailings?|newsletters?|unsubscrib\p{L}*|отписк\p{L}*|отписване|бюлетин\p{L}*)(?!\p{L})/iu;
const REVIEW_WORD = /(?<!\p{L})(?:reviews?|ratings?|ревю\p{L}*|отзив\p{L}*|отзыв\p{L}*|оценк\p{L}*)(?!\p{L})/iu;

const OWN_PARTY_BEFORE = /(?<!\p{L})(?:my|our|мой|моя|мои|моего|моей|наш|наша|нашего|моят|моята|нашият|нашата)\s+(?:\p{L}+\s+)?$/iu;

/** Within a few words after a hit, the writer says it was a joke. */
const JOKE_AFTER = /^[^.!?\n]{0,12}[.!?…,—–-]+\s*(?:(?:ну|ами|well|ok|okay|no|не)[,\s]+)?(?:just kidding|kidding|only joking|i['’]m joking|joking|jk|шучу|шутка|шегувам се|шега|майтап)(?!\p{L})/iu;
const JOKE_REACH = 48;

/** Right after a party, its saying that going on is not worth it: "said it's not worth", «сказали, что шансов мало». */
const ADVISED_AGAINST_AFTER = /^\s+(?:\p{L}+\s+){0,2}(?:said|says|told me|told us|advised|сказал\p{L}*|говор\p{L}*|каза|казаха|казва)(?!\p{L})[^.!?\n]{0,40}?(?:not worth|no point|no case|(?:would|will)n['’]t win|шанс\p{L}* мало|шансов нет|нет смысла|не стоит|не си губя времето|няма смисъл|нямам шанс|няма шанс|не си струва)/iu;
const ADVISED_AGAINST_REACH = 90;
// The cheap look first: most texts before a party offer no way to the customer.
const WAY_OFFERED_STEM = /you can|you may|you have|you are|можете|вправе|имате право/iu;
const WAY_OFFERED_BEFORE = /(?<!\p{L})(?:you can|you may|you have the right to|you are entitled to|вы можете|вы вправе|имате право да|можете да)\s+(?:also\s+)?(?:contact|complain to|refer (?:it|this|the matter|your complaint) to|escalate (?:it|this|your complaint) to|write to|обратиться (?:в|к)|пожаловаться (?:в|на)|се обърнете (?:към|до)|подадете жалба (?:в|до|към)|сезирате)\s+(?:\p{L}+\s+){0,8}$/iu;

/** Right after a third party, what its site or rules say or require: "Ofwat's website says", "the FCA's rules require". */
const RULE_SOURCE_AFTER = /^(?:['’]s)?\s+(?:own\s+)?(?:website|site|guidance|guidelines|rules|code|leaflet|page|handbook)\s+(?:says|say|states|state|requires?|is clear)(?!\p{L})/iu;

/** Between someone's words and a party, a step already taken: "already", «уже», «вече е». */
const STEP_TAKEN = /(?<!\p{L})(?:already|уже|вече е|вече са|вече съм)(?!\p{L})/iu;
/** A reporting verb at a hedge's end, and the step its speaker took after it: „…ми каза, че е подала сигнал“. */
const SAID = /(?:казва|каза|казала|сказал\p{L}*|говорит|said|says|told me|told us)$/iu;
const SAYER_TOOK_STEP = /^[^.!?\n]{0,40}?(?:че|что|that)\s+(?:(?:вече|уже|already)\s+)?(?:(?:е|тя е|той е)\s+)?(?:подала|подал|написала|написал|пожаловалась|пожаловался|обратилась|обратился|сигнализирала|сигнализирал|(?:she|he)(?:['’]d| had| has)? (?:already )?(?:filed|reported|complained|written|gone))(?!\p{L})/iu;
const OWN_STEP_PROMISED = /,\s*(?:то\s+|тогава\s+)?(?:я\s+(?:сразу\s+|тогда\s+)?(?:направлю|напишу|подам|обращусь|пожалуюсь|отправлю|сообщу)|(?:аз\s+)?ще\s+(?:подам|пиша|напиша|сигнализирам|се обърна|се оплача|изпратя)|i(?:['’]ll| will| shall)\s+(?:report|write|complain|file|go|contact|escalate))(?!\p{L})[^.!?\n]*$/iu;
/** A reporting verb with no one named before it: in a note it relays the customer. */
const BARE_REPORT = /^(?:казва|каза|говорит|says|said)$/iu;

const READ_ALOUD_AFTER = /^\s*(?:на глас|вслух|aloud|out loud|out)(?!\p{L})/iu;
const READ_ALOUD_REACH = 12;
const QUOTED_BETWEEN = /[„«“"][^„«»“”"\n]{1,200}[“”»"]/u;
const POSTED_BETWEEN = /(?<!\p{L})(?:(?:i|i['’]ve|i have|and|and have|have now|and now)\s+(?:now\s+)?posted|(?:she|he|they) (?:has|have|had) (?:put up|posted)|posted (?:my own|mine)|(?:написал\p{L}*|оставил\p{L}*|опубликовал\p{L}*) свой|(?:написах|оставих|публикувах) (?:мой|моя|свой))(?!\p{L})/iu;

/** A contrast between a hedge and its hit ends the hedge: "I wasn't going to…, but after your reply I'm writing to the ombudsman". */
const CONTRAST = /(?<!\p{L})(?:but|however|но|однако|обаче|ала)(?!\p{L})/iu;

/** Reading right after a public place, at most one word between: «на Отзовике читала», «в Google видях», «в отзывах прочитал». */
const READ_AFTER = /^[\s,]{0,3}(?:\p{L}+\s+){0,2}(?!читалищ)(?:ответили|отговорихте|читал\p{L}*|прочитал\p{L}*|прочла|прочел|прочёл|видел\p{L}*|видях|прочетох|четох|четем|пишут|пишат|chital\p{L}*|prochital\p{L}*)(?!\p{L})/iu;
const READ_AFTER_REACH = 40;

/**
 * A public hit that names the customer's own post ("my review", «под моим отзывом», «отзивът ми»):
 * it was posted, so reading it or wondering about it is no hedge.
 */
function ownPost(words: string): boolean {
  return OWN_POST.test(words);
}

const OWN_POST = /^(?:my|мо[йяеи]\p{L}*|сво\p{L}+)\s|\sми$/iu;

/**
 * A third party's own formulae (rules with `author`) count only as the third party's writing: not
 * inside quotation marks (a customer quoting a letter), and a rule that `needs` another counts only
 * with a live hit of it (a complaint referred to the company + a demand for its response).
 * Runs over the hits only; the quotes are looked for only before such hits.
 */
function setAsideThirdPartyWords(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  for (const hit of hits) {
    if (hit.negated || hit.rule < 0 || rules.authorRules[hit.rule] !== true) continue;
    if (hit.part !== 'subject' && hit.part !== 'text') continue;
    const value = capText(record[hit.part] as string);
    // A JSON event's double quotes are its syntax, not a quotation: {"body":"We act for Mr …"}.
    if (insideQuotes(value, hit.start, !jsonLike(value))) {
      hit.negated = true;
      hit.setAside = 'quoted';
    }
  }
  for (const hit of hits) {
    if (hit.negated || hit.rule < 0) continue;
    const needed = rules.needs[hit.rule] as number;
    if (needed < 0) continue;
    let found = false;
    for (const other of hits) if (!other.negated && other.rule === needed) found = true;
    if (found) continue;
    hit.negated = true;
    hit.setAside = 'uncorroborated';
  }
}

/**
 * A third party first declined, then brought in after all: "Last month I said I wouldn't go to the
 * ombudsman… I've changed my mind. Complaint submitted today", «Промених решението си — жалбата е
 * подадена». A negated third party with a change of mind in a later sentence counts.
 */
function changedMind(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  let reach = -2;
  for (const hit of hits) {
    if (!hit.negated || hit.setAside !== undefined || hit.part !== 'text' || typeOfHit(hit, rules) !== 'activist') continue;
    // Found once per text: the last change of mind, and the end of the sentence before it. A hit
    // counts again when it ends before that sentence end («в суд не пойду, передумал» in one sentence is a refusal).
    if (reach === -2) reach = lastChangeOfMindReach(capText(record.text as string), rules);
    if (hit.end <= reach) hit.negated = false;
  }
}

/** Where the sentence before the text's last change of mind ends, or -1 when there is none. */
function lastChangeOfMindReach(value: string, rules: CompiledRules): number {
  let last = -1;
  noteHits.length = 0;
  rules.notes.scan(value, FIELD_BIT.text, noteHits);
  for (const hit of noteHits) if (hit.rule === NOTE_CHANGED_MIND) last = hit.start;
  for (let i = last - 1; i >= 0; i -= 1) if (SENTENCE_END.has(value.charCodeAt(i))) return i;
  return -1;
}

/**
 * Whether `at` stands inside a quotation opened earlier on its line ("…", «…», “…”, „…“); with
 * `straightMarks` false, only the typographic marks count.
 */
function insideQuotes(value: string, at: number, straightMarks = true): boolean {
  const lineStart = value.lastIndexOf('\n', at - 1) + 1;
  let straight = false;
  // Read forward, so that the Bulgarian and German „…“ closes with “, which opens an English “…”.
  const open: number[] = [];
  for (let i = lineStart; i < at; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x22) straight = straightMarks && !straight;
    else if (code === 0xab || code === 0x201e) open.push(code); // « „
    else if (code === 0x201c) {
      if (open[open.length - 1] === 0x201e) open.pop(); // “ closing „
      else open.push(code);
    } else if ((code === 0xbb || code === 0x201d) && open.length > 0) open.pop(); // » ”
  }
  return straight || open.length > 0;
}

/** A JSON object or array as the whole text: `{"event":…}`, `[{…}]`. */
function jsonLike(value: string): boolean {
  const first = firstMark(value, 0, value.length);
  return (first === 0x7b || first === 0x5b) && value.includes('":');
}

/**
 * Third parties joined in a list share a negation that follows the last of them: «в Роспотребнадзор
 * и в суд я не собираюсь» negates both, "neither the ombudsman nor the court" is read by the negators.
 * Only the words between two hits are looked at: conjunctions, prepositions, "other" («и прочие
 * инстанции») and commas.
 */
function shareNegation(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  let negated = false;
  for (const hit of hits) if (hit.negated && hit.setAside === undefined && typeOfHit(hit, rules) === 'activist') negated = true;
  if (!negated) return;
  // From the last hit back, so that a list of three passes the negation down to its first item.
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const later = hits[i] as ReadHit;
    if (!later.negated || (later.part !== 'text' && later.part !== 'subject') || typeOfHit(later, rules) !== 'activist') continue;
    const value = capText(record[later.part] as string);
    for (let j = i - 1; j >= 0; j -= 1) {
      const earlier = hits[j] as ReadHit;
      // A public place listed before the party shares it too: «Писать на Отзовик и в прокуратуру я не собираюсь».
      const earlierType = typeOfHit(earlier, rules);
      if (earlier.negated || earlier.part !== later.part || earlier.end > later.start || (earlierType !== 'activist' && earlierType !== 'irate')) continue;
      if (LIST_JOINER.test(value.slice(earlier.end, later.start))) earlier.negated = true;
    }
  }
  // And forward, for a negation before the list: «Не ми се занимава с КЗП и съдилища» negates both.
  for (let i = 0; i < hits.length; i += 1) {
    const earlier = hits[i] as ReadHit;
    if (!earlier.negated || earlier.setAside !== undefined || (earlier.part !== 'text' && earlier.part !== 'subject') || typeOfHit(earlier, rules) !== 'activist') continue;
    const value = capText(record[earlier.part] as string);
    let end = earlier.end;
    for (let j = i + 1; j < hits.length; j += 1) {
      const later = hits[j] as ReadHit;
      if (later.negated || later.part !== earlier.part || later.start < end) continue;
      const type = typeOfHit(later, rules);
      // «Я не хочу ни в суд, ни в соцсети», "neither to court nor on Facebook": "neither… nor" negates a public place too.
      if (type === 'irate' && later.start - end <= NOR_REACH && NOR_JOINER.test(value.slice(end, later.start))) later.negated = true;
      if (type !== 'activist') continue;
      if (!LIST_JOINER.test(value.slice(end, later.start))) break;
      later.negated = true;
      end = later.end;
    }
  }
}

/** "Nor" between a refused party and the next item: «, ни в», «, нито във», "nor on". */
const NOR_REACH = 16;
const NOR_JOINER = /^\s*,?\s*(?:nor|ни|нито)(?:\s+(?:to|on|in|the|a|an|в|во|на|к|до|във|по|при)){0,2}\s*$/iu;

/**
 * The company's own text under the customer's e-mail: lines quoted with ">" and whatever follows a
 * separator line ("-- ", "-----", "-----Original Message-----") — a final response's or a footer's
 * "you may refer your complaint to the Financial Ombudsman", «вы вправе обратиться в Банк России»,
 * «можете да се обърнете към КЗП». A third party or a public place named there is not the
 * customer's. Only the lines before a live third-party or public hit of the text are looked at.
 */
function setAsideQuotedReply(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  let ranges: number[] | undefined;
  let at = 0;
  for (const hit of hits) {
    if (hit.negated || hit.part !== 'text') continue;
    const type = typeOfHit(hit, rules);
    if (type !== 'activist' && type !== 'irate') continue;
    // The quoted parts are found once, in one pass over the lines; the hits of the text come in order.
    ranges ??= quotedRanges(capText(record.text as string));
    while (at < ranges.length && (ranges[at + 1] as number) <= hit.start) at += 2;
    if (at >= ranges.length || (ranges[at] as number) > hit.start) continue;
    hit.negated = true;
    hit.setAside = 'quoted';
  }
}

/**
 * The parts of a text that are a quoted reply, as [start, end) pairs in order: lines quoted with
 * ">", and what follows a separator line below the customer's own words. A text that opens with a
 * separator ("---- Original message ----" on top) holds the quoted letter up to the next separator,
 * and the customer's reply after it — unless the separator names a forwarded message ("---------- Forwarded message
 * ---------", «Пересланное сообщение», «Препратено съобщение»): a letter forwarded on to the desk is the record itself.
 */
function quotedRanges(value: string): number[] {
  const ranges: number[] = [];
  // One line is all of most texts: no separator can stand above a hit on it.
  if (value.indexOf('\n') < 0) {
    if (firstMark(value, 0, value.length) === 0x3e) ranges.push(0, value.length);
    return ranges;
  }
  let separators = 0;
  let opensWithOne = false;
  let opensForwarded = false;
  let wordsBefore = false;
  for (let from = 0; from <= value.length; ) {
    const newline = value.indexOf('\n', from);
    const end = newline < 0 ? value.length : newline;
    const mark = firstMark(value, from, end);
    const afterSeparator = opensWithOne ? separators % 2 === 1 && !opensForwarded : separators > 0;
    if (DASHES.has(mark) && SEPARATOR_LINE.test(value.slice(from, end))) {
      if (separators === 0 && !wordsBefore) {
        opensWithOne = true;
        opensForwarded = FORWARDED.test(value.slice(from, end));
      }
      separators += 1;
    } else if (afterSeparator || mark === 0x3e) {
      // Joined to the previous range when it ends at this line's start.
      if (ranges.length > 0 && ranges[ranges.length - 1] === from - 1) ranges[ranges.length - 1] = end;
      else ranges.push(from, end);
    } else if (mark >= 0) wordsBefore = true;
    if (newline < 0) break;
    from = newline + 1;
  }
  return ranges;
}

/** The first character of [from, to) that is not a space, or -1 on a blank line. */
function firstMark(value: string, from: number, to: number): number {
  for (let i = from; i < to; i += 1) {
    const code = value.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return code;
  }
  return -1;
}

const FORWARDED = /forwarded|пересланное|препратено/iu;

/** What a separator line starts with: - _ — –. */
const DASHES = new Set([0x2d, 0x5f, 0x2014, 0x2013]);

/** A signature or reply separator: a line that starts with two or more dashes or underscores ("-- ", "-----Original Message-----"). */
const SEPARATOR_LINE = /^\s*(?:--|__|——|––)[-_—–\s]*(?:(?:original|forwarded) message[-\s]*|(?:исходное|пересланное) сообщение[-\s]*|(?:оригинално|препратено) съобщение[-\s]*)?$/iu;

/**
 * What may stand between two items of a list: "and", "or", «и», «или», «и в», «или по», a comma («в полицию, в
 * прокуратуру»). Not a comma and a conjunction: «…в полицию, и в суд не пойду» starts a new clause.
 */
const LIST_JOINER = /^\s*(?:(?:and|or|nor|и|или|ни|а также|както и)(?:\s+(?:to|the|a|an|в|во|на|к|до|във|по|при|other|прочие|другие|всякие|други)){0,2}|,\s*(?:(?:to|the|a|an|в|во|на|к|до|във|по|при)\s*){0,2})?\s*$/iu;

function crossesSentence(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (SENTENCE_END.has(value.charCodeAt(i))) return true;
  return false;
}

const WRITING_HERE = /(?<!\p{L})(?:пиша тук|пиша тука|пишу (?:тут|здесь)|writing (?:this )?here|posting (?:this )?here|(?:i['’]m|i am) posting this|commenting (?:here|on (?:every|each|all (?:of )?your) posts?))(?!\p{L})/iu;

/** A public channel (Facebook) whose text says the message was private is a talk with the company. */
function setAsideChannelOverridden(record: ComplaintRecord, hits: ReadHit[], rules: CompiledRules): void {
  // A store's or a platform's billing feed names the store beside its subscriptions ("Google Play — абонаменти", "App Store
  // Connect - subscription events", «RuStore — отмена подписки»): the store is where the subscription was sold, not where
  // anyone reviewed it. So is a network's mailing feed («VK Рассылки — отписка»): where the mailing went.
  if (record.channel !== undefined && STORE_BILLING.test(record.channel) && !REVIEW_WORD.test(record.channel)) {
    // Only the store named in the channel itself: a help desk's tag ("facebook") beside a request type is where it came from.
    for (const hit of hits) if (!hit.negated && hit.part === 'channel' && typeOfHit(hit, rules) === 'irate') {
      hit.negated = true;
      hit.setAside = 'hedged';
    }
  }
  // A form platform's or an app's own feedback form («Google Формы — отзыв о смене», «Окно отзыва в приложении (Яндекс
  // Формы)») is the company's form: «отзыв» there is feedback sent to it, not a review posted.
  if (record.channel !== undefined && OWN_FORM_CHANNEL.test(record.channel)) {
    for (const hit of hits) if (!hit.negated && hit.part === 'channel' && typeOfHit(hit, rules) === 'irate') {
      hit.negated = true;
      hit.setAside = 'hedged';
    }
  }
  // A place named inside a campaign's quoted title in the channel („Кампания „Разкажете ни във Facebook““) is no place anyone
  // posted to; a channel's or a group's quoted name («канал «Подслушано…»») is one.
  if (record.channel !== undefined && CAMPAIGN_TITLE.test(record.channel)) {
    for (const hit of hits) if (!hit.negated && hit.part === 'channel' && typeOfHit(hit, rules) === 'irate' && insideQuotes(record.channel, hit.start)) {
      hit.negated = true;
      hit.setAside = 'quoted';
    }
  }
  let publicChannel = false;
  let privateText = false;
  // A post the company found by listening is public whatever its text says of messages ("recommend alternatives in
  // DM"), unless the channel itself says the message was private: "Twitter DM (Sprout Social)".
  let listening = false;
  let channelPrivate = false;
  for (const hit of hits) {
    if (hit.negated) continue;
    if (rules.ids[hit.rule] === LISTENING_RULE) listening = true;
    else if (rules.privateRules[hit.rule] === true && isChannelPart(hit.part)) channelPrivate = true;
  }
  if (listening && !channelPrivate) return;
  for (const hit of hits) {
    if (hit.negated) continue;
    const type = typeOfHit(hit, rules);
    if (type === 'activist') return;
    if (type === 'irate') {
      if (!isChannelPart(hit.part)) return;
      publicChannel = true;
    }
    // The channel may say so itself: «ВКонтакте — сообщения сообщества» (a community's private messages).
    if (rules.privateRules[hit.rule] === true) privateText = true;
  }
  if (!publicChannel || !privateText) return;
  // A post that says the private messages came first and this is written here is public: «Писах им в месинджър три
  // пъти… Затова пиша тук», "I messaged them twice, so I'm posting here".
  if (record.text !== undefined && WRITING_HERE.test(capText(record.text))) return;
  for (const hit of hits) {
    if (hit.negated || !isChannelPart(hit.part) || typeOfHit(hit, rules) !== 'irate') continue;
    hit.negated = true;
    hit.setAside = 'private-message';
  }
}

const LISTENING_RULE = 'irate-listening-channel';

/** The channel and the help desk's tags: the parts that say where the ticket came from. */
function isChannelPart(part: RecordPart): boolean {
  return part === 'channel' || part === 'tags';
}

const noteHits: Hit[] = [];
const asStatus: Hit[] = [];

/**
 * What a text is: a form's line (only form words, numbers, a score, silent-signal words), an
 * agent's or system's note (a silent-signal phrase, not in the customer's voice), or a comment.
 */
function textKind(value: string, hits: ReadHit[], rules: CompiledRules, reading: Reading): LineKind {
  let silentNote = false;
  for (const hit of hits) if (!hit.negated && hit.part === 'text' && typeOfHit(hit, rules) === 'silent') silentNote = true;
  if (!silentNote && hasMoreWordsThan(value, FORM_LINE_MAX_WORDS)) return 'comment';
  noteHits.length = 0;
  rules.notes.scan(value, FIELD_BIT.text, noteHits);
  if (silentNote) {
    let voice = false;
    for (const hit of noteHits) if (hit.rule === NOTE_CUSTOMER_VOICE) voice = true;
    // A note that relays the customer's call with a complaint («Обади се с оплакване: … оценителят още не е
    // идвал») or a remedy asked for («Клиентът върна ризата… Поиска повторно почистване») is the customer's complaint,
    // whatever else did not happen in it.
    if (!voice && !RELAYED_COMPLAINT.test(value) && !REMEDY_ASKED.test(value)) return 'note';
  }
  return formLine(value, 'text', hits, rules, reading) ? 'form' : 'comment';
}


/** What a subject is when the text does not speak for the customer: a form's line or a comment. */
function formOrComment(value: string, hits: ReadHit[], rules: CompiledRules, reading: Reading): LineKind {
  noteHits.length = 0;
  rules.notes.scan(value, FIELD_BIT.text, noteHits);
  return formLine(value, 'subject', hits, rules, reading) ? 'form' : 'comment';
}

/**
 * Whether every letter of the line is covered by a form word, a silent-signal word (read as a
 * status line: "Return", «Отмена подписки») or a score ("NPS: 1", «Оценка 2/10»); numbers and
 * signs are free. When it is, its silent-signal words and a low score join the hits.
 * `noteHits` must hold the line's notes-matcher hits.
 */
function formLine(value: string, part: 'subject' | 'text', hits: ReadHit[], rules: CompiledRules, reading: Reading): boolean {
  if (hasMoreWordsThan(value, FORM_LINE_MAX_WORDS)) return false;
  asStatus.length = 0;
  rules.matcher.scan(value, FIELD_BIT.status, asStatus);
  const score = scoreIn(value);
  const spans: number[] = [];
  for (const hit of noteHits) if (hit.rule === NOTE_FORM_WORD) spans.push(hit.start, hit.end);
  for (const hit of asStatus) if (typeOfHit(hit, rules) === 'silent') spans.push(hit.start, hit.end);
  for (const hit of hits) if (hit.part === part && typeOfHit(hit, rules) === 'silent') spans.push(hit.start, hit.end);
  if (score !== undefined) spans.push(score.start, score.end);
  if (!allLettersCovered(value, spans)) return false;
  for (const hit of asStatus) if (typeOfHit(hit, rules) === 'silent') hits.push({ ...hit, field: FIELD_BIT.text, part });
  if (score !== undefined && reading.score === undefined) reading.score = { value: score.value, part, words: value.slice(score.start, score.end), low: score.value <= rules.lowScoreMax };
  return true;
}

/** A form's line is short ("Return request #55821", «Заявка на возврат № 4471»): longer lines are read as words. */
const FORM_LINE_MAX_WORDS = 12;

/**
 * Whether the line has more than `max` words (runs of word characters); with `lettersOnly`, a run
 * that starts with a digit ("20-5581", "40817810…") is no word. Stops counting early.
 */
function hasMoreWordsThan(value: string, max: number, lettersOnly = false): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const word = charClass(code) === WORD;
    if (word && !inWord && !(lettersOnly && isDigit(code)) && ++words > max) return true;
    inWord = word;
  }
  return false;
}

function allLettersCovered(value: string, spans: readonly number[]): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (charClass(code) !== WORD || isDigit(code)) continue;
    let covered = false;
    for (let s = 0; s < spans.length && !covered; s += 2) covered = i >= (spans[s] as number) && i < (spans[s + 1] as number);
    if (covered) continue;
    const end = wordEnd(value, i);
    if (!isNumberLike(value, i, end)) return false;
    i = end - 1;
  }
  return true;
}


function wordEnd(value: string, from: number): number {
  let end = from;
  while (end < value.length && charClass(value.charCodeAt(end)) === WORD) end += 1;
  return end;
}

/**
 * Whether the word [start, end) is part of a number, not the customer's words: it holds a digit
 * or is joined to one by a hyphen or directly — a reference (`R-20931`, «№В-4412», `FB473`) or an
 * ordinal (`1st`, «1-во», «1-го»). Such words are as free in a form's line as the digits.
 */
function isNumberLike(value: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (isDigit(value.charCodeAt(i))) return true;
  const before = start > 0 ? value.charCodeAt(start - 1) : 0;
  if (isDigit(before)) return true;
  if (before === 0x2d && start > 1 && isDigit(value.charCodeAt(start - 2))) return true;
  return value.charCodeAt(end) === 0x2d && end + 1 < value.length && isDigit(value.charCodeAt(end + 1));
}

/**
 * What a form writes for "no comment" (the customer left the box empty): a dash, "n/a", "none",
 * «нет», «няма»… A text of only this is no text.
 */
const NO_COMMENT_MAX_LENGTH = 40;

/** A whole text that says no words were given ("-", "n/a", «нет», a one-word "STOP"): the form's list of placeholders decides. */
function isNoComment(value: string): boolean {
  return value.length <= NO_COMMENT_MAX_LENGTH && placeholderValue(value);
}

/** A bare number as a survey's text ("1" under «Оценете доставката»): the score on 0–10. */
function bareNumber(value: string): number | undefined {
  const trimmed = value.trim();
  // A survey's answer may carry its scale ("1/5", "2/10"): put on 0–10 as a score in a line is.
  const fraction = BARE_FRACTION.exec(trimmed);
  if (fraction !== null) return onTenPoints(Number(fraction[1]), fraction[2] === '5' ? 5 : 10);
  if (trimmed.length === 0 || trimmed.length > 2) return undefined;
  for (let i = 0; i < trimmed.length; i += 1) if (!isDigit(trimmed.charCodeAt(i))) return undefined;
  const number = Number(trimmed);
  return number <= 10 ? number : undefined;
}

const BARE_FRACTION = /^(\d{1,2})\s*(?:\/|из|от|out of|of)\s*(5|10)$/u;

/**
 * A channel or subject that names a survey or a rating: the record is a survey answer. Survey
 * platforms by name too (Medallia, Qualtrics, SurveyMonkey, Typeform, Google/Yandex/Microsoft Forms)
 * and post-event prompts ("post-stay", "post_ride").
 */
const SURVEY_CONTEXT = /nps|csat|survey|rating|rate|score|feedback|widget|опрос|анкет|оцен|рейтинг|medallia|qualtrics|typeform|hotjar|(?<!\p{L})poll(?!\p{L})|(?:google|yandex|яндекс|microsoft|ms)[\s._-]?(?:forms|формы)|post[\s_-]?(?:stay|visit|ride|trip|purchase|call|chat|service)/iu;
/** A subject that names a survey or a rating, as a word ("Post-stay survey", «Оценка курса», «Анкета за…»). */
const SURVEY_SUBJECT = /(?<!\p{L})(?:nps|csat|survey|questionnaire|rating|feedback|опрос\p{L}*|анкет\p{L}*|оцен\p{L}*|рейтинг\p{L}*|otsen\p{L}*|ocen\p{L}*)(?!\p{L})/iu;

function isBlank(value: string | undefined): boolean {
  if (value === undefined) return true;
  for (let i = 0; i < value.length; i += 1) if (value.charCodeAt(i) > 0x20) return false;
  return true;
}
