/** Our own templates must pass our own linter: every built-in template, in every locale, rendered with its example data. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/email/catalog.js';
import { lintMessage } from '../../../src/lint/index.js';

const catalog = await loadCatalog();
const cases = catalog.names().flatMap((name) => catalog.locales(name).map((locale) => [name, locale] as const));

describe('built-in templates', () => {
  it('are all here: every template in en, ru and bg', () => {
    expect(cases.length).toBe(catalog.names().length * 3);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s (%s) scores 90 or more', async (name, locale) => {
    const renderer = await catalog.renderer(name, locale);
    const message = renderer.render(renderer.template.meta.example ?? {});
    const result = lintMessage(message.text);
    expect(result.locale).toBe(locale);
    expect(result.score, JSON.stringify(result.findings, null, 2)).toBeGreaterThanOrEqual(90);
  });

  it('treat the complaint, reminder and notice templates as such', async () => {
    const kinds: Record<string, string> = {
      'complaint-voicer': 'complaint', 'complaint-irate': 'complaint', 'complaint-activist': 'complaint', 'complaint-silent': 'complaint',
      'apology-compensation': 'complaint', 'payment-reminder': 'reminder', 'weekend-notice': 'notice', 'out-of-hours': 'notice',
      // A re-order reminder has no invoice: a general reply, not a payment reminder.
      'reorder-reminder': 'general', welcome: 'general',
    };
    for (const [name, kind] of Object.entries(kinds)) {
      for (const locale of catalog.locales(name)) {
        const renderer = await catalog.renderer(name, locale);
        expect(lintMessage(renderer.render(renderer.template.meta.example ?? {}).text).kind, `${name} (${locale})`).toBe(kind);
      }
    }
  });
});
