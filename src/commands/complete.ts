/**
 * `care __complete templates|map WORD -- LINE…` (hidden): what the shell completion scripts
 * (src/cli/completion.ts) ask care at TAB, one candidate a line, those starting with WORD:
 *
 * - templates: the template names of the run — the built-in ones and the user's folder
 *   (`--templates DIR` on the line, else the config's `templates`), as `care templates list` has them;
 * - map: for `--map`, the fields of the command's export with `=` (`customer=`), and once a field
 *   is typed, `field=Header` for each header of the export on the line (read as care reads it:
 *   encoding, delimiter and title lines sniffed from its first 64 KB).
 *
 * Completion must never fail or print an error: anything that goes wrong leaves fewer candidates.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { COMPLAINT_FIELDS, INVOICE_FIELDS, ORDER_FIELDS, SUBSCRIPTION_FIELDS, SURVEY_FIELDS, TICKET_FIELDS } from '../ingest/kinds.js';
import type { FieldSpec } from '../ingest/types.js';
import type { Io } from '../io/types.js';

/** What the command line says, as src/cli/completion-line.ts reads it from the words. */
export interface CompletionLine {
  command: string | undefined;
  /** The value of --templates, --config, if given. */
  templates?: string;
  config?: string;
  /** The export the command reads: its last positional word that names a file. */
  files: string[];
}

/** The fields --map may name, by command (the kinds their exports are read as: docs/ingestion.md). */
const FIELDS_OF: Record<string, readonly (readonly FieldSpec[])[]> = {
  nps: [SURVEY_FIELDS],
  classify: [COMPLAINT_FIELDS],
  sla: [TICKET_FIELDS],
  remind: [ORDER_FIELDS, INVOICE_FIELDS],
  inspect: [ORDER_FIELDS, SUBSCRIPTION_FIELDS, SURVEY_FIELDS, COMPLAINT_FIELDS, INVOICE_FIELDS, TICKET_FIELDS],
};

export async function runComplete(io: Io, what: string, word: string, line: CompletionLine): Promise<void> {
  let candidates: string[] = [];
  try {
    // Each at TAB, so only what the answer needs is loaded.
    if (what === 'templates') candidates = await templateNames(io, line);
    else if (what === 'map') candidates = await mapCandidates(io, word, line);
  } catch {
    candidates = [];
  }
  const matching = candidates.filter((candidate) => candidate.startsWith(word));
  if (matching.length > 0) io.stdout.write(`${matching.join('\n')}\n`);
}

async function templateNames(io: Io, line: CompletionLine): Promise<string[]> {
  const [{ loadConfig }, { loadCatalog }] = await Promise.all([import('../config/load.js'), import('../email/catalog.js')]);
  let folder = line.templates;
  if (folder === undefined) {
    try {
      folder = loadConfig(io, line.config).templates;
    } catch {
      folder = undefined;
    }
  }
  const builtin = await loadCatalog();
  if (folder === undefined) return builtin.names();
  try {
    return (await loadCatalog({ userDir: path.resolve(io.cwd, folder) })).names();
  } catch {
    return builtin.names();
  }
}

async function mapCandidates(io: Io, word: string, line: CompletionLine): Promise<string[]> {
  const equals = word.indexOf('=');
  if (equals === -1) {
    const kinds = FIELDS_OF[line.command ?? ''] ?? [ORDER_FIELDS];
    return [...new Set(kinds.flat().map((field) => `${field.name}=`))];
  }
  const field = word.slice(0, equals);
  const [{ readFileHead }, { SNIFF_BYTES }] = await Promise.all([import('../ingest/read.js'), import('../ingest/sniff.js')]);
  const headersOf = (file: string) => readHeaders(file, (head) => readFileHead(head, file, {})?.headers, SNIFF_BYTES);
  for (const file of [...line.files].reverse()) {
    const headers = headersOf(path.resolve(io.cwd, file));
    if (headers !== undefined) return headers.filter((header) => header !== '').map((header) => `${field}=${header}`);
  }
  return [];
}

/** The header row of a CSV export, read from its first bytes as care reads it; undefined when it is not one. */
function readHeaders(file: string, headersIn: (head: Buffer) => string[] | undefined, bytes: number): string[] | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(bytes);
    const size = readSync(fd, head, 0, head.length, 0);
    return headersIn(head.subarray(0, size));
  } finally {
    closeSync(fd);
  }
}
