/**
 * Splits a template file into its YAML front matter and Handlebars body, and validates the
 * front matter (docs/extending.md, "A new template") so a broken user template is reported with every issue at once.
 */
import Handlebars from 'handlebars';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { expandDotted } from './data.js';
import { VARIABLE_TYPES, type TemplateMeta, type VariableSpec, type VariableType } from './types.js';

const DOTTED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const variableSchema = z.union([
  // A bare type name, or a short description (then the type is text).
  z.string().min(1),
  z.strictObject({
    type: z.enum(VARIABLE_TYPES).default('text'),
    description: z.string().optional(),
    optional: z.boolean().default(false),
  }),
]);

const frontMatterSchema = z.strictObject({
  subject: z.string().min(1, 'subject must not be empty'),
  description: z.string().optional(),
  variables: z
    .record(z.string().regex(DOTTED_NAME, 'variable names are dotted identifiers, like customer.name'), variableSchema)
    .optional(),
  example: z.record(z.string(), z.unknown()).optional(),
});

/** A template file split into validated front matter and body. */
export interface ParsedTemplateFile {
  meta: TemplateMeta;
  body: string;
}

/** Parses `---\nYAML\n---\nbody`; `origin` (the file path) goes into error messages. */
export function parseTemplateFile(text: string, origin: string): ParsedTemplateFile {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (match === null) {
    throw new UsageError('CARE_TEMPLATE_FRONT_MATTER', 'the template has no front matter block', {
      file: origin,
      hint: 'start the file with a YAML block between "---" lines that sets at least `subject:`',
      say: say('error.noFrontMatter'),
      hintSay: say('hint.frontMatter'),
    });
  }
  const yamlText = match[1] ?? '';
  const body = source.slice(match[0].length);
  const raw = readYaml(yamlText, origin);
  checkTemplateSyntax(body, origin, match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0));
  const result = frontMatterSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    });
    throw new UsageError('CARE_TEMPLATE_FRONT_MATTER', `invalid front matter: ${issues.join('; ')}`, {
      file: origin,
      hint: 'see `care templates show welcome` for a working example',
      say: say('error.frontMatterInvalid', { issues: issues.join('; ') }),
      hintSay: say('hint.templateExample'),
    });
  }
  const { subject, description, variables, example } = result.data;
  const meta: TemplateMeta = { subject, variables: normaliseVariables(variables ?? {}) };
  if (description !== undefined) meta.description = description;
  if (example !== undefined) meta.example = expandDotted(example, origin);
  return { meta, body };
}

/** Handlebars' token names, said in words. */
const SYNTAX_WORDS: Record<string, string> = {
  INVALID: 'a {{…}} tag that is not closed or not well formed',
  EOF: 'the template ends inside a block that is never closed',
};

/**
 * A Handlebars syntax error in a user's template or partial is a usage error (exit 2) naming the
 * file and the line in it (`linesBefore`: the front matter's lines above the body), in one line
 * instead of Handlebars' three-line picture of the spot.
 */
export function checkTemplateSyntax(source: string, origin: string, linesBefore = 0): void {
  try {
    Handlebars.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^Parse error on line (\d+):/.exec(message);
    const expected = /got '([^']*)'\s*$/.exec(message);
    const what = expected === null ? message.split('\n')[0] : (SYNTAX_WORDS[expected[1]!] ?? `unexpected ${expected[1]}`);
    throw new UsageError('CARE_TEMPLATE_SYNTAX', `template syntax error: ${what}`, {
      file: origin,
      ...(at === null ? {} : { line: Number(at[1]) + linesBefore }),
      hint: 'check that every {{ has its }} and every {{#block}} its {{/block}}',
      say: say('error.templateSyntax', { what: what ?? '' }),
      hintSay: say('hint.braces'),
    });
  }
}

function readYaml(yamlText: string, origin: string): unknown {
  try {
    return parseYaml(yamlText);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new UsageError('CARE_TEMPLATE_FRONT_MATTER', `the front matter is not valid YAML: ${detail}`, {
      file: origin,
      say: say('error.frontMatterYaml', { detail: detail ?? '' }),
    });
  }
}

function normaliseVariables(
  variables: Record<string, z.infer<typeof variableSchema>>,
): Record<string, VariableSpec> {
  const specs: Record<string, VariableSpec> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value !== 'string') {
      specs[name] = value.description === undefined
        ? { type: value.type, optional: value.optional }
        : { type: value.type, description: value.description, optional: value.optional };
    } else if (isVariableType(value)) {
      specs[name] = { type: value, optional: false };
    } else {
      specs[name] = { type: 'text', description: value, optional: false };
    }
  }
  return specs;
}

function isVariableType(value: string): value is VariableType {
  return (VARIABLE_TYPES as readonly string[]).includes(value);
}
