/** care report --tickets FILE: the service-level section in JSON, the table and the HTML page. */
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import { runSla } from '../../src/commands/sla.js';
import { fakeIo } from '../helpers/fake-io.js';

const ORDERS = 'fixtures/orders.csv';
const TICKETS = 'fixtures/exports/zendesk-tickets.csv';

async function out(run: (io: ReturnType<typeof fakeIo>) => Promise<void>) {
  const io = fakeIo();
  await run(io);
  return io.out();
}

describe('care report --tickets', () => {
  it("carries care sla's totals for the same export in its JSON", async () => {
    const report = JSON.parse(await out((io) => runReport(io, ORDERS, { format: 'json', tickets: TICKETS })));
    const sla = JSON.parse(await out((io) => runSla(io, TICKETS, { format: 'json' })));
    expect(report.sla.total).toEqual(sla.total);
    expect(report.sla.total.tickets).toBe(12);
  });

  it('adds the section to the table and, in the language asked for, to the HTML page', async () => {
    expect(await out((io) => runReport(io, ORDERS, { tickets: TICKETS }))).toContain('Service levels');
    const page = await out((io) => runReport(io, ORDERS, { format: 'html', locale: 'ru', tickets: TICKETS }));
    expect(page).toContain('id="sla-table"');
    expect(page).toContain('Скорость ответа');
    expect(await out((io) => runReport(io, ORDERS, { format: 'html' }))).not.toContain('sla-table');
  });
});
