/**
 * Reads a campaign file (report/campaign-file.ts; docs/definitions.md, "Lift") back: every row
 * checked, a bad one is one line naming the file, line and field (exit 3).
 */
import { InputError } from '../errors.js';
import { say, type MessageRef } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { CAMPAIGN_COLUMNS, type CampaignGroup, type CampaignRow } from '../model/campaign.js';
import { parseIsoDay } from '../time/days.js';
import { normalizeCustomerId } from './customer-id.js';
import { readKeyedRows } from './keyed-rows.js';

/** Reads and checks a campaign file (path or `-`). */
export async function readCampaign(io: Io, file: string): Promise<CampaignRow[]> {
  const { headers, rows } = await readKeyedRows(io, file, {});
  return parseCampaign(headers, rows, file);
}

/** Campaign rows from a CSV's headers and keyed rows; throws InputError on a missing column or a bad cell. */
export function parseCampaign(headers: readonly string[], rows: readonly { line: number; cells: Record<string, string> }[], file: string): CampaignRow[] {
  const missing = CAMPAIGN_COLUMNS.filter((column) => !headers.includes(column));
  if (missing.length > 0) {
    throw new InputError('CARE_NOT_A_CAMPAIGN', `no ${missing.map((column) => `"${column}"`).join(', ')} column`, {
      file, hint: `a campaign file has the columns ${CAMPAIGN_COLUMNS.join(', ')} (written by care remind --holdout)`,
      say: say('error.campaignNoColumns', { columns: missing.map((column) => `"${column}"`).join(', ') }),
      hintSay: say('hint.campaignColumns', { columns: CAMPAIGN_COLUMNS.join(', ') }),
    });
  }
  if (rows.length === 0) throw new InputError('CARE_NO_ROWS', 'the campaign file has no customers', { file, say: say('error.campaignEmpty') });
  return rows.map(({ line, cells }) => parseRow(cells, line, file));
}

function parseRow(cells: Record<string, string>, line: number, file: string): CampaignRow {
  const bad = (field: string, message: string, said: MessageRef) => new InputError('CARE_BAD_CAMPAIGN_ROW', message, { file, line, field, say: said });
  const customer = normalizeCustomerId(unneutralize(cells['customer'] ?? ''));
  if (customer === '') throw bad('customer', 'no customer id', say('error.noCustomerId'));
  const group = (cells['group'] ?? '').trim();
  if (group !== 'sent' && group !== 'held-out') throw bad('group', `"${group}" is not sent or held-out`, say('error.notSentOrHeldOut', { value: group }));
  const asOf = parseIsoDay((cells['as_of'] ?? '').trim());
  if (asOf === undefined) throw bad('as_of', `"${cells['as_of']}" is not a date as YYYY-MM-DD`, say('error.notIsoDate', { value: String(cells['as_of']) }));
  const seed = Number(cells['seed']);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw bad('seed', `"${cells['seed']}" is not a seed (an integer 0 … 4294967295)`, say('error.notSeed', { value: String(cells['seed']) }));
  const holdout = Number(cells['holdout']);
  if (!(holdout > 0 && holdout < 1)) throw bad('holdout', `"${cells['holdout']}" is not a share between 0 and 1`, say('error.notShare', { value: String(cells['holdout']) }));
  return { customer, segment: unneutralize(cells['segment'] ?? '').trim(), group: group as CampaignGroup, template: (cells['template'] ?? '').trim(), asOf, seed, holdout };
}

/** Undoes the apostrophe render-csv.ts puts before a cell a spreadsheet would run as a formula. */
function unneutralize(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && '=+-@\t\r'.includes(cell[1]!) ? cell.slice(1) : cell;
}
