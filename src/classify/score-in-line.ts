/**
 * A score written in a line of a form or a title (docs/definitions.md, "Scores a survey writes"):
 * "NPS: 1", «Оценка 2/10», "CSAT 1", stars drawn (★☆☆☆☆) or in words ("2 stars", «1 звезда»), a
 * survey's fraction («Опрос: 2 из 10»), a labelled fraction ("Overall stay: 2/5"), an answered
 * question ("How likely…? 2"), all put on the 0–10 scale. Pure; the expressions are compiled once.
 */
import { isDigit } from '../text/tokenize.js';

/**
 * A rating given in words instead of a number, read as 0: help desks' chat and e-mail ratings
 * ("Chat rating: bad", «Оценка чата: плохо», «Оценка на чата: лошо»).
 */
const LOW_RATING_WORDS = [
  // Zendesk's own label for a bad rating, whole: "CSAT: Bad, I'm unsatisfied".
  "bad, i['’]m unsatisfied", 'very bad', 'very poor', 'bad', 'poor', 'terrible', 'awful', 'unsatisfied', 'dissatisfied', 'negative',
  'очень плохо', 'плохо', 'ужасно', 'неудовлетворительно', 'отрицательн\\p{L}*',
  'много лошо', 'лошо', 'ужасно', 'незадоволително', 'отрицателн\\p{L}*',
].join('|');

/**
 * A score written in a line: "NPS: 1", "score 2", "Rating: 2/10", "CSAT 1" (1–5), «Оценка 2/10»,
 * «Оценка 3 из 10», «Оценка 1 от 10». On the 0–10 scale: x/5 and CSAT map 1–5 onto 0–10.
 */
const SCORE_IN_LINE = new RegExp(
  '(?<![\\p{L}\\p{N}])(nps|csat|ces|score|rating|rated|satisfaction|оценк[аиуе]|o(?:ts|c)enk[aiue]|балл(?:а|ов)?|рейтинг|точк[аи]|удовлетвор\\p{L}*)' +
    // "Оценка чата: плохо", «Оценка на чата: лошо»: what is rated may stand between the word and a colon.
    '(?:(?:\\s+\\p{L}+){1,2}\\s*:|\\s*[:=\\-–—]?)\\s*' +
    `(\\d{1,2}(?:[.,]\\d)?|${LOW_RATING_WORDS})` +
    '(?:\\s*(?:\\/|из|от|iz|ot|out of|of)\\s*(\\d{1,2}))?(?![\\p{L}\\p{N}])',
  'iu',
);

/**
 * A rating given as faces alone (a chat's or a bot's survey answer): a thumbs-down or a frowning face is the lowest score,
 * a neutral face ("😐", "😑") the middle of the scale; anything else is no rating.
 */
export function faceScore(value: string): number | undefined {
  if (LOW_FACE_RATING.test(value)) return 0;
  return NEUTRAL_FACE.test(value) ? NEUTRAL_SCORE : undefined;
}

const NEUTRAL_FACE = /^\s*(?:\u{1F610}|\u{1F611})\s*$/u;
const NEUTRAL_SCORE = 5;

/**
 * A rating given as a thumbs-down or a frowning face, alone on its line, after a rating's label, or as the answer to the
 * widget's question ("Was this article helpful? 👎").
 */
const LOW_FACE_RATING = /^\s*(?:(?:nps|csat|score|rating|rated|rate|оцен\p{L}*|рейтинг)[^\n:]{0,30}:\s*|[^.!?\n]{3,120}\?\s*)?(?:\u{1F44E}[\u{1F3FB}-\u{1F3FF}]?|\u{1F621}|\u{1F620}|\u{1F61E}|\u{2639}\u{FE0F}?|\u{1F641})\s*$/iu;

/** A survey question with its answer: "How likely are you to recommend us? 2" (0–10), "How did we do? 2/10", "…? 1/5". */
// An export may put an arrow or a dash between the question and its answer: "How likely…? → 0", «Как вам наш сервис? — 1».
const ANSWERED_QUESTION = /^[^.!\n]{0,160}\?\s*(?:(?:→|->|=>|—|–|-|:)\s*)?(\d{1,2})(?:\s*(?:\/|из|от|out of|of)\s*(5|10))?\s*$/u;

/** An answer given on 1–5 or 0–10, on the 0–10 scale (1–5 as CSAT is: 1 → 0, 3 → 5, 5 → 10); undefined off its scale. */
export function onTenPoints(given: number, scale: 5 | 10): number | undefined {
  if (scale === 5) return given >= 1 && given <= 5 ? (given - 1) * 2.5 : undefined;
  return given <= 10 ? given : undefined;
}

/** The score of a line on the 0–10 scale, and where it is; undefined when none is written. */
export function scoreIn(value: string): { value: number; start: number; end: number } | undefined {
  // A thumbs-down or a frowning face as the rating, alone or after its label («Оценка: 👎», "👎"): the lowest score.
  const face = LOW_FACE_RATING.exec(value);
  if (face !== null) return { value: 0, start: face.index, end: face.index + face[0].length };
  const answered = ANSWERED_QUESTION.exec(value);
  if (answered !== null) {
    const score = onTenPoints(Number(answered[1]), answered[2] === '5' ? 5 : 10);
    return score === undefined ? undefined : { value: score, start: 0, end: value.length };
  }
  // Ratings per question in one line ("Q1 Overall: 1 | Q2 Food: 1 | Q3 Staff: 2", «Кухня: 2 ★ | Обслуживание: 2 ★»): the lowest.
  const fields = scoreFields(value);
  if (fields !== undefined) return { value: fields, start: 0, end: value.length };
  const stars = starsIn(value) ?? starsInWords(value);
  // Stars under a label of their own ("Оценка на събитието: ★★☆☆☆", "Overall stay: ★★"): the whole line is the rating.
  if (stars !== undefined && LABELLED_STARS.test(value)) return { value: stars.value, start: 0, end: value.length };
  if (stars !== undefined) return stars;
  const match = SCORE_IN_LINE.exec(value) ?? SURVEY_FRACTION.exec(value) ?? LABELLED_FRACTION.exec(value) ?? RATING_ASKED.exec(value);
  if (match === null) return undefined;
  const written = match[2] as string;
  if (!isDigit(written.charCodeAt(0))) return { value: 0, start: match.index, end: match.index + match[0].length };
  const raw = Number(written.replace(',', '.'));
  const outOf = match[3] === undefined ? undefined : Number(match[3]);
  const csat = (match[1] as string).toLowerCase() === 'csat';
  let score: number;
  if (outOf === 5 || (outOf === undefined && csat && raw >= 1 && raw <= 5)) score = (raw - 1) * 2.5;
  else if (outOf !== undefined && outOf > 0 && outOf !== 10) score = (raw / outOf) * 10;
  else score = raw;
  if (!(score >= 0 && score <= 10)) return undefined;
  return { value: score, start: match.index, end: match.index + match[0].length };
}

/**
 * A survey named, then a score out of 5 or 10 with no score word: «Опрос: 2 из 10», "Survey 3/10",
 * «Анкета — 1 от 5». Groups as SCORE_IN_LINE's, so the same arithmetic maps it onto 0–10.
 */
const SURVEY_FRACTION = /(?<![\p{L}\p{N}])(survey|questionnaire|poll|опрос\p{L}*|анкет\p{L}*)\s*[:=\-–—]?\s*(\d{1,2}(?:[.,]\d)?)\s*(?:\/|из|от|out of|of)\s*(5|10)(?![\p{L}\p{N}])/iu;

/**
 * The lowest of a line's ratings given field by field ("Label: N", joined by "|" or ";"), on 0–10 as a bare answer is, or on
 * 1–5 when each is drawn with a star ("2 ★"); undefined unless every field of two or more is one.
 */
function scoreFields(value: string): number | undefined {
  if (value.indexOf('|') < 0 && value.indexOf(';') < 0) return undefined;
  const pieces = value.split(FIELD_JOIN);
  if (pieces.length < 2) return undefined;
  let lowest: number | undefined;
  for (const piece of pieces) {
    const field = SCORE_FIELD.exec(piece);
    if (field === null || COUNTED.test(piece)) return undefined;
    const score = field[2] === undefined ? onTenPoints(Number(field[1]), 10) : onTenPoints(Number(field[1]), 5);
    if (score === undefined) return undefined;
    if (lowest === undefined || score < lowest) lowest = score;
  }
  return lowest;
}

const FIELD_JOIN = /[|;]/u;
// A count, not a rating: "Guests: 4 | Nights: 2", «Гостей: 40», „Брой: 2“.
const COUNTED = /guest|night|people|person|pax|qty|quantity|items?\b|keys?\b|cards?\b|tickets?\b|adults?|child|гост|ноч|человек|чел\.|кол-во|количеств|брой|души|нощ|билет|деца|дет/iu;
const SCORE_FIELD = /^\s*[^:|;\n]{1,30}:\s*(\d{1,2})\s*([\u2605\u2b50])?\s*$/u;
const LABELLED_STARS = /^\s*[^:\n]{1,40}:\s*[\u2605\u2606\u2b50]+\s*$/u;

/** A whole line that is a label and a fraction of 5 or 10: "Overall stay: 2/5", «Обща оценка: 3 от 10». */
const LABELLED_FRACTION = /^\s*([^:\n]{1,40}):\s*(\d{1,2}(?:[.,]\d)?)\s*(?:\/|из|от|out of|of)\s*(5|10)\s*$/iu;

/**
 * A whole line that asks for a rating and gives it after a colon, with no score word: "How likely to recommend us: 2",
 * «Оцените работу оператора: 1», «Оценете оператора: 1» (an IVR survey's question as its title). Groups as SCORE_IN_LINE's.
 */
const RATING_ASKED = /^\s*([^:\n]{0,60}(?:recommend|rate|оцените|оценете|оценить|оцени|препоръча\p{L}*|порекомендова\p{L}*)[^:\n]{0,40}):\s*(\d{1,2})(?:\s*(?:\/|из|от|out of|of)\s*(5|10))?\s*$/iu;

/** A rating of stars written in words: "1 star", «2 звезды», «1 звезда», «2 звезди»; on 1–5, mapped as CSAT is. */
const STARS_OF_FIVE = /(?<![\p{L}\p{N}])([1-5])\s*(?:\/|из|от|out of|of)\s*5\s*(?:stars?|звезд\p{L}*|звезди)(?!\p{L})/iu;
const STARS_IN_WORDS = /(?<![\p{L}\p{N}])([1-5])\s*(?:stars?|звезд\p{L}*|звезди)(?!\p{L})/iu;

function starsInWords(value: string): { value: number; start: number; end: number } | undefined {
  // "1 of 5 stars", „1 от 5 звезди“: the stars given are the first number, not the scale's.
  const fraction = STARS_OF_FIVE.exec(value);
  if (fraction !== null) return { value: (Number(fraction[1]) - 1) * 2.5, start: fraction.index, end: fraction.index + fraction[0].length };
  const match = STARS_IN_WORDS.exec(value);
  if (match === null) return undefined;
  return { value: (Number(match[1]) - 1) * 2.5, start: match.index, end: match.index + match[0].length };
}

const FILLED_STAR = 0x2605; // ★
const EMPTY_STAR = 0x2606; // ☆
const STAR_EMOJI = 0x2b50; // ⭐

/**
 * A rating drawn in stars ("★☆☆☆☆", "⭐⭐"): the filled stars on a 1–5 scale (or on the number of
 * stars drawn, when empty ones show the scale), mapped onto 0–10 as CSAT is.
 */
export function starsIn(value: string): { value: number; start: number; end: number } | undefined {
  let filled = 0;
  let empty = 0;
  let start = -1;
  let end = -1;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code !== FILLED_STAR && code !== EMPTY_STAR && code !== STAR_EMOJI) continue;
    if (code === EMPTY_STAR) empty += 1;
    else filled += 1;
    if (start < 0) start = i;
    end = i + 1;
  }
  const scale = empty > 0 ? filled + empty : 5;
  if (filled === 0 || scale < 2 || scale > 10 || filled > scale) return undefined;
  return { value: ((filled - 1) / (scale - 1)) * 10, start, end };
}
