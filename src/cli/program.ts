/**
 * Every command of care in one readable file. Each action loads its command module lazily, so
 * `care --help` stays fast. Commands get the injected Io and typed options; nothing here computes.
 */
import { Command } from 'commander';
import type { Io } from '../io/types.js';
import { LOCALES } from '../locale.js';
import { Option } from 'commander';
import { FORMATS, addDataOptions, choice, collect, delimiterOption, encodingOption, periodOption } from './options.js';
import { checkOptionBounds } from '../commands/option-bounds.js';
import { escapeControls } from '../text/escape.js';

const VERSION = '0.1.0';

export function buildProgram(io: Io): Command {
  const program = new Command('care')
    .description('Retention, LTV, NPS, complaint types and polite replies from CRM, shop and help-desk CSV exports.')
    .version(VERSION)
    .exitOverride()
    // Commander's own errors quote the argument as typed: escaped like every other error line.
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(escapeControls(text, { newline: true })) })
    .showHelpAfterError('(run care --help for the commands)')
    // Every numeric option is checked against its bounds before any command starts work.
    .hook('preAction', (_program, action) => checkOptionBounds(action.opts()));

  addDataOptions(
    program
      .command('inspect')
      .description('show what care detects in an export: encoding, delimiter, header → field mapping, date and number formats, row counts, first rows')
      .argument('<file>', 'the export (- for stdin)')
      .option('--kind <kind>', "read it as: orders, subscriptions, survey, complaints or invoices (default: the detected profile's kind, else orders)")
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
      .option('--revenue', 'cohort table of net revenue instead of shares')
      .option('--history <file>', 'record the completed periods in this history CSV (re-running the same week changes nothing)')
      .option('--compare', 'the last complete period against the one before (csv: that table instead of the period table)')
      .option('--fail-if <expr>', 'exit 4 when a threshold is crossed in the last complete period, e.g. churn>5% or "retention<80%,new<10" (repeatable)', collect),
  ).action(async (orders, options) => (await import('../commands/retention.js')).runRetention(io, orders, options));

  addDataOptions(
    program
      .command('nps')
      .description('NPS and CSAT from a survey export: groups, NPS with its 95% margin of error, the 0–10 distribution, trend, segments, customer value')
      .argument('<survey>', 'survey export (- for stdin)')
      .addOption(periodOption())
      .option('--by <column>', 'NPS per value of this survey column, best first')
      .option('--orders <file>', 'orders export: NPS by customer value tier and by new vs repeat buyer, and the revenue detractors hold')
      .option('--detractors <file>', 'write the detractors (customer, date, score, comment, revenue) as CSV for follow-up')
      .option('--fail-if <expr>', 'exit 4 when the NPS crosses a threshold, e.g. nps<30 (repeatable)', collect),
  ).action(async (survey, options) => (await import('../commands/nps.js')).runNps(io, survey, options));

  addDataOptions(
    program
      .command('ltv')
      .description('customer lifetime value: simple, historical by cohort age, or predicted with BG/NBD + Gamma-Gamma (P(alive), CLV, holdout check)')
      .argument('<orders>', 'orders export (- for stdin)')
      .addOption(new Option('--model <model>', 'simple, historical or bgnbd').argParser(choice('--model', ['simple', 'historical', 'bgnbd'])).default('simple'))
      .option('--margin <share>', 'share of revenue kept as profit, 0–1 (default 1)')
      .option('--cac <amount>', 'customer acquisition cost: adds LTV − CAC and LTV : CAC')
      .option('--horizon <n>', 'bgnbd: prediction horizon in --time-unit (default 52 weeks / 364 days / 12 months)')
      .option('--discount-rate <rate>', 'bgnbd: annual discount rate of the CLV (default 0.1)')
      .addOption(new Option('--time-unit <unit>', 'bgnbd: day, week or month').argParser(choice('--time-unit', ['day', 'week', 'month'])).default('week'))
      .option('--by <column>', "LTV per segment of this column (the value on each customer's first order)")
      .option('--per-customer <file>', 'bgnbd: write customer, x, t_x, T, monetary, pAlive, expectedPurchases, expectedSpend, clv as CSV')
      .option('--calibration-end <date>', 'bgnbd: fit on the data to this date (YYYY-MM-DD) and check the predictions against what followed')
      .option('--churn-after <days>', 'days a purchase keeps a customer active (default 90)')
      .addOption(periodOption().default('month'))
      .option('--max-lifetime <years>', "cap on the simple model's expected lifetime (default 10)"),
  ).action(async (orders, options) => (await import('../commands/ltv.js')).runLtv(io, orders, options));

  addDataOptions(
    program
      .command('classify')
      .description('sort complaints into the four complainer types (silent, voicer, irate, activist) with confidence, evidence and the next step; breakdown vs the 14/37/21/28 benchmark, the complaint iceberg, who needs a manager today')
      .argument('<complaints>', 'complaints export (- for stdin)')
      .option('--rules <file>', 'a rules JSON file merged over the built-in rules (format: src/classify/schema.ts)')
      .option('--by-customer', "roll records up to each customer's most severe type")
      .addOption(new Option('--locale <locale>', 'language of the next-step text: en, ru or bg (default: config locale, else en)').argParser(choice('--locale', LOCALES))),
  ).action(async (complaints, options) => (await import('../commands/classify.js')).runClassify(io, complaints, options));

  addDataOptions(
    program
      .command('report')
      .description('the one-screen summary: headline KPIs, recent periods, cohorts, LTV, NPS and complaints; --format html for a page to look at')
      .argument('<orders>', 'orders export (- for stdin)')
      .addOption(periodOption().default('month'))
      .option('--churn-after <days>', 'days a purchase keeps a customer active (default 90)')
      .option('--last <n>', 'periods and cohorts to show', '6')
      .option('--margin <share>', 'share of revenue kept as profit, for LTV (0–1, default 1)')
      .option('--cac <amount>', 'customer acquisition cost: adds LTV − CAC and LTV : CAC')
      .option('--survey <file>', 'add the NPS section from a survey export')
      .option('--complaints <file>', 'add the complaints section from a complaint log')
      .option('--subscriptions <file>', 'add the retention table of a subscriptions export')
      .option('--fail-if <expr>', 'exit 4 when a threshold is crossed: churn or retention of the last complete period, nps with --survey; e.g. churn>5% (repeatable)', collect)
      .addOption(new Option('--locale <locale>', 'language of the HTML report: en, ru or bg (default: config, else en)').argParser(choice('--locale', LOCALES))),
    [...FORMATS, 'html'],
  ).action(async (orders, options) => (await import('../commands/report.js')).runReport(io, orders, options));

  addDataOptions(
    program
      .command('remind')
      .description('reminders for the customers who are due — re-order, win-back and anniversary from orders, payment from invoices: who and why, or rendered and sent like care email')
      .argument('<file>', 'orders export, or invoices for payment-reminder (- for stdin)')
      .requiredOption('--template <name>', 'reorder-reminder, win-back or anniversary (orders); payment-reminder (invoices)')
      .addOption(new Option('--kind <rule>', 'whom a template of your own is for: reorder, win-back, payment or anniversary').argParser(choice('--kind', ['reorder', 'win-back', 'payment', 'anniversary'])))
      .option('--after <days>', "reorder: remind once this many days have passed since the last purchase (default: past each customer's usual interval)")
      .option('--within <days>', 'payment: also invoices due in the next N days; anniversary: anniversaries in the next N days (default 7)')
      .option('--lapsed-within <days>', 'win-back: only customers who lapsed in the last N days')
      .option('--churn-after <days>', 'days a purchase keeps a customer active (default 90)')
      .option('--customers <file>', 'lookup CSV of customer, name, email: greetings and recipients')
      .option('--render', 'print the rendered reminders on stdout (the list shrinks to one line on stderr)')
      .option('--set <key=value>', 'a template variable for every reminder, e.g. agent.name, company.name, product.name (repeatable)', collect)
      .addOption(new Option('--locale <locale>', 'en, ru or bg').argParser(choice('--locale', LOCALES)))
      .addOption(new Option('--email-format <format>', 'rendered reminders as txt, html or eml (default txt)').argParser(choice('--email-format', ['txt', 'html', 'eml'])))
      .option('--from <address>', 'sender address')
      .option('--out-dir <dir>', 'write one file per reminder there')
      .option('--lint', 'check each rendered reminder with the lint-reply rules; findings go to stderr')
      .option('--send', 'send over SMTP (CARE_SMTP_URL, --smtp-url or the config)')
      .option('--yes', 'send without asking (for cron)')
      .option('--send-log <file>', 'the log that makes re-runs send each reminder once')
      .option('--resend-unknown', 'also send the reminders an earlier run left unknown (maybe delivered: check the mailbox first)')
      .option('--smtp-url <url>', 'smtp://user:pass@host:port')
      .option('--smtp-insecure', 'allow the SMTP login without TLS (trusted networks only)')
      .option('--smtp-timeout <seconds>', 'how long to wait for the SMTP server to connect and greet (default 10)')
      .option('--templates <dir>', 'your own templates, overriding built-ins of the same name'),
  ).action(async (file, options) => {
    const [{ runRemind }, { inquirerPrompts }, { processInterrupts }] = await Promise.all([import('../commands/remind.js'), import('./prompts.js'), import('./interrupts.js')]);
    await runRemind(io, file, options, { prompts: inquirerPrompts(), interrupts: processInterrupts() });
  });

  program
    .command('templates')
    .description('list the reply and reminder templates, or show one with its variables and an example')
    .argument('[action]', 'list or show', 'list')
    .argument('[name]', 'template name (for show)')
    .addOption(new Option('--locale <locale>', 'en, ru or bg').argParser(choice('--locale', LOCALES)))
    .option('--templates <dir>', 'your own templates (DIR/<locale>/<name>.hbs), overriding built-ins of the same name')
    .addOption(new Option('-f, --format <format>', 'table or json').argParser(choice('--format', ['table', 'json'])).default('table'))
    .option('--config <file>', 'config file (default: ./care.config.json when present)')
    .option('--no-color', 'plain output')
    .action(async (action, name, options) => {
      const [{ runTemplates }, config] = await Promise.all([import('../commands/templates.js'), configFor(io, options.config)]);
      await runTemplates(io, action, name, { ...options, config: { locale: config.locale, templates: config.templates } });
    });

  program
    .command('profiles')
    .description('list the export profiles care detects (shops, payments, CRMs, help desks, surveys), or print one as JSON')
    .argument('[name]', 'a profile to print in full (the format of your own profile files)')
    .addOption(new Option('-f, --format <format>', 'table, json or md').argParser(choice('--format', ['table', 'json', 'md'])).default('table'))
    .option('--config <file>', 'config file (default: ./care.config.json when present); its `profiles` are listed too')
    .option('--no-color', 'plain output')
    .action(async (name, options) => {
      const [{ runProfiles }, config] = await Promise.all([import('../commands/profiles.js'), configFor(io, options.config)]);
      runProfiles(io, name, { format: options.format, color: options.color && io.color, profileFiles: config.profiles });
    });

  program
    .command('email')
    .description('render a polite reply or reminder from a template: to stdout, files (--out-dir) or SMTP (--send)')
    .argument('[template]', 'template name (see care templates); optional with --template-column')
    .option('--set <key=value>', 'a template variable, dotted keys allowed (repeatable)', collect)
    .option('--data <file.json>', 'template variables from a JSON file')
    .option('--csv <file>', 'one message per row; columns are variables (dotted headers nest)')
    .option('--template-column <column>', 'with --csv: the column naming each row\'s template (e.g. type from care classify)')
    .addOption(new Option('--locale <locale>', 'en, ru or bg').argParser(choice('--locale', LOCALES)))
    .option('--interactive', 'ask for missing variables (only on a terminal)')
    .addOption(new Option('-f, --format <format>', 'txt, html or eml; with --send, json prints what was sent, unknown and failed').argParser(choice('--format', ['txt', 'html', 'eml', 'json'])).default('txt'))
    .option('--to <address>', 'recipient (else the email column of --csv; none makes an .eml draft)')
    .option('--from <address>', 'sender address')
    .option('--out-dir <dir>', 'write one file per message there')
    .option('--lint', 'check each rendered message with the lint-reply rules; findings go to stderr')
    .option('--send', 'send over SMTP (CARE_SMTP_URL, --smtp-url or the config)')
    .option('--yes', 'send without asking (for cron)')
    .option('--send-log <file>', 'the log that makes re-runs send each message once')
    .option('--resend-unknown', 'also send the messages an earlier run left unknown (maybe delivered: check the mailbox first)')
    .option('--smtp-url <url>', 'smtp://user:pass@host:port')
    .option('--smtp-insecure', 'allow the SMTP login without TLS (trusted networks only)')
    .option('--smtp-timeout <seconds>', 'how long to wait for the SMTP server to connect and greet (default 10)')
    .option('--templates <dir>', 'your own templates, overriding built-ins of the same name')
    .addOption(delimiterOption("CSV delimiter for --csv (default: sniffed); 'tab' for tab"))
    .addOption(encodingOption('CSV encoding for --csv (default: sniffed)'))
    .option('--config <file>', 'config file (default: ./care.config.json when present)')
    .option('--no-color', 'plain output')
    .action(async (template, options) => {
      const [{ runEmail }, { inquirerPrompts }, { processInterrupts }, config] = await Promise.all([import('../commands/email.js'), import('./prompts.js'), import('./interrupts.js'), configFor(io, options.config)]);
      await runEmail(
        io,
        template,
        {
          ...options,
          read: { delimiter: options.delimiter, encoding: options.encoding },
          config: { locale: config.locale, from: config.email?.from, smtpUrl: config.email?.smtpUrl, templates: config.templates },
        },
        { prompts: inquirerPrompts(), interrupts: processInterrupts() },
      );
    });

  program
    .command('lint-reply')
    .description('check a draft reply or reminder against the rules of polite care and score it 0–100')
    .argument('[file]', 'the draft: plain text or an .eml (- or none: stdin)')
    .option('--csv <file>', 'check every draft in a CSV column instead (- for stdin)')
    .option('--column <column>', 'with --csv: the column holding the drafts (default: reply, draft, text, body or message)')
    .addOption(new Option('--locale <locale>', 'en, ru or bg (default: detected from the text)').argParser(choice('--locale', LOCALES)))
    .addOption(new Option('--kind <kind>', 'what the reply answers: complaint, reminder, notice or general (default: detected)').argParser(choice('--kind', ['complaint', 'reminder', 'notice', 'general'])))
    .addOption(new Option('-f, --format <format>', 'table or json').argParser(choice('--format', ['table', 'json'])).default('table'))
    .option('--fail-under <score>', 'exit 4 when a draft scores below this score (0–100), for scripts')
    .addOption(delimiterOption("CSV delimiter for --csv (default: sniffed); 'tab' for tab"))
    .addOption(encodingOption('encoding of the draft or the CSV (default: sniffed)'))
    .option('--no-color', 'plain output')
    .action(async (file, options) => (await import('../commands/lint-reply.js')).runLintReply(io, file, options));

  return program;
}


async function configFor(io: Io, file: string | undefined) {
  const { loadConfig } = await import('../config/load.js');
  return loadConfig(io.cwd, file);
}
