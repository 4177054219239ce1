/**
 * Writing the campaign file of `care remind --holdout` (not a command: a step commands share).
 * Atomic, like every file care writes (io/write-output.ts): a reader sees the old file or the new.
 */
import path from 'node:path';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import type { CampaignRow } from '../model/campaign.js';
import { renderCampaignCsv } from '../report/campaign-file.js';
import { tell } from './output.js';
import { say } from '../i18n/index.js';

/** Writes the campaign rows as CSV to `file` atomically and says so on stderr. */
export function writeCampaignFile(io: Io, file: string, rows: readonly CampaignRow[]): void {
  writeFileAtomic(path.resolve(io.cwd, file), renderCampaignCsv(rows), { what: '--campaign' });
  const held = rows.filter((row) => row.group === 'held-out').length;
  tell(io, `wrote ${file}: ${rows.length - held} sent, ${held} held out`, say('notice.wroteCampaign', { file, sent: rows.length - held, held }));
}
