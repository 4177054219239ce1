/** `care config show`: every setting in effect, with the file it comes from (table or JSON). */
import { say, sayIn } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { Grid } from './grid.js';
import { renderJson } from './render-json.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

export interface ConfigSetting {
  key: string;
  value: unknown;
  source: 'user' | 'project';
  file: string;
}

export interface ConfigShown {
  files: { user: string | null; project: string | null };
  settings: ConfigSetting[];
}

/** The settings as JSON, or as a table whose title, labels and notes are in `lang`. */
export function renderConfigShown(shown: ConfigShown, format: 'table' | 'json', color: boolean, lang?: Locale): string {
  if (format === 'json') return renderJson(withSchema('config', shown));
  const t = (ref: ReturnType<typeof say>): string => sayIn(lang ?? 'en', ref);
  const files = say('table.config.files', {
    user: shown.files.user ?? say('table.config.noUserFile'),
    project: shown.files.project ?? say('table.config.noProjectFile'),
  });
  const grid: Grid = {
    title: say('table.config.title'),
    columns: [{ key: 'key', label: say('table.config.key') }, { key: 'value', label: say('table.config.value') }, { key: 'source', label: say('table.config.from') }],
    rows: shown.settings.map((setting) => ({ key: setting.key, value: JSON.stringify(setting.value), source: `${t(say(`table.config.source.${setting.source}`))}: ${setting.file}` })),
    notes: [files, say('table.config.precedence')],
  };
  return shown.settings.length === 0 ? `${t(say('table.config.none', { files }))}\n` : renderTable(grid, { color, lang });
}
