import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCampaignFile } from '../../src/commands/campaign-file.js';
import { readCampaign } from '../../src/ingest/campaign.js';
import type { CampaignRow } from '../../src/model/campaign.js';
import { parseIsoDay } from '../../src/time/days.js';
import { fakeIo } from '../helpers/fake-io.js';

const day = parseIsoDay('2024-06-30')!;
const rows: CampaignRow[] = [
  { customer: 'C1', segment: 'at-risk', group: 'sent', template: 'win-back', asOf: day, seed: 42, holdout: 0.1 },
  { customer: '-7', segment: 'lost', group: 'held-out', template: 'win-back', asOf: day, seed: 42, holdout: 0.1 },
];

describe('writeCampaignFile', () => {
  it('reads back to the same rows, the apostrophe taken off again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-campaign-'));
    const file = path.join(dir, 'campaign.csv');
    writeCampaignFile(fakeIo(), file, rows);
    expect(await readCampaign(fakeIo(), file)).toEqual(rows);
  });

  it('replaces the file whole and says what it wrote', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-campaign-'));
    const file = path.join(dir, 'campaign.csv');
    writeFileSync(file, 'old\n');
    const io = fakeIo();
    writeCampaignFile(io, file, rows);
    // A cell a spreadsheet would run as a formula gets an apostrophe (report/render-csv.ts).
    expect(readFileSync(file, 'utf8')).toBe("customer,segment,group,template,as_of,seed,holdout\nC1,at-risk,sent,win-back,2024-06-30,42,0.1\n'-7,lost,held-out,win-back,2024-06-30,42,0.1\n");
    expect(io.err()).toBe(`care: wrote ${file}: 1 sent, 1 held out\n`);
    expect(readdirSync(dir)).toEqual(['campaign.csv']);
  });

  it('a folder that does not exist is one line, exit 2, and no file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-campaign-'));
    expect(() => writeCampaignFile(fakeIo(), path.join(dir, 'missing', 'campaign.csv'), rows)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});
