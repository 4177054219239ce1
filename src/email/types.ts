/**
 * Shared shapes of the email module: locales, variable types, parsed templates and
 * rendered messages.
 */

/** The locales `care` ships templates for: all of them. */
import type { Locale } from '../locale.js';

export { LOCALES, isLocale, type Locale } from '../locale.js';

/** The value types a template variable may declare; string input is coerced to them. */
export const VARIABLE_TYPES = ['text', 'number', 'integer', 'money', 'date', 'email'] as const;

/** A declared variable type. */
export type VariableType = (typeof VARIABLE_TYPES)[number];

/** One declared template variable (front matter `variables`). */
export interface VariableSpec {
  type: VariableType;
  description?: string;
  /** Optional variables may be absent; templates test them with {{#if}}. */
  optional: boolean;
}

/** The validated front matter of a template. */
export interface TemplateMeta {
  /** A Handlebars string rendered with the same data as the body. */
  subject: string;
  description?: string;
  /** dotted name → spec */
  variables: Record<string, VariableSpec>;
  /** Example data (nested), for previews and tests. */
  example?: Record<string, unknown>;
}

/** Where a template came from: shipped with `care`, or a `--templates DIR` override. */
export type TemplateOrigin = 'builtin' | 'user';

/** A template read from disk and parsed. */
export interface Template {
  name: string;
  locale: Locale;
  path: string;
  origin: TemplateOrigin;
  meta: TemplateMeta;
  /** The Handlebars body after the front matter. */
  body: string;
}

/** Data passed to a template: nested plain objects with primitive leaves. */
export type TemplateData = Record<string, unknown>;

/** A rendered message: subject and plain text always, HTML body when asked for. */
export interface RenderedMessage {
  template: string;
  locale: Locale;
  subject: string;
  text: string;
  html?: string;
}

/** The output formats of `care email`. */
export type EmailFormat = 'txt' | 'html' | 'eml';
