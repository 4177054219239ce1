#!/usr/bin/env node
/** Writes man/care.1 and man/care-COMMAND.1 from the built command table (run by `npm run build`). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from '../dist/cli/command-table.js';
import { commandManPage, overviewManPage } from '../dist/cli/man-page.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const folder = new URL('../man/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('care.1', folder), overviewManPage(COMMANDS, version));
for (const command of COMMANDS) writeFileSync(new URL(`care-${command.name}.1`, folder), commandManPage(command, version));
