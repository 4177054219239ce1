/**
 * Header → canonical field mapping: by synonyms in English, Russian and Bulgarian, then
 * overridden by the config file and `--map field=Header`.
 */
import { InputError, UsageError } from '../errors.js';
import { type MessageRef, say, sayIn } from '../i18n/index.js';
import type { FieldSpec } from './types.js';

/**
 * Lower case, ё → е, `_ - .` and runs of spaces folded to one space, `№`/`#` kept; units,
 * currencies and qualifiers folded away (foldHeader): `Сумма, руб.` and `Total (USD)` compare
 * as `сумма` and `total`.
 */
export function normalizeHeader(header: string): string {
  return foldHeader(header).key;
}

/** A header as compared, and what was folded away to get there (care inspect says "unit folded"). */
export interface FoldedHeader {
  key: string;
  /** The unit, currency or qualifier removed (`руб.`, `USD`, `UTC`), when one was. */
  folded: string | undefined;
  /** The ISO code when what was folded is a currency (`руб.` → RUB, `лв.` → BGN). */
  currency: string | undefined;
}

/**
 * Units, currencies and time zones a header may carry after its name: `Сумма, руб.`,
 * `Total (USD)`, `Amount (€)`, `Created (UTC)`, `Итого, лв.`, `Сумма, ₽`, `Amount [EUR]`.
 * Only these fold: `Total (excl. VAT)` keeps its qualifier, it names another figure.
 */
const UNIT_WORDS: Record<string, string | undefined> = {
  $: 'USD', usd: 'USD', 'us$': 'USD', '€': 'EUR', eur: 'EUR', 'евро': 'EUR', '£': 'GBP', gbp: 'GBP',
  '₽': 'RUB', rub: 'RUB', rur: 'RUB', 'руб': 'RUB', 'руб.': 'RUB', 'р.': 'RUB', 'р': 'RUB', 'рублей': 'RUB', 'в рублях': 'RUB', 'тыс. руб.': undefined,
  'лв': 'BGN', 'лв.': 'BGN', bgn: 'BGN', 'лева': 'BGN', 'в лева': 'BGN',
  '₴': 'UAH', uah: 'UAH', 'грн': 'UAH', 'грн.': 'UAH', '₸': 'KZT', kzt: 'KZT', 'тг': 'KZT', 'тг.': 'KZT',
  chf: 'CHF', pln: 'PLN', 'zł': 'PLN', czk: 'CZK', 'kč': 'CZK', ron: 'RON', 'try': 'TRY', '₺': 'TRY',
  cad: 'CAD', aud: 'AUD', 'ca$': 'CAD', 'a$': 'AUD', sek: 'SEK', nok: 'NOK', dkk: 'DKK', jpy: 'JPY', '¥': 'JPY', inr: 'INR', '₹': 'INR', brl: 'BRL', 'r$': 'BRL',
  utc: undefined, gmt: undefined, msk: undefined, 'мск': undefined, 'local': undefined, 'local time': undefined, 'utc+3': undefined, 'utc+2': undefined, 'utc+0': undefined,
  'шт': undefined, 'шт.': undefined, pcs: undefined, 'бр': undefined, 'бр.': undefined,
};

/** Currency signs and codes that may follow a money header with only a space: `Amount USD`, `Сумма ₽`. */
const BARE_TRAILING = new Set(['$', '€', '£', '₽', 'руб.', 'лв.', 'usd', 'eur', 'gbp', 'rub', 'bgn', 'uah', 'kzt']);

/** Folds a header (see normalizeHeader) and says what was folded. Header-time only: regexes are fine here. */
export function foldHeader(header: string): FoldedHeader {
  let text = header.trim().toLowerCase().replaceAll('ё', 'е');
  let folded: string | undefined;
  let currency: string | undefined;
  const fold = (rest: string, unit: string) => {
    text = rest.trim();
    folded = folded === undefined ? unit : `${unit} ${folded}`;
    currency ??= UNIT_WORDS[unit];
  };
  // A leading `*` (required-field marks) and a trailing `:` say nothing about the column.
  text = text.replace(/^\*+\s*/, '').replace(/\s*:+$/, '');
  for (let guard = 0; guard < 3; guard++) {
    const bracket = /^(.+?)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(text);
    if (bracket !== null && isUnit(bracket[2]!)) {
      fold(bracket[1]!, bracket[2]!);
      continue;
    }
    const comma = /^(.+?)\s*,\s*([^,]+)$/.exec(text);
    if (comma !== null && isUnit(comma[2]!)) {
      fold(comma[1]!, comma[2]!);
      continue;
    }
    const bare = /^(.+?)\s+(\S+)$/.exec(text);
    if (bare !== null && BARE_TRAILING.has(bare[2]!)) {
      fold(bare[1]!, bare[2]!);
      continue;
    }
    break;
  }
  const key = text
    .replace(/[_\-.:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { key, folded, currency };
}

function isUnit(word: string): boolean {
  return Object.hasOwn(UNIT_WORDS, word.trim());
}

export interface HeaderMapping {
  /** canonical field → header index */
  fields: Record<string, number>;
  /** Header indexes no field took. */
  unmapped: number[];
  /** Header index → the unit, currency or qualifier folded away to match it (`руб.`, `UTC`). */
  folded?: Record<number, string>;
  /**
   * field → other header indexes that match a synonym of the field as well as the one taken
   * (two date columns, two `Сумма` columns); fallbacks (subtotals) are not listed.
   */
  candidates?: Record<string, number[]>;
  /** field → how its column was chosen: `map` (--map or the config) or `synonym`. */
  via?: Record<string, 'map' | 'synonym' | 'fallback'>;
}

/**
 * Maps headers to fields. Each field takes the header matching its earliest synonym, so a file
 * with both `Customer ID` and `Email` uses the id; its fallbacks only when no synonym matches
 * (`Total` over `Subtotal`). `overrides` (field → header, from --map and the config) win; an
 * override naming a header the file lacks is a usage error (exit 2).
 */
export function mapHeaders(
  headers: string[],
  fields: readonly FieldSpec[],
  overrides: Record<string, string> = {},
  file = '',
): HeaderMapping {
  const foldedHeaders = headers.map(foldHeader);
  const normalized = foldedHeaders.map((header) => header.key);
  const taken = new Set<number>();
  const result: Record<string, number> = {};
  const via: Record<string, 'map' | 'synonym' | 'fallback'> = {};
  const known = new Set(fields.map((field) => field.name));

  for (const [field, header] of Object.entries(overrides)) {
    if (!known.has(field)) {
      throw new UsageError('CARE_UNKNOWN_FIELD', `--map names an unknown field "${field}"`, {
        hint: `fields of this export: ${[...known].join(', ')}`,
        say: say('error.unknownMapField', { field }),
        hintSay: say('hint.exportFields', { fields: [...known].join(', ') }),
      });
    }
    let index = headers.indexOf(header);
    if (index === -1) index = normalized.indexOf(normalizeHeader(header));
    if (index === -1) {
      throw new UsageError('CARE_UNKNOWN_HEADER', `--map ${field}=${header}: the file has no header "${header}"`, {
        file,
        hint: `its headers are: ${listHeaders(headers)}`,
        say: say('error.mapNoHeader', { field, header }),
        hintSay: say('hint.itsHeaders', { headers: listHeadersSaid(headers) }),
      });
    }
    result[field] = index;
    via[field] = 'map';
    taken.add(index);
  }

  const pick = (field: FieldSpec, names: readonly string[], how: 'synonym' | 'fallback') => {
    for (const synonym of names) {
      const index = normalized.findIndex((header, i) => !taken.has(i) && header === synonym);
      if (index !== -1) {
        result[field.name] = index;
        via[field.name] = how;
        taken.add(index);
        return;
      }
    }
  };
  for (const field of fields) if (!(field.name in result)) pick(field, field.synonyms, 'synonym');
  for (const field of fields) if (!(field.name in result) && field.fallbacks !== undefined) pick(field, field.fallbacks, 'fallback');

  // Columns that would have done as well: the user hears of them (care inspect, warnings).
  const candidates: Record<string, number[]> = {};
  for (const field of fields) {
    if (!(field.name in result)) continue;
    const names = via[field.name] === 'fallback' ? [...field.synonyms, ...(field.fallbacks ?? [])] : field.synonyms;
    const others = normalized.flatMap((header, i) => (!taken.has(i) && names.includes(header) ? [i] : []));
    if (others.length > 0) candidates[field.name] = others;
  }
  const folded: Record<number, string> = {};
  foldedHeaders.forEach((header, i) => {
    if (header.folded !== undefined) folded[i] = header.folded;
  });
  const unmapped = headers.map((_, i) => i).filter((i) => !taken.has(i));
  return { fields: result, unmapped, folded, candidates, via };
}

/** Throws when a required field has no column, naming the field and the headers there are. */
export function requireFields(
  mapping: HeaderMapping,
  headers: string[],
  required: readonly string[],
  file: string,
): void {
  for (const field of required) {
    if (mapping.fields[field] === undefined) {
      throw new InputError('CARE_MISSING_FIELD', `no column for the required field "${field}"`, {
        file,
        field,
        hint: `map one with --map ${field}=HEADER (care inspect suggests one); the headers are: ${listHeaders(headers)}`,
        say: say('error.noColumnForField', { field }),
        hintSay: say('hint.mapField', { field, headers: listHeadersSaid(headers) }),
      });
    }
  }
}

/** Headers shown in a hint: the first 30 as written, then how many more in the run's language (a hint stays one readable line). */
export function listHeadersSaid(headers: readonly string[], shown = 30): string | MessageRef {
  const list = headers.slice(0, shown).join(', ');
  return headers.length > shown ? say('hint.headersAndMore', { list, count: headers.length - shown }) : list;
}

/** listHeadersSaid in English: "a, b, … (5 more)". */
export function listHeaders(headers: readonly string[], shown = 30): string {
  const said = listHeadersSaid(headers, shown);
  return typeof said === 'string' ? said : sayIn('en', said);
}

/** More columns than any export has: a file read with the wrong delimiter, or not a table at all. */
export const MAX_COLUMNS = 10_000;

/** Refuses a header row wider than MAX_COLUMNS before any work is done on it. */
export function checkHeaderWidth(headers: readonly string[], file: string): void {
  if (headers.length <= MAX_COLUMNS) return;
  throw new InputError('CARE_TOO_MANY_COLUMNS', `the header row has ${headers.length.toLocaleString('en-US')} columns; care reads exports of up to ${MAX_COLUMNS.toLocaleString('en-US')}`, {
    file,
    hint: 'check that this is a CSV export and that the delimiter is right (care inspect shows what was sniffed; --delimiter sets it)',
    say: say('error.tooManyColumns', { columns: headers.length, max: MAX_COLUMNS }),
    hintSay: say('hint.checkDelimiter'),
  });
}
