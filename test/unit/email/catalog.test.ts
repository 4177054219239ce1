import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { builtinTemplatesDir, loadCatalog } from '../../../src/email/catalog.js';
import { LOCALES } from '../../../src/email/types.js';

const ISSUE_6_TEMPLATES = [
  'complaint-voicer', 'complaint-irate', 'complaint-activist', 'complaint-silent', 'apology-compensation',
  'payment-reminder', 'reorder-reminder', 'win-back', 'after-sale-thanks', 'welcome', 'anniversary',
  'feedback-request', 'out-of-hours', 'weekend-notice',
];

describe('built-in catalog', async () => {
  const catalog = await loadCatalog();

  it('finds the templates folder from the module location', () => {
    expect(builtinTemplatesDir()).toMatch(/templates[/\\]$/);
  });

  it('has every template the issue asks for, in every locale', () => {
    expect(catalog.names()).toEqual([...ISSUE_6_TEMPLATES].sort());
    for (const name of catalog.names()) expect(catalog.locales(name)).toEqual([...LOCALES]);
  });

  for (const name of ISSUE_6_TEMPLATES) {
    for (const locale of LOCALES) {
      it(`renders ${name} (${locale}) with its own example data, as text and HTML`, async () => {
        const renderer = await catalog.renderer(name, locale);
        const { meta } = renderer.template;
        expect(meta.description).toBeTruthy();
        expect(meta.example).toBeDefined();
        const message = renderer.render(meta.example ?? {}, { html: true });
        expect(message.subject).not.toMatch(/\{\{|\}\}|undefined|null/);
        expect(message.text).not.toMatch(/\{\{|\}\}|undefined|null|\.\.(?!\.)/);
        // Greeting by name, signature with name and team (the shared partials).
        const example = meta.example as { customer: { name: string }; agent: { name: string; team: string } };
        expect(message.text.split('\n')[0]).toContain(example.customer.name);
        expect(message.text.trimEnd().split('\n').slice(-2).join('\n')).toContain(example.agent.name);
        expect(message.text.trimEnd().split('\n').at(-1)).toContain(example.agent.team);
        expect(message.html).toContain(`<html lang="${locale}">`);
        // Every variable the template uses is declared with a type.
        for (const { name: variable } of renderer.variables) expect(meta.variables[variable], variable).toBeDefined();
      });
    }
  }

  it('declares the same variables in every locale of a template', async () => {
    for (const name of catalog.names()) {
      const [first, ...rest] = await Promise.all(LOCALES.map((locale) => catalog.load(name, locale)));
      for (const other of rest) expect(other.meta.variables, `${name} ${other.locale}`).toEqual(first?.meta.variables);
    }
  });

  it('picks the complaint template for a complainer type', () => {
    expect(catalog.resolveName('voicer')).toBe('complaint-voicer');
    expect(catalog.resolveName('Activist')).toBe('complaint-activist');
    expect(catalog.resolveName('welcome')).toBe('welcome');
    expect(catalog.resolveName('grumpy')).toBeUndefined();
  });

  it('names the known templates when asked for an unknown one', () => {
    let error: unknown;
    try {
      catalog.file('complaint-responce', 'en');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).hint).toContain('complaint-voicer');
    expect((error as UsageError).hint).toContain('weekend-notice');
  });
});

describe('user templates', () => {
  it('override built-ins of the same name and locale, and may add new ones and partials', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'care-templates-'));
    await mkdir(path.join(dir, 'en', 'partials'), { recursive: true });
    await writeFile(path.join(dir, 'en', 'welcome.hbs'), '---\nsubject: Hi {{customer.name}}\n---\n{{> greeting}}\nOurs.\n');
    await writeFile(path.join(dir, 'en', 'partials', 'greeting.hbs'), 'Dear {{customer.name}},\n');
    await writeFile(path.join(dir, 'en', 'promo.hbs'), '---\nsubject: Promo\n---\nBody\n');
    const catalog = await loadCatalog({ userDir: dir });
    const renderer = await catalog.renderer('welcome', 'en');
    expect(renderer.template.origin).toBe('user');
    expect(renderer.render({ customer: { name: 'Anna' } }).text).toBe('Dear Anna,\nOurs.\n');
    expect(catalog.names()).toContain('promo');
    expect((await catalog.load('welcome', 'ru')).origin).toBe('builtin');
  });

  it('reports a broken front matter with the file and every issue', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'care-templates-'));
    await mkdir(path.join(dir, 'en'), { recursive: true });
    await writeFile(path.join(dir, 'en', 'bad.hbs'), '---\ndescription: 5\nvariables:\n  "bad name": text\n---\nBody\n');
    const catalog = await loadCatalog({ userDir: dir });
    await expect(catalog.load('bad', 'en')).rejects.toThrow(/subject.*bad name|bad name.*subject/s);
  });

  it('refuses a --templates folder that does not exist', async () => {
    await expect(loadCatalog({ userDir: '/no/such/folder' })).rejects.toMatchObject({ exitCode: 2 });
  });
});
