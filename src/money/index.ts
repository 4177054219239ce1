/** Money: minor units per currency (currencies.ts), reading cells (ingest/fields/money.ts) and showing amounts (format.ts). */
export { DEFAULT_EXPONENT, currencyExponent, fromMajor, minorPerMajor, toMajor } from './currencies.js';
export { type MoneyDisplay, type MoneyFormatOptions, formatMajor, formatMoney, formatPlainMoney } from './format.js';
export { MONEY_SCALE, minorScale, readDecimal, readMoney, toMinorUnits } from '../ingest/fields/money.js';
