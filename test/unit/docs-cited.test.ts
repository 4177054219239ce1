/** Every docs/*.md that the code, the tests or the README cite is in the repository. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|mjs|md)$/.test(name) ? [full] : [];
  });
}

describe('cited docs', () => {
  it('exist', () => {
    const cited = new Set<string>();
    for (const file of [...files('src'), ...files('scripts'), ...files('docs'), 'README.md', 'bench/README.md']) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bdocs\/([a-z0-9-]+\.md)\b/g)) cited.add(match[1] as string);
    }
    expect(cited.size).toBeGreaterThan(5);
    expect([...cited].filter((name) => !existsSync(path.join('docs', name)))).toEqual([]);
  });
});
