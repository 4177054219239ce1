/** The man pages: one per command, generated from the command table at build time and installed through package.json. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/command-table.js';
import { commandManPage, overviewManPage } from '../../../src/cli/man-page.js';

describe('man pages', () => {
  it('package.json installs care.1 and one page per command, no more', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { man: string[]; files: string[] };
    expect([...manifest.man].sort()).toEqual(['./man/care.1', ...COMMANDS.map((command) => `./man/care-${command.name}.1`)].sort());
    expect(manifest.files).toContain('man');
  });

  it("a command's page has its synopsis and every option, with roff's escapes", () => {
    const retention = COMMANDS.find((command) => command.name === 'retention')!;
    const page = commandManPage(retention, '1.2.3');
    expect(page).toMatch(/^\.TH CARE-RETENTION 1 "" "care 1\.2\.3"/);
    expect(page).toContain('.B care retention\n[options] [orders]');
    for (const option of retention.options) expect(page).toContain(`.B ${option.flag.replaceAll('-', '\\-')}`);
  });

  it('care.1 lists --lang, the program option every command takes', () => {
    const page = overviewManPage(COMMANDS, '1.2.3');
    expect(page).toContain('.B care\n[\\-\\-lang en|ru|bg] <command> [options]');
    expect(page).toMatch(/\.SH OPTIONS\n\.TP\n\.B \\-\\-lang \\fIlang\\fR\n/);
  });

  it('npm run build wrote the pages (npm test builds before it runs vitest)', () => {
    for (const command of COMMANDS) expect(existsSync(`man/care-${command.name}.1`), command.name).toBe(true);
  });
});
