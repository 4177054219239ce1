/**
 * Users' own profile files: one profile per JSON file, in the format of docs/profiles.md,
 * validated by profiles/schema.ts. Every problem is reported at once, by its key path (exit 2).
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { say } from '../../i18n/index.js';
import { asProfile, profileIssues, profileSchema } from './schema.js';
import type { ExportProfile } from './types.js';

/** Memo by path: a profile file is read once per run even when several files are read with it. */
const LOADED = new Map<string, ExportProfile>();

/** Reads and validates a profile file; UsageError (exit 2) naming the file and every bad key. */
export function loadProfileFile(file: string): ExportProfile {
  const known = LOADED.get(file);
  if (known !== undefined) return known;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError('CARE_NO_PROFILE', 'no such profile file', { file, hint: 'give a built-in profile name (care profiles lists them) or the path of a profile JSON file', say: say('error.noProfileFile'), hintSay: say('hint.profileNameOrPath') });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError('CARE_BAD_PROFILE', `not valid JSON (${(error as Error).message})`, { file, hint: 'fix the JSON syntax; the format is in docs/profiles.md', say: say('error.configNotJson', { detail: (error as Error).message }), hintSay: say('hint.fixProfileJson') });
  }
  const profile = parseProfile(data, file);
  LOADED.set(file, profile);
  return profile;
}

/** Validates profile data, naming every bad key by its dotted path. */
export function parseProfile(data: unknown, file: string): ExportProfile {
  const problems = profileIssues(data);
  if (problems.length > 0) throw new UsageError('CARE_BAD_PROFILE', `invalid profile: ${problems.join('; ')}`, { file, hint: 'the profile format is in docs/profiles.md', say: say('error.profileInvalid', { problems: problems.join('; ') }), hintSay: say('hint.profileFormat') });
  return asProfile(profileSchema.parse(data));
}
