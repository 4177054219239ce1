/**
 * Header → canonical field mapping: by synonyms in English, Russian and Bulgarian, then
 * overridden by the config file and `--map field=Header`.
 */
import { InputError, UsageError } from '../errors.js';
import type { FieldSpec } from './types.js';

/** Lower case, ё → е, `_ - .` and runs of spaces folded to one space, `№`/`#` kept. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[_\-.:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface HeaderMapping {
  /** canonical field → header index */
  fields: Record<string, number>;
  /** Header indexes no field took. */
  unmapped: number[];
}

/**
 * Maps headers to fields. Each field takes the header matching its earliest synonym, so a file
 * with both `Customer ID` and `Email` uses the id. `overrides` (field → header, from --map and
 * the config) win; an override naming a header the file lacks is a usage error (exit 2).
 */
export function mapHeaders(
  headers: string[],
  fields: readonly FieldSpec[],
  overrides: Record<string, string> = {},
  file = '',
): HeaderMapping {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const result: Record<string, number> = {};
  const known = new Set(fields.map((field) => field.name));

  for (const [field, header] of Object.entries(overrides)) {
    if (!known.has(field)) {
      throw new UsageError('CARE_UNKNOWN_FIELD', `--map names an unknown field "${field}"`, {
        hint: `fields of this export: ${[...known].join(', ')}`,
      });
    }
    let index = headers.indexOf(header);
    if (index === -1) index = normalized.indexOf(normalizeHeader(header));
    if (index === -1) {
      throw new UsageError('CARE_UNKNOWN_HEADER', `--map ${field}=${header}: the file has no header "${header}"`, {
        file,
        hint: `its headers are: ${headers.join(', ')}`,
      });
    }
    result[field] = index;
    taken.add(index);
  }

  for (const field of fields) {
    if (field.name in result) continue;
    for (const synonym of field.synonyms) {
      const index = normalized.findIndex((header, i) => !taken.has(i) && header === synonym);
      if (index !== -1) {
        result[field.name] = index;
        taken.add(index);
        break;
      }
    }
  }
  const unmapped = headers.map((_, i) => i).filter((i) => !taken.has(i));
  return { fields: result, unmapped };
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
        hint: `map one with --map ${field}=HEADER; the headers are: ${headers.join(', ')}`,
      });
    }
  }
}
