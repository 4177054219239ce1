/**
 * Every JSON document care prints, as a zod schema (one source for `care schema`'s JSON Schema and
 * the tests that validate the outputs): the object documents carry `schema` first, a literal of
 * its name and version (ids.ts); the four array documents (templates list and check, profiles,
 * lint-reply --csv) cannot carry a key and are named here only. docs/contracts.md lists them.
 */
import { z } from 'zod';
import { classifyBody, explainBody } from './classify.js';
import { errorBody } from './error.js';
import { SCHEMA_VERSIONS, type SchemaName, schemaId } from './ids.js';
import { ltvBody, sbgBody } from './ltv.js';
import { npsBody } from './nps.js';
import {
  configBody, emailBody, inspectBody, liftBody, lintReplyBatch, lintReplyBody, profilesList, remindBody, segmentsBody, slaBody,
  templatesCheck, templatesList, templatesShowBody, verifyBody,
} from './others.js';
import { reportBody } from './report.js';
import { conventionBody, conventionsBody, mrrBody, retentionBody } from './retention.js';

export { SCHEMA_VERSIONS, type SchemaName, schemaId, withSchema } from './ids.js';

interface SchemaEntry {
  /** The command line that prints it. */
  printedBy: string;
  schema: z.ZodType;
}

/** An object document: `schema` first, then its body; no other key. */
function documented(name: SchemaName, body: z.ZodRawShape): z.ZodType {
  return z.strictObject({ schema: z.literal(schemaId(name)), ...body });
}

const entry = (name: SchemaName, printedBy: string, body: z.ZodRawShape): SchemaEntry => ({ printedBy, schema: documented(name, body) });

export const SCHEMAS: Record<SchemaName, SchemaEntry> = {
  inspect: entry('inspect', 'care inspect FILE --format json', inspectBody),
  retention: entry('retention', 'care retention FILE --format json (with --cohorts, --revenue, --compare, --fail-if, --subscriptions)', retentionBody),
  'retention.conventions': entry('retention.conventions', 'care retention --subscriptions FILE --conventions --format json', conventionsBody),
  'retention.convention': entry('retention.convention', 'care retention --subscriptions FILE --convention NAME --format json', conventionBody),
  'retention.mrr': entry('retention.mrr', 'care retention --subscriptions FILE --mrr --format json', mrrBody),
  nps: entry('nps', 'care nps FILE --format json', npsBody),
  ltv: entry('ltv', 'care ltv FILE --model simple|historical|bgnbd|pnbd|mbgnbd|auto --format json', ltvBody),
  'ltv.sbg': entry('ltv.sbg', 'care ltv --subscriptions FILE --model sbg --format json', sbgBody),
  classify: entry('classify', 'care classify FILE --format json (and --by-customer)', classifyBody),
  'classify.explain': entry('classify.explain', 'care classify FILE --explain ID --format json', explainBody),
  report: entry('report', 'care report FILE --format json', reportBody),
  segments: entry('segments', 'care segments FILE --format json', segmentsBody),
  lift: entry('lift', 'care lift CAMPAIGN ORDERS --format json', liftBody),
  sla: entry('sla', 'care sla FILE --format json', slaBody),
  remind: entry('remind', 'care remind FILE --template NAME --format json (with --send: the send summary too)', remindBody),
  email: entry('email', 'care email TEMPLATE --send --format json', emailBody),
  'lint-reply': entry('lint-reply', 'care lint-reply FILE --format json', lintReplyBody),
  'lint-reply.batch': { printedBy: 'care lint-reply --csv FILE --format json (an array)', schema: lintReplyBatch },
  templates: { printedBy: 'care templates list --format json (an array)', schema: templatesList },
  'templates.show': entry('templates.show', 'care templates show NAME --format json', templatesShowBody),
  'templates.check': { printedBy: 'care templates check --format json (an array)', schema: templatesCheck },
  profiles: { printedBy: 'care profiles --format json (an array)', schema: profilesList },
  config: entry('config', 'care config show --format json', configBody),
  verify: entry('verify', 'care verify --engine URL FILE --format json', verifyBody),
  error: entry('error', 'any command with --format json that fails: one line on stderr', errorBody),
};

/** The names `care schema` knows, in table order. */
export const SCHEMA_NAMES = Object.keys(SCHEMA_VERSIONS) as SchemaName[];

/** Whether the document is an array (and so carries no `schema` key). */
export function isArrayDocument(name: SchemaName): boolean {
  return SCHEMAS[name].schema instanceof z.ZodArray;
}

/** The JSON Schema (draft 2020-12) of one document, titled with its name and version. */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const generated = z.toJSONSchema(SCHEMAS[name].schema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: schemaId(name), description: `Printed by ${SCHEMAS[name].printedBy} (docs/contracts.md).`, ...rest };
}
