/** `care.config.json`: mappings, locale and defaults, validated with zod (types inferred). */
import { z } from 'zod';
import { DATE_ORDERS, ENCODINGS, isDelimiter } from '../ingest/formats.js';
import { LOCALES } from '../locale.js';
import { PERIOD_KINDS } from '../time/periods.js';

const mapping = z.record(z.string(), z.string().min(1)).describe('canonical field → header of the export');

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    locale: z.enum(LOCALES).optional(),
    /** The language care speaks in help, errors and warnings when neither --lang nor the environment says (docs/messages.md); `locale` is the output's. */
    lang: z.enum(LOCALES).optional(),
    currency: z.string().min(3).max(3).optional(),
    dateFormat: z.enum(DATE_ORDERS).optional(),
    /** One character, or `tab` as on the command line. */
    delimiter: z.string().refine(isDelimiter, { message: "one character, or 'tab'" }).optional(),
    encoding: z.enum(ENCODINGS).optional(),
    churnAfterDays: z.number().int().positive().optional(),
    period: z.enum(PERIOD_KINDS).optional(),
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
        // The password never sits in a config file: it comes from smtpPasswordEnv or smtpPasswordFile.
        smtpUrl: z
          .string()
          .refine((url) => !hasPassword(url), { message: 'holds a password: put it in an environment variable (smtpPasswordEnv) or a 0600 file (smtpPasswordFile)' })
          .optional(),
        /** The environment variable holding the SMTP password. */
        smtpPasswordEnv: z.string().min(1).optional(),
        /** A file holding the SMTP password, readable by its owner only (mode 0600). */
        smtpPasswordFile: z.string().min(1).optional(),
        agent: z.object({ name: z.string().optional(), team: z.string().optional() }).strict().optional(),
        company: z.object({ name: z.string().optional() }).strict().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CareConfig = z.infer<typeof configSchema>;

/** Whether an smtp:// URL carries a password (user:password@host). */
export function hasPassword(url: string): boolean {
  const match = /^[a-z]+:\/\/([^@/]*)@/i.exec(url.trim());
  return match !== null && (match[1] as string).includes(':');
}
