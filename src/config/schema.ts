/** `care.config.json`: mappings, locale and defaults, validated with zod (types inferred). */
import { z } from 'zod';
import { LOCALES } from '../locale.js';

const mapping = z.record(z.string(), z.string().min(1)).describe('canonical field → header of the export');

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    locale: z.enum(LOCALES).optional(),
    currency: z.string().min(3).max(3).optional(),
    dateFormat: z.enum(['DMY', 'MDY', 'YMD']).optional(),
    delimiter: z.string().length(1).optional(),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'latin1']).optional(),
    churnAfterDays: z.number().int().positive().optional(),
    period: z.enum(['week', 'month', 'quarter', 'year']).optional(),
    map: z
      .object({
        orders: mapping.optional(),
        subscriptions: mapping.optional(),
        survey: mapping.optional(),
        complaints: mapping.optional(),
        invoices: mapping.optional(),
      })
      .strict()
      .optional(),
    /** An export profile to read every file with (a built-in name or a profile file), or `none` (docs/profiles.md). */
    profile: z.string().min(1).optional(),
    /** Users' profile files, tried before the built-in profiles when detecting (paths from the working folder). */
    profiles: z.array(z.string().min(1)).optional(),
    /** Status values to count as purchases / to exclude, as with --include-status / --exclude-status. */
    includeStatus: z.array(z.string()).optional(),
    excludeStatus: z.array(z.string()).optional(),
    templates: z.string().optional(),
    email: z
      .object({
        from: z.string().optional(),
        smtpUrl: z.string().optional(),
        agent: z.object({ name: z.string().optional(), team: z.string().optional() }).strict().optional(),
        company: z.object({ name: z.string().optional() }).strict().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CareConfig = z.infer<typeof configSchema>;
