/**
 * Finds templates on disk: the built-in ones shipped in `templates/<locale>/` and user
 * templates from `--templates DIR` (same layout), which override built-ins of the same name
 * and locale. Partials come from `<locale>/partials/`, user partials overriding built-in ones.
 * This is one of the email module's two I/O edges (the other is sending).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { listDir, packagePath, readText as readFileText } from '../io/assets.js';
import { checkTemplateSyntax, parseTemplateFile } from './front-matter.js';
import { createRenderer, type TemplateRenderer } from './render.js';
import { LOCALES, type Locale, type Template, type TemplateOrigin } from './types.js';

/** A template file found on disk, not yet read. */
export interface TemplateFile {
  name: string;
  locale: Locale;
  path: string;
  origin: TemplateOrigin;
}

/** Where to look for templates. */
export interface CatalogOptions {
  /** Defaults to the `templates/` folder of the installed package. */
  builtinDir?: string;
  /** A user folder with the same `<locale>/<name>.hbs` layout, overriding built-ins. */
  userDir?: string;
}

/** The templates available to a run, by name and locale. */
export interface Catalog {
  /** Every template name, sorted. */
  names(): string[];
  /** The locales a template exists in. */
  locales(name: string): Locale[];
  /** A template name as given, or the complaint template for a complainer type (`voicer` → `complaint-voicer`). */
  resolveName(value: string): string | undefined;
  /** The file for a template and locale; UsageError (exit 2) with the known names when unknown. */
  file(name: string, locale: Locale): TemplateFile;
  /** Reads and parses a template. */
  load(name: string, locale: Locale): Promise<Template>;
  /** Partial sources of a locale, by partial name. */
  partials(locale: Locale): Promise<Record<string, string>>;
  /** A compiled renderer for a template and locale, cached for the catalog's lifetime. */
  renderer(name: string, locale: Locale): Promise<TemplateRenderer>;
}

const TEMPLATE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.hbs$/;

/** The built-in templates folder of the package (in the single-file executable, its assets: io/assets.ts). */
export function builtinTemplatesDir(): string {
  return packagePath('templates/');
}

/** Scans the built-in and user folders and returns the catalog. */
export async function loadCatalog(options: CatalogOptions = {}): Promise<Catalog> {
  const builtinDir = options.builtinDir ?? builtinTemplatesDir();
  const files = new Map<string, TemplateFile>();
  const partialFiles = new Map<Locale, Map<string, string>>();
  for (const locale of LOCALES) partialFiles.set(locale, new Map());

  const scan = async (root: string, origin: TemplateOrigin): Promise<void> => {
    for (const locale of LOCALES) {
      for (const entry of await listHbs(path.join(root, locale))) {
        files.set(`${entry.name}\u0000${locale}`, { name: entry.name, locale, path: entry.path, origin });
      }
      for (const entry of await listHbs(path.join(root, locale, 'partials'))) {
        partialFiles.get(locale)?.set(entry.name, entry.path);
      }
    }
  };
  await scan(builtinDir, 'builtin');
  if (options.userDir !== undefined) {
    await assertDirectory(options.userDir);
    await scan(options.userDir, 'user');
  }
  return buildCatalog(files, partialFiles);
}

function buildCatalog(files: Map<string, TemplateFile>, partialFiles: Map<Locale, Map<string, string>>): Catalog {
  const names = [...new Set([...files.values()].map((file) => file.name))].sort();
  const partialCache = new Map<Locale, Promise<Record<string, string>>>();
  const rendererCache = new Map<string, Promise<TemplateRenderer>>();

  const locales = (name: string): Locale[] => LOCALES.filter((locale) => files.has(`${name}\u0000${locale}`));

  const file = (name: string, locale: Locale): TemplateFile => {
    const found = files.get(`${name}\u0000${locale}`);
    if (found !== undefined) return found;
    const available = locales(name);
    if (available.length === 0) {
      throw new UsageError('CARE_UNKNOWN_TEMPLATE', `unknown template "${name}"`, {
        hint: names.length > 0 ? `known templates: ${names.join(', ')}` : 'no templates were found; check --templates DIR',
        say: say('error.unknownTemplate', { name }),
        hintSay: names.length > 0 ? say('hint.knownTemplates', { names: names.join(', ') }) : say('hint.noTemplates'),
      });
    }
    throw new UsageError('CARE_TEMPLATE_LOCALE', `template "${name}" has no "${locale}" version`, {
      hint: `use --locale ${available.join(' or --locale ')}`,
      say: say('error.templateNoLocale', { name, locale }),
      hintSay: say('hint.useLocales', { locales: available.join(', ') }),
    });
  };

  const load = async (name: string, locale: Locale): Promise<Template> => {
    const found = file(name, locale);
    const { meta, body } = parseTemplateFile(await readText(found.path), found.path);
    return { name, locale, path: found.path, origin: found.origin, meta, body };
  };

  const partials = (locale: Locale): Promise<Record<string, string>> => {
    let cached = partialCache.get(locale);
    if (cached === undefined) {
      cached = (async () => {
        const sources: Record<string, string> = {};
        for (const [name, partialPath] of partialFiles.get(locale) ?? []) {
          sources[name] = (await readText(partialPath)).replace(/\r\n?/g, '\n');
          checkTemplateSyntax(sources[name], partialPath);
        }
        return sources;
      })();
      partialCache.set(locale, cached);
    }
    return cached;
  };

  const renderer = (name: string, locale: Locale): Promise<TemplateRenderer> => {
    const key = `${name}\u0000${locale}`;
    let cached = rendererCache.get(key);
    if (cached === undefined) {
      cached = (async () => createRenderer(await load(name, locale), await partials(locale)))();
      rendererCache.set(key, cached);
    }
    return cached;
  };

  const resolveName = (value: string): string | undefined => {
    const wanted = value.trim().toLowerCase();
    if (names.includes(wanted)) return wanted;
    return names.includes(`complaint-${wanted}`) ? `complaint-${wanted}` : undefined;
  };

  return { names: () => [...names], locales, resolveName, file, load, partials, renderer };
}

async function listHbs(dir: string): Promise<{ name: string; path: string }[]> {
  let entries: string[];
  try {
    entries = await listDir(dir);
  } catch {
    return [];
  }
  return entries
    .map((entry) => ({ match: TEMPLATE_FILE.exec(entry), entry }))
    .filter((item): item is { match: RegExpExecArray; entry: string } => item.match !== null)
    .map(({ match, entry }) => ({ name: match[1] ?? entry, path: path.join(dir, entry) }));
}

async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info?.isDirectory() !== true) {
    throw new UsageError('CARE_TEMPLATES_DIR', `templates folder "${dir}" not found`, {
      hint: 'give a folder laid out as <locale>/<name>.hbs, e.g. my-templates/en/welcome.hbs',
      say: say('error.templatesDirMissing', { dir }),
      hintSay: say('hint.templatesLayout'),
    });
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFileText(file);
  } catch (error) {
    throw new UsageError('CARE_TEMPLATE_READ', `cannot read template: ${(error as Error).message}`, { file, say: say('error.cannotReadTemplate', { detail: (error as Error).message }) });
  }
}
