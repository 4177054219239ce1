/**
 * Commands orchestrate (docs/extending.md, "A new command"): load config → read → compute →
 * render → write. A command file that grows past 200 lines is doing a domain module's or a
 * view's work, and that work belongs in src/metrics, src/report, src/ingest or src/email.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const COMMANDS = path.resolve('src/commands');

describe('src/commands', () => {
  it('has no file over 200 lines', () => {
    const long = readdirSync(COMMANDS)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => ({ name, lines: readFileSync(path.join(COMMANDS, name), 'utf8').trimEnd().split('\n').length }))
      .filter((file) => file.lines > 200);
    expect(long).toEqual([]);
  });
});
