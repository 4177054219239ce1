/** Plain tables (headers + rows with line numbers): re-exported for commands such as care email --csv. */
export { readTable } from './records.js';
export { fileSource, openSource, stdinSource } from './source.js';
