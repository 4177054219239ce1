/**
 * `care profiles [NAME]`: the export profiles care knows (built-in, and the users' files named in
 * the config's `profiles`), or one profile in full as JSON — the format of a user profile file
 * (docs/profiles.md).
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say, translate } from '../i18n/index.js';
import { findProfile } from '../ingest/profiles/apply.js';
import { BUILTIN_PROFILES } from '../ingest/profiles/builtin/index.js';
import { loadProfileFile } from '../ingest/profiles/load.js';
import type { ExportProfile } from '../ingest/profiles/types.js';
import type { Io } from '../io/types.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import type { Grid } from '../report/grid.js';
import { toJson } from './output.js';

export interface ProfilesOptions {
  /** table (default), json or md. */
  format?: string;
  color?: boolean;
  /** The config's `profiles`: users' profile files, listed first. */
  profileFiles?: string[];
}

/** One line of the listing. */
export interface ProfileListing {
  name: string;
  kind: string;
  title: string;
  origin: 'builtin' | 'user';
  /** The fingerprint's headers: what a file needs for the profile to be detected. */
  detectedBy: string[];
}

export function runProfiles(io: Io, name: string | undefined, options: ProfilesOptions = {}): void {
  const format = options.format ?? 'table';
  if (!['table', 'json', 'md'].includes(format)) throw new UsageError('CARE_BAD_FORMAT', `unknown format "${format}"`, { hint: 'use --format table, json or md', say: say('error.unknownFormat', { value: format }), hintSay: say('hint.formatsTableJsonMd') });
  const own = (options.profileFiles ?? []).map((file) => loadProfileFile(path.resolve(io.cwd, file)));
  if (name !== undefined) {
    io.stdout.write(toJson(findProfile(name, own, io.cwd)));
    return;
  }
  const listing = listProfiles(own);
  if (format === 'json') {
    io.stdout.write(toJson(listing));
    return;
  }
  const grid: Grid = {
    title: say('table.profiles.title', { count: String(listing.length) }),
    columns: [
      { key: 'name', label: say('table.profiles.profile') },
      { key: 'kind', label: say('table.profiles.kind') },
      { key: 'title', label: say('table.profiles.export') },
    ],
    rows: listing.map(({ name: profile, kind, title, origin }) => ({ name: origin === 'user' ? translate(io.lang, 'table.profiles.yours', { name: profile }) : profile, kind, title })),
    notes: [say('table.profiles.note')],
  };
  io.stdout.write(format === 'md' ? renderMarkdown(grid, io.lang) : renderTable(grid, { color: options.color ?? false, lang: io.lang }));
}

/** The users' profiles first (they win detection ties), then the built-in ones. */
export function listProfiles(own: readonly ExportProfile[] = []): ProfileListing[] {
  const entry = (profile: ExportProfile, origin: ProfileListing['origin']): ProfileListing => ({
    name: profile.name,
    kind: profile.kind,
    title: profile.title,
    origin,
    detectedBy: [...profile.fingerprint.all, ...(profile.fingerprint.any ?? [])],
  });
  return [...own.map((profile) => entry(profile, 'user')), ...BUILTIN_PROFILES.map((profile) => entry(profile, 'builtin'))];
}
