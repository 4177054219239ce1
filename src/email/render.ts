/**
 * Strict rendering: checks the data against what the template uses and declares, reports
 * every missing or ill-typed variable in one exit-2 error, then renders the subject (one
 * line), the plain-text body (values as they are) and, on request, an HTML body in which
 * every value and every literal character is escaped.
 */
import Handlebars from 'handlebars';
import { isCareError, UsageError } from '../errors.js';
import { say, type MessageRef } from '../i18n/index.js';
import { coerceValue, getPath, isMissing, setPath } from './data.js';
import { createHelpers } from './helpers.js';
import type { RenderedMessage, Template, TemplateData } from './types.js';
import { scanVariables } from './variables.js';

/** What is wrong with the data for a template: every missing and every ill-typed variable. */
export interface DataProblems {
  missing: string[];
  invalid: { name: string; reason: string }[];
}

/** Data checked against a template: coerced to the declared types, with the problems found. */
export interface PreparedData {
  data: TemplateData;
  problems: DataProblems;
}

/** A template compiled once, for rendering many messages (a batch) with different data. */
export interface TemplateRenderer {
  template: Template;
  /** Required variables first, each with its declared type (text when undeclared). */
  variables: { name: string; required: boolean }[];
  /** Coerces and checks data; never throws for data problems. */
  prepare(data: TemplateData): PreparedData;
  /** Renders with checked data; throws one UsageError naming every problem. */
  render(data: TemplateData, options?: { html?: boolean }): RenderedMessage;
}

// Handlebars' own escape set; used for literal template text as well as values.
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;',
};

/** Escapes text for HTML the way Handlebars escapes values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => HTML_ESCAPES[char] ?? char);
}

// Prototype access stays off even if Handlebars' defaults change; no helper is ever missing silently.
const RUNTIME_SAFETY = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} as const;

type Mode = 'text' | 'html';

/** Compiles a template (with the partials of its locale) for repeated strict rendering. */
export function createRenderer(template: Template, partials: Readonly<Record<string, string>>): TemplateRenderer {
  const uses = scanVariables([template.meta.subject, template.body], partials);
  const declared = template.meta.variables;
  const names = new Set([...Object.keys(declared), ...uses.keys()]);
  const variables = [...names].map((name) => {
    const spec = declared[name];
    const required = spec === undefined ? uses.get(name)?.required === true : !spec.optional;
    return { name, required };
  });
  variables.sort((a, b) => Number(b.required) - Number(a.required));

  const helpers = createHelpers(template.locale);
  const env = Handlebars.create();
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (key: string, source: string, mode: Mode): Handlebars.TemplateDelegate => {
    const cacheKey = `${mode}:${key}`;
    let fn = compiled.get(cacheKey);
    if (fn === undefined) {
      const input = mode === 'html' ? escapedAst(source) : source;
      fn = env.compile(input, { strict: true, noEscape: mode === 'text' });
      compiled.set(cacheKey, fn);
    }
    return fn;
  };
  const run = (key: string, source: string, mode: Mode, data: TemplateData): string => {
    const partialFns: Record<string, Handlebars.TemplateDelegate> = {};
    for (const [name, partialSource] of Object.entries(partials)) {
      partialFns[name] = compile(`partial:${name}`, partialSource, mode);
    }
    try {
      return compile(key, source, mode)(data, { ...RUNTIME_SAFETY, helpers, partials: partialFns });
    } catch (error) {
      if (isCareError(error)) throw error;
      throw new UsageError('CARE_TEMPLATE_ERROR', `template "${template.name}" (${template.locale}) failed: ${(error as Error).message}`, {
        file: template.path,
        say: say('error.templateFailed', { name: template.name, locale: template.locale, detail: (error as Error).message }),
      });
    }
  };

  const prepare = (input: TemplateData): PreparedData => {
    const data = structuredClone(input);
    const problems: DataProblems = { missing: [], invalid: [] };
    for (const { name, required } of variables) {
      const value = getPath(data, name);
      if (isMissing(value)) {
        if (required) problems.missing.push(name);
        // Strict mode throws on absent keys; optional variables render as empty instead.
        else trySet(data, name, null);
        continue;
      }
      const spec = declared[name];
      if (spec === undefined) continue;
      const coerced = coerceValue(value, spec.type);
      if (coerced.ok) setPath(data, name, coerced.value);
      else problems.invalid.push({ name, reason: coerced.reason });
    }
    return { data, problems };
  };

  const render = (input: TemplateData, options: { html?: boolean } = {}): RenderedMessage => {
    const { data, problems } = prepare(input);
    assertNoProblems(problems, template);
    const message: RenderedMessage = {
      template: template.name,
      locale: template.locale,
      subject: oneLine(run('subject', template.meta.subject, 'text', data)),
      text: tidyText(run('body', template.body, 'text', data)),
    };
    if (options.html === true) {
      message.html = htmlDocument(tidyText(run('body', template.body, 'html', data)), message.subject, template.locale);
    }
    return message;
  };

  return { template, variables, prepare, render };
}

/** Throws one UsageError (exit 2) naming every missing and every ill-typed variable. */
export function assertNoProblems(problems: DataProblems, template: Pick<Template, 'name' | 'locale'>): void {
  const parts: string[] = [];
  if (problems.missing.length > 0) parts.push(`missing ${problems.missing.length === 1 ? 'variable' : 'variables'}: ${problems.missing.join(', ')}`);
  for (const { name, reason } of problems.invalid) parts.push(`${name}: ${reason}`);
  if (parts.length === 0) return;
  throw new UsageError('CARE_TEMPLATE_DATA', `template "${template.name}" (${template.locale}): ${parts.join('; ')}`, {
    hint: 'give values with --set name=value, --data FILE.json or CSV columns, or ask for them with --interactive',
    say: say('error.templateData', { name: template.name, locale: template.locale, problems: dataProblemRefs(problems) }),
    hintSay: say('hint.giveValues'),
  });
}

/** The parts of assertNoProblems' message as catalog entries (a reason stays as the check wrote it). */
function dataProblemRefs(problems: DataProblems): MessageRef[] {
  const refs: MessageRef[] = [];
  if (problems.missing.length > 0) refs.push(say('part.missingVariables', { count: problems.missing.length, names: problems.missing.join(', ') }));
  for (const { name, reason } of problems.invalid) refs.push(say('part.invalidVariable', { name, reason }));
  return refs;
}

function trySet(data: TemplateData, name: string, value: unknown): void {
  try {
    setPath(data, name, value);
  } catch {
    // A parent already holds a plain value; strict rendering will name the variable.
  }
}

/** Parses a template and escapes its literal text and forces escaping of every {{value}}. */
function escapedAst(source: string): hbs.AST.Program {
  const program = Handlebars.parse(source);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === 'ContentStatement') {
      const content = node as hbs.AST.ContentStatement;
      content.value = escapeHtml(content.value);
      return;
    }
    // {{{triple}}} and {{& amp}} would bypass escaping; HTML output escapes every value.
    if (record.type === 'MustacheStatement') (node as hbs.AST.MustacheStatement).escaped = true;
    for (const key of ['body', 'program', 'inverse']) visit(record[key]);
  };
  visit(program);
  return program;
}

/** Collapses a rendered subject to one line: data can never add a header line. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

// A date like "12 января 2026 г." may end a sentence; typography drops the second full stop.
const DOUBLED_FULL_STOP = /(?<!\.)\.\.(?!\.)/g;

function tidyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(DOUBLED_FULL_STOP, '.').trim()}\n`;
}

/** Turns escaped plain text into HTML: blank-line paragraphs, "- " lists, line breaks. */
function htmlBody(escaped: string): string {
  return escaped
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => /^[-•] /.test(line))) {
        return `<ul>\n${lines.map((line) => `  <li>${line.slice(2)}</li>`).join('\n')}\n</ul>`;
      }
      if (lines.every((line) => /^\d+\. /.test(line))) {
        return `<ol>\n${lines.map((line) => `  <li>${line.replace(/^\d+\. /, '')}</li>`).join('\n')}\n</ol>`;
      }
      return `<p>${lines.join('<br>\n')}</p>`;
    })
    .join('\n');
}

function htmlDocument(escapedBody: string, subject: string, lang: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>' + escapeHtml(subject) + '</title></head>',
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    htmlBody(escapedBody),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
