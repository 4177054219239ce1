/**
 * Export profiles: what one system's export looks like and what its columns and values mean.
 * A profile is data (built-in ones under src/ingest/profiles/builtin/, users' own as JSON files
 * validated by profiles/schema.ts); the readers take the resolved profile through ReadOptions.
 */
import type { DateOrder, EncodingName } from '../formats.js';

/**
 * The kinds of export a profile can describe: the keys of FIELDS_BY_KIND in kinds.ts, and
 * `customers` (a customer list such as Shopify's customers export: recognised so it is never
 * read as orders, and named by care inspect).
 */
export type ProfileKind = 'orders' | 'subscriptions' | 'survey' | 'complaints' | 'invoices' | 'customers';

/**
 * What a status or deal-stage value means for the metrics:
 * - completed: a purchase (or a paid invoice);
 * - excluded: never happened as a purchase (cancelled, failed, declined, void, draft, deal lost);
 * - refunded: paid and then wholly given back (kept out of purchases, like excluded);
 * - pending: not (yet) a purchase (awaiting payment, an open deal stage, an unpaid invoice);
 * - unknown: not recognised; counted as completed, listed with its row count so the user decides
 *   with --include-status / --exclude-status.
 */
export type StatusMeaning = 'completed' | 'excluded' | 'refunded' | 'pending' | 'unknown';

/**
 * How the amount column behaves on line-item rows (rows that share an order id):
 * - per-line: each row carries its line's amount; the order's amount is their sum;
 * - order-total-repeated: every row of the order repeats the order's total; take it once;
 * - order-total-first-row: the first row carries the total, continuation rows leave it blank
 *   (Shopify).
 */
export type LineItemSemantics = 'per-line' | 'order-total-repeated' | 'order-total-first-row';

export interface ExportProfile {
  /** Stable id, kebab-case: `shopify-orders`, `bitrix24-deals`. */
  name: string;
  /** Human title: `Shopify — orders export`. */
  title: string;
  kind: ProfileKind;
  /** Where the header line and formats come from (importer, fixture, vendor doc), for the record. */
  source: string;
  /**
   * Detection. `all`: headers that must all be present; `any`: at least one of these too (when
   * given). Headers are compared after normalizeHeader. The profile whose fingerprint matches
   * with the most headers wins; ties are reported as ambiguous.
   */
  fingerprint: { all: string[]; any?: string[] };
  /** canonical field → header of this export (as written; compared normalised). */
  map: Record<string, string>;
  /** Status or stage value (normalised: trimmed, lower case, ё→е) → meaning. Values not listed fall back to the generic word rules. */
  statuses?: Record<string, StatusMeaning>;
  lineItems?: LineItemSemantics;
  /**
   * A per-row transaction id (Stripe charge id, a payment id): rows that share an order or
   * invoice id but have different transaction ids are separate transactions, never merged.
   */
  transaction?: string;
  /**
   * Headers no field may take by synonym: columns whose names mislead (Stripe invoices' `Paid` is
   * true/false, not the paid date). --map can still name them.
   */
  ignore?: string[];
  /**
   * Columns to read a field from when its own cell is empty, in order: an invoice to a person has
   * no company (Bitrix24: `Компания`, then `Контакт`); a draft has no number yet (Stripe: `Number`,
   * then `id`).
   */
  fallbacks?: Record<string, string[]>;
  /**
   * Yes/no columns beside the status that keep an order out (1C document lists: `Проведен` = нет
   * is a draft, `Пометка удаления` = да is deleted): a row whose cell is one of `values` (compared
   * normalised) takes that meaning when its status would make it a purchase.
   */
  flags?: { header: string; values: Record<string, StatusMeaning> }[];
  /** Headers of refunded amounts (positive numbers) that reduce the row's or order's net amount. */
  refunds?: string[];
  dateFormat?: DateOrder;
  decimalComma?: boolean;
  delimiter?: string;
  encoding?: EncodingName;
  /** Lines above the header row (report titles in 1C exports) to skip; the reader also finds the header by itself. */
  skipLines?: number;
  /**
   * What every record of the export is, said once for the file (complaints only): tags → a value
   * added to each record's own tags (joined with ", "), read by care classify as it reads the
   * channel. A regulator's complaint database holds only complaints filed with the regulator.
   * care classify says so on stderr; --profile none reads each record from its own cells alone.
   */
  every?: { tags: string };
  /** Free notes shown by care inspect (quirks worth knowing). */
  notes?: string[];
  /**
   * The header line as the source recorded it, cell by cell (built-in profiles): documentation,
   * and the line the detection test checks the fingerprint against.
   */
  header?: string[];
}

/** How the profile of a file was chosen (care inspect says why). */
export interface ProfileChoice {
  profile: ExportProfile | undefined;
  /** `detected` (fingerprint), `forced` (--profile or config), `none`. */
  how: 'detected' | 'forced' | 'none';
  /** The headers that matched the fingerprint, or why nothing matched. */
  reason: string;
  /** Other profiles that matched as well as the chosen one (ambiguous detection). */
  alsoMatched?: string[];
}
