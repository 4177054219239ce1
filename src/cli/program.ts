/**
 * Every command of care in one readable file. Each action loads its command module lazily, so
 * `care --help` stays fast. Commands get the injected Io and typed options; nothing here computes.
 */
import { Command } from 'commander';
import type { Io } from '../io/types.js';
import { addDataOptions, periodOption } from './options.js';

const VERSION = '0.1.0';

export function buildProgram(io: Io): Command {
  const program = new Command('care')
    .description('Retention, LTV, NPS, complaint types and polite replies from CRM, shop and help-desk CSV exports.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(run care --help for the commands)');

  addDataOptions(
    program
      .command('inspect')
      .description('show what care detects in an export: encoding, delimiter, header → field mapping, date and number formats, row counts, first rows')
      .argument('<file>', 'the export (- for stdin)')
      .option('--kind <kind>', 'read it as: orders, subscriptions, survey, complaints or invoices', 'orders')
      .option('--rows <n>', 'how many rows to show', '5'),
  ).action(async (file, options) => (await import('../commands/inspect.js')).runInspect(io, file, options));

  addDataOptions(
    program
      .command('retention')
      .description('period retention table (start, new, reactivated, retained, lost, end, CRR, churn) and cohort table')
      .argument('[orders]', 'orders export (- for stdin)')
      .option('--subscriptions <file>', 'compute from a subscriptions export instead of orders')
      .addOption(periodOption().default('month'))
      .option('--churn-after <days>', 'days a purchase keeps a customer active (default 90)')
      .option('--last <n>', 'show only the last N periods and cohorts')
      .option('--cohorts', 'show the cohort table too (csv: the cohort table instead)')
      .option('--revenue', 'cohort table of net revenue instead of shares'),
  ).action(async (orders, options) => (await import('../commands/retention.js')).runRetention(io, orders, options));

  addDataOptions(
    program
      .command('report')
      .description('the one-screen summary: headline KPIs, recent periods, cohorts')
      .argument('<orders>', 'orders export (- for stdin)')
      .addOption(periodOption().default('month'))
      .option('--churn-after <days>', 'days a purchase keeps a customer active (default 90)')
      .option('--last <n>', 'periods and cohorts to show', '6'),
  ).action(async (orders, options) => (await import('../commands/report.js')).runReport(io, orders, options));

  return program;
}
