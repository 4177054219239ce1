/** care report: the RFM segments section, the same as care segments, in JSON, the table and the HTML page. */
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import { runSegments } from '../../src/commands/segments.js';
import { SEGMENT_INFO } from '../../src/metrics/segments-rfm.js';
import { fakeIo } from '../helpers/fake-io.js';

const ORDERS = 'fixtures/orders.csv';

async function out(run: (io: ReturnType<typeof fakeIo>) => Promise<void>) {
  const io = fakeIo();
  await run(io);
  return io.out();
}

describe('care report: segments', () => {
  it("carries care segments' segments and customers in its JSON", async () => {
    const report = JSON.parse(await out((io) => runReport(io, ORDERS, { format: 'json' })));
    const segments = JSON.parse(await out((io) => runSegments(io, ORDERS, { format: 'json' })));
    expect(report.segments).toEqual({ customers: segments.customers, segments: segments.segments });
  });

  it('shows the segments in the terminal and, with their Bulgarian names, in a Bulgarian page', async () => {
    expect(await out((io) => runReport(io, ORDERS, {}))).toContain('RFM segments as of');
    const page = await out((io) => runReport(io, ORDERS, { format: 'html', locale: 'bg' }));
    expect(page).toContain('id="segments-table"');
    expect(page).toContain(SEGMENT_INFO.champions.bg);
  });
});
