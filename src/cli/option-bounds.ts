/**
 * The bounds of every numeric option (docs/contracts.md "Option bounds"). Each is checked as the
 * value is read, before any work starts, so a mistyped `--horizon 10000` is one line and exit 2
 * at once instead of a run that never ends. The upper bounds are far beyond any sensible use:
 * they are there to stop runaway work, not to second-guess a choice.
 */
import { UsageError } from '../errors.js';
import { type MessageKey, type MessageRef, say } from '../i18n/index.js';

/** One numeric option's range; `min` is exclusive when `aboveMin` is set, `max` when `belowMax` is. */
export interface OptionBound {
  flag: string;
  min: number;
  max: number;
  /** A whole number is required. */
  integer: boolean;
  /** The min itself is not allowed (a horizon or lifetime of 0 means nothing). */
  aboveMin?: boolean;
  /** The max itself is not allowed (holding out every customer leaves nobody to send to). */
  belowMax?: boolean;
  /** What the number counts, for the message: "days", "a share of revenue". */
  unit: string;
}

/** Ten years, in days: the longest window, horizon or look-ahead any option may ask for. */
export const TEN_YEARS_DAYS = 3653;

/** Bounds of --horizon in each --time-unit: ten years. */
export const HORIZON_MAX: Readonly<Record<string, number>> = { day: TEN_YEARS_DAYS, week: 520, month: 120 };

/** Every numeric option of every command, by the name commander gives its value (camelCase). */
export const OPTION_BOUNDS: Readonly<Record<string, OptionBound>> = {
  rows: { flag: '--rows', min: 1, max: 1000, integer: true, unit: 'rows' },
  churnAfter: { flag: '--churn-after', min: 1, max: TEN_YEARS_DAYS, integer: true, unit: 'days' },
  last: { flag: '--last', min: 1, max: 1000, integer: true, unit: 'periods' },
  margin: { flag: '--margin', min: 0, max: 1, integer: false, unit: 'a share of revenue' },
  cac: { flag: '--cac', min: 0, max: 1e9, integer: false, unit: 'an amount' },
  horizon: { flag: '--horizon', min: 0, max: HORIZON_MAX['week'] as number, integer: false, aboveMin: true, unit: 'weeks' },
  discountRate: { flag: '--discount-rate', min: 0, max: 1, integer: false, unit: 'an annual rate' },
  maxLifetime: { flag: '--max-lifetime', min: 0, max: 100, integer: false, aboveMin: true, unit: 'years' },
  after: { flag: '--after', min: 1, max: TEN_YEARS_DAYS, integer: true, unit: 'days' },
  within: { flag: '--within', min: 1, max: 366, integer: true, unit: 'days' },
  lapsedWithin: { flag: '--lapsed-within', min: 1, max: TEN_YEARS_DAYS, integer: true, unit: 'days' },
  failUnder: { flag: '--fail-under', min: 0, max: 100, integer: false, unit: 'a score' },
  window: { flag: '--window', min: 1, max: TEN_YEARS_DAYS, integer: true, unit: 'days' },
  minLift: { flag: '--min-lift', min: 0, max: 100, integer: false, aboveMin: true, unit: 'percentage points' },
  holdout: { flag: '--holdout', min: 0, max: 1, integer: false, aboveMin: true, belowMax: true, unit: 'a share of the due customers' },
  seed: { flag: '--seed', min: 0, max: 2 ** 32 - 1, integer: true, unit: 'a seed' },
  // Beyond five minutes an SMTP server is down, not slow.
  smtpTimeout: { flag: '--smtp-timeout', min: 0, max: 300, integer: false, aboveMin: true, unit: 'seconds' },
};

/** The bound of --horizon in a time unit. */
export function horizonBound(timeUnit: string | undefined): OptionBound {
  const unit = timeUnit ?? 'week';
  return { ...(OPTION_BOUNDS['horizon'] as OptionBound), max: HORIZON_MAX[unit] ?? (HORIZON_MAX['week'] as number), unit: `${unit}s` };
}

/** The value as a number within its bound, or a UsageError (exit 2) saying the range. */
export function checkBound(bound: OptionBound, text: string | number): number {
  const value = typeof text === 'number' ? text : String(text).trim() === '' ? Number.NaN : Number(String(text).trim());
  const inRange = Number.isFinite(value) && (bound.aboveMin ? value > bound.min : value >= bound.min) && (bound.belowMax ? value < bound.max : value <= bound.max);
  if (!inRange || (bound.integer && !Number.isInteger(value))) {
    throw new UsageError('CARE_BAD_OPTION', `${bound.flag} ${String(text)}: expected ${describeBound(bound)}`, {
      hint: 'the bounds of every numeric option are in docs/contracts.md ("Option bounds")',
      say: say('error.optionBound', { flag: bound.flag, value: String(text), expected: boundRef(bound) }),
      hintSay: say('hint.optionBounds'),
    });
  }
  return value;
}

/** "a whole number of days from 1 to 3653", "a number of weeks above 0 and at most 520". */
export function describeBound(bound: OptionBound): string {
  const kind = bound.integer ? 'a whole number' : 'a number';
  const what = /^an? /.test(bound.unit) ? `${kind} (${bound.unit})` : `${kind} of ${bound.unit}`;
  const max = bound.max.toLocaleString('en-US');
  if (bound.aboveMin && bound.belowMax) return `${what} above ${bound.min} and below ${max}`;
  return bound.aboveMin ? `${what} above ${bound.min} and at most ${max}` : `${what} from ${bound.min} to ${max}`;
}

/** The catalog key of each bound's unit (src/i18n): describeBound's words in another language. */
const UNIT_KEYS: Readonly<Record<string, MessageKey>> = {
  rows: 'unit.rows',
  days: 'unit.days',
  weeks: 'unit.weeks',
  months: 'unit.months',
  years: 'unit.years',
  periods: 'unit.periods',
  seconds: 'unit.seconds',
  'percentage points': 'unit.percentagePoints',
  'a share of revenue': 'unit.shareOfRevenue',
  'an amount': 'unit.amount',
  'an annual rate': 'unit.annualRate',
  'a score': 'unit.score',
  'a share of the due customers': 'unit.shareOfDue',
  'a seed': 'unit.seed',
};

/** describeBound as a message, for --help and errors in ru and bg (in en it says describeBound's words). */
export function boundRef(bound: OptionBound): MessageRef {
  const unitKey = UNIT_KEYS[bound.unit];
  const unit = unitKey === undefined ? bound.unit : say(unitKey);
  const of = /^an? /.test(bound.unit);
  const what = say(bound.integer ? (of ? 'bound.integerAs' : 'bound.integerOf') : of ? 'bound.numberAs' : 'bound.numberOf', { unit });
  const range = bound.aboveMin && bound.belowMax ? 'bound.aboveBelow' : bound.aboveMin ? 'bound.aboveAtMost' : 'bound.fromTo';
  return say(range, { what, min: bound.min, max: bound.max });
}
