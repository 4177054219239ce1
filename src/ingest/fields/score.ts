/**
 * Survey ratings as exports write them: a bare whole number (`9`, ` 10 `), or a number "out of"
 * the top of the scale (`9/10`, `9 of 10`, `9 из 10`, `9 от 10`) — the forms Google Forms,
 * Typeform and help-desk exports use in English, Russian and Bulgarian. Anything else (`11`,
 * `-1`, `7.5`, `ten`, `NA`, empty) is not a rating: docs/definitions.md makes such a row a bad row.
 */

/** A bare whole number of one or two digits (leading zero allowed: `07`). */
const BARE = /^\d{1,2}$/;
/** `9/10`, `9 / 10`, `9 of 10`, `9 из 10`, `9 от 10`: the number and the top it is out of. */
const OUT_OF = /^(\d{1,2})\s*(?:\/|of|из|от)\s*(\d{1,2})$/i;

/** The whole number in `text` on the scale `min`…`max`, or undefined when it is not one. */
export function readRating(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  let value: number;
  if (BARE.test(trimmed)) {
    value = Number(trimmed);
  } else {
    const match = OUT_OF.exec(trimmed);
    // "9 of 10" only reads on a 0–10 scale: "4/5" is not an NPS score, "9/10" not a CSAT rating.
    if (match === null || Number(match[2]) !== max) return undefined;
    value = Number(match[1]);
  }
  return value >= min && value <= max ? value : undefined;
}

/** An NPS answer: a whole number from 0 to 10, or undefined. */
export function readScore(text: string): number | undefined {
  return readRating(text, 0, 10);
}

/** A CSAT answer: a whole number from 1 to 5 (`4`, `4/5`, `4 из 5`), or undefined. */
export function readCsat(text: string): number | undefined {
  return readRating(text, 1, 5);
}
