/**
 * Features of one complaint record for the model experiment (bench/model-experiment.ts): sparse
 * named features, each a name and a value. Three blocks:
 * - `ngram`: lowercased word unigrams and bigrams of subject and text (prefixed apart), and char
 *   3–5-grams inside each word (padded `<word>`), which survive Russian and Bulgarian inflection;
 * - `struct`: the channel and status as written and their words, and a few structural signs (empty
 *   text or subject, a score "N/10", "N/5", stars, first-person markers, a company's or system's
 *   voice, a quoted message, the length);
 * - `rules`: what the hand-written rules read (type, step of the precedence, live rule ids, hits set
 *   aside and why, what the subject and text lines are), only for the hybrid.
 * The structural cue lists below are hand-picked, general words (not phrases of any labelled set).
 */
import type { CompiledRules, ComplaintRecord } from '../../src/classify/index.js';
import { classify, isSkipped, readRecord } from '../../src/classify/index.js';

export type Features = Map<string, number>;

const WORD = /[\p{L}\p{N}]+/gu;
const SCORE = /(\d{1,2}(?:[.,]\d)?)\s*(?:\/|из|от|of|out of)\s*(10|5)(?![\d])/iu;
const STARS = /[★⭐✩☆]|\b\d\s*(?:stars?|звезд\p{L}*)/iu;
const QUOTED = /["“”«»„]|\bwrote:|написа(?:л|ла)?:|пише:/iu;
const FIRST_PERSON = new Set([
  'i', 'im', 'ive', 'id', 'my', 'me', 'mine', 'myself',
  'я', 'мне', 'меня', 'мной', 'мой', 'моя', 'моё', 'мое', 'мои', 'моего', 'моей',
  'аз', 'ми', 'мен', 'мене', 'мой', 'моят', 'моята', 'моето', 'моите',
  'ya', 'mne', 'menya', 'az', 'men', 'moya', 'moyat',
]);
const WE = new Set(['we', 'our', 'us', 'мы', 'нас', 'нам', 'наш', 'наша', 'ние', 'нашия', 'нашата']);
/** Prefixes of words that speak of the customer in the third person or of an outbound contact. */
const COMPANY_VOICE = ['customer', 'client', 'subscriber', 'outbound', 'клиент', 'абонат', 'исходящ', 'изходящ', 'klient', 'abonat'];
const NO_REPLY = /no (?:answer|reply|response)|not? (?:respond|answer|repl)|не (?:ответил|отвечает|отговор)|без ответа|без отговор/iu;

function words(value: string): string[] {
  return value.toLowerCase().match(WORD) ?? [];
}

function add(features: Features, name: string, value = 1): void {
  features.set(name, (features.get(name) ?? 0) + value);
}

/** Word unigrams and bigrams (prefix `w`/`sw` for text/subject) and char n-grams (`c`) of a text. */
function ngrams(features: Features, list: readonly string[], prefix: string): void {
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i] as string;
    add(features, `${prefix}:${word}`);
    if (i > 0) add(features, `${prefix}:${list[i - 1] as string}_${word}`);
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n += 1) for (let at = 0; at + n <= padded.length; at += 1) add(features, `c:${padded.slice(at, at + n)}`);
  }
}

/** The n-gram block, scaled to unit length so a long text does not outweigh the other blocks. */
export function ngramFeatures(record: ComplaintRecord): Features {
  const features: Features = new Map();
  ngrams(features, words(record.subject ?? ''), 'sw');
  ngrams(features, words(record.text ?? ''), 'w');
  let norm = 0;
  for (const [name, value] of features) {
    const binary = Math.min(value, 1) + Math.log1p(Math.max(0, value - 1)) * 0.5;
    features.set(name, binary);
    norm += binary * binary;
  }
  if (norm > 0) for (const [name, value] of features) features.set(name, value / Math.sqrt(norm));
  return features;
}

/** Channel, status and the structural signs. */
export function structFeatures(record: ComplaintRecord): Features {
  const features: Features = new Map();
  const channel = (record.channel ?? '').trim().toLowerCase();
  const status = (record.status ?? '').trim().toLowerCase();
  const text = record.text ?? '';
  const subject = record.subject ?? '';
  add(features, `ch=${channel}`);
  for (const word of words(channel)) add(features, `chw:${word}`);
  add(features, `st=${status}`);
  for (const word of words(status)) add(features, `stw:${word}`);
  const textWords = words(text);
  const all = [...words(subject), ...textWords];
  if (text.trim() === '') add(features, 'text-empty');
  if (subject.trim() === '') add(features, 'subject-empty');
  if (text.trim() === '' && subject.trim() === '') add(features, 'no-words');
  const score = SCORE.exec(`${subject} ${text}`);
  if (score !== null) {
    add(features, 'score-written');
    const value = Number((score[1] as string).replace(',', '.'));
    const max = Number(score[2]);
    add(features, value / max <= 0.6 ? 'score-low' : 'score-high');
  }
  if (record.score !== undefined) add(features, record.score <= 6 ? 'score-col-low' : 'score-col-high');
  if (STARS.test(`${subject} ${text}`)) add(features, 'stars');
  if (textWords.some((word) => FIRST_PERSON.has(word))) add(features, 'first-person');
  if (textWords.some((word) => WE.has(word))) add(features, 'we');
  if (all.some((word) => COMPANY_VOICE.some((prefix) => word.startsWith(prefix)))) add(features, 'company-voice');
  if (NO_REPLY.test(text)) add(features, 'no-reply');
  if (QUOTED.test(text)) add(features, 'quoted');
  add(features, `len=${textWords.length === 0 ? 0 : textWords.length < 6 ? 1 : textWords.length < 20 ? 2 : textWords.length < 60 ? 3 : 4}`);
  return features;
}

/** What the rules read: their type, the deciding step, live rule ids, hits set aside, line kinds. */
export function rulesFeatures(record: ComplaintRecord, rules: CompiledRules): Features {
  const features: Features = new Map();
  const result = classify(record, rules);
  add(features, `r:type=${isSkipped(result) ? 'none' : result.type}`);
  if (!isSkipped(result)) add(features, `r:evidence=${result.evidence.rule}`);
  const reading = readRecord(record, rules);
  add(features, `r:step=${reading.step}`);
  add(features, `r:subject=${reading.subject}`);
  add(features, `r:text=${reading.text}`);
  if (reading.comment) add(features, 'r:comment');
  if (reading.score !== undefined) add(features, reading.score.low ? 'r:score-low' : 'r:score-high');
  for (const hit of reading.hits) {
    const id = hit.rule < 0 ? `pseudo${hit.rule}` : (rules.ids[hit.rule] ?? '?');
    const type = hit.rule < 0 ? 'silent' : (rules.types[hit.rule] ?? '?');
    if (hit.negated) add(features, `r:aside=${hit.setAside ?? 'negated'}:${type}`);
    else {
      features.set(`r:rule=${id}`, 1);
      features.set(`r:live=${type}`, 1);
    }
  }
  return features;
}

/** The union of blocks (names never collide: each block has its own prefixes). */
export function merge(...blocks: Features[]): Features {
  const out: Features = new Map();
  for (const block of blocks) for (const [name, value] of block) out.set(name, value);
  return out;
}
