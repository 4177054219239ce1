/** A date option (`--as-of`, `--calibration-end`) read at the edge into a day number. */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { DATE_RANGE, MAX_DAY, MIN_DAY } from '../ingest/fields/date.js';
import { type Day, parseIsoDay } from '../time/days.js';

/** YYYY-MM-DD within the dates care reads, else exit 2 with an example. */
export function parseDayOption(name: string, text: string, example: string): Day {
  const day = parseIsoDay(text);
  if (day === undefined) {
    throw new UsageError('CARE_BAD_DATE_OPTION', `${name} ${text}: expected a date as YYYY-MM-DD`, {
      hint: `for example ${name} ${example}`,
      say: say('error.expectedDate', { flag: name, value: text }),
      hintSay: say('hint.forExample', { flag: name, example }),
    });
  }
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new UsageError('CARE_BAD_DATE_OPTION', `${name} ${text}: outside the dates care reads (${DATE_RANGE.min} to ${DATE_RANGE.max})`, {
      hint: 'docs/guarantees.md, "Time has bounds"',
      say: say('error.dateOutside', { flag: name, value: text, min: DATE_RANGE.min, max: DATE_RANGE.max }),
      hintSay: say('hint.timeBounds'),
    });
  }
  return day;
}
