/**
 * How many decimals each currency's minor unit has (ISO 4217's "minor unit" column). Amounts in
 * `care` are integers in minor units of the export's currency: cents for USD, yen for JPY (no
 * decimals), fils for KWD (three). Intl knows digits too, but its table follows ICU's cash
 * habits (ISK, IQD shown with 0), so the ISO column is written out here. docs/definitions.md,
 * "Money".
 */

/** The exponent of a currency with no code (a file without a currency sign or column). */
export const DEFAULT_EXPONENT = 2;

/** Currencies whose minor unit is not a hundredth; every other ISO code has 2. */
const EXPONENTS: Readonly<Record<string, number>> = {
  // No minor unit.
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // Thousandths.
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // Ten-thousandths (units of account).
  CLF: 4, UYW: 4,
};

/** Decimals of a currency's minor unit: 0 for JPY, 3 for KWD, 2 for USD and for no currency. */
export function currencyExponent(currency?: string | null): number {
  if (currency === undefined || currency === null) return DEFAULT_EXPONENT;
  return EXPONENTS[currency.toUpperCase()] ?? DEFAULT_EXPONENT;
}

const POWERS = [1, 10, 100, 1000, 10_000] as const;

/** Minor units per major unit: 100 for USD, 1 for JPY, 1000 for KWD. */
export function minorPerMajor(currency?: string | null): number {
  return POWERS[currencyExponent(currency)]!;
}

/** Integer minor units as a major-unit number for JSON and CSV (`123456` → `1234.56`; JPY `1200` → `1200`). */
export function toMajor(minor: number, currency?: string | null): number {
  return Math.round(minor) / minorPerMajor(currency);
}

/** A major-unit number (`12.5` from an option or a template) in integer minor units, half away from zero. */
export function fromMajor(major: number, currency?: string | null): number {
  const minor = major * minorPerMajor(currency);
  return minor < 0 ? -Math.round(-minor) : Math.round(minor);
}
