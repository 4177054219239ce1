/**
 * One home for text matching: the word and stem matcher, the tokenizer and the text cap live in
 * src/text, and src/classify and src/lint both import them from there; the reply linter takes
 * nothing from the classifier (docs/guarantees.md, "Text work is linear").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/datasets.js';

function importsOf(folder: string): { file: string; from: string }[] {
  const dir = path.join(repoRoot, 'src', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...readFileSync(path.join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => ({ file: `${folder}/${name}`, from: match[1]! })));
}

describe('the stem matcher', () => {
  it('is imported by lint from src/text, never from src/classify', () => {
    const lint = importsOf('lint');
    expect(lint.filter((entry) => entry.from.startsWith('../classify/'))).toEqual([]);
    expect(lint.some((entry) => entry.from === '../text/matcher.js')).toBe(true);
  });

  it('is imported by classify from src/text', () => {
    expect(importsOf('classify').some((entry) => entry.from === '../text/matcher.js')).toBe(true);
  });
});
