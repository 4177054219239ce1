/**
 * `care email TEMPLATE`: gathers data (--data, --set, --csv rows, prompts), renders strictly,
 * then prints, writes one file per message (--out-dir) or sends over SMTP (--send) with a
 * send log that makes re-runs send each message exactly once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { renderBatch, type BatchFailure, type BatchRow } from '../email/batch.js';
import type { Catalog } from '../email/catalog.js';
import { coerceValue, expandDotted, mergeData, parseAssignments, setPath } from '../email/data.js';
import { type DeliveryOptions, type EmailDeps, deliverDrafts, loadEmailCatalog, noPrompts, planDelivery, sendLogPath } from '../email/deliver.js';
import type { Draft } from '../email/outbox.js';
import { guardOutputs, toJson } from './output.js';
import { assertNoProblems } from '../email/render.js';
import type { SendSummaryJson } from '../email/send.js';
import type { Prompts } from '../email/prompts.js';
import type { Locale, TemplateData } from '../email/types.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { readKeyedRows } from '../ingest/keyed-rows.js';
import { withSchema } from '../report/schemas/ids.js';

/** Options of `care email`, as the CLI parses them: what delivery reads (src/email/deliver.ts), and the data of the messages. */
export interface EmailOptions extends DeliveryOptions {
  /** --set key=value (dotted keys), repeatable. */
  set?: string[];
  /** --data FILE.json: an object of variables (nested or dotted keys). */
  data?: string;
  /** --csv FILE (or - for stdin): one message per row. */
  csv?: string;
  /** --template-column COL: each row's template (name or complainer type). */
  templateColumn?: string;
  /** --interactive: ask for missing variables (only when stdin is a terminal). */
  interactive?: boolean;
  /** --delimiter/--encoding for --csv. */
  read?: ReadOptions;
}

/** What the command can be given instead of the real terminal and network: src/email/deliver.ts. */
export type { EmailDeps };

/** Runs `care email`. */
export async function runEmail(io: Io, templateName: string | undefined, options: EmailOptions, deps: EmailDeps = {}): Promise<void> {
  guardOutputs(io, { '--csv': options.csv, '--data': options.data }, { '--out-dir': options.outDir, '--send-log': options.send === true ? sendLogPath(io.cwd, options) : undefined });
  const plan = planDelivery(io, options);
  const catalog = await loadEmailCatalog(io, options);
  if (templateName !== undefined) catalog.file(templateName, plan.locale);

  const shared = mergeData(await readDataFile(io, options.data), parseAssignments(options.set ?? []));
  const { drafts, failures } = options.csv === undefined
    ? { drafts: [await renderOne(io, catalog, templateName, plan.locale, shared, plan.html, options, deps)], failures: [] as BatchFailure[] }
    : await renderRows(io, catalog, templateName, plan.locale, shared, plan.html, options);
  // --send --format json: the summary of what was sent is the command's output.
  const onSendSummary = plan.summaryJson ? (summary: SendSummaryJson) => io.stdout.write(toJson(withSchema('email', summary))) : deps.onSendSummary;
  await deliverDrafts(io, drafts, failures, plan, options, onSendSummary === undefined ? deps : { ...deps, onSendSummary });
}

async function readDataFile(io: Io, file: string | undefined): Promise<TemplateData> {
  if (file === undefined) return {};
  const full = path.resolve(io.cwd, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(full, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new InputError('CARE_BAD_DATA_FILE', `cannot read --data: ${reason}`, { file, say: say('error.cannotReadData', { reason }) });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('CARE_BAD_DATA_FILE', '--data must hold one JSON object of variables', {
      file,
      hint: 'for example {"customer": {"name": "Anna"}} or {"customer.name": "Anna"}',
      say: say('error.dataNotObject'),
      hintSay: say('hint.dataExample'),
    });
  }
  return expandDotted(parsed as Record<string, unknown>, file);
}

async function renderOne(
  io: Io, catalog: Catalog, templateName: string | undefined, locale: Locale,
  shared: TemplateData, html: boolean, options: EmailOptions, deps: EmailDeps,
): Promise<Draft> {
  if (templateName === undefined) {
    throw new UsageError('CARE_NO_TEMPLATE', 'name the template to render', {
      hint: `known templates: ${catalog.names().join(', ')}`,
      say: say('error.nameTemplate'),
      hintSay: say('hint.knownTemplates', { names: catalog.names().join(', ') }),
    });
  }
  const renderer = await catalog.renderer(templateName, locale);
  let data = shared;
  // Never prompt without a terminal: then the strict exit-2 error names what is missing.
  if (options.interactive === true && io.isTTY.stdin) {
    data = await askForMissing(renderer.template.meta.variables, renderer.prepare(data).problems, data, deps.prompts ?? noPrompts());
  }
  assertNoProblems(renderer.prepare(data).problems, renderer.template);
  const message = renderer.render(data, { html });
  const recipient = recipientFrom(data);
  return recipient === undefined ? { message, data } : { message, data, recipient };
}

function recipientFrom(data: TemplateData): string | undefined {
  const value = (data.email ?? (data.customer as Record<string, unknown> | undefined)?.email) as unknown;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

async function askForMissing(
  specs: Readonly<Record<string, { type: import('../email/types.js').VariableType; description?: string }>>,
  problems: { missing: string[]; invalid: { name: string }[] },
  data: TemplateData,
  prompts: Prompts,
): Promise<TemplateData> {
  const answers = structuredClone(data);
  for (const name of [...problems.missing, ...problems.invalid.map((item) => item.name)]) {
    const spec = specs[name];
    const type = spec?.type ?? 'text';
    const label = spec?.description === undefined ? name : `${name} (${spec.description})`;
    const answer = await prompts.input(label, (value) => {
      if (value.trim() === '') return 'a value is needed';
      const coerced = coerceValue(value, type);
      return coerced.ok ? true : coerced.reason;
    });
    setPath(answers, name, answer);
  }
  return answers;
}

async function renderRows(
  io: Io, catalog: Catalog, templateName: string | undefined, locale: Locale,
  shared: TemplateData, html: boolean, options: EmailOptions,
): Promise<{ drafts: Draft[]; failures: BatchFailure[] }> {
  const { headers, rows } = await readKeyedRows(io, options.csv ?? '-', options.read ?? {});
  const column = options.templateColumn;
  if (column !== undefined && !headers.includes(column)) {
    throw new UsageError('CARE_NO_TEMPLATE_COLUMN', `--template-column "${column}" is not a column of the file`, {
      hint: `columns: ${headers.join(', ')}`,
      say: say('error.templateColumnMissing', { column }),
      hintSay: say('hint.columns', { columns: headers.join(', ') }),
    });
  }
  if (column === undefined && templateName === undefined) {
    throw new UsageError('CARE_NO_TEMPLATE', 'name the template, or pick one per row with --template-column COL', {
      hint: `known templates: ${catalog.names().join(', ')}`,
      say: say('error.nameTemplateOrColumn'),
      hintSay: say('hint.knownTemplates', { names: catalog.names().join(', ') }),
    });
  }
  const batch = await renderBatch(rows, {
    catalog, locale, html, shared,
    ...(templateName === undefined ? {} : { template: templateName }),
    ...(column === undefined ? {} : { templateColumn: column }),
  });
  return { drafts: batch.items, failures: batch.failures };
}

/** Table rows as the batch renderer takes them. */
export type { BatchRow };
