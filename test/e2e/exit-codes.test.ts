import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanError, runCare } from '../helpers/run-care.js';

/* One exit-code map (docs/exit-codes.md): a user's mistake is 2 or 3 in one line, never 1 with a parser's picture. */
describe('a broken user template', () => {
  it('a block that is never closed: exit 2 naming the file and the line in it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-templates-'));
    mkdirSync(path.join(dir, 'en'));
    const file = path.join(dir, 'en', 'welcome.hbs');
    // Line 1–3 front matter, 4 greeting, 5 the {{#if}} that is never closed, 6 text.
    writeFileSync(file, '---\nsubject: Welcome\n---\nHello {{customer.name}},\n{{#if vip}}\nthank you\n');
    const run = runCare(['email', 'welcome', '--templates', dir, '--set', 'customer.name=Anna']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe(`care: ${file}, line 7: template syntax error: the template ends inside a block that is never closed`);
  });

  it('a tag that is not closed: exit 2 naming its line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-templates-'));
    mkdirSync(path.join(dir, 'en'));
    const file = path.join(dir, 'en', 'welcome.hbs');
    writeFileSync(file, '---\nsubject: Welcome\n---\nHello,\n\nDear {{customer.name}\n');
    const run = runCare(['email', 'welcome', '--templates', dir, '--set', 'customer.name=Anna']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe(`care: ${file}, line 6: template syntax error: a {{…}} tag that is not closed or not well formed`);
  });
});
