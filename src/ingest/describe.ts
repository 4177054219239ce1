/**
 * What care inspect says about an export before (and whether or not) it can be read as a kind:
 * the header row and first rows as written, the profile and kind chosen and why, each header's
 * field and why it was taken, second candidates, the distinct status values with what they
 * mean, and the exact option line to copy when a required field has no column. Header-time and
 * diagnostic work only: nothing here is on the row path of the readers (docs/contracts.md,
 * "care inspect").
 */
import path from 'node:path';
import { normalizeCustomerId } from './customer-id.js';
import { DateKind, readDate } from './fields/date.js';
import { classifyStatus, normalizeStatus } from './fields/status.js';
import { type HeaderMapping, foldHeader, mapHeaders } from './headers.js';
import { FIELDS_BY_KIND, type ExportKind } from './kinds.js';
import { BUILTIN_PROFILES } from './profiles/builtin/index.js';
import { chooseProfile, findProfile, profileOverrides } from './profiles/apply.js';
import { matchingProfiles } from './profiles/detect.js';
import type { ExportProfile, ProfileChoice, ProfileKind, StatusMeaning } from './profiles/types.js';
import { loadProfileFile } from './profiles/load.js';
import { readRows } from './read.js';
import { detectQuestionHeaders } from './survey.js';
import type { FieldSpec, InputSource, Sniffed } from './types.js';

/** The header row, the first rows as written and what was sniffed. */
export interface ExportHead {
  headers: string[];
  sniffed: Sniffed;
  rows: { line: number; cells: string[] }[];
}

/** Stops a read once the head is known (not an error the user sees). */
class HeadRead extends Error {
  constructor() {
    super('head read');
  }
}

/** Reads the header and the first `rows` rows, then stops: a 10 GB file costs no more than a small one. */
export async function readHead(source: InputSource, options: { delimiter?: string; encoding?: Sniffed['encoding'] }, rows: number): Promise<ExportHead> {
  let headers: string[] = [];
  let sniffed: Sniffed | undefined;
  const kept: ExportHead['rows'] = [];
  try {
    sniffed = await readRows(source, { delimiter: options.delimiter, encoding: options.encoding }, {
      header(found, sniffedNow) {
        headers = found;
        sniffed = sniffedNow;
        if (rows === 0) throw new HeadRead();
      },
      row(cells, line) {
        kept.push({ line, cells });
        if (kept.length >= rows) throw new HeadRead();
      },
      // A row with broken quotes is no reason to stop looking: the real read reports it (badQuote).
      badRow() {},
    });
  } catch (error) {
    if (!(error instanceof HeadRead)) throw error;
  }
  return { headers, sniffed: sniffed!, rows: kept };
}

/** How the kind was decided: --kind, the detected (or forced) profile's kind, or assumed. */
export type KindHow = 'given' | 'profile' | 'assumed';

/** A kind inspect can read, or `customers` (a customer list: recognised, never read as orders). */
export type InspectKind = ExportKind | 'customers';

export interface KindChoice {
  kind: InspectKind;
  how: KindHow;
  choice: ProfileChoice;
}

export interface ProfileLookup {
  /** --profile NAME|FILE, or the config's `profile`. */
  profileName?: string;
  /** The config's `profiles` (users' profile files). */
  profileFiles?: string[];
  cwd?: string;
}

/**
 * The kind and profile of a file. --kind wins; else a forced profile's kind; else the best
 * profile of any kind whose fingerprint the headers match (a Zendesk export is complaints);
 * else orders, assumed.
 */
export function chooseKind(headers: readonly string[], given: ExportKind | undefined, lookup: ProfileLookup): KindChoice {
  const options = { profileName: lookup.profileName, profileFiles: lookup.profileFiles, cwd: lookup.cwd };
  if (given !== undefined) return { kind: given, how: 'given', choice: chooseProfile(headers, given, options) };
  const name = lookup.profileName?.trim();
  if (name !== undefined && name !== '' && name.toLowerCase() !== 'none') {
    const own = (lookup.profileFiles ?? []).map((file) => loadProfileFile(path.resolve(lookup.cwd ?? process.cwd(), file)));
    const forced = findProfile(name, own, lookup.cwd);
    return { kind: forced.kind, how: 'profile', choice: chooseProfile(headers, forced.kind, { ...options, profile: forced }) };
  }
  if (name?.toLowerCase() !== 'none') {
    const own = (lookup.profileFiles ?? []).map((file) => loadProfileFile(path.resolve(lookup.cwd ?? process.cwd(), file)));
    const best = matchingProfiles(headers, [...own, ...BUILTIN_PROFILES])[0];
    if (best !== undefined) return { kind: best.profile.kind, how: 'profile', choice: chooseProfile(headers, best.profile.kind, options) };
  }
  return { kind: 'orders', how: 'assumed', choice: chooseProfile(headers, 'orders', options) };
}

/** Why a header was read as its field. */
export type HeaderWhy = '--map' | 'config' | 'profile' | 'synonym' | 'fallback' | 'question';

export interface HeaderExplained {
  header: string;
  field: string | null;
  why: HeaderWhy | null;
  /** The unit, currency or qualifier folded away to match it (`руб.`, `USD`, `UTC`). */
  unitFolded?: string;
}

export interface Candidate {
  field: string;
  /** The header read for the field. */
  taken: string;
  /** Other headers that would have done as well. */
  others: string[];
}

export interface MappingExplained {
  mapping: HeaderMapping;
  /** field → header: the overrides the readers are given (profile, config, --map), so they read as inspect shows. */
  overrides: Record<string, string>;
  headers: HeaderExplained[];
  candidates: Candidate[];
}

/**
 * Maps headers the way the readers do (--map over the config's map over the profile's map over
 * synonyms; for surveys, question texts after synonyms) and says for each header why.
 */
export function explainMapping(
  headers: string[],
  kind: ExportKind,
  sources: { cliMap: Record<string, string>; configMap: Record<string, string>; profile: ExportProfile | undefined },
  file: string,
): MappingExplained {
  const fields = FIELDS_BY_KIND[kind];
  const userMap = { ...sources.configMap, ...sources.cliMap };
  const fromProfile = profileOverrides(headers, fields, sources.profile, userMap);
  let overrides = { ...fromProfile, ...userMap };
  const questions = kind === 'survey' ? detectQuestionHeaders(headers, overrides, file) : {};
  overrides = { ...questions, ...overrides };
  const mapping = mapHeaders(headers, fields, overrides, file);
  const why = (field: string): HeaderWhy => {
    if (field in sources.cliMap) return '--map';
    if (field in sources.configMap) return 'config';
    if (field in fromProfile) return 'profile';
    if (field in questions) return 'question';
    return mapping.via?.[field] === 'fallback' ? 'fallback' : 'synonym';
  };
  const fieldOf = new Map(Object.entries(mapping.fields).map(([field, index]) => [index, field]));
  const explained = headers.map((header, index): HeaderExplained => {
    const field = fieldOf.get(index);
    const folded = mapping.folded?.[index];
    return {
      header,
      field: field ?? null,
      why: field === undefined ? null : why(field),
      ...(field !== undefined && folded !== undefined ? { unitFolded: folded } : {}),
    };
  });
  // Only fields the synonyms chose are undecided: --map, the config and a profile decided theirs.
  const decided = new Set<HeaderWhy>(['--map', 'config', 'profile']);
  const candidates = Object.entries(mapping.candidates ?? {})
    .filter(([field]) => !decided.has(why(field)))
    .map(([field, others]) => ({
    field,
    taken: headers[mapping.fields[field]!]!,
    others: others.map((index) => headers[index]!),
  }));
  return { mapping, overrides, headers: explained, candidates };
}

/** The data command that reads a kind, as a user types it (for the suggestion lines). */
export function commandFor(kind: ExportKind, file: string): string {
  const name = shellWord(file);
  switch (kind) {
    case 'orders':
      return `care retention ${name}`;
    case 'subscriptions':
      return `care retention --subscriptions ${name}`;
    case 'survey':
      return `care nps ${name}`;
    case 'complaints':
      return `care classify ${name}`;
    case 'invoices':
      return `care remind ${name} --template payment-reminder`;
  }
}

/** A word as a POSIX shell reads it back: bare when safe, else double-quoted. */
export function shellWord(text: string): string {
  if (/^[\w./@%+:,=-]+$/.test(text)) return text;
  return `"${text.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/** `--map customer="Requester email"`. */
export function mapOption(field: string, header: string): string {
  return `--map ${field}=${shellWord(header)}`;
}

/** Header words that suggest a field's column when no synonym matched (inspect's suggestions only). */
const FIELD_HINTS: Record<string, RegExp> = {
  customer: /mail|customer|client|buyer|requester|contact|user|account|respondent|member|клиент|покупател|контрагент|почт|имейл|купувач|заказчик|контакт|пользовател|респондент/,
  date: /date|time|created|submitted|timestamp|дата|врем|создан|създаден|отметка/,
  start: /start|created|since|начал|дата|date/,
  due: /due|срок|падеж|оплатить до/,
  invoice: /invoice|number|no\b|№|номер|фактур|счет|doc/,
  score: /recommend|nps|score|likely|оцен|балл|рекоменд|препоръч/,
  csat: /satisf|csat|удовлетвор/,
};

/** Headers of figures (discounts, sums, prices): never suggested for an id or a date. */
const MONEY_HEADER = /discount|amount|total|price|sum\b|currency|скидк|сумм|цена|стоимост|итог|сума|отстъпк|валют|валут/;

/** What a sample cell must look like for a field (an e-mail for a customer, a date for a date). */
function cellFits(field: FieldSpec, cell: string): boolean {
  const text = cell.trim();
  if (text === '') return false;
  if (field.type === 'date') return readDate(text).kind !== DateKind.Bad;
  // An e-mail, or an id of at least five characters (a percentage or a count is no customer).
  if (field.name === 'customer') {
    if (text.includes('@')) return true;
    if (readDate(text).kind !== DateKind.Bad) return false;
    // A name or an id; a short number (a count, a percentage, an amount) is none.
    return /\p{L}/u.test(text) ? text.length >= 3 : normalizeCustomerId(text).replace(/[^\d]/g, '').length >= 5;
  }
  if (field.name === 'score') return /^(10|\d)$/.test(text);
  return true;
}

/**
 * Headers that could be `field` when nothing matched it: those whose name suggests the field and
 * whose first cells fit it, best first (for customers, e-mail columns first). Empty when none.
 */
export function likelyColumns(field: FieldSpec, headers: readonly string[], taken: ReadonlySet<number>, rows: readonly { cells: string[] }[]): string[] {
  const hint = FIELD_HINTS[field.name];
  const scored: { index: number; score: number }[] = [];
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    const folded = foldHeader(header);
    // `Скидка покупателя, %`, `Сумма покупателя, руб.`: a figure about the field, not the field.
    if (field.type !== 'money' && (folded.folded !== undefined || header.includes('%') || MONEY_HEADER.test(folded.key))) return;
    // `Дата заказа покупателем`: a date about the customer is no customer.
    if (field.type !== 'date' && FIELD_HINTS['date']!.test(folded.key)) return;
    const named = hint?.test(folded.key) ?? false;
    const cells = rows.map((row) => row.cells[index] ?? '').filter((cell) => cell.trim() !== '');
    const fitting = cells.filter((cell) => cellFits(field, cell)).length;
    if (!named || (cells.length > 0 && fitting === 0)) return;
    // One value on every row (a currency, a shop name) tells no customers apart.
    if (field.name === 'customer' && cells.length > 2 && new Set(cells.map((cell) => cell.trim())).size === 1) return;
    const emails = field.name === 'customer' ? cells.filter((cell) => cell.includes('@')).length : 0;
    scored.push({ index, score: fitting + emails * 2 + (cells.length > 0 && fitting === cells.length ? 1 : 0) });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map(({ index }) => headers[index]!);
}

/** One distinct status value: what it means and on how many rows it stands. */
export interface StatusCount {
  meaning: StatusMeaning;
  rows: number;
}

/** At most this many distinct status values are listed (a column with more is not a status). */
const STATUS_VALUES_LISTED = 100;
const STATUS_VALUES_COUNTED = 10_000;

/**
 * Every distinct value of one column over the whole file, with its rows and its meaning
 * (classifyStatus: --exclude/--include-status, the profile's statuses, the word rules), most
 * rows first. Blank cells are left out. A lenient pass: rows the readers would reject count too.
 */
export async function countStatuses(
  source: InputSource,
  options: { delimiter?: string; encoding?: Sniffed['encoding'] },
  column: number,
  meaningOf: { profile?: Readonly<Record<string, StatusMeaning>>; include?: readonly string[]; exclude?: readonly string[] },
): Promise<{ statuses: Record<string, StatusCount>; rows: number }> {
  const counts = new Map<string, number>();
  let rows = 0;
  await readRows(source, { delimiter: options.delimiter, encoding: options.encoding }, {
    header() {},
    badRow() {
      rows++;
    },
    row(cells) {
      rows++;
      const value = (cells[column] ?? '').trim();
      if (value === '') return;
      const count = counts.get(value);
      if (count !== undefined) counts.set(value, count + 1);
      else if (counts.size < STATUS_VALUES_COUNTED) counts.set(value, 1);
    },
  });
  const statuses = Object.fromEntries(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, STATUS_VALUES_LISTED)
      .map(([value, count]) => [value, { meaning: classifyStatus(value, meaningOf.profile, meaningOf.include, meaningOf.exclude), rows: count }]),
  );
  return { statuses, rows };
}

/** The profile's status map as classifyStatus wants it (keys normalised). */
export function profileStatuses(profile: ExportProfile | undefined): Record<string, StatusMeaning> | undefined {
  if (profile?.statuses === undefined) return undefined;
  return Object.fromEntries(Object.entries(profile.statuses).map(([value, meaning]) => [normalizeStatus(value), meaning]));
}

/** Kinds a profile can name that care reads (everything but customer lists). */
export function isReadableKind(kind: ProfileKind): kind is ExportKind {
  return kind in FIELDS_BY_KIND;
}

/** How a column's first cells write dates: `ISO date`, `D.M.Y`, `slashed (D/M or M/D)`… joined; undefined when none read. */
export function describeDates(cells: readonly string[]): string | undefined {
  const shapes = new Set<string>();
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '' || readDate(text).kind === DateKind.Bad) continue;
    shapes.add(dateShape(text));
  }
  return shapes.size === 0 ? undefined : [...shapes].join(', ');
}

function dateShape(text: string): string {
  if (/^\d{8}$/.test(text)) return 'YYYYMMDD';
  if (/^\d{4}-\d{1,2}-\d{1,2}[T ]/.test(text)) return 'ISO date-time';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return 'ISO date';
  if (/^\d{4}[/.]/.test(text)) return 'Y/M/D';
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return 'D.M.Y';
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(text)) return 'slashed (D/M/Y or M/D/Y)';
  return 'with month names';
}
