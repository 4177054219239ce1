/**
 * Every command of care as data: its arguments, its options (from option-table.ts) and the action
 * that loads the command module lazily, so `care --help` stays fast. program.ts builds commander
 * from this table; the README's option reference (options-reference.ts), the shell completion
 * (completion.ts) and the man pages (man-page.ts) are generated from it; and
 * test/unit/cli/argv.test.ts checks argv → typed options with every action replaced.
 */
import type { Io } from '../io/types.js';
import { LOCALES } from '../locale.js';
import { FIT_TYPES } from '../lint/types.js';
import { SHELLS, type Shell } from './completion.js';
import { VERDICT_CODES } from '../metrics/lift.js';
import { COHORT_MODES } from '../metrics/cohorts.js';
import { CONVENTIONS } from '../metrics/conventions.js';
import { SLA_GROUPS, SLA_PERIODS } from '../metrics/sla.js';
import { DATE_FORMATS as SQL_DATE_FORMATS, DIALECTS, type Dialect, SQL_WHATS, type SqlWhat } from '../sql/dialect.js';
import type { Day } from '../time/days.js';
import { type ArgumentSpec, type CommandSpec, command } from './command-spec.js';
import { option } from './option-spec.js';
import {
  DELIVERY_OPTIONS, DUE_KIND_CHOICES, ENGINE_OPTIONS, FORMATS, LTV_MODEL_CHOICES, READ_OPTIONS, REPLY_KIND_CHOICES, TIME_UNIT_CHOICES,
  cacOption, churnAfterOption, colorOption, configOption, delimiterOption, encodingOption, failIfOption, formatOption,
  lastOption, localeOption, marginOption, periodOption, setOption, templatesOption,
} from './option-table.js';
import { OPTION_BOUNDS, type OptionBound, checkBound, horizonBound } from './option-bounds.js';
import { SCHEMA_VERSIONS } from '../report/schemas/ids.js';

const bound = (name: string): OptionBound => OPTION_BOUNDS[name] as OptionBound;
/** sBG projects whole periods: ten years of months at most. */
const SBG_HORIZON_BOUND: OptionBound = { flag: '--horizon', min: 1, max: 120, integer: true, unit: 'periods' };
const dataFormat = formatOption(FORMATS);
const arg = (name: string, help: string, required = true): ArgumentSpec => ({ name, help, required });
/** The documents `care schema` describes: `retention`, or a view as `retention.mrr` (or `retention mrr`). */
const SCHEMA_NAMES = Object.keys(SCHEMA_VERSIONS);

const INSPECT_OPTIONS = [
  option({ name: 'kind', flag: '--kind', help: "read it as: orders, subscriptions, survey, complaints or invoices (default: the detected profile's kind, else orders)", value: { kind: 'text', placeholder: 'kind' } }),
  option({ name: 'rows', flag: '--rows', help: 'how many rows to show', value: { kind: 'number', placeholder: 'n', bound: bound('rows') }, default: 5 }),
  dataFormat, ...READ_OPTIONS,
] as const;

const RETENTION_OPTIONS = [
  option({ name: 'subscriptions', flag: '--subscriptions', help: 'compute from a subscriptions export instead of orders', value: { kind: 'text', placeholder: 'file', file: true } }),
  periodOption(), churnAfterOption,
  lastOption('show only the last N periods and cohorts'),
  option({ name: 'cohorts', flag: '--cohorts', help: 'show the cohort table too (csv: the cohort table instead)', value: { kind: 'flag' } }),
  option({ name: 'revenue', flag: '--revenue', help: 'cohort table of net revenue instead of shares', value: { kind: 'flag' } }),
  option({ name: 'history', flag: '--history', help: 'record the completed periods in this history CSV (re-running the same week changes nothing)', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'compare', flag: '--compare', help: 'the last complete period against the one before (csv: that table instead of the period table)', value: { kind: 'flag' } }),
  failIfOption('exit 4 when a threshold is crossed in the last complete period, e.g. churn>5% or "retention<80%,new<10"'),
  option({ name: 'cohortMode', flag: '--cohort-mode', help: 'a cohort customer counts in period k when active in k (on), or in k or later (on-or-after)', value: { kind: 'choice', placeholder: 'mode', choices: COHORT_MODES }, defaultText: 'on' }),
  option({ name: 'conventions', flag: '--conventions', help: "every vendor's churn of the last complete month side by side (care, ChartMogul, ProfitWell, Baremetrics, Stripe, Amplitude, Mixpanel), with the bridge that accounts for each difference", value: { kind: 'flag' } }),
  option({ name: 'convention', flag: '--convention', help: "churn month by month by this vendor's published rule (docs/definitions.md)", value: { kind: 'choice', placeholder: 'name', choices: CONVENTIONS } }),
  option({ name: 'mrr', flag: '--mrr', help: 'with --subscriptions: MRR and its movements (new, expansion, contraction, churned, reactivation), GRR, NRR, quick ratio, ARPA, cohort revenue retention', value: { kind: 'flag' } }),
  dataFormat, ...READ_OPTIONS, ...ENGINE_OPTIONS,
] as const;

const NPS_OPTIONS = [
  periodOption(),
  option({ name: 'by', flag: '--by', help: 'NPS per value of this survey column, best first', value: { kind: 'text', placeholder: 'column' } }),
  option({ name: 'orders', flag: '--orders', help: 'orders export: NPS by customer value tier and by new vs repeat buyer, and the revenue detractors hold', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'detractors', flag: '--detractors', help: 'write the detractors (customer, date, score, comment, revenue) as CSV for follow-up', value: { kind: 'text', placeholder: 'file', file: true } }),
  failIfOption('exit 4 when the NPS crosses a threshold, e.g. nps<30'),
  dataFormat, ...READ_OPTIONS,
] as const;

const LTV_OPTIONS = [
  option({ name: 'model', flag: '--model', help: 'the LTV model: simple, historical, or predicted by BG/NBD, Pareto/NBD or MBG/NBD with Gamma-Gamma (auto: the best fit by holdout error, else BIC); sbg with --subscriptions', value: { kind: 'choice', placeholder: 'model', choices: LTV_MODEL_CHOICES }, default: 'simple' }),
  marginOption, cacOption,
  option({ name: 'horizon', flag: '--horizon', help: 'bgnbd: prediction horizon in --time-unit, ten years at most', value: { kind: 'number', placeholder: 'n' }, defaultText: '52 weeks / 364 days / 12 months' }),
  option({ name: 'discountRate', flag: '--discount-rate', help: 'bgnbd: annual discount rate of the CLV', value: { kind: 'number', placeholder: 'rate', bound: bound('discountRate') }, defaultText: '0.1' }),
  option({ name: 'timeUnit', flag: '--time-unit', help: 'bgnbd: the time unit of the horizon and the per-customer figures', value: { kind: 'choice', placeholder: 'unit', choices: TIME_UNIT_CHOICES }, default: 'week' }),
  option({ name: 'by', flag: '--by', help: "LTV per segment of this column (the value on each customer's first order)", value: { kind: 'text', placeholder: 'column' } }),
  option({ name: 'perCustomer', flag: '--per-customer', help: 'bgnbd: write customer, x, t_x, T, monetary, pAlive, expectedPurchases, expectedSpend, clv as CSV', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'calibrationEnd', flag: '--calibration-end', help: 'bgnbd: fit on the data to this date (YYYY-MM-DD) and check the predictions against what followed', value: { kind: 'day', placeholder: 'date', example: '1997-09-30' } }),
  option({ name: 'subscriptions', flag: '--subscriptions', help: 'with --model sbg: subscription LTV per sign-up cohort of --period from a subscriptions export', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'intervals', flag: '--intervals', help: "predictive models: the parameters' standard errors and 90% bootstrap intervals of each customer's expected purchases, P(alive) and CLV (in --per-customer and JSON)", value: { kind: 'flag' } }),
  option({ name: 'seed', flag: '--seed', help: 'seed of the --intervals draws: the same seed gives the same intervals', value: { kind: 'number', placeholder: 'n', bound: bound('seed') }, defaultText: '1' }),
  churnAfterOption, periodOption(),
  option({ name: 'maxLifetime', flag: '--max-lifetime', help: "cap on the simple model's expected lifetime", value: { kind: 'number', placeholder: 'years', bound: bound('maxLifetime') }, defaultText: '10' }),
  dataFormat, ...READ_OPTIONS, ...ENGINE_OPTIONS,
] as const;

const CLASSIFY_OPTIONS = [
  option({ name: 'rules', flag: '--rules', help: 'a rules JSON file merged over the built-in rules (format: src/classify/schema.ts)', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'explain', flag: '--explain', help: 'say why record ID (or line:N) got its type: the deciding step, every piece of evidence, counted or set aside, and what would have changed it', value: { kind: 'text', placeholder: 'id' } }),
  option({ name: 'byCustomer', flag: '--by-customer', help: "roll records up to each customer's most severe type", value: { kind: 'flag' } }),
  localeOption('language of the next-step text: en, ru or bg (default: config locale, else en)'),
  dataFormat, ...READ_OPTIONS,
] as const;

const REPORT_OPTIONS = [
  periodOption(), churnAfterOption,
  lastOption('periods and cohorts to show', 6),
  option({ ...marginOption, help: 'share of revenue kept as profit, for LTV' }),
  cacOption,
  option({ name: 'survey', flag: '--survey', help: 'add the NPS section from a survey export', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'complaints', flag: '--complaints', help: 'add the complaints section from a complaint log', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'subscriptions', flag: '--subscriptions', help: 'add the retention table of a subscriptions export', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'tickets', flag: '--tickets', help: 'add the service-level section (first response, resolution, CSAT) from a help-desk ticket export', value: { kind: 'text', placeholder: 'file', file: true } }),
  failIfOption('exit 4 when a threshold is crossed: churn or retention of the last complete period, nps with --survey; e.g. churn>5%'),
  localeOption('language of the HTML report: en, ru or bg (default: config, else en)'),
  formatOption([...FORMATS, 'html']), ...READ_OPTIONS, ...ENGINE_OPTIONS,
] as const;

const REMIND_OPTIONS = [
  option({ name: 'template', flag: '--template', help: 'reorder-reminder, win-back or anniversary (orders); payment-reminder (invoices)', value: { kind: 'text', placeholder: 'name', completes: 'template' }, required: true }),
  option({ name: 'kind', flag: '--kind', help: 'whom a template of your own is for: reorder, win-back, payment or anniversary', value: { kind: 'choice', placeholder: 'rule', choices: DUE_KIND_CHOICES } }),
  option({ name: 'after', flag: '--after', help: "reorder: remind once this many days have passed since the last purchase (default: past each customer's usual interval)", value: { kind: 'number', placeholder: 'days', bound: bound('after') } }),
  option({ name: 'within', flag: '--within', help: 'payment: also invoices due in the next N days; anniversary: anniversaries in the next N days (default 7)', value: { kind: 'number', placeholder: 'days', bound: bound('within') } }),
  option({ name: 'lapsedWithin', flag: '--lapsed-within', help: 'win-back: only customers who lapsed in the last N days', value: { kind: 'number', placeholder: 'days', bound: bound('lapsedWithin') } }),
  churnAfterOption,
  option({ name: 'customers', flag: '--customers', help: 'lookup CSV of customer, name, email: greetings and recipients', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'render', flag: '--render', help: 'print the rendered reminders on stdout (the list shrinks to one line on stderr)', value: { kind: 'flag' } }),
  setOption('a template variable for every reminder, e.g. agent.name, company.name, product.name'),
  localeOption(),
  option({ name: 'emailFormat', flag: '--email-format', help: 'the format of rendered reminders', defaultText: 'txt', value: { kind: 'choice', placeholder: 'format', choices: ['txt', 'html', 'eml'] } }),
  option({ name: 'holdout', flag: '--holdout', help: 'keep this share of the due customers unsent, at random within each RFM segment, as a control group for care lift (10% or 0.1)', value: { kind: 'number', placeholder: 'share', bound: bound('holdout'), percent: true } }),
  option({ name: 'seed', flag: '--seed', help: 'seed of the --holdout split: the same seed splits the same way', value: { kind: 'number', placeholder: 'n', bound: bound('seed') }, defaultText: 'from the clock, said on stderr' }),
  option({ name: 'campaign', flag: '--campaign', help: 'with --holdout: the campaign file (who was due, sent or held out, template, seed); {asOf} is filled in', value: { kind: 'text', placeholder: 'file', file: true }, defaultText: 'campaign-{asOf}.csv' }),
  ...DELIVERY_OPTIONS,
  dataFormat, ...READ_OPTIONS, ...ENGINE_OPTIONS,
] as const;

const TEMPLATES_OPTIONS = [
  localeOption(), templatesOption, formatOption(['table', 'json']),
  option({ name: 'failUnder', flag: '--fail-under', help: 'check: exit 4 when a template, rendered with its example, scores below this', value: { kind: 'number', placeholder: 'score', bound: bound('failUnder') } }),
  configOption, colorOption,
] as const;

const PROFILES_OPTIONS = [
  formatOption(['table', 'json', 'md']),
  option({ ...configOption, help: 'config file (default: ./care.config.json when present); its `profiles` are listed too' }),
  colorOption,
] as const;

const EMAIL_OPTIONS = [
  setOption('a template variable, dotted keys allowed'),
  option({ name: 'data', flag: '--data', help: 'template variables from a JSON file', value: { kind: 'text', placeholder: 'file.json', file: true } }),
  option({ name: 'csv', flag: '--csv', help: 'one message per row; columns are variables (dotted headers nest)', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'templateColumn', flag: '--template-column', help: "with --csv: the column naming each row's template (e.g. type from care classify)", value: { kind: 'text', placeholder: 'column' } }),
  localeOption(),
  option({ name: 'interactive', flag: '--interactive', help: 'ask for missing variables (only on a terminal)', value: { kind: 'flag' } }),
  formatOption(['txt', 'html', 'eml', 'json'], 'the message format; with --send, json prints what was sent, unknown and failed'),
  option({ name: 'to', flag: '--to', help: 'recipient (else the email column of --csv; none makes an .eml draft)', value: { kind: 'text', placeholder: 'address' } }),
  ...DELIVERY_OPTIONS,
  delimiterOption("CSV delimiter for --csv (default: sniffed); 'tab' for tab"),
  encodingOption('CSV encoding for --csv (default: sniffed)'),
  configOption, colorOption,
] as const;

const LINT_REPLY_OPTIONS = [
  option({ name: 'csv', flag: '--csv', help: 'check every draft in a CSV column instead (- for stdin)', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'column', flag: '--column', help: 'with --csv: the column holding the drafts (default: reply, draft, text, body or message)', value: { kind: 'text', placeholder: 'column' } }),
  localeOption('en, ru or bg (default: detected from the text)', false),
  option({ name: 'kind', flag: '--kind', help: 'what the reply answers', defaultText: 'detected from the text', value: { kind: 'choice', placeholder: 'kind', choices: REPLY_KIND_CHOICES } }),
  formatOption(['table', 'json', 'sarif', 'rdjsonl'], 'output format: sarif (GitHub code scanning) and rdjsonl (reviewdog) put each finding at its line and column'),
  option({ name: 'rules', flag: '--rules', help: "your team's rules (lexicons and rules, JSON) merged over the built-in ones; a rule set to false is off", value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'type', flag: '--type', help: 'the complainer type the reply answers: also check what that type needs (the fit rules)', value: { kind: 'choice', placeholder: 'type', choices: FIT_TYPES } }),
  option({ name: 'complaints', flag: '--complaints', help: 'with --id: take the type care classify gives that record of this complaint log', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'id', flag: '--id', help: 'with --complaints: the record the reply answers (its id, or line:N)', value: { kind: 'text', placeholder: 'id' } }),
  option({ name: 'fix', flag: '--fix', help: 'write the safe replacements into the draft file and print the diff', value: { kind: 'flag' } }),
  option({ name: 'dryRun', flag: '--dry-run', help: 'with --fix: print the diff, write nothing', value: { kind: 'flag' } }),
  option({ name: 'diff', flag: '--diff', help: 'print the diff --fix would make, write nothing (--fix --dry-run)', value: { kind: 'flag' } }),
  option({ name: 'failUnder', flag: '--fail-under', help: 'exit 4 when a draft scores below this score (0–100), for scripts', value: { kind: 'number', placeholder: 'score', bound: bound('failUnder') } }),
  delimiterOption("CSV delimiter for --csv (default: sniffed); 'tab' for tab"),
  encodingOption('encoding of the draft or the CSV (default: sniffed)'),
  colorOption,
] as const;

const SEGMENTS_OPTIONS = [
  option({ name: 'since', flag: '--since', help: 'also who moved between segments from this day to the as-of day', value: { kind: 'day', placeholder: 'date', example: '2024-01-01' } }),
  option({ name: 'names', flag: '--names', help: 'the language of the segment names in tables', value: { kind: 'choice', placeholder: 'locale', choices: LOCALES }, fromConfig: (config) => config.locale, defaultText: '--lang' }),
  option({ name: 'perCustomer', flag: '--per-customer', help: "write each scored customer's recency, frequency, monetary value, scores and segment as CSV", value: { kind: 'text', placeholder: 'file', file: true } }),
  dataFormat, ...READ_OPTIONS,
] as const;

const LIFT_OPTIONS = [
  option({ name: 'window', flag: '--window', help: 'purchases in this many days after each campaign day count', value: { kind: 'number', placeholder: 'days', bound: bound('window') }, defaultText: '30' }),
  option({ name: 'minLift', flag: '--min-lift', help: 'the purchase-rate lift the verdict sizes the groups for', value: { kind: 'number', placeholder: 'points', bound: bound('minLift') }, defaultText: '2' }),
  option({ name: 'failIf', flag: '--fail-if', help: 'exit 4 after printing when the verdict is one of these (for the weekly cron job)', value: { kind: 'choices', placeholder: 'verdict', choices: VERDICT_CODES } }),
  dataFormat, ...READ_OPTIONS,
] as const;

const SLA_OPTIONS = [
  option({ name: 'firstResponse', flag: '--first-response', help: 'the first-response target', value: { kind: 'duration', placeholder: 'time' } }),
  option({ name: 'resolution', flag: '--resolution', help: 'the resolution target', value: { kind: 'duration', placeholder: 'time' } }),
  option({ name: 'targets', flag: '--targets', help: 'targets per priority and channel, a JSON file (docs/sla.md)', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'businessHours', flag: '--business-hours', help: 'count only working time, e.g. "Mon-Fri 09:00-18:00"', value: { kind: 'text', placeholder: 'spec' }, defaultText: 'calendar time' }),
  option({ name: 'timezone', flag: '--timezone', help: 'the IANA zone of the working hours, and of timestamps written without an offset', value: { kind: 'text', placeholder: 'zone' }, defaultText: 'UTC' }),
  option({ name: 'exportTimezone', flag: '--export-timezone', help: "the zone of the export's timestamps when it differs from --timezone", value: { kind: 'text', placeholder: 'zone' } }),
  option({ name: 'holidays', flag: '--holidays', help: 'days off, one YYYY-MM-DD a line (with --business-hours)', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'by', flag: '--by', help: 'the figures per group', value: { kind: 'choice', placeholder: 'field', choices: SLA_GROUPS } }),
  option({ name: 'period', flag: '--period', help: 'the figures per period (trend)', value: { kind: 'choice', placeholder: 'period', choices: SLA_PERIODS } }),
  option({ name: 'breaches', flag: '--breaches', help: 'list every breach (csv: the breaches instead)', value: { kind: 'flag' } }),
  option({ name: 'history', flag: '--history', help: "record each completed period's figures in this CSV (with --period)", value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'compare', flag: '--compare', help: 'the last complete period against the one before (with --period)', value: { kind: 'flag' } }),
  failIfOption('exit 4 when a threshold is crossed, e.g. within<90%, resolutionWithin<80%, breaches>10, csat<80%'),
  dataFormat, ...READ_OPTIONS,
] as const;

const SQL_OPTIONS = [
  option({ name: 'dialect', flag: '--dialect', help: 'the SQL dialect to write', value: { kind: 'choice', placeholder: 'name', choices: DIALECTS }, required: true }),
  option({ name: 'table', flag: '--table', help: 'the orders table (schema.table allowed)', value: { kind: 'text', placeholder: 'name' }, required: true }),
  option({ name: 'map', flag: '--map', help: 'the column of each field: customer and date required; order, amount (or quantity and price), status optional', value: { kind: 'list', placeholder: 'field=column', completes: 'field=header' } }),
  option({ name: 'asOf', flag: '--as-of', help: 'the "today" of the tables (the SQL reads no data to find the last day)', value: { kind: 'day', placeholder: 'date', example: '2011-12-09' }, required: true }),
  option({ name: 'since', flag: '--since', help: 'retention, cohorts: the first day of the calendar, on or before the first order', value: { kind: 'day', placeholder: 'date', example: '2010-12-01' } }),
  periodOption(), churnAfterOption,
  option({ name: 'calibrationEnd', flag: '--calibration-end', help: 'customers: the end of the period the summary covers', value: { kind: 'day', placeholder: 'date', example: '1997-09-30' }, defaultText: 'the as-of day' }),
  option({ name: 'timeUnit', flag: '--time-unit', help: 'customers: the unit of t_x and T', value: { kind: 'choice', placeholder: 'unit', choices: TIME_UNIT_CHOICES }, defaultText: 'week' }),
  option({ name: 'dateFormat', flag: '--date-format', help: 'how a text date column is written', value: { kind: 'choice', placeholder: 'format', choices: SQL_DATE_FORMATS }, defaultText: 'iso (a DATE, TIMESTAMP or ISO text column)' }),
  option({ name: 'statusValues', flag: '--status-values', help: 'the status values the table holds, comma-separated: care classifies each as it would in a CSV and writes the list into the SQL', value: { kind: 'list', placeholder: 'list' } }),
  option({ name: 'includeStatus', flag: '--include-status', help: 'count orders with this status as purchases', value: { kind: 'list', placeholder: 'value' } }),
  option({ name: 'excludeStatus', flag: '--exclude-status', help: 'leave orders with this status out', value: { kind: 'list', placeholder: 'value' } }),
  option({ name: 'currency', flag: '--currency', help: "the amounts' currency, for its minor unit", value: { kind: 'text', placeholder: 'code' } }),
  option({ name: 'zeroOrders', flag: '--zero-orders', help: 'orders of 0.00: skip them, or count them as purchases', value: { kind: 'choice', placeholder: 'rule', choices: ['skip', 'count'] }, defaultText: 'skip' }),
  option({ name: 'out', flag: '-o, --out', help: 'write the SQL there (atomically)', value: { kind: 'text', placeholder: 'file', file: true } }),
] as const;

const VERIFY_OPTIONS = [
  periodOption(), churnAfterOption,
  dataFormat, ...READ_OPTIONS, ...ENGINE_OPTIONS,
] as const;

async function configFor(io: Io, file: string | undefined) {
  const { loadConfig } = await import('../config/load.js');
  return loadConfig(io, file);
}

async function sendingDeps() {
  const [{ inquirerPrompts }, { processInterrupts }] = await Promise.all([import('./prompts.js'), import('./interrupts.js')]);
  return { prompts: inquirerPrompts(), interrupts: processInterrupts() };
}

export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'inspect',
    description: 'show what care detects in an export: encoding, delimiter, header → field mapping, date and number formats, row counts, first rows',
    args: [arg('file', 'the export (- for stdin)')],
    options: INSPECT_OPTIONS,
    run: async (io, [file], options) => (await import('../commands/inspect.js')).runInspect(io, file as string, options),
  }),
  command({
    name: 'retention',
    description: 'period retention table (start, new, reactivated, retained, lost, end, CRR, churn) and cohort table',
    args: [arg('orders', 'orders export (- for stdin); none with --subscriptions or --engine', false)],
    options: RETENTION_OPTIONS,
    run: async (io, [orders], options) => (await import('../commands/retention.js')).runRetention(io, orders, options),
  }),
  command({
    name: 'nps',
    description: 'NPS and CSAT from a survey export: groups, NPS with its 95% margin of error, the 0–10 distribution, trend, segments, customer value',
    args: [arg('survey', 'survey export (- for stdin)')],
    options: NPS_OPTIONS,
    run: async (io, [survey], options) => (await import('../commands/nps.js')).runNps(io, survey as string, options),
  }),
  command({
    name: 'ltv',
    description: 'customer lifetime value: simple, historical by cohort age, or predicted by BG/NBD, Pareto/NBD or MBG/NBD with Gamma-Gamma (P(alive), CLV, standard errors and intervals, holdout check); sBG for subscriptions',
    args: [arg('orders', 'orders export (- for stdin); none with --subscriptions or --engine', false)],
    options: LTV_OPTIONS,
    // The horizon's bound is ten years in the chosen time unit; for sbg, whole periods.
    check: (options) => {
      if (options.horizon !== undefined) checkBound(options.model === 'sbg' ? SBG_HORIZON_BOUND : horizonBound(options.timeUnit), options.horizon);
    },
    run: async (io, [orders], options) => (await import('../commands/ltv.js')).runLtv(io, orders, options),
  }),
  command({
    name: 'classify',
    description: 'sort complaints into the four complainer types (silent, voicer, irate, activist) with confidence, evidence and the next step; breakdown vs the 14/37/21/28 benchmark, the complaint iceberg, who needs a manager today',
    args: [arg('complaints', 'complaints export (- for stdin)')],
    options: CLASSIFY_OPTIONS,
    run: async (io, [complaints], options) => (await import('../commands/classify.js')).runClassify(io, complaints as string, options),
  }),
  command({
    name: 'report',
    description: 'the one-screen summary: headline KPIs, recent periods, cohorts, LTV, segments, NPS, complaints, MRR and service levels; --format html for a page to look at',
    args: [arg('orders', 'orders export (- for stdin); none with --engine', false)],
    options: REPORT_OPTIONS,
    run: async (io, [orders], options) => (await import('../commands/report.js')).runReport(io, orders, options),
  }),
  command({
    name: 'segments',
    description: 'RFM segments (champions, loyal, at risk, lost, …) with sizes, revenue shares, the suggested template of each, and who moved since a date',
    args: [arg('orders', 'orders export (- for stdin)')],
    options: SEGMENTS_OPTIONS,
    run: async (io, [orders], options) => (await import('../commands/segments.js')).runSegments(io, orders as string, options),
  }),
  command({
    name: 'lift',
    description: 'did the reminders work: purchase rate, revenue and days to next purchase of the sent vs the held-out customers of a campaign file, with 95% intervals and a verdict',
    args: [arg('campaign', 'the campaign file care remind --holdout wrote'), arg('orders', 'orders export covering the days after the campaign (- for stdin)')],
    options: LIFT_OPTIONS,
    run: async (io, [campaign, orders], options) => (await import('../commands/lift.js')).runLift(io, campaign as string, orders as string, options),
  }),
  command({
    name: 'sla',
    description: 'how fast the team answers and resolves: first response and resolution time against the targets, in calendar or business hours, by channel, agent, priority or period, with CSAT and the breaches',
    args: [arg('tickets', 'help-desk ticket export (- for stdin)')],
    options: SLA_OPTIONS,
    run: async (io, [tickets], options) => (await import('../commands/sla.js')).runSla(io, tickets as string, options),
  }),
  command({
    name: 'sql',
    description: "print the SQL that computes care's tables inside a database (DuckDB, PostgreSQL, ClickHouse, BigQuery, Snowflake, Spark), with the definitions as comments",
    args: [{ name: 'what', help: 'what to compute', required: true, choices: SQL_WHATS }],
    options: SQL_OPTIONS,
    // --dialect, --table and --as-of are required options: commander refuses the line without them.
    run: async (io, [what], options) => (await import('../commands/sql.js')).runSqlCommand(io, what as SqlWhat, options as typeof options & { dialect: Dialect; table: string; asOf: Day }),
  }),
  command({
    name: 'verify',
    description: "check an engine against the CSV path: the period table, the cohort table and the per-customer summary computed both ways from the same data, every difference listed (exit 4 when they differ)",
    args: [arg('file', 'the CSV export of the same orders')],
    options: VERIFY_OPTIONS,
    run: async (io, [file], options) => (await import('../commands/verify.js')).runVerify(io, file, options),
  }),
  command({
    name: 'remind',
    description: 'reminders for the customers who are due — re-order, win-back and anniversary from orders, payment from invoices: who and why, or rendered and sent like care email',
    args: [arg('file', 'orders export, or invoices for payment-reminder (- for stdin); none with --engine', false)],
    options: REMIND_OPTIONS,
    run: async (io, [file], options) => {
      const [{ runRemind }, deps] = await Promise.all([import('../commands/remind.js'), sendingDeps()]);
      await runRemind(io, file, options, deps);
    },
  }),
  command({
    name: 'templates',
    description: 'list the reply and reminder templates, show one with its variables and an example, or check them all with the lint-reply rules',
    args: [{ name: 'action', help: 'list, show or check', required: false, default: 'list', completes: ['list', 'show', 'check'] }, { ...arg('name', 'template name (for show; for check, one instead of all)', false), completes: 'template' }],
    options: TEMPLATES_OPTIONS,
    run: async (io, [action, name], options) => {
      const [{ runTemplates }, config] = await Promise.all([import('../commands/templates.js'), configFor(io, options.config)]);
      await runTemplates(io, action, name, { ...options, config: { templates: config.templates } });
    },
  }),
  command({
    name: 'profiles',
    description: 'list the export profiles care detects (shops, payments, CRMs, help desks, surveys), or print one as JSON',
    args: [arg('name', 'a profile to print in full (the format of your own profile files)', false)],
    options: PROFILES_OPTIONS,
    run: async (io, [name], options) => {
      const [{ runProfiles }, config] = await Promise.all([import('../commands/profiles.js'), configFor(io, options.config)]);
      runProfiles(io, name, { format: options.format, color: options.color !== false && io.color, profileFiles: config.profiles });
    },
  }),
  command({
    name: 'email',
    description: 'render a polite reply or reminder from a template: to stdout, files (--out-dir) or SMTP (--send)',
    args: [{ ...arg('template', 'template name (see care templates); optional with --template-column', false), completes: 'template' }],
    options: EMAIL_OPTIONS,
    run: async (io, [template], options) => {
      const [{ runEmail }, deps, config, { configSmtpUrl }] = await Promise.all([import('../commands/email.js'), sendingDeps(), configFor(io, options.config), import('../config/secrets.js')]);
      const { delimiter, encoding, config: _path, ...rest } = options;
      await runEmail(io, template, {
        ...rest,
        read: { delimiter, encoding },
        // The password is read only when mail is sent (from the environment or a 0600 file).
        config: { from: config.email?.from, smtpUrl: options.send === true ? configSmtpUrl(config, io) : config.email?.smtpUrl, templates: config.templates },
      }, deps);
    },
  }),
  command({
    name: 'config',
    description: 'show every setting in effect and the file it comes from, or set one in the project\'s or your own config (--user)',
    args: [{ name: 'action', help: 'show or set', required: false, default: 'show', choices: ['show', 'set'] }, arg('key', 'set: the dotted key, e.g. email.agent.name', false), arg('value', 'set: the value (JSON for numbers, lists, true/false)', false)],
    options: [
      option({ name: 'user', flag: '--user', help: 'set: write your own settings ($XDG_CONFIG_HOME/care/config.json) instead of the project\'s', value: { kind: 'flag' } }),
      formatOption(['table', 'json']),
      configOption, colorOption,
    ] as const,
    run: async (io, [action, key, value], options) => (await import('../commands/config.js')).runConfig(io, action as 'show' | 'set', key, value, options),
  }),
  command({
    name: 'completion',
    description: 'print the shell completion script for bash, zsh or fish (commands, options, their values, files)',
    args: [{ name: 'shell', help: 'the shell', required: true, choices: SHELLS }],
    options: [] as const,
    // COMMANDS is complete by the time any action runs.
    run: async (io, [shell]) => io.stdout.write((await import('./completion.js')).completionScript(shell as Shell, COMMANDS)),
  }),
  command({
    name: 'schema',
    description: 'print the JSON Schema (draft 2020-12) of a command\'s --format json output, or list every document with its schema name and version',
    args: [
      { name: 'command', help: 'the command whose JSON to describe (none: list them)', required: false, choices: SCHEMA_NAMES },
      arg('view', 'a view whose JSON differs: retention conventions|convention|mrr, ltv sbg, classify explain, templates show|check, lint-reply batch', false),
    ],
    options: [] as const,
    run: async (io, [name, view]) => (await import('../commands/schema.js')).runSchema(io, name, view),
  }),
  command({
    name: 'lint-reply',
    description: 'check a draft reply or reminder against the rules of polite care and score it 0–100',
    args: [arg('file', 'the draft: plain text or an .eml (- or none: stdin)', false)],
    options: LINT_REPLY_OPTIONS,
    run: async (io, [file], options) => {
      // The project's settings (export profiles, column maps) only to read --complaints.
      const [{ runLintReply }, config] = await Promise.all([import('../commands/lint-reply.js'), options.complaints === undefined ? undefined : configFor(io, undefined)]);
      await runLintReply(io, file, options, config);
    },
  }),
];
