/** `care config show`: every setting in effect, with the file it comes from (table or JSON). */
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

export function renderConfigShown(shown: ConfigShown, format: 'table' | 'json', color: boolean): string {
  if (format === 'json') return renderJson(withSchema('config', shown));
  const grid: Grid = {
    title: 'Settings in effect',
    columns: [{ key: 'key', label: 'Key' }, { key: 'value', label: 'Value' }, { key: 'source', label: 'From' }],
    rows: shown.settings.map((setting) => ({ key: setting.key, value: JSON.stringify(setting.value), source: `${setting.source}: ${setting.file}` })),
    notes: [
      `User settings: ${shown.files.user ?? 'none (no $XDG_CONFIG_HOME or $HOME)'}; project settings: ${shown.files.project ?? 'no care.config.json here or above'}.`,
      'A project setting wins over a user setting of the same key; the command line wins over both.',
    ],
  };
  return shown.settings.length === 0 ? `No settings: ${grid.notes?.[0]}\n` : renderTable(grid, { color });
}
