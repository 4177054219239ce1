/**
 * The layers of src/ as data (docs/extending.md, "Layers"): read by scripts/check-layers.mjs, which
 * checks every import, and scripts/oxlint-config.mjs, which writes oxlintrc.json from it.
 */

/** Each third-party package in its layer: the folder of src/ that alone may import it. */
export const PACKAGE_HOMES = {
  'csv-parse': 'ingest',
  papaparse: 'ingest',
  handlebars: 'email',
  nodemailer: 'email',
  'cli-table3': 'report',
  chalk: 'report',
  'csv-stringify': 'report',
  commander: 'cli',
  '@inquirer/prompts': 'cli',
  '@duckdb/node-api': 'sql',
  pg: 'sql',
};
