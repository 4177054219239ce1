/** care templates check: each template, rendered with its example, checked by the lint-reply rules. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTemplates } from '../../src/commands/templates.js';
import { fakeIo } from '../helpers/fake-io.js';

const CURT = `---
subject: "Order"
description: "A reply nobody should send."
variables: {}
example: {}
---
Your order is late. Nothing we can do. Read the terms.
`;

function userTemplates(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-templates-'));
  mkdirSync(path.join(dir, 'en'));
  writeFileSync(path.join(dir, 'en', 'curt-late.hbs'), CURT);
  return dir;
}

describe('care templates check', () => {
  it('every built-in template, in every language, scores 90 or more with its own example', async () => {
    const io = fakeIo();
    await runTemplates(io, 'check', undefined, { format: 'json', failUnder: 90 });
    const checks = JSON.parse(io.out()) as { name: string; locale: string; score: number }[];
    expect(checks.length).toBeGreaterThanOrEqual(14 * 3);
    for (const check of checks) expect(check.score, `${check.name} (${check.locale})`).toBeGreaterThanOrEqual(90);
  });

  it('finds a curt template of your own and, with --fail-under, exits 4 naming it', async () => {
    const templates = userTemplates();
    const io = fakeIo();
    await expect(runTemplates(io, 'check', 'curt-late', { templates, failUnder: 80 })).rejects.toMatchObject({ exitCode: 4, code: 'CARE_SCORE_BELOW', message: expect.stringContaining('curt-late (en)') });
    expect(io.out()).toMatch(/curt-late\s+en\s+\d+\s+\S/);
  });
});

describe('care templates check: the languages of a template agree', () => {
  const en = `---
subject: "Your order {{order.id}}"
description: "x"
variables:
  order.id: { type: text }
  order.days: { type: number }
example: { order: { id: "A-1", days: 3 } }
---
Hello! Thank you for your order {{order.id}}. It will arrive in {{plural order.days one="day" other="days"}}. We are happy to help with any questions.
`;
  // The Russian variant drops {{order.id}} and offers only one/other forms of «день».
  const ru = `---
subject: "Ваш заказ"
description: "x"
variables:
  order.days: { type: number }
example: { order: { days: 3 } }
---
Здравствуйте! Спасибо за заказ. Он приедет через {{plural order.days one="день" other="дней"}}. Будем рады помочь, если появятся вопросы.
`;

  it('names a variable another language uses and the plural forms a language needs, and fails (exit 4)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-templates-'));
    for (const [locale, text] of [['en', en], ['ru', ru]] as const) {
      mkdirSync(path.join(dir, locale));
      writeFileSync(path.join(dir, locale, 'eta.hbs'), text);
    }
    const io = fakeIo();
    await expect(runTemplates(io, 'check', 'eta', { templates: dir })).rejects.toMatchObject({ exitCode: 4, code: 'CARE_TEMPLATE_PROBLEMS', message: expect.stringContaining('eta (ru)') });
    expect(io.out()).toContain('eta (ru): does not use order.id, which another language of it does');
    expect(io.out()).toContain('eta (ru): {{plural order.days …}} lacks the ru forms few, many');
    expect(io.out()).not.toContain('eta (en):');
  });
});
