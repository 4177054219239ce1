/**
 * The name and version of every JSON document care prints (docs/contracts.md, "Schema names"):
 * `care.<command>[.<view>]/<version>`, the `schema` key that comes first in each. One table, no
 * dependency, so the renderers can stamp their output without loading the schemas themselves
 * (those are in index.ts, for `care schema`). A change to a document that can break a script
 * (a key removed or renamed, a type changed) raises its version here; an added optional key does not.
 */
export const SCHEMA_VERSIONS = {
  inspect: 1,
  retention: 1,
  'retention.conventions': 1,
  'retention.convention': 1,
  'retention.mrr': 1,
  nps: 1,
  ltv: 1,
  'ltv.sbg': 1,
  classify: 1,
  'classify.explain': 1,
  report: 1,
  segments: 1,
  lift: 1,
  sla: 1,
  remind: 1,
  email: 1,
  'lint-reply': 1,
  'lint-reply.batch': 1,
  templates: 1,
  'templates.show': 1,
  'templates.check': 1,
  profiles: 1,
  config: 1,
  verify: 1,
  error: 1,
} as const;

export type SchemaName = keyof typeof SCHEMA_VERSIONS;

/** `care.retention.mrr/1`. */
export function schemaId(name: SchemaName): string {
  return `care.${name}/${SCHEMA_VERSIONS[name]}`;
}

/** The document with its `schema` key first (JSON keeps insertion order). */
export function withSchema<T extends object>(name: SchemaName, value: T): { schema: string } & T {
  return { schema: schemaId(name), ...value };
}
