/**
 * `care templates [list|show NAME]`: what templates exist (name, locales, description), and
 * one template in detail: its variables and the message it renders with its example data.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { type MessageKey, type Params, say, translate } from '../i18n/index.js';
import { loadCatalog, type Catalog } from '../email/catalog.js';
import { isLocale, LOCALES, type Locale } from '../email/types.js';
import type { Io } from '../io/types.js';
import { checkTemplates, reportTemplateChecks } from './templates-check.js';
import { schemaId } from '../report/schemas/ids.js';

/** Options of `care templates`. */
export interface TemplatesOptions {
  /** --locale en|ru|bg: which version to describe and render (default: config, else en). */
  locale?: string;
  /** --templates DIR: user templates overriding built-ins. */
  templates?: string;
  /** --format table|json (default table). */
  format?: string;
  config?: { locale?: string; templates?: string };
  /** check: exit 4 when a template scores below this (0–100). */
  failUnder?: number;
}

/** One row of `care templates list`. */
export interface TemplateListing {
  name: string;
  locales: Locale[];
  origin: 'builtin' | 'user';
  description: string;
}

/** Runs `care templates list` (the default) or `care templates show NAME`. */
export async function runTemplates(io: Io, action: string | undefined, name: string | undefined, options: TemplatesOptions = {}): Promise<void> {
  const locale = pickLocale(options.locale ?? options.config?.locale);
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UsageError('CARE_BAD_FORMAT', `unknown format "${format}"`, { hint: 'use --format table or json', say: say('error.unknownFormat', { value: format }), hintSay: say('hint.formatsTableJson') });
  }
  const templatesDir = options.templates ?? options.config?.templates;
  const catalog = await loadCatalog(templatesDir === undefined ? {} : { userDir: path.resolve(io.cwd, templatesDir) });
  switch (action ?? 'list') {
    case 'list':
      return listTemplates(io, catalog, locale, format);
    case 'check':
      return reportTemplateChecks(io, await checkTemplates(catalog, name), format, options.failUnder);
    case 'show':
      if (name === undefined) {
        throw new UsageError('CARE_NO_TEMPLATE', 'name the template to show', {
          hint: `known templates: ${catalog.names().join(', ')}`, say: say('error.nameTemplateToShow'), hintSay: say('hint.knownTemplates', { names: catalog.names().join(', ') }),
        });
      }
      return showTemplate(io, catalog, name, locale, format);
    default:
      throw new UsageError('CARE_BAD_ACTION', `unknown action "${action ?? ''}"`, {
        hint: 'use `care templates list`, `care templates show NAME` or `care templates check [NAME]`', say: say('error.unknownAction', { value: action ?? '' }), hintSay: say('hint.templateActions'),
      });
  }
}

function pickLocale(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (isLocale(value)) return value;
  throw new UsageError('CARE_BAD_LOCALE', `unknown locale "${value}"`, { hint: `use --locale ${LOCALES.join(', ')}`, say: say('error.unknownLocale', { value }), hintSay: say('hint.useLocaleList', { locales: LOCALES.join(', ') }) });
}

/** Lists every template, described in the requested locale when it has one. */
export async function listingOf(catalog: Catalog, locale: Locale): Promise<TemplateListing[]> {
  const listing: TemplateListing[] = [];
  for (const name of catalog.names()) {
    const locales = catalog.locales(name);
    const shown = locales.includes(locale) ? locale : (locales[0] ?? locale);
    const template = await catalog.load(name, shown);
    listing.push({ name, locales, origin: template.origin, description: template.meta.description ?? '' });
  }
  return listing;
}

async function listTemplates(io: Io, catalog: Catalog, locale: Locale, format: string): Promise<void> {
  const listing = await listingOf(catalog, locale);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
    return;
  }
  const t = (key: MessageKey): string => translate(io.lang, key);
  const rows = listing.map((item) => [item.origin === 'user' ? `${item.name} *` : item.name, item.locales.join(' '), item.description]);
  const header = [t('table.templates.template'), t('table.templates.locales'), t('table.templates.description')];
  const widths = [0, 1].map((column) => Math.max(header[column]?.length ?? 0, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]): string => cells.map((cell, index) => (index < 2 ? cell.padEnd(widths[index] ?? 0) : cell)).join('  ').trimEnd();
  io.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  if (listing.some((item) => item.origin === 'user')) io.stdout.write(`\n${t('table.templates.fromUser')}\n`);
}

async function showTemplate(io: Io, catalog: Catalog, name: string, locale: Locale, format: string): Promise<void> {
  const renderer = await catalog.renderer(name, locale);
  const { template } = renderer;
  const example = template.meta.example ?? {};
  const message = renderer.render(example);
  const variables = renderer.variables.map(({ name: variable, required }) => {
    const spec = template.meta.variables[variable];
    return { name: variable, type: spec?.type ?? 'text', required, description: spec?.description ?? '' };
  });
  if (format === 'json') {
    const view = { schema: schemaId('templates.show'), name, locale, locales: catalog.locales(name), origin: template.origin, path: template.path,
      description: template.meta.description ?? '', variables, example, rendered: { subject: message.subject, text: message.text } };
    io.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    return;
  }
  const nameWidth = Math.max(...variables.map((item) => item.name.length));
  const t = (key: MessageKey, params?: Params): string => translate(io.lang, key, params);
  const origin = template.origin === 'user' ? t('table.templates.fromFile', { path: template.path }) : t('table.templates.builtIn');
  const required = t('table.templates.required');
  const optional = t('table.templates.optional');
  const flagWidth = Math.max(required.length, optional.length);
  // "required" and "optional" padded to the longer of the two, so the descriptions line up in every language.
  const out = [
    t('table.templates.heading', { name, locale, locales: catalog.locales(name).join(', '), origin }),
    template.meta.description ?? '',
    '',
    t('table.templates.variables'),
    ...variables.map((item) => `  ${item.name.padEnd(nameWidth)}  ${item.type.padEnd(7)}  ${(item.required ? required : optional).padEnd(flagWidth)}  ${item.description}`.trimEnd()),
    '',
    t('table.templates.rendered'),
    '',
    t('table.templates.subject', { subject: message.subject }),
    '',
    message.text.trimEnd(),
    '',
  ];
  io.stdout.write(out.join('\n'));
}
