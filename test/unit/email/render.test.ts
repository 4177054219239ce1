import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { createRenderer } from '../../../src/email/render.js';
import type { Template, TemplateMeta } from '../../../src/email/types.js';

function template(body: string, meta: Partial<TemplateMeta> = {}): Template {
  return {
    name: 'test', locale: 'en', path: '/virtual/test.hbs', origin: 'user', body,
    meta: { subject: meta.subject ?? 'Hello {{customer.name}}', variables: meta.variables ?? {}, ...(meta.example ? { example: meta.example } : {}) },
  };
}

const partials = { greeting: 'Hello {{customer.name}},\n', signature: '{{agent.name}}\n{{agent.team}}\n' };

function thrown(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('strict rendering', () => {
  it('names every missing variable in one exit-2 error, partials and subject included', () => {
    const renderer = createRenderer(template('{{> greeting}}\nYour invoice {{invoice.number}}.\n{{> signature}}'), partials);
    const error = thrown(() => renderer.render({ customer: { name: 'Anna' } }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('invoice.number');
    expect(error.message).toContain('agent.name');
    expect(error.message).toContain('agent.team');
    expect(error.message).not.toContain('customer.name');
  });

  it('treats blank strings as missing and reports ill-typed values', () => {
    const renderer = createRenderer(template('{{money amount currency}} due {{date due}}', {
      variables: { amount: { type: 'money', optional: false }, due: { type: 'date', optional: false } },
    }), {});
    const error = thrown(() => renderer.render({ customer: { name: ' ' }, amount: 'lots', currency: 'USD', due: '2026-01-32' }));
    expect(error.message).toContain('customer.name');
    expect(error.message).toMatch(/amount: "lots" is not a number/);
    expect(error.message).toMatch(/due: "2026-01-32" is not an ISO date/);
  });

  it('lets variables used only under {{#if}} be absent', () => {
    const renderer = createRenderer(template('Hi{{#if coupon.code}} use {{coupon.code}}{{/if}}.'), {});
    expect(renderer.render({ customer: { name: 'Anna' } }).text).toBe('Hi.\n');
    expect(renderer.render({ customer: { name: 'Anna' }, coupon: { code: 'X1' } }).text).toBe('Hi use X1.\n');
  });

  it('coerces string input to declared types before helpers see it', () => {
    const renderer = createRenderer(template('{{money amount "USD"}}', { variables: { amount: { type: 'money', optional: false } } }), {});
    expect(renderer.render({ customer: { name: 'A' }, amount: '1 234,50' }).text).toBe('$1,234.50\n');
  });
});

describe('escaping', () => {
  const data = { customer: { name: '<script>alert(1)</script>' }, note: 'Tom & Jerry' };

  it('escapes every value in HTML, triple-stash included, and leaves text output as written', () => {
    const renderer = createRenderer(template('{{> greeting}}\n{{{note}}} <b>literal</b>'), partials);
    const message = renderer.render(data, { html: true });
    expect(message.text).toContain('Hello <script>alert(1)</script>,');
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(message.html).toContain('Tom &amp; Jerry');
    expect(message.html).toContain('&lt;b&gt;literal&lt;/b&gt;');
    expect(message.html).toContain('<title>Hello &lt;script&gt;');
  });

  it('keeps the subject on one line whatever the data holds', () => {
    const renderer = createRenderer(template('Body'), {});
    const message = renderer.render({ customer: { name: 'Anna\r\nBcc: victim@example.com' } });
    expect(message.subject).toBe('Hello Anna Bcc: victim@example.com');
  });

  it('turns paragraphs and lists into HTML', () => {
    const renderer = createRenderer(template('One\n\n- a\n- b\n\nTwo\nlines'), {});
    const html = renderer.render({ customer: { name: 'A' } }, { html: true }).html ?? '';
    expect(html).toContain('<p>One</p>');
    expect(html).toContain('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>');
    expect(html).toContain('<p>Two<br>\nlines</p>');
  });
});

describe('prototype safety', () => {
  it('does not reach object prototypes from a template', () => {
    const lookup = createRenderer(template('[{{lookup customer "__proto__"}}][{{lookup customer "constructor"}}]'), {});
    expect(lookup.render({ customer: { name: 'Anna' } }).text).toBe('[][]\n');
    // Strict mode sees no own "constructor": an exit-2 error, never the Object function.
    const walk = createRenderer(template('{{#with customer}}{{constructor.name}}{{/with}}'), {});
    const error = thrown(() => walk.render({ customer: { name: 'Anna' } }));
    expect(error.exitCode).toBe(2);
    expect(error.message).not.toContain('Object');
  });

  it('refuses data keys that would reach a prototype', () => {
    const renderer = createRenderer(template('x'), {});
    expect(() => renderer.render(JSON.parse('{"customer":{"name":"A"},"__proto__":{"polluted":1}}') as Record<string, unknown>)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
