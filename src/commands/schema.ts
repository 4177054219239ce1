/**
 * `care schema [COMMAND [VIEW]]`: the JSON Schema (draft 2020-12) of a command's `--format json`
 * output, or with no argument the list of documents with their `schema` names and versions
 * (docs/contracts.md, "Schema names"). `care schema retention mrr` and `care schema retention.mrr`
 * are the same document.
 */
import { UsageError } from '../errors.js';
import { say, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { Io } from '../io/types.js';
import { toJson } from './output.js';
import { SCHEMAS, SCHEMA_NAMES, type SchemaName, isArrayDocument, jsonSchemaOf, schemaId } from '../report/schemas/index.js';

export function runSchema(io: Io, command: string | undefined, view: string | undefined): void {
  if (command === undefined) {
    io.stdout.write(schemaListing(io.lang ?? 'en'));
    return;
  }
  io.stdout.write(toJson(jsonSchemaOf(schemaNamed(command, view))));
}

/** The name a command line means: `retention mrr`, `retention.mrr`, `lint-reply batch`. */
export function schemaNamed(command: string, view: string | undefined): SchemaName {
  const wanted = (view === undefined ? command : `${command}.${view}`).toLowerCase();
  const found = SCHEMA_NAMES.find((name) => name === wanted);
  if (found !== undefined) return found;
  throw new UsageError('CARE_UNKNOWN_SCHEMA', `no JSON document is called "${view === undefined ? command : `${command} ${view}`}"`, {
    hint: `care schema lists them: ${SCHEMA_NAMES.map((name) => name.replace('.', ' ')).join(', ')}`,
    say: say('error.noSchema', { name: view === undefined ? command : `${command} ${view}` }),
    hintSay: say('hint.schemaList', { names: SCHEMA_NAMES.map((name) => name.replace('.', ' ')).join(', ') }),
  });
}

/** One line per document: its schema name, then the command line that prints it. */
function schemaListing(lang: Locale): string {
  const ids = SCHEMA_NAMES.map((name) => (isArrayDocument(name) ? translate(lang, 'table.schema.array', { id: schemaId(name) }) : schemaId(name)));
  const width = Math.max(...ids.map((id) => id.length));
  const lines = SCHEMA_NAMES.map((name, index) => `${(ids[index] as string).padEnd(width)}  ${SCHEMAS[name].printedBy}`);
  return `${lines.join('\n')}\n\n${translate(lang, 'table.schema.note')}\n`;
}
