/**
 * Every option of care, declared once (option-spec.ts), in the groups commands share: reading an
 * export, the output, the churn window, thresholds, locale, delivery. A command's options are a
 * list of these (command-table.ts); its typed options are derived from that list.
 */
import type { CareConfig } from '../config/schema.js';
import { LOCALES } from '../locale.js';
import { DATE_ORDERS, ENCODINGS, parseDelimiter } from '../ingest/formats.js';
import { DUE_KINDS } from '../metrics/due.js';
import { DEFAULT_CHURN_AFTER_DAYS, LTV_MODELS, TIME_UNITS } from '../metrics/ltv/settings.js';
import { REPLY_KINDS } from '../lint/types.js';
import { DATE_FORMATS as SQL_DATE_FORMATS } from '../sql/dialect.js';
import { PERIOD_KINDS } from '../time/periods.js';
import { OPTION_BOUNDS, type OptionBound } from './option-bounds.js';
import { option } from './option-spec.js';

export const FORMATS = ['table', 'csv', 'json', 'md'] as const;
export { ENCODINGS };
export const DATE_FORMATS = DATE_ORDERS;
export const PERIODS = PERIOD_KINDS;

const bound = (name: string): OptionBound => OPTION_BOUNDS[name] as OptionBound;

/** -f, --format with the formats a command really has. */
export const formatOption = <const F extends string>(formats: readonly F[], help = 'output format') =>
  option({ name: 'format', flag: '-f, --format', help, value: { kind: 'choice', placeholder: 'format', choices: formats }, default: formats[0] });

export const configOption = option({ name: 'config', flag: '--config', help: 'config file (default: ./care.config.json when present)', value: { kind: 'text', placeholder: 'file', file: true } });
export const colorOption = option({ name: 'color', flag: '--no-color', help: 'plain output without colour (also NO_COLOR=1)', value: { kind: 'negated' } });

/** --delimiter and --encoding mean the same for every command that reads a CSV: `tab` is a TAB, an unknown encoding exit 2. */
export const delimiterOption = (help: string) =>
  option({ name: 'delimiter', flag: '--delimiter', help, value: { kind: 'custom', placeholder: 'char', parse: (text: string) => parseDelimiter(text) } });
export const encodingOption = (help: string) => option({ name: 'encoding', flag: '--encoding', help, value: { kind: 'choice', placeholder: 'name', choices: ENCODINGS } });

/** Reading an export: the options of every data command. */
export const READ_OPTIONS = [
  option({ name: 'out', flag: '-o, --out', help: 'write the output there (atomically); {asOf} and {isoWeek} in the name are filled in', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'map', flag: '--map', help: 'map a field to a header of the export', value: { kind: 'list', placeholder: 'field=Header', completes: 'field=header' } }),
  configOption,
  delimiterOption("field delimiter (default: sniffed from , ; tab |); 'tab' for tab"),
  encodingOption('file encoding (default: sniffed)'),
  option({ name: 'dateFormat', flag: '--date-format', help: 'how to read slashed dates', value: { kind: 'choice', placeholder: 'order', choices: DATE_FORMATS }, defaultText: 'decided from the data' }),
  option({ name: 'asOf', flag: '--as-of', help: 'the "today" of the report', value: { kind: 'day', placeholder: 'date', example: '2011-12-09' }, defaultText: 'the last date in the data' }),
  option({ name: 'currency', flag: '--currency', help: 'keep amounts in this currency when the file mixes several', value: { kind: 'text', placeholder: 'code' } }),
  option({ name: 'strict', flag: '--strict', help: 'fail on the first bad row (exit 3) instead of skipping and counting it', value: { kind: 'flag' } }),
  option({ name: 'rejects', flag: '--rejects', help: 'write skipped rows, with line number and reason, to this CSV', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'profile', flag: '--profile', help: "read with this export profile (care profiles lists them; a profile JSON file; 'none' turns detection off)", value: { kind: 'text', placeholder: 'name|file' } }),
  option({ name: 'includeStatus', flag: '--include-status', help: 'count rows with this status or deal stage as purchases', value: { kind: 'list', placeholder: 'value' } }),
  option({ name: 'excludeStatus', flag: '--exclude-status', help: 'leave rows with this status or deal stage out', value: { kind: 'list', placeholder: 'value' } }),
  option({ name: 'zeroOrders', flag: '--zero-orders', help: 'orders of 0.00: skip them, or count them as purchases', value: { kind: 'choice', placeholder: 'rule', choices: ['skip', 'count'] }, defaultText: 'skip' }),
  colorOption,
] as const;

/**
 * Orders from a database instead of a file (docs/sql.md): retention, report, ltv, remind and verify.
 * The engine computes the customer-days and the tables with care's SQL; the FILE argument is left out.
 */
export const ENGINE_OPTIONS = [
  option({ name: 'engine', flag: '--engine', help: 'read the orders from a database: duckdb:FILE (.duckdb, .parquet, .csv), postgres://user@host/db, clickhouse://host:8123/db (password from the URL or PGPASSWORD; never printed)', value: { kind: 'text', placeholder: 'url' } }),
  option({ name: 'table', flag: '--table', help: 'with --engine: the orders table (schema.table allowed)', value: { kind: 'text', placeholder: 'name' } }),
  option({ name: 'query', flag: '--query', help: 'with --engine: the orders as the rows of this SELECT instead of --table (DuckDB, PostgreSQL)', value: { kind: 'text', placeholder: 'sql' } }),
  option({ name: 'engineDateFormat', flag: '--engine-date-format', help: 'with --engine: how a text date column is written', value: { kind: 'choice', placeholder: 'format', choices: SQL_DATE_FORMATS }, defaultText: 'iso (a DATE, TIMESTAMP or ISO text column)' }),
] as const;

export const periodOption = (help = 'the length of a period') =>
  option({ name: 'period', flag: '--period', help, value: { kind: 'choice', placeholder: 'period', choices: PERIODS }, fromConfig: (config) => config.period, defaultText: 'month' });

/** The churn window: one declaration, one default (docs/definitions.md "Active customers"). */
export const churnAfterOption = option({
  name: 'churnAfter',
  flag: '--churn-after',
  help: 'days a purchase keeps a customer active',
  value: { kind: 'number', placeholder: 'days', bound: bound('churnAfter') },
  fromConfig: (config) => config.churnAfterDays,
  defaultText: String(DEFAULT_CHURN_AFTER_DAYS),
});

export const lastOption = (help: string, defaultValue?: number) =>
  option({ name: 'last', flag: '--last', help, value: { kind: 'number', placeholder: 'n', bound: bound('last') }, ...(defaultValue === undefined ? {} : { default: defaultValue }) });

export const failIfOption = (help: string) => option({ name: 'failIf', flag: '--fail-if', help, value: { kind: 'list', placeholder: 'expr' } });

/** --locale; `fromConfig` false where no locale means "detect it" rather than the config's. */
export const localeOption = (help = 'en, ru or bg', fromConfig = true) =>
  option({ name: 'locale', flag: '--locale', help, value: { kind: 'choice', placeholder: 'locale', choices: LOCALES }, ...(fromConfig ? { fromConfig: (config: CareConfig) => config.locale } : {}) });

export const marginOption = option({ name: 'margin', flag: '--margin', help: 'share of revenue kept as profit', value: { kind: 'number', placeholder: 'share', bound: bound('margin') }, defaultText: '1' });
export const cacOption = option({ name: 'cac', flag: '--cac', help: 'customer acquisition cost: adds LTV − CAC and LTV : CAC', value: { kind: 'number', placeholder: 'amount', bound: bound('cac') } });
export const templatesOption = option({ name: 'templates', flag: '--templates', help: 'your own templates (DIR/<locale>/<name>.hbs), overriding built-ins of the same name', value: { kind: 'text', placeholder: 'dir', file: true } });
export const setOption = (help: string) => option({ name: 'set', flag: '--set', help, value: { kind: 'list', placeholder: 'key=value' } });

export const LTV_MODEL_CHOICES = [...LTV_MODELS, 'pnbd', 'mbgnbd', 'auto', 'sbg'] as const;
export const TIME_UNIT_CHOICES = TIME_UNITS;
export const DUE_KIND_CHOICES = DUE_KINDS;
export const REPLY_KIND_CHOICES = REPLY_KINDS;

/** Rendering and sending messages: the same for care email and care remind. */
export const DELIVERY_OPTIONS = [
  option({ name: 'from', flag: '--from', help: 'sender address', value: { kind: 'text', placeholder: 'address' } }),
  option({ name: 'outDir', flag: '--out-dir', help: 'write one file per message there', value: { kind: 'text', placeholder: 'dir', file: true } }),
  option({ name: 'lint', flag: '--lint', help: 'check each rendered message with the lint-reply rules; findings go to stderr', value: { kind: 'flag' } }),
  option({ name: 'send', flag: '--send', help: 'send over SMTP (CARE_SMTP_URL, --smtp-url or the config)', value: { kind: 'flag' } }),
  option({ name: 'yes', flag: '--yes', help: 'send without asking (for cron)', value: { kind: 'flag' } }),
  option({ name: 'sendLog', flag: '--send-log', help: 'the log that makes re-runs send each message once', value: { kind: 'text', placeholder: 'file', file: true } }),
  option({ name: 'resendUnknown', flag: '--resend-unknown', help: 'also send the messages an earlier run left unknown (maybe delivered: check the mailbox first)', value: { kind: 'flag' } }),
  option({ name: 'smtpUrl', flag: '--smtp-url', help: 'smtp://user:pass@host:port', value: { kind: 'text', placeholder: 'url' } }),
  option({ name: 'smtpInsecure', flag: '--smtp-insecure', help: 'allow the SMTP login without TLS (trusted networks only)', value: { kind: 'flag' } }),
  option({ name: 'smtpTimeout', flag: '--smtp-timeout', help: 'how long to wait for the SMTP server to connect and greet', value: { kind: 'number', placeholder: 'seconds', bound: bound('smtpTimeout') }, defaultText: '10' }),
  templatesOption,
] as const;
