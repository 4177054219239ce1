/**
 * What care inspect says about an export (docs/contracts.md, "care inspect"): the contract its
 * JSON output is, and what the table and Markdown views (report/inspect-view.ts) show.
 */
import type { MessageRef } from '../i18n/index.js';
import type { Candidate, HeaderExplained, InspectKind, KindHow, StatusCount } from './describe.js';
import type { ProfileChoice } from './profiles/types.js';

/** Rejected rows of one reason: how many, the first one's line and what was wrong with it. */
export interface RejectReason {
  rows: number;
  firstLine: number;
  detail: string;
  text: string;
}

/** Something that stops the file being read as its kind, and the line to copy. */
export interface Missing {
  /** The field concerned, or null (the profile, the kind). */
  field: string | null;
  problem: string;
  /** The problem in the catalogs (src/i18n), said by the table in a Russian or Bulgarian run; never in the JSON. */
  problemSay?: MessageRef;
  /** The option that settles it (`--map customer="Requester email"`, `--date-format DMY`). */
  option?: string;
  /** The exact command line to run, with that option. */
  suggestion?: string;
  /** Other headers that could be the field. */
  candidates?: string[];
}

export interface InspectResult {
  file: string;
  kind: InspectKind;
  /** `given` (--kind), `profile` (the profile's kind), `assumed` (orders: no profile matched). */
  kindHow: KindHow;
  /** What to pass when the assumed kind is wrong. */
  kindHint?: string;
  /** kindHint in the catalogs, for the table; never in the JSON. */
  kindHintSay?: MessageRef;
  profile: { name: string | null; title?: string; how: ProfileChoice['how']; reason: string; alsoMatched?: string[]; notes?: string[] };
  encoding: string;
  bom: boolean;
  delimiter: string;
  newline: string;
  headers: HeaderExplained[];
  unmapped: string[];
  candidates: Candidate[];
  dateFormat?: string;
  decimalComma?: boolean;
  currency?: string | null;
  /** Net revenue of the kept orders (returns and credits subtracted), in major units. */
  netRevenue?: number;
  /** First and last day of any kept order. */
  firstDate?: string;
  lastDate?: string;
  counts: Record<string, number | Record<string, number>>;
  /** Distinct values of the status column, with what each means and its rows (only with a status column). */
  statuses?: Record<string, StatusCount>;
  rejects: Record<string, RejectReason>;
  warnings: string[];
  missing: Missing[];
  /** The whole line to copy when something is missing: every suggested option at once. */
  suggestion?: string;
  sample: { line: number; values: Record<string, string> }[];
  /** `read`: values as care reads them (dates as ISO days, amounts as numbers); `written`: the cells as in the file (it could not be read). */
  sampleAs: 'read' | 'written';
  /** Why the file could not be read as its kind (inspect then exits 3). */
  error?: { code: string; message: string; hint?: string };
  /** The error's line in the catalogs (where it is and what, src/errors.ts `say`), for the table; never in the JSON. */
  errorSay?: { what: MessageRef; file?: string; line?: number; field?: string };
}

/** The catalog messages an InspectResult carries for its tables (the `…Say` fields): what its JSON leaves out. */
export type InspectJson = Omit<InspectResult, 'kindHintSay' | 'errorSay' | 'missing'> & { missing: Omit<Missing, 'problemSay'>[] };
