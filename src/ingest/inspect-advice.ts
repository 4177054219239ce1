/**
 * care inspect's advice: what stops an export being read as its kind, and the exact line to copy
 * that settles it — the data command for the kind, the options the user already gave, and the one
 * to add (docs/contracts.md, "care inspect").
 */
import type { CareError } from '../errors.js';
import { say } from '../i18n/index.js';
import { type ExportHead, commandFor, likelyColumns, mapOption, shellWord } from './describe.js';
import type { Missing } from './inspect-result.js';
import { FIELDS_BY_KIND, type ExportKind } from './kinds.js';
import type { ProfileChoice } from './profiles/types.js';

/** The options as the user gave them that change how the file reads, to repeat in a suggested line. */
export interface AsGiven {
  /** The --map pairs, parsed. */
  map: Record<string, string>;
  delimiter?: string;
  encoding?: string;
  dateFormat?: string;
  currency?: string;
}

/** Fields the readers need a column for, by kind (as the data commands read them). */
const REQUIRED: Record<ExportKind, readonly string[]> = {
  orders: ['customer', 'date'],
  subscriptions: ['customer', 'start'],
  survey: ['score'],
  complaints: [],
  invoices: ['customer', 'invoice', 'due'],
};

/**
 * What stops the file being read as its kind, each with the line to copy: a required field
 * without a column (`--map field="Header"`, the likeliest header named), dates that read either
 * way (`--date-format`), several currencies (`--currency`), several profiles (`--profile`).
 */
export function findMissing(
  kind: ExportKind,
  file: string,
  head: ExportHead,
  fields: Record<string, number>,
  failure: CareError | undefined,
  choice: ProfileChoice,
  given: AsGiven,
  forcedProfile: string | undefined,
): Missing[] {
  const missing: Missing[] = [];
  const base = baseCommand(kind, file, given, forcedProfile);
  const taken = new Set(Object.values(fields));
  const required = REQUIRED[kind].filter((field) => !(kind === 'survey' && field === 'score' && fields['csat'] !== undefined));
  for (const name of required) {
    if (fields[name] !== undefined) continue;
    const spec = FIELDS_BY_KIND[kind].find((field) => field.name === name)!;
    const candidates = likelyColumns(spec, head.headers, taken, head.rows);
    const header = candidates[0];
    if (header !== undefined) taken.add(head.headers.indexOf(header));
    missing.push({
      field: name,
      problem: `no column for the required field "${name}"${header === undefined ? '; no header looks like one: put the right header in place of HEADER' : ''}`,
      problemSay: say(header === undefined ? 'inspect.noColumnNoHeader' : 'inspect.noColumn', { field: name }),
      ...withOption(base, header === undefined ? `--map ${name}=HEADER` : mapOption(name, header)),
      ...(candidates.length > 0 ? { candidates } : {}),
    });
  }
  const code = failure?.code;
  if (code === 'CARE_AMBIGUOUS_DATES' || code === 'CARE_MIXED_DATES') {
    missing.push({ field: failure!.field ?? 'date', problem: failure!.message, ...saidAs(failure!), ...withOption(base, '--date-format DMY'), candidates: ['--date-format MDY'] });
  }
  if (code === 'CARE_MIXED_CURRENCIES') {
    const first = /amounts in (\S+)/.exec(failure!.message)?.[1];
    missing.push({ field: 'amount', problem: failure!.message, ...saidAs(failure!), ...withOption(base, `--currency ${first ?? 'CODE'}`) });
  }
  if (choice.alsoMatched !== undefined && choice.profile !== undefined) {
    const profiles = [choice.profile.name, ...choice.alsoMatched].join(', ');
    missing.push({ field: null, problem: `several profiles match: ${profiles}`, problemSay: say('inspect.severalProfiles', { profiles }), ...withOption(base, `--profile ${choice.profile.name}`) });
  }
  const closest = /^closest: (\S+)/.exec(choice.reason)?.[1];
  if (closest !== undefined && missing.length > 0 && forcedProfile === undefined) {
    missing.push({ field: null, problem: `no profile matched; the closest is ${closest}`, problemSay: say('inspect.closestProfile', { name: closest }), ...withOption(base, `--profile ${closest}`) });
  }
  return missing;
}

/** A reader's error as a problem of the table: its message in the catalogs, when it has one. */
function saidAs(failure: CareError): Pick<Missing, 'problemSay'> {
  return failure.say === undefined ? {} : { problemSay: failure.say };
}

function withOption(base: string, option: string): { option: string; suggestion: string } {
  return { option, suggestion: `${base} ${option}` };
}

/** The data command for the kind with the options the user already gave that change how it reads. */
function baseCommand(kind: ExportKind, file: string, given: AsGiven, forcedProfile: string | undefined): string {
  const parts = [commandFor(kind, file)];
  for (const [field, header] of Object.entries(given.map)) parts.push(mapOption(field, header));
  if (forcedProfile !== undefined) parts.push(`--profile ${shellWord(forcedProfile)}`);
  if (given.delimiter !== undefined) parts.push(`--delimiter ${shellWord(given.delimiter)}`);
  if (given.encoding !== undefined) parts.push(`--encoding ${given.encoding}`);
  if (given.dateFormat !== undefined) parts.push(`--date-format ${given.dateFormat}`);
  if (given.currency !== undefined) parts.push(`--currency ${shellWord(given.currency)}`);
  return parts.join(' ');
}

/** Every suggested option in one line (a file missing both its customer and its date column needs both); one --profile or --date-format at most. */
export function combinedSuggestion(kind: ExportKind, file: string, missing: readonly Missing[], given: AsGiven, forcedProfile: string | undefined): string | undefined {
  const added: string[] = [];
  for (const entry of missing) {
    if (entry.option === undefined) continue;
    const name = entry.option.split(/[ =]/)[0]!;
    if (name !== '--map' && added.some((option) => option.startsWith(`${name} `))) continue;
    added.push(entry.option);
  }
  if (added.length === 0) return undefined;
  return `${baseCommand(kind, file, given, forcedProfile)} ${added.join(' ')}`;
}
