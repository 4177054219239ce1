/**
 * What care says about itself, in English: the key set every other language is typed against
 * (ru.ts, bg.ts; tsc fails on a missing key). `{name}` is a parameter; an object is plural
 * variants chosen by `{count}` (Intl.PluralRules). docs/messages.md says how to add a message.
 */
import type { Message } from '../types.js';

export const en = {
  // Commander's own words in --help, and the global options.
  'help.usage': 'Usage:',
  'help.arguments': 'Arguments:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.globalOptions': 'Global Options:',
  'help.helpOption': 'display help for command',
  'help.versionOption': 'output the version number',
  'help.langOption': 'the language care speaks in help, errors and warnings: en, ru or bg (default: LC_ALL, LC_MESSAGES or LANG, then the config\'s "lang", then en)',
  'help.afterError': '(run care --help for the commands)',
  'help.default': 'default {value}',
  'help.orConfig': 'or the config',
  'help.required': 'required',
  'help.choices': 'choices: {choices}',
  'help.aNumber': 'a number',
  'help.anyOf': 'any of {choices}; comma-separated or repeated',
  'help.aDate': 'a date, YYYY-MM-DD',
  'help.aDuration': 'a duration: 10m, 1h, 1h30m, 2d',
  'help.repeatable': 'repeatable',

  // The bounds of numeric options (src/cli/option-bounds.ts).
  'bound.integerOf': 'a whole number of {unit}',
  'bound.numberOf': 'a number of {unit}',
  'bound.integerAs': 'a whole number ({unit})',
  'bound.numberAs': 'a number ({unit})',
  'bound.fromTo': '{what} from {min} to {max}',
  'bound.aboveAtMost': '{what} above {min} and at most {max}',
  'bound.aboveBelow': '{what} above {min} and below {max}',
  'unit.rows': 'rows',
  'unit.days': 'days',
  'unit.weeks': 'weeks',
  'unit.months': 'months',
  'unit.years': 'years',
  'unit.periods': 'periods',
  'unit.seconds': 'seconds',
  'unit.percentagePoints': 'percentage points',
  'unit.shareOfRevenue': 'a share of revenue',
  'unit.amount': 'an amount',
  'unit.annualRate': 'an annual rate',
  'unit.score': 'a score',
  'unit.shareOfDue': 'a share of the due customers',
  'unit.seed': 'a seed',

  // The error line (src/cli/main.ts): where, then what, then the hint.
  'where.line': 'line {line}',
  'where.field': 'field "{field}"',
  'label.hint': 'hint',
  'label.warning': 'warning',
  'error.internal': 'internal error: {message}',
  'hint.internal': 'this is a bug in care; run again with CARE_DEBUG=1 and report the output',

  // Commander's errors (exitOverride codes commander.*), rewritten in the chosen language.
  'commander.error': 'error: {message}',
  'commander.unknownOption': "unknown option '{flag}'",
  'commander.unknownCommand': "unknown command '{name}'",
  'commander.didYouMean': '(Did you mean {candidates}?)',
  'commander.missingArgument': "missing required argument '{name}'",
  'commander.optionMissingArgument': "option '{flags}' argument missing",
  'commander.missingMandatoryOption': "required option '{flags}' not specified",
  'commander.excessArguments': { one: 'too many arguments for {command}: expected {count} argument but got {got}', other: 'too many arguments for {command}: expected {count} arguments but got {got}' },
  'commander.invalidOptionArgument': "option '{flags}' argument '{value}' is invalid: {detail}",
  'commander.invalidArgument': "argument '{name}' cannot be '{value}': allowed are {choices}",
  'commander.expectedOneOf': 'expected one of {choices}',

  // Reading a file.
  'error.noSuchFile': 'no such file',
  'error.permissionDenied': 'permission denied',
  'error.cannotReadFile': 'cannot read the file ({code})',
  'hint.checkPath': 'check the path, or pass - to read standard input',
  'error.isFolder': 'this is a folder, not a file',
  'hint.nameFileInside': 'name the CSV file inside it',
  'error.fileEmpty': 'the file is empty',
  'hint.exportAgain': 'export it again with a header row and data',
  'error.noHeaderRow': 'the file has no header row',
  'error.headerNoRows': 'the file has a header but no rows',
  'error.badEncoding': 'the bytes are not valid {encoding} (near byte {byte})',
  'hint.passEncoding': 'pass --encoding {suggested} to say how the file is written (utf-8, windows-1251, latin1 and utf-16le are known)',
  'error.binary': 'the file contains NUL bytes: it is not text in a known encoding',
  'hint.utf16': 'if it is UTF-16 text, pass --encoding utf-16le',
  'error.noColumnForField': 'no column for the required field "{field}"',
  'hint.mapField': 'map one with --map {field}=HEADER (care inspect suggests one); the headers are: {headers}',
  'error.mixedDates': 'the {field} column mixes day-first (line {dayFirst}) and month-first (line {monthFirst}) dates',
  'hint.passDateFormat': 'pass --date-format DMY or MDY',
  'hint.passDateFormatSkip': 'pass --date-format DMY or MDY; rows that do not fit it are then skipped and counted',
  'error.ambiguousDates': 'every slashed {field} could be day-first or month-first (e.g. line {line})',
  'hint.dateFormatExamples': 'pass --date-format DMY (31/12/2024) or --date-format MDY (12/31/2024)',

  // Option values (src/cli): bad values and bounds, exit 2.
  'error.optionBound': '{flag} {value}: expected {expected}',
  'hint.optionBounds': 'the bounds of every numeric option are in docs/contracts.md ("Option bounds")',
  'error.expectedNumber': '{flag} {value}: expected a number',
  'error.expectedDate': '{flag} {value}: expected a date as YYYY-MM-DD',
  'hint.forExample': 'for example {flag} {example}',
  'error.dateOutside': '{flag} {value}: outside the dates care reads ({min} to {max})',
  'hint.timeBounds': 'docs/guarantees.md, "Time has bounds"',
  'error.notDuration': '{flag} {value}: not a duration',
  'hint.durationForm': 'write it like 10m, 1h, 1h30m or 2d (a day is 24 hours)',
  'error.badLang': '--lang {value}: expected one of en, ru, bg',

  // The config file.
  'error.noConfig': 'no such config file',
  'hint.createConfig': 'create it, or drop --config to use ./{name}',
  'error.configNotJson': 'not valid JSON ({detail})',
  'hint.fixJson': 'fix the JSON syntax',

  // Notices and warnings on stderr.
  'notice.wrote': 'wrote {file}',
  'notice.skipped': { one: '{file}: {count} row skipped: {reasons}', other: '{file}: {count} rows skipped: {reasons}' },
  'notice.skippedReason': '{reason}: {count} (first at line {line})',
  'reason.noCustomer': 'no customer id',
  'reason.badDate': 'unreadable date',
  'reason.badAmount': 'unreadable amount',
  'reason.badQuantity': 'unreadable quantity',
  'reason.badPrice': 'unreadable price',
  'reason.missingAmount': 'no amount',
  'reason.ragged': 'wrong number of fields',
  'reason.badQuote': 'unbalanced quote',
  'reason.otherCurrency': 'another currency than --currency',
  'reason.badScore': 'score is not a whole number from 0 to 10',
  'reason.badValue': 'unreadable value',
  'reason.missingValue': 'required value missing',
  'reason.noEvidence': 'nothing to classify by (no complaint words, channel, status or low score)',

  // LTV warnings and NPS notes, written in English by the computations (src/metrics) and said in
  // the language of a page or a run by the patterns of src/i18n/known-notes.ts.
  'ltv.noAmountsPredictive': 'the export has no amounts: purchases and P(alive) are predicted, spend and CLV are not',
  'ltv.noAmountsSimple': 'the export has no amounts: simple and historical LTV need them',
  'ltv.noRecentOrders': 'no qualifying orders between {from} and {to}: the simple LTV needs a year of recent orders',
  'ltv.shortHistory': 'no customer was active on {day}, a year before as-of: annual churn, the expected lifetime and the simple LTV need more than a year of history',
  'ltv.lifetimeCapped': 'annual churn is {churn}%, so 1 / churn exceeds {years} years: the lifetime was capped there (--max-lifetime)',
  'ltv.notConverged': '{model} fit did not converge ({detail}; gradient {gradient}): treat its numbers as rough',
  'ltv.spendNotConverged': 'Gamma-Gamma fit did not converge ({detail}): treat spend predictions as rough',
  'ltv.startsDisagree': 'only {best} of {count} optimiser starts reached the best {model} fit: the likelihood may have several optima',
  'ltv.spendStartsDisagree': 'only {best} of {count} optimiser starts reached the best Gamma-Gamma fit',
  'ltv.degenerate': '{model} parameters ran towards a limit ({params}): the data say little about purchase rates or dropout, so predictions are unreliable',
  'ltv.spendDegenerate': "Gamma-Gamma parameters ran towards a limit ({params}): spends do not look gamma-distributed around each customer's own mean, so spend predictions are unreliable",
  'ltv.nonpositiveSpend': { one: '{count} repeat customer with a zero or negative mean spend was left out of the spend model', other: '{count} repeat customers with a zero or negative mean spend were left out of the spend model' },
  'ltv.tooFewBoughtAgain': 'only {repeat} of {count} customers bought again (at least {needed} are needed to fit {model})',
  'ltv.tooFewRepeat': 'only {count} repeat customer(s) with a positive spend (at least {needed} are needed to fit Gamma-Gamma)',
  'ltv.spendCorrelated': 'purchase frequency and mean spend are correlated (r = {r}): Gamma-Gamma assumes they are independent, so spend predictions may be biased',
  'ltv.infiniteMeanSpend': 'Gamma-Gamma q = {q} ≤ 1: the population mean spend is unbounded, so customers without repeat purchases get no spend estimate',
  'ltv.noStandardErrors': 'the {model} log-likelihood is flat or not at a maximum in some direction: no standard errors, and no intervals',
  'nps.csatScale': 'The "{column}" column is not on a 1–5 scale ({count} of its values are 0 or 6–10), so no CSAT is computed from it.',
  'nps.csatUnreadable': { one: '{count} CSAT cell was not a rating from 1 to 5 and is left out of CSAT.', other: '{count} CSAT cells were not a rating from 1 to 5 and are left out of CSAT.' },
  'nps.fewAnswers': { one: 'Only {count} answer: the margin of error (a normal approximation) is a rough guide, and near ±100 it understates the uncertainty.', other: 'Only {count} answers: the margin of error (a normal approximation) is a rough guide, and near ±100 it understates the uncertainty.' },
  'nps.undated': { one: '{count} answer has no date and is left out of the trend.', other: '{count} answers have no date and are left out of the trend.' },
} as const satisfies Record<string, Message>;

/** Every message key. */
export type MessageKey = keyof typeof en;

/** A catalog of another language: every key of en.ts, nothing else. */
export type Catalog = { readonly [K in MessageKey]: Message };
