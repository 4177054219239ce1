/**
 * The ingestion layer's contract: what every command gets from reading an export.
 * Implemented by src/ingest/read.ts (the only user of the CSV parser), table.ts, records.ts
 * and orders.ts.
 */
import type { Day } from '../time/days.js';
import type { ExportProfile, ProfileChoice } from './profiles/types.js';

import type { DateOrder, EncodingName } from './formats.js';

export type { DateOrder, EncodingName };

/** Options the user can give to override sniffing (docs/contracts.md). */
export interface ReadOptions {
  delimiter?: string;
  encoding?: EncodingName;
  dateFormat?: DateOrder;
  /** canonical field → header, from --map and the config file (--map wins). */
  map?: Record<string, string>;
  /** The first bad row fails the run (exit 3). */
  strict?: boolean;
  /** Keep only amounts in this currency when a column mixes several. */
  currency?: string;
  /** Extra columns to carry along (for --by COLUMN). */
  keep?: string[];
  /** Orders of exactly 0.00 count as purchases (default: only amounts above zero do). */
  countZeroOrders?: boolean;
  /**
   * The export profile to read with (detected from the header or forced with --profile; see
   * profiles/types.ts). `map` still wins over the profile's map.
   */
  profile?: ExportProfile;
  /** --profile NAME|FILE as given: force a profile; `none` turns detection off. */
  profileName?: string;
  /** Users' profile files (the config's `profiles`), tried before the built-in ones in detection. */
  profileFiles?: string[];
  /** Status values to count as purchases / to exclude (--include-status, --exclude-status), as written. */
  includeStatus?: string[];
  excludeStatus?: string[];
  /**
   * Told of every choice that could change a number without a word: an unused money-like column,
   * a second candidate for a mapped field, status values nobody classified. One line each.
   */
  onWarning?: (message: string) => void;
  /** Told when the reader does something the user should know (reading a file again in another encoding). */
  onNotice?: (message: string) => void;
  /**
   * Called before a file is read again from the start (another encoding): whatever was passed to
   * onReject so far is void. Without it, a reader with onReject never reads twice.
   */
  onRestart?: () => void;
}

/** Where the bytes come from: a path, or `-` for stdin. */
export interface InputSource {
  /** As the user wrote it; shown in messages. */
  name: string;
  open(): NodeJS.ReadableStream;
  /** Size in bytes when known (files), for progress and worker splitting. */
  size?: number;
  /** Path on disk when it is a file (allows byte-range reads). */
  path?: string;
}

/** What was detected about the file (care inspect shows it). */
export interface Sniffed {
  encoding: EncodingName;
  bom: boolean;
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
  /** The first data rows of the head, for per-column decisions (decimal mark) made before streaming. */
  sample?: string[][];
}

/** A row that was skipped, with the reason (for --rejects and the counts). */
export interface Reject {
  line: number;
  reason: string;
  field?: string;
  detail: string;
  cells: string[];
}

/** Counts by outcome; JSON output carries it under `ingest`. */
export interface IngestSummary {
  rows: number;
  /** reason code → count, e.g. { noCustomer: 135080, badDate: 2 } */
  skipped: Record<string, number>;
  [extra: string]: unknown;
}

/** A plain table: headers and every row's cells, with the physical line each row starts on. */
export interface RawTable {
  source: string;
  sniffed: Sniffed;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export type FieldType = 'text' | 'id' | 'date' | 'money' | 'number' | 'integer';

/** A canonical field of an export kind, and the header names it goes by. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  /** Header names (any case, spaces/underscores/hyphens folded), most specific first. */
  synonyms: readonly string[];
  /**
   * Header names taken only when no synonym matches, and never reported as a second candidate
   * when one does: a subtotal or goods sum beside an order total (`Subtotal` beside `Total`).
   */
  fallbacks?: readonly string[];
}

/** One row read as canonical fields. Missing fields are undefined; `cells` keeps the original row. */
export interface FieldRecord {
  line: number;
  /** text/id fields as trimmed strings; dates as Day numbers; money in integer minor units; numbers as numbers. */
  values: Record<string, string | number | undefined>;
  cells: string[];
}

export interface RecordTable {
  source: string;
  sniffed: Sniffed;
  headers: string[];
  /** canonical field → header index */
  mapping: Record<string, number>;
  records: FieldRecord[];
  /** Counts by reason; the skipped rows themselves go to ReadRecordsOptions.onReject. */
  ingest: IngestSummary;
  /** The export profile the file was read with, and why (care inspect shows it). */
  profile?: ProfileChoice;
}

export type { Day };
