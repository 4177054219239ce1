/**
 * The shape of an export profile (profiles/types.ts), validated with zod: built-in profiles are
 * checked against it by a test, users' profile files by load.ts (every problem by its key path).
 */
import { z } from 'zod';
import { normalizeStatus } from '../fields/status.js';
import { FIELDS_BY_KIND, TICKET_FIELDS } from '../kinds.js';
import type { ExportProfile, ProfileKind } from './types.js';

export const PROFILE_KINDS = ['orders', 'subscriptions', 'survey', 'complaints', 'invoices', 'customers'] as const satisfies readonly ProfileKind[];

/**
 * The fields a profile of each kind may map: the kind's canonical fields (kinds.ts), and a
 * status for invoices and subscriptions (what paid, void and draft look like). A customer list
 * has its own few. Complaint profiles may also map the ticket fields (kinds.ts TICKET_FIELDS).
 */
export const PROFILE_FIELDS: Record<ProfileKind, readonly string[]> = {
  orders: FIELDS_BY_KIND.orders.map((field) => field.name),
  subscriptions: [...FIELDS_BY_KIND.subscriptions.map((field) => field.name), 'status'],
  survey: FIELDS_BY_KIND.survey.map((field) => field.name),
  // A help desk's export is read as complaints (care classify) and as tickets (care sla): one map for both.
  complaints: [...new Set([...FIELDS_BY_KIND.complaints, ...TICKET_FIELDS].map((field) => field.name))],
  invoices: [...FIELDS_BY_KIND.invoices.map((field) => field.name), 'status'],
  customers: ['customer', 'name', 'email', 'spent', 'orders'],
};

const MEANINGS = ['completed', 'excluded', 'refunded', 'pending', 'unknown'] as const;
const header = z.string().trim().min(1, 'a header name cannot be empty');

export const profileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower case letters, digits and hyphens (e.g. my-shop-orders)'),
    title: z.string().min(1),
    kind: z.enum(PROFILE_KINDS),
    source: z.string().min(1),
    fingerprint: z
      .object({
        all: z.array(header).min(1, 'list at least one header that every file of this export has'),
        any: z.array(header).min(1).optional(),
      })
      .strict(),
    map: z.record(z.string(), header),
    statuses: z.record(z.string(), z.enum(MEANINGS)).optional(),
    lineItems: z.enum(['per-line', 'order-total-repeated', 'order-total-first-row']).optional(),
    transaction: header.optional(),
    refunds: z.array(header).optional(),
    ignore: z.array(header).optional(),
    fallbacks: z.record(z.string(), z.array(header).min(1)).optional(),
    flags: z.array(z.object({ header, values: z.record(z.string(), z.enum(MEANINGS)) }).strict()).optional(),
    dateFormat: z.enum(['DMY', 'MDY', 'YMD']).optional(),
    decimalComma: z.boolean().optional(),
    delimiter: z.string().length(1, 'one character: , ; | or a tab').optional(),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'latin1']).optional(),
    skipLines: z.number().int().min(0).optional(),
    every: z.object({ tags: z.string().trim().min(1) }).strict().optional(),
    notes: z.array(z.string()).optional(),
    header: z.array(z.string()).optional(),
  })
  .strict();

/**
 * Every problem of a profile, as `key.path: message`: zod's, and map keys that are no field of
 * the profile's kind. The map check runs even when other keys are wrong, so one run names all.
 */
export function profileIssues(data: unknown): string[] {
  const result = profileSchema.safeParse(data);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
        const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
        return `${where}:${keys} ${issue.message}`;
      });
  if (typeof data !== 'object' || data === null) return problems;
  const { kind, map, every } = data as { kind?: unknown; map?: unknown; every?: unknown };
  if (every !== undefined && kind !== 'complaints') problems.push(`every: only complaint exports give every record a value (this profile's kind is ${String(kind)})`);
  if (typeof kind !== 'string' || !(kind in PROFILE_FIELDS) || typeof map !== 'object' || map === null) return problems;
  const known = PROFILE_FIELDS[kind as ProfileKind];
  for (const field of Object.keys(map)) {
    if (!known.includes(field)) problems.push(`map.${field}: not a field of ${kind} exports (fields: ${known.join(', ')})`);
  }
  return problems;
}

/** A validated profile, typed as the contract. */
export function asProfile(data: z.infer<typeof profileSchema>): ExportProfile {
  const { $schema: _schema, ...profile } = data;
  if (profile.statuses === undefined) return profile;
  // classifyStatus looks values up normalised: `Closed Won` in a file is `closed won` here.
  const statuses = Object.fromEntries(Object.entries(profile.statuses).map(([value, meaning]) => [normalizeStatus(value), meaning]));
  return { ...profile, statuses };
}
