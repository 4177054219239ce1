/**
 * The LTV warnings and NPS notes the computations write in English (src/metrics: they are in the
 * JSON as they are), recognised by their shape and said in the catalogs' words: for the notes of
 * a Russian or Bulgarian HTML report and the warnings of a run in those languages. A text no
 * pattern knows stays English. No I/O.
 */
import type { MessageKey } from './messages/en.js';
import { isMessageKey, say } from './translate.js';
import type { MessageRef, Params } from './types.js';

interface KnownNote {
  pattern: RegExp;
  key: MessageKey;
  /** The parameters from the groups of the match (a group that did not take part is undefined). */
  params?: (groups: (string | undefined)[]) => Params;
}

/** `"Отменён" (3 rows), "Тест" (1 row)` → one message per status value. */
function statusList(listed: string): MessageRef[] {
  return [...listed.matchAll(/("(?:[^"\\]|\\.)*") \(([\d,]+) rows?\)/g)].map((item) => say('ingest.statusRows', { value: item[1]!, count: count(item[2]) }));
}

/** `1,234` → 1234, for a count the plural form depends on. */
const count = (text: string | undefined): number => Number((text ?? '').replace(/,/g, ''));

const KNOWN_NOTES: readonly KnownNote[] = [
  // What the orders reader says about the columns and values it found (src/ingest/order-aggregator.ts).
  {
    pattern: /^(.+): status values not recognised, counted as purchases: (.+?)(?: and (\d+) more)?; to leave one out pass --exclude-status (.+), to confirm it --include-status \4$/,
    key: 'ingest.unknownStatuses',
    params: ([file, listed, more, example]) => ({ file: file!, listed: statusList(listed!), more: more === undefined ? '' : say('ingest.andMore', { count: count(more) }), example: example! }),
  },
  {
    pattern: /^(.+): "(.*)" could also be the (\w+); "(.*)" was taken \(to use the other, pass --map \3=(".*")\)$/,
    key: 'ingest.couldAlsoBe',
    params: ([file, other, field, taken, quoted]) => ({ file: file!, other: other!, field: field!, taken: taken!, quoted: quoted! }),
  },
  {
    pattern: /^(.+): no column was read as the amount, so orders carry no revenue; "(.*)" looks like one \(to read it, pass --map amount=(".*")\)$/,
    key: 'ingest.noAmountColumn',
    params: ([file, header, quoted]) => ({ file: file!, header: header!, quoted: quoted! }),
  },
  {
    pattern: /^(.+): "(.*)" looks like a status column but is not read \(no status column is read, so every order counts as a purchase\); to read it, pass --map status=(".*")$/,
    key: 'ingest.statusNotRead',
    params: ([file, header, quoted]) => ({ file: file!, header: header!, quoted: quoted! }),
  },
  {
    pattern: /^(.+): "(.*)" looks like a status column but is not read \("(.*)" is read\); to read it, pass --map status=(".*")$/,
    key: 'ingest.statusNotReadOther',
    params: ([file, header, status, quoted]) => ({ file: file!, header: header!, status: status!, quoted: quoted! }),
  },
  {
    pattern: /^(.+): (\d+) rows carry another amount than the first row of their order, whose amount was taken as the order's \(amounts repeat on each row of an order\)$/,
    key: 'ingest.repeatMismatches',
    params: ([file, n]) => ({ file: file!, count: count(n) }),
  },
  {
    pattern: /^(.+): (\d+) amounts? in BGN dated before 2026-01-01 converted to EUR at the fixed rate 1 EUR = ([\d.]+) BGN \(each order rounded to the cent\)$/,
    key: 'ingest.convertedFromBgn',
    params: ([file, n, rate]) => ({ file: file!, count: count(n), rate: rate! }),
  },
  {
    pattern: /^(.+): headers (.+) matched; ambiguous: (.+) matched as well \(pick one with --profile\)$/,
    key: 'ingest.profileAmbiguous',
    params: ([file, headers, profiles]) => ({ file: file!, headers: headers!, profiles: profiles! }),
  },
  {
    pattern: /^(.+): every row of an order repeats its "(.*)" while the items differ \((\d+) such orders in the first rows\): taken once per order, not summed; if each row carries its own line's amount, read with a profile whose lineItems is "per-line" \(docs\/profiles\.md\)$/,
    key: 'ingest.amountsRepeat',
    params: ([file, header, n]) => ({ file: file!, header: header!, count: count(n) }),
  },
  // Why care remind's win-back list is not ranked (src/metrics/ltv/no-purchase.ts), besides the LTV warnings below.
  { pattern: /^BG\/NBD could not be fitted$/, key: 'ltv.bgnbdNotFitted' },
  { pattern: /^the export has no amounts: purchases and P\(alive\) are predicted, spend and CLV are not$/, key: 'ltv.noAmountsPredictive' },
  { pattern: /^the export has no amounts: simple and historical LTV need them$/, key: 'ltv.noAmountsSimple' },
  { pattern: /^no qualifying orders between (\S+) and (\S+): the simple LTV needs a year of recent orders$/, key: 'ltv.noRecentOrders', params: ([from, to]) => ({ from: from!, to: to! }) },
  {
    pattern: /^no customer was active on (\S+), a year before as-of: annual churn, the expected lifetime and the simple LTV need more than a year of history$/,
    key: 'ltv.shortHistory',
    params: ([day]) => ({ day: day! }),
  },
  {
    pattern: /^annual churn is ([\d.]+)%, so 1 \/ churn exceeds (\S+) years: the lifetime was capped there \(--max-lifetime\)$/,
    key: 'ltv.lifetimeCapped',
    params: ([churn, years]) => ({ churn: churn!, years: years! }),
  },
  { pattern: /^Gamma-Gamma fit did not converge \((.+)\): treat spend predictions as rough$/, key: 'ltv.spendNotConverged', params: ([detail]) => ({ detail: detail! }) },
  {
    pattern: /^(.+) fit did not converge \((.+); gradient (\S+)\): treat its numbers as rough$/,
    key: 'ltv.notConverged',
    params: ([model, detail, gradient]) => ({ model: model!, detail: detail!, gradient: gradient! }),
  },
  { pattern: /^only (\d+) of (\d+) optimiser starts reached the best Gamma-Gamma fit$/, key: 'ltv.spendStartsDisagree', params: ([best, of]) => ({ best: best!, count: count(of) }) },
  {
    pattern: /^only (\d+) of (\d+) optimiser starts reached the best (.+) fit: the likelihood may have several optima$/,
    key: 'ltv.startsDisagree',
    params: ([best, of, model]) => ({ best: best!, count: count(of), model: model! }),
  },
  {
    pattern: /^Gamma-Gamma parameters ran towards a limit \((.+)\): spends do not look gamma-distributed around each customer's own mean, so spend predictions are unreliable$/,
    key: 'ltv.spendDegenerate',
    params: ([params]) => ({ params: params! }),
  },
  {
    pattern: /^(.+) parameters ran towards a limit \((.+)\): the data say little about purchase rates or dropout, so predictions are unreliable$/,
    key: 'ltv.degenerate',
    params: ([model, params]) => ({ model: model!, params: params! }),
  },
  {
    pattern: /^only ([\d,]+) of ([\d,]+) customers bought again \(at least (\d+) are needed to fit (.+)\)$/,
    key: 'ltv.tooFewBoughtAgain',
    params: ([repeat, of, needed, model]) => ({ repeat: count(repeat), count: count(of), needed: needed!, model: model! }),
  },
  { pattern: /^(\d+) repeat customer\(s\) with a zero or negative mean spend were left out of the spend model$/, key: 'ltv.nonpositiveSpend', params: ([n]) => ({ count: count(n) }) },
  {
    pattern: /^only (\d+) repeat customer\(s\) with a positive spend \(at least (\d+) are needed to fit Gamma-Gamma\)$/,
    key: 'ltv.tooFewRepeat',
    params: ([n, needed]) => ({ count: n!, needed: needed! }),
  },
  {
    pattern: /^purchase frequency and mean spend are correlated \(r = (\S+)\): Gamma-Gamma assumes they are independent, so spend predictions may be biased$/,
    key: 'ltv.spendCorrelated',
    params: ([r]) => ({ r: r! }),
  },
  {
    pattern: /^Gamma-Gamma q = (\S+) ≤ 1: the population mean spend is unbounded, so customers without repeat purchases get no spend estimate$/,
    key: 'ltv.infiniteMeanSpend',
    params: ([q]) => ({ q: q! }),
  },
  {
    pattern: /^the (.+) log-likelihood is flat or not at a maximum in some direction: no standard errors, and no intervals$/,
    key: 'ltv.noStandardErrors',
    params: ([model]) => ({ model: model! }),
  },
  {
    pattern: /^The "(.+)" column is not on a 1–5 scale \(([\d,]+) of its values are 0 or 6–10\), so no CSAT is computed from it\.$/,
    key: 'nps.csatScale',
    params: ([column, n]) => ({ column: column!, count: count(n) }),
  },
  { pattern: /^([\d,]+) CSAT cells were not a rating from 1 to 5 and are left out of CSAT\.$/, key: 'nps.csatUnreadable', params: ([n]) => ({ count: count(n) }) },
  {
    pattern: /^Only ([\d,]+) answers: the margin of error \(a normal approximation\) is a rough guide, and near ±100 it understates the uncertainty\.$/,
    key: 'nps.fewAnswers',
    params: ([n]) => ({ count: count(n) }),
  },
  { pattern: /^([\d,]+) answers have no date and are left out of the trend\.$/, key: 'nps.undated', params: ([n]) => ({ count: count(n) }) },
];

/**
 * The details the readers give a bad row (src/ingest: order-aggregator.ts, records.ts, read.ts,
 * tickets.ts, survey.ts, fields/date.ts; src/commands/load-retention.ts), said as the error of
 * a run under --strict. Read only when that error is thrown, never on the row path.
 */
const ROW_DETAILS: readonly KnownNote[] = [
  { pattern: /^(\d+) fields where the header has (\d+)$/, key: 'row.fieldCount', params: ([n, header]) => ({ count: count(n), header: header! }) },
  { pattern: /^belongs to order (.*), whose first row was skipped$/, key: 'row.orderSkipped', params: ([order]) => ({ order: order! }) },
  { pattern: /^"(.*)" is not a date or a date and time$/, key: 'row.notDateTime', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a date$/, key: 'row.notDate', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is outside the dates care reads \((\S+) to (\S+)\)(?: or a date and time)?$/, key: 'row.dateOutOfRange', params: ([value, min, max]) => ({ value: value!, min: min!, max: max! }) },
  { pattern: /^the amount is empty$/, key: 'row.amountEmpty' },
  { pattern: /^"(.*)" is not an amount$/, key: 'row.notAmount', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a quantity$/, key: 'row.notQuantity', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a price$/, key: 'row.notPrice', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a whole number$/, key: 'row.notWholeNumber', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a number$/, key: 'row.notNumber', params: ([value]) => ({ value: value! }) },
  { pattern: /^amount in (.+)$/, key: 'row.amountIn', params: ([currency]) => ({ currency: currency! }) },
  { pattern: /^no (\w+)$/, key: 'row.noValue', params: ([field]) => ({ field: field! }) },
  { pattern: /^the score is empty$/, key: 'row.scoreEmpty' },
  { pattern: /^score "(.*)" is not a whole number from 0 to 10$/, key: 'row.badScore', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a duration in minutes$/, key: 'row.notMinutes', params: ([value]) => ({ value: value! }) },
  { pattern: /^"(.*)" is not a duration in hours$/, key: 'row.notHours', params: ([value]) => ({ value: value! }) },
  { pattern: /^the first reply is before the ticket was created$/, key: 'row.replyBeforeCreated' },
  { pattern: /^the resolution is before the ticket was created$/, key: 'row.resolvedBeforeCreated' },
  { pattern: /^the end date is before the start date$/, key: 'row.endBeforeStart' },
  { pattern: /^unknown billing interval "(.*)" \(month, year, week or day\)$/, key: 'row.unknownInterval', params: ([value]) => ({ value: value! }) },
  { pattern: /^a quoted field closes mid-field \((".*")\); write a quote inside a field as ""$/, key: 'error.quoteClosesMidField', params: ([shown]) => ({ shown: shown! }) },
  {
    pattern: /^a quoted field closes mid-field \((".*"), quote opened at line (\d+)\); write a quote inside a field as ""$/,
    key: 'error.quoteClosesMidFieldOpened',
    params: ([shown, line]) => ({ shown: shown!, line: line! }),
  },
  { pattern: /^the quote opened at line (\d+) \((".*")\) never closes; the lines after it are read as rows$/, key: 'error.quoteNeverCloses', params: ([line, shown]) => ({ line: line!, shown: shown! }) },
];

/**
 * A bad row's detail as a message of the catalogs: a known shape in the catalogs' words, else the
 * reason in words with the detail as written (`reason.*` keys, src/ingest/rejects.ts).
 */
export function knownRowDetail(reason: string, detail: string): MessageRef {
  const known = knownDetail(detail);
  if (known !== undefined) return known;
  const key = `reason.${reason}`;
  return say('row.reasonDetail', { reason: isMessageKey(key) ? say(key) : reason, detail });
}

/** A bad row's detail in the catalogs' words when its shape is known (care inspect's rejected rows); else undefined. */
export function knownDetail(detail: string): MessageRef | undefined {
  return matchOf(ROW_DETAILS, detail);
}

/**
 * Why a profile was chosen or not, as the profile chooser writes it (src/ingest/profiles/detect.ts,
 * apply.ts; care inspect's table). `--profile NAME` alone is a word of the command line, said as is.
 */
const PROFILE_REASONS: readonly KnownNote[] = [
  { pattern: /^headers (.+) matched$/, key: 'inspect.profileMatched', params: ([headers]) => ({ headers: headers! }) },
  {
    pattern: /^headers (.+) matched; ambiguous: (.+) matched as well \(pick one with --profile\)$/,
    key: 'inspect.profileMatchedAmbiguous',
    params: ([headers, profiles]) => ({ headers: headers!, profiles: profiles! }),
  },
  {
    pattern: /^the headers are those of (\S+) \((.*)\), a (\w+) export, not (\w+)$/,
    key: 'inspect.profileOtherKind',
    params: ([name, title, kind, wanted]) => ({ name: name!, title: title!, kind: kind!, wanted: wanted! }),
  },
  { pattern: /^no built-in profile matches these headers$/, key: 'inspect.profileNoneMatches' },
  { pattern: /^closest: (\S+) \(lacks (.+)\)$/, key: 'inspect.profileClosest', params: ([name, headers]) => ({ name: name!, headers: headers! }) },
  { pattern: /^detection turned off \(--profile none\)$/, key: 'inspect.profileDetectionOff' },
  { pattern: /^(--profile .+|profile \S+) \(the file lacks (.+) of its fingerprint\)$/, key: 'inspect.profileForcedLacks', params: ([given, headers]) => ({ given: given!, headers: headers! }) },
  {
    pattern: /^(--profile .+?|profile \S+) describes (\w+) exports, not (\w+); (.+)$/,
    key: 'inspect.profileForcedOtherKind',
    params: ([given, kind, wanted, reason]) => ({ given: given!, kind: kind!, wanted: wanted!, reason: knownProfileReason(reason!) ?? reason! }),
  },
];

/** A profile's reason in the catalogs' words when its shape is known; else undefined (said as written). */
export function knownProfileReason(reason: string): MessageRef | undefined {
  return matchOf(PROFILE_REASONS, reason);
}

/** The keys PROFILE_REASONS says. */
export const PROFILE_REASON_KEYS: readonly MessageKey[] = PROFILE_REASONS.map((note) => note.key);

/** The keys ROW_DETAILS says (its test checks each is reachable). */
export const ROW_DETAIL_KEYS: readonly MessageKey[] = ROW_DETAILS.map((note) => note.key);

function matchOf(notes: readonly KnownNote[], text: string): MessageRef | undefined {
  for (const note of notes) {
    const match = note.pattern.exec(text);
    if (match !== null) return say(note.key, note.params?.(match.slice(1)));
  }
  return undefined;
}

/** The catalog message of a known English note or warning; undefined when no pattern knows it. */
export function knownNote(text: string): MessageRef | undefined {
  return matchOf(KNOWN_NOTES, text);
}

/** The keys the patterns say (the catalog test checks each is reachable). */
export const KNOWN_NOTE_KEYS: readonly MessageKey[] = KNOWN_NOTES.map((note) => note.key);
