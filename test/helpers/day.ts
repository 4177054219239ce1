/** A day number from YYYY-MM-DD, as the CLI hands --as-of and --calibration-end to a command. */
import { type Day, parseIsoDay } from '../../src/time/days.js';

export function day(text: string): Day {
  const parsed = parseIsoDay(text);
  if (parsed === undefined) throw new Error(`test setup: not a date: ${text}`);
  return parsed;
}
