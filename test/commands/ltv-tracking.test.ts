/**
 * The tracking chart (metrics/ltv/tracking.ts) where users see it: care ltv --calibration-end's
 * report card (JSON, every week; the table, a dozen weeks and sparklines) and care report's LTV
 * section (JSON and an inline SVG line chart in the HTML), on CDNOW.
 */
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';
import { fixture } from '../helpers/datasets.js';

const cdnow = fixture('cdnow', 'cdnow-sample.csv');

describe('care ltv --calibration-end: the tracking series in the report card', () => {
  it('JSON: 78 weeks, the 39th ending on the calibration end; actual cumulative, its holdout part equal to the holdout table', async () => {
    const run = await careInProcess(['ltv', cdnow, '--model', 'bgnbd', '--calibration-end', '1997-09-30', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const tracking = json.holdout.card.tracking;
    expect(tracking).toMatchObject({ start: '1997-01-01', calibrationEnd: '1997-09-30', calibrationWeeks: 39 });
    const weeks: { week: number; end: string; expected: number; actual: number }[] = tracking.weeks;
    expect(weeks).toHaveLength(78);
    expect(weeks[38]!.end).toBe('1997-09-30');
    expect(weeks[77]!.end).toBe('1998-06-30');
    expect(weeks[77]!.actual - weeks[38]!.actual).toBe(json.holdout.total.actual);
    for (let k = 1; k < weeks.length; k++) {
      expect(weeks[k]!.actual).toBeGreaterThanOrEqual(weeks[k - 1]!.actual);
      expect(weeks[k]!.expected).toBeGreaterThan(weeks[k - 1]!.expected);
    }
  }, 60_000);

  it('table: the calibration end among a dozen weeks, and the two curves as sparklines', async () => {
    const run = await careInProcess(['ltv', cdnow, '--model', 'pnbd', '--calibration-end', '1997-09-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tracking: cumulative repeat purchases, expected vs actual');
    expect(run.stdout).toMatch(/39 \(calibration end\) │ 1997-09-30/);
    expect(run.stdout).toMatch(/^Expected [▁▂▃▄▅▆▇█]{40,}$/m);
    expect(run.stdout).toMatch(/^Actual {3}[▁▂▃▄▅▆▇█]{40,}$/m);
  }, 60_000);
});

describe('care report: the tracking chart of the LTV section', () => {
  it('JSON: weekly series to the as-of day; HTML: an SVG with an actual and an expected line', async () => {
    const json = JSON.parse((await careInProcess(['report', cdnow, '--format', 'json'])).stdout);
    const weeks = json.ltv.tracking.weeks;
    expect(weeks[weeks.length - 1].end).toBe(json.asOf ?? '1998-06-30');
    expect(json.ltv.tracking.calibrationEnd).toBe(weeks[weeks.length - 1].end);
    const page = (await careInProcess(['report', cdnow, '--format', 'html'])).stdout;
    const figure = page.slice(page.indexOf('<figure data-ltv="tracking">'), page.indexOf('</figure>', page.indexOf('<figure data-ltv="tracking">')));
    expect(figure).toContain('Cumulative repeat purchases, expected vs actual');
    expect(figure.match(/<polyline/g)).toHaveLength(2);
  }, 60_000);
});
