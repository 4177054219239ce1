import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { npsReportSection } from '../../src/commands/load-survey.js';
import { type NpsOptions, runNps } from '../../src/commands/nps.js';
import { UsageError } from '../../src/errors.js';
import { gridText } from '../../src/report/grid.js';
import { dataset, fixture } from '../helpers/datasets.js';
import { fakeIo } from '../helpers/fake-io.js';

const SURVEY = fixture('survey', 'survey.csv');
const ORDERS = fixture('survey', 'orders.csv');

async function runJson(file: string, options: NpsOptions = {}, stdinText?: string) {
  const io = fakeIo(stdinText === undefined ? {} : { stdinText });
  await runNps(io, file, { ...options, format: 'json' });
  return { json: JSON.parse(io.out()) as Record<string, any>, err: io.err() };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'care-nps-'));

describe('care nps on a plain English survey', () => {
  // fixtures/survey/survey.csv: 12 answers 10 9 6 8 3 | 10 9 10 | 9 2 0 7
  // → promoters 6, passives 2, detractors 4; NPS = 100 × (6 − 4) / 12 = 16.67;
  // p = 1/2, d = 1/3: 5/6 − 1/36 = 29/36 → 196 × sqrt(29/36 / 12) = 50.78.
  it('prints the JSON contract of docs/contracts.md', async () => {
    const { json } = await runJson(SURVEY);
    expect(json).toMatchObject({ n: 12, promoters: 6, passives: 2, detractors: 4, promoterShare: 0.5, detractorShare: 0.333333, nps: 16.67, marginOfError: 50.78 });
    expect(json['distribution']).toEqual([1, 0, 1, 1, 0, 0, 1, 1, 1, 3, 3]);
    // CSAT 5 5 3 4 1 5 4 5 4 2 1 4 → eight 4s and 5s of 12.
    expect(json['csat']).toEqual({ n: 12, satisfied: 8, csat: 0.666667 });
    expect(json['ingest']).toMatchObject({ rows: 12, answers: 12, skipped: {} });
    expect(json['asOf']).toBe('2024-03-20');
  });

  it('--period month: the trend; with under 30 answers a month no change is marked significant', async () => {
    const { json } = await runJson(SURVEY, { period: 'month' });
    // Jan 10 9 6 8 3 → 0 (±78.4); Feb 10 9 10 → +100 (±0); Mar 9 2 0 7 → −25 (±81.26).
    // Jan → Feb adjusted-Wald: Jan n̂ = 8, p̂ = d̂ = 2.75/8 → 0, var 0.6875; Feb n̂ = 6, p̂ = 3.75/6, d̂ = 0.75/6 → 0.5,
    // var 0.75 − 0.25 = 0.5; SE = √(0.6875/8 + 0.5/6) = 0.411426 → margin 80.64, adjusted change +50.
    expect(json['trend'].map((row: any) => [row.period, row.n, row.nps, row.change, row.adjustedChange, row.changeMargin, row.belowMinimum, row.significant])).toEqual([
      ['2024-01', 5, 0, null, null, null, false, false],
      ['2024-02', 3, 100, 100, 50, 80.64, true, false],
      ['2024-03', 4, -25, -125, expect.any(Number), expect.any(Number), true, false],
    ]);
    expect(json['trend'][0].marginOfError).toBeCloseTo(78.4, 2);
  });

  it('--by segment: segments sorted by NPS', async () => {
    const { json } = await runJson(SURVEY, { by: 'segment' });
    expect(json['by']).toBe('Segment');
    expect(json['segments'].map((row: any) => [row.segment, row.n, row.nps])).toEqual([
      ['Online', 3, 100],
      ['Retail', 5, 20],
      ['Wholesale', 4, -50],
    ]);
  });

  it('--by an unknown column is a usage error (exit 2)', async () => {
    await expect(runNps(fakeIo(), SURVEY, { by: 'Region' })).rejects.toMatchObject({ code: 'CARE_UNKNOWN_HEADER', exitCode: 2 });
  });

  it('--period without a date column is an input error (exit 3)', async () => {
    await expect(runNps(fakeIo({ stdinText: 'score\n9\n' }), '-', { period: 'week' })).rejects.toMatchObject({ code: 'CARE_MISSING_FIELD', field: 'date', exitCode: 3 });
  });
});

describe('--orders: answers joined to what customers buy', () => {
  // Revenue: C2 1000, C1 600, C8 500, C6 300, C3 100, C4 80, C9 60, C7 40, C5 20, C10 10 (no answer).
  // Top 20% of 10 customers = C2, C1; bottom 20% = C5, C10; the rest middle.
  // Latest answers: C1 9, C2 2, C3 0, C4 8, C5 3, C6 10, C7 9, C8 10, C9 7.
  it('gives NPS by value tier and buyer type, and the revenue detractors hold', async () => {
    const { json } = await runJson(SURVEY, { orders: ORDERS });
    const orders = json['orders'];
    expect(orders).toMatchObject({ respondents: 9, matched: 9, unmatched: 0, anonymous: 0, tierBasis: 'revenue', currency: 'EUR' });
    // Top: C2 (2), C1 (9) → 0; middle: C8 10, C6 10, C3 0, C4 8, C9 7, C7 9 → (3 − 1) / 6 = +33.33; bottom: C5 (3) → −100.
    expect(orders.tiers.map((row: any) => [row.tier, row.n, row.nps, row.revenue])).toEqual([
      ['top', 2, 0, 1600],
      ['middle', 6, 33.33, 1080],
      ['bottom', 1, -100, 20],
    ]);
    // Repeat buyers (2+ orders by the answer day): C1, C3, C6 → 9, 0, 10 → +33.33; new: C2 2, C4 8, C5 3, C7 9, C8 10, C9 7 → 0.
    expect(orders.buyerTypes.map((row: any) => [row.type, row.n, row.nps])).toEqual([
      ['new', 6, 0],
      ['repeat', 3, 33.33],
    ]);
    // Detractors C2 + C3 + C5 = 1,120 of the respondents' 2,700 and of all 2,710.
    expect(orders).toMatchObject({ detractorRevenue: 1120, respondentRevenue: 2700 });
    expect(orders.detractorRevenueShare).toBeCloseTo(1120 / 2700, 6);
    expect(orders.detractorShareOfTotalRevenue).toBeCloseTo(1120 / 2710, 6);
  });

  it('--detractors writes the follow-up list, most revenue first, safe for spreadsheets', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'detractors.csv');
    const io = fakeIo();
    await runNps(io, SURVEY, { orders: ORDERS, detractors: file, format: 'json' });
    expect(readFileSync(file, 'utf8')).toBe(
      [
        'customer,date,score,comment,revenue',
        'C2,2024-03-10,2,Wrong order twice,1000',
        'C3,2024-03-15,0,Never again,100',
        'C3,2024-01-15,6,"Late delivery, again",100',
        `C5,2024-01-28,3,"'- crushed box, cold tea",20`,
        '',
      ].join('\n'),
    );
    expect(io.err()).toContain(`wrote 4 detractors to ${file}`);
    expect(readdirSync(dir)).toEqual(['detractors.csv']); // no temp file left behind
  });

  it('--detractors without orders has no revenue column', async () => {
    const file = path.join(tempDir(), 'd.csv');
    await runNps(fakeIo(), SURVEY, { detractors: file });
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('customer,date,score,comment');
  });
});

describe('bad rows', () => {
  const BAD = fixture('survey', 'bad-scores.csv');

  it('are skipped, counted in JSON and on stderr, and written with --rejects', async () => {
    const rejects = path.join(tempDir(), 'rejects.csv');
    const { json, err } = await runJson(BAD, { rejects });
    // Good: 9, " 10 ", "9/10", "3 of 10" → P 3, D 1 → NPS 50.
    expect(json).toMatchObject({ n: 4, promoters: 3, detractors: 1, nps: 50 });
    expect(json['ingest']['skipped']).toMatchObject({ badScore: 6 });
    expect(err).toContain('6 rows skipped');
    expect(err).toContain('first at line 3');
    expect(readFileSync(rejects, 'utf8').split('\n').filter((line) => line !== '')).toHaveLength(7);
  });

  it('fail the run under --strict with exit code 3, naming file, line and field', async () => {
    const error = await runNps(fakeIo(), BAD, { strict: true }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ exitCode: 3, code: 'CARE_BAD_ROW', file: BAD, line: 3, field: 'score' });
    expect((error as UsageError).describe()).toContain(`${BAD}, line 3, field "score"`);
  });
});

describe('other exports', () => {
  it('reads the Russian Windows-1251 export without options', async () => {
    // 10 9 7 4 9 2 8 10 → P 4, passives 2, D 2 → NPS = 100 × 2 / 8 = +25.
    const { json } = await runJson(fixture('survey', 'survey-ru.csv'), { by: 'Сегмент' });
    expect(json).toMatchObject({ n: 8, promoters: 4, passives: 2, detractors: 2, nps: 25 });
    expect(json['segments'].map((row: any) => row.segment)).toEqual(['Розница', 'Опт']);
  });

  it('reads the Google Forms export from stdin', async () => {
    // 9 6 10 8 4 9 → P 3, D 2 → +16.67; CSAT 5 3 5 4 2 4 → 4 of 6.
    const { json } = await runJson('-', {}, readFileSync(fixture('survey', 'google-forms.csv'), 'utf8'));
    expect(json).toMatchObject({ n: 6, nps: 16.67, csat: { n: 6, satisfied: 4 } });
  });
});

describe('formats', () => {
  it('table: the summary, the 0–10 bar chart and the notes; plain without colour', async () => {
    const io = fakeIo();
    await runNps(io, SURVEY, { period: 'month' });
    const out = io.out();
    expect(out).toContain('NPS +16.7 ± 50.8 points');
    expect(out).toMatch(/^10 │█+ +3 +25\.0%$/m);
    expect(out).toMatch(/^ 1 │ +0 +0\.0%$/m);
    expect(out).not.toMatch(/[▲▼] significant/);
    expect(out).toContain('both periods have at least 30 answers');
    expect(out).toContain('Only 12 answers');
    expect(out).not.toContain('\u001b[');
  });

  it('table: bars coloured red, grey and green on a colour terminal', async () => {
    const io = fakeIo({ color: true });
    await runNps(io, SURVEY);
    expect(io.out()).toContain('\u001b[31m█'); // red detractors
    expect(io.out()).toContain('\u001b[90m█'); // grey passives
    expect(io.out()).toContain('\u001b[32m█'); // green promoters
  });

  it('csv: the trend with --period, else one summary row', async () => {
    const trend = fakeIo();
    await runNps(trend, SURVEY, { period: 'month', format: 'csv' });
    expect(trend.out().split('\n')[0]).toBe('period,start,end,n,promoters,passives,detractors,promoterShare,passiveShare,detractorShare,nps,marginOfError,change,adjustedChange,changeMargin,belowMinimum,significant');
    expect(trend.out().split('\n')[2]).toMatch(/^2024-02,2024-02-01,2024-03-01,3,3,0,0,1,0,0,100,0,100,50,80\.6\d*,true,false$/);
    const summary = fakeIo();
    await runNps(summary, SURVEY, { format: 'csv' });
    expect(summary.out().split('\n')[1]).toMatch(/^12,6,2,4,0\.5,0\.1666\d+,0\.3333\d+,16\.666\d+,50\.78\d+$/);
  });

  it('md: headings and the distribution table', async () => {
    const io = fakeIo();
    await runNps(io, SURVEY, { format: 'md', by: 'segment' });
    expect(io.out()).toContain('## Scores 0–10');
    expect(io.out()).toContain('| Online | 3 |');
  });

  it('--out writes the file atomically', async () => {
    const file = path.join(tempDir(), 'nps-{asOf}.json');
    const io = fakeIo();
    await runNps(io, SURVEY, { format: 'json', out: file });
    const written = file.replace('{asOf}', '2024-03-20');
    expect(existsSync(written)).toBe(true);
    expect(JSON.parse(readFileSync(written, 'utf8')).n).toBe(12);
  });

  it('html is for care report', async () => {
    await expect(runNps(fakeIo(), SURVEY, { format: 'html' })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('npsReportSection (care report --survey)', () => {
  it('returns the JSON section, the grids and the chart, joined to the report’s orders', async () => {
    const section = await npsReportSection(fakeIo(), SURVEY, {}, { period: 'month' });
    expect(section.json).toMatchObject({ n: 12, promoters: 6, passives: 2, detractors: 4, nps: 16.67, marginOfError: 50.78 });
    expect(section.grids().map((grid) => gridText(grid.title ?? '', undefined))).toEqual(['Net Promoter Score', 'NPS by month']);
    expect(section.chart()).toContain('Scores 0–10');
    expect(section.distribution().rows).toHaveLength(11);
  });
});

const botanic = dataset('nps-botanic-fr.csv');

describe.skipIf(!botanic.present)(`care nps on the real French survey (${botanic.present ? 'nps-botanic-fr.csv' : botanic.skipReason})`, () => {
  it('matches an independent count of the nps column', async () => {
    const cells = readFileSync(botanic.path, 'latin1').split('\n').slice(1).filter((line) => line !== '').map((line) => line.split(',')[2]!);
    const numbers = cells.filter((cell) => cell !== 'NA').map(Number);
    const promoters = numbers.filter((score) => score >= 9).length;
    const detractors = numbers.filter((score) => score <= 6).length;
    const expected = (100 * (promoters - detractors)) / numbers.length;
    const { json, err } = await runJson(botanic.path);
    expect(json).toMatchObject({ n: numbers.length, promoters, detractors });
    expect(json['nps']).toBeCloseTo(expected, 2);
    expect(json['ingest']['skipped']['badScore']).toBe(cells.length - numbers.length);
    expect(json['csat']).toBeNull(); // its "satisfaction" column is 0–10, not CSAT's 1–5
    expect(err).toContain('342 rows skipped');
  });
});
