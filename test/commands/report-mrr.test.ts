/** care report --subscriptions FILE: MRR and its movements join the report, the same as care retention --mrr. */
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import { runRetention } from '../../src/commands/retention.js';
import { fakeIo } from '../helpers/fake-io.js';

const ORDERS = 'fixtures/orders.csv';
const SUBSCRIPTIONS = 'fixtures/subscriptions.csv';

async function out(run: (io: ReturnType<typeof fakeIo>) => Promise<void>) {
  const io = fakeIo();
  await run(io);
  return io.out();
}

describe('care report --subscriptions: MRR', () => {
  it("carries care retention --mrr's last --last periods in its JSON", async () => {
    const report = JSON.parse(await out((io) => runReport(io, ORDERS, { format: 'json', subscriptions: SUBSCRIPTIONS, last: 4 })));
    const mrr = JSON.parse(await out((io) => runRetention(io, undefined, { format: 'json', subscriptions: SUBSCRIPTIONS, mrr: true })));
    expect(report.mrr.rows).toEqual(mrr.rows.slice(-4));
  });

  it('shows the MRR table in the terminal and in the HTML page; none without --subscriptions', async () => {
    expect(await out((io) => runReport(io, ORDERS, { subscriptions: SUBSCRIPTIONS }))).toContain('MRR at start');
    expect(await out((io) => runReport(io, ORDERS, { format: 'html', subscriptions: SUBSCRIPTIONS }))).toContain('id="mrr-table"');
    expect(JSON.parse(await out((io) => runReport(io, ORDERS, { format: 'json' })))).not.toHaveProperty('mrr');
  });
});
