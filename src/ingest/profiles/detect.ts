/**
 * Which profile a header line belongs to. A profile matches when every header of its
 * fingerprint's `all` is present and, when it has `any`, at least one of those; among those
 * that match, the one with the most fingerprint headers present wins, and an equal count is
 * reported as ambiguous (alsoMatched). Runs once per file, on the header row only.
 */
import { normalizeHeader } from '../headers.js';
import type { ExportProfile, ProfileChoice, ProfileKind } from './types.js';

/** A header as fingerprints compare it: normalised, without a leading `*` (Xero's required-column mark) or a trailing `:`. */
export function fingerprintKey(header: string): string {
  return normalizeHeader(header.replace(/^\uFEFF/, '')).replace(/^\*\s*/, '').replace(/\s*:$/, '');
}

interface Match {
  profile: ExportProfile;
  /** The file's headers that matched the fingerprint, in the file's spelling. */
  matched: string[];
  /** Fingerprint headers the file lacks (`all` ones). */
  missing: string[];
  ok: boolean;
}

/** Each profile's fingerprint headers folded once (profiles are compared with every file's header line). */
const KEYS = new WeakMap<ExportProfile, { all: string[]; any: string[] }>();

function keysOf(profile: ExportProfile): { all: string[]; any: string[] } {
  let keys = KEYS.get(profile);
  if (keys === undefined) {
    keys = { all: profile.fingerprint.all.map(fingerprintKey), any: (profile.fingerprint.any ?? []).map(fingerprintKey) };
    KEYS.set(profile, keys);
  }
  return keys;
}

/** How one profile's fingerprint fares against a header line (keys: fingerprintKey → the file's header). */
function matchProfile(profile: ExportProfile, present: ReadonlyMap<string, string>): Match {
  const matched: string[] = [];
  const missing: string[] = [];
  const keys = keysOf(profile);
  profile.fingerprint.all.forEach((header, i) => {
    const found = present.get(keys.all[i]!);
    if (found === undefined) missing.push(header);
    else matched.push(found);
  });
  let anyFound = profile.fingerprint.any === undefined;
  for (const key of keys.any) {
    const found = present.get(key);
    if (found !== undefined) {
      matched.push(found);
      anyFound = true;
    }
  }
  return { profile, matched, missing, ok: missing.length === 0 && anyFound };
}

function presentHeaders(headers: readonly string[]): Map<string, string> {
  const present = new Map<string, string>();
  for (const header of headers) {
    const key = fingerprintKey(header);
    if (key !== '' && !present.has(key)) present.set(key, header.trim());
  }
  return present;
}

/** Every profile (of any kind) whose fingerprint the headers match, best first. */
export function matchingProfiles(headers: readonly string[], profiles: readonly ExportProfile[]): { profile: ExportProfile; matched: string[] }[] {
  const present = presentHeaders(headers);
  return profiles
    .map((profile) => matchProfile(profile, present))
    .filter((match) => match.ok)
    .sort((a, b) => b.matched.length - a.matched.length)
    .map(({ profile, matched }) => ({ profile, matched }));
}

/** Picks the profile of `kind` the headers match; says why, or why none. */
export function detectProfile(headers: readonly string[], kind: ProfileKind, profiles: readonly ExportProfile[]): ProfileChoice {
  const present = presentHeaders(headers);
  const matches = profiles.map((profile) => matchProfile(profile, present));
  const ofKind = matches.filter((match) => match.ok && match.profile.kind === kind).sort((a, b) => b.matched.length - a.matched.length);
  const best = ofKind[0];
  if (best !== undefined) {
    const tied = ofKind.filter((match) => match !== best && match.matched.length === best.matched.length).map((match) => match.profile.name);
    return {
      profile: best.profile,
      how: 'detected',
      reason: `headers ${listHeaders(best.matched)} matched${tied.length > 0 ? `; ambiguous: ${tied.join(', ')} matched as well (pick one with --profile)` : ''}`,
      ...(tied.length > 0 ? { alsoMatched: tied } : {}),
    };
  }
  const otherKind = matches.filter((match) => match.ok).sort((a, b) => b.matched.length - a.matched.length)[0];
  if (otherKind !== undefined) {
    return {
      profile: undefined,
      how: 'none',
      reason: `the headers are those of ${otherKind.profile.name} (${otherKind.profile.title}), a ${otherKind.profile.kind} export, not ${kind}`,
    };
  }
  // Closest: a profile of the kind with at least half of its fingerprint present (two headers
  // such as Date and Status in common say nothing).
  const closest = matches
    .filter((match) => match.profile.kind === kind && match.matched.length >= 2 && match.matched.length >= match.missing.length)
    .sort((a, b) => b.matched.length / (b.matched.length + b.missing.length) - a.matched.length / (a.matched.length + a.missing.length))[0];
  if (closest === undefined) return { profile: undefined, how: 'none', reason: 'no built-in profile matches these headers' };
  return {
    profile: undefined,
    how: 'none',
    reason: `closest: ${closest.profile.name} (lacks ${listHeaders(closest.missing)})`,
  };
}

/** `A, B, C, D, …`: the first few, enough to recognise the export. */
function listHeaders(headers: readonly string[]): string {
  return headers.length <= 4 ? headers.join(', ') : `${headers.slice(0, 4).join(', ')}, …`;
}
