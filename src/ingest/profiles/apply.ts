/**
 * Choosing the profile of a file and mapping its headers with it: the one hook the readers call
 * (order-aggregator.ts, orders-parallel.ts, records.ts, survey.ts) in place of mapHeaders.
 * The order of the mapping: --map (and the config's map) → the profile's map → the generic
 * synonyms of kinds.ts. A profile column the file lacks is no error: the synonyms look for the
 * field as they would without a profile.
 */
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { say } from '../../i18n/index.js';
import { type HeaderMapping, mapHeaders } from '../headers.js';
import { FIELDS_BY_KIND } from '../kinds.js';
import type { FieldSpec, ReadOptions } from '../types.js';
import { BUILTIN_PROFILES } from './builtin/index.js';
import { detectProfile, fingerprintKey } from './detect.js';
import { loadProfileFile } from './load.js';
import type { ExportProfile, ProfileChoice, ProfileKind } from './types.js';

export interface ChooseOptions {
  /** --profile NAME|FILE (or the config's `profile`); `none` turns detection off. */
  profileName?: string;
  /** A profile already resolved (ReadOptions.profile): forced. */
  profile?: ExportProfile;
  /** Folder that relative profile paths are read from (default: the working folder). */
  cwd?: string;
  /** Profiles besides the built-in ones (users' files), tried first. */
  extraProfiles?: readonly ExportProfile[];
  /** Paths of users' profile files (the config's `profiles`), tried before the built-in ones. */
  profileFiles?: readonly string[];
}

const NO_DETECTION = 'detection turned off (--profile none)';

/** Picks the profile to read a file of `kind` with: forced by name or file, or detected from the headers. */
export function chooseProfile(headers: readonly string[], kind: ProfileKind, options: ChooseOptions = {}): ProfileChoice {
  const cwd = options.cwd ?? process.cwd();
  const extra = [...(options.extraProfiles ?? []), ...(options.profileFiles ?? []).map((file) => loadProfileFile(path.resolve(cwd, file)))];
  const name = options.profileName?.trim();
  if (name !== undefined && name.toLowerCase() === 'none') return { profile: undefined, how: 'none', reason: NO_DETECTION };
  const forced = options.profile ?? (name === undefined || name === '' ? undefined : findProfile(name, extra, cwd));
  if (forced === undefined) return detectProfile(headers, kind, [...extra, ...BUILTIN_PROFILES]);
  const given = name !== undefined && name !== '' ? `--profile ${name}` : `profile ${forced.name}`;
  if (forced.kind !== kind) {
    // `care report --profile shopify-orders --survey answers.csv`: the forced profile is the orders file's.
    const detected = detectProfile(headers, kind, [...extra, ...BUILTIN_PROFILES]);
    return { ...detected, reason: `${given} describes ${forced.kind} exports, not ${kind}; ${detected.reason}` };
  }
  const lacking = forced.fingerprint.all.filter((header) => !headers.some((found) => fingerprintKey(found) === fingerprintKey(header)));
  return {
    profile: forced,
    how: 'forced',
    reason: lacking.length === 0 ? given : `${given} (the file lacks ${lacking.join(', ')} of its fingerprint)`,
  };
}

/** A profile by built-in name, by a user profile's name, or from a file path. */
export function findProfile(name: string, extra: readonly ExportProfile[] = [], cwd = process.cwd()): ExportProfile {
  if (looksLikeFile(name)) return loadProfileFile(path.resolve(cwd, name));
  const wanted = name.toLowerCase();
  const found = [...extra, ...BUILTIN_PROFILES].find((profile) => profile.name === wanted);
  if (found !== undefined) return found;
  const close = closeNames(wanted, [...extra, ...BUILTIN_PROFILES].map((profile) => profile.name));
  throw new UsageError('CARE_UNKNOWN_PROFILE', `--profile ${name}: no such profile`, {
    hint: close.length > 0 ? `did you mean ${close.join(', ')}? (care profiles lists them all)` : 'care profiles lists the built-in profiles; a path to a profile JSON file works too',
    say: say('error.unknownProfile', { name }),
    hintSay: close.length > 0 ? say('hint.closeProfiles', { names: close.join(', ') }) : say('hint.profilesList'),
  });
}

function looksLikeFile(name: string): boolean {
  return name.endsWith('.json') || name.includes('/') || name.includes('\\');
}

/** Names that contain the wanted one, share its first word, or are a few edits away. */
function closeNames(wanted: string, names: readonly string[]): string[] {
  const stem = wanted.split('-')[0] ?? wanted;
  const close = names.filter((name) => name.includes(wanted) || wanted.includes(name) || name.split('-')[0] === stem || editDistance(name, wanted) <= 3);
  return close.slice(0, 6);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The kind whose canonical fields `fields` are (survey.ts passes a copy of the survey fields). */
export function kindOfFields(fields: readonly FieldSpec[]): ProfileKind {
  const names = fields.map((field) => field.name).join(',');
  for (const [kind, specs] of Object.entries(FIELDS_BY_KIND)) {
    if (specs === fields || specs.map((field) => field.name).join(',') === names) return kind as ProfileKind;
  }
  return 'orders';
}

/**
 * Picks the profile for a file and maps its headers: `options.map` wins, then the profile's map
 * (only the columns the file has), then the synonyms. Throws what mapHeaders throws (an
 * unknown field or header in --map: exit 2) and, for --profile, an unknown name or a bad
 * profile file (exit 2).
 */
export function mapExport(
  headers: string[],
  fields: readonly FieldSpec[],
  options: ReadOptions,
  file: string,
  kind: ProfileKind = kindOfFields(fields),
): { mapping: HeaderMapping; choice: ProfileChoice } {
  const choice = chooseProfile(headers, kind, { profileName: options.profileName, profile: options.profile, profileFiles: options.profileFiles });
  if (choice.alsoMatched !== undefined) options.onWarning?.(`${file}: ${choice.reason}`);
  const userMap = options.map ?? {};
  const overrides = { ...profileOverrides(headers, fields, choice.profile, userMap), ...userMap };
  return { mapping: mapHeaders(withoutIgnored(headers, choice.profile, userMap), fields, overrides, file), choice };
}

/**
 * The headers with the profile's `ignore` ones blanked, so no synonym takes them (indexes kept);
 * a header --map names stays.
 */
function withoutIgnored(headers: string[], profile: ExportProfile | undefined, userMap: Readonly<Record<string, string>>): string[] {
  if (profile?.ignore === undefined) return headers;
  const ignored = new Set(profile.ignore.map(fingerprintKey));
  const named = new Set(Object.values(userMap).map(fingerprintKey));
  return headers.map((header) => (ignored.has(fingerprintKey(header)) && !named.has(fingerprintKey(header)) ? '' : header));
}

/** field → the file's own header, for the profile's map entries the file has and --map leaves alone. */
export function profileOverrides(
  headers: readonly string[],
  fields: readonly FieldSpec[],
  profile: ExportProfile | undefined,
  userMap: Readonly<Record<string, string>>,
): Record<string, string> {
  if (profile === undefined) return {};
  const known = new Set(fields.map((field) => field.name));
  const keys = headers.map(fingerprintKey);
  const indexOf = (header: string) => {
    const exact = headers.indexOf(header);
    return exact !== -1 ? exact : keys.indexOf(fingerprintKey(header));
  };
  const taken = new Set(Object.values(userMap).map(indexOf));
  const overrides: Record<string, string> = {};
  for (const [field, header] of Object.entries(profile.map)) {
    if (!known.has(field) || field in userMap) continue;
    const index = indexOf(header);
    if (index === -1 || taken.has(index)) continue;
    overrides[field] = headers[index]!;
    taken.add(index);
  }
  return overrides;
}
