/**
 * The aggregation of an orders export while streaming: line items sharing an order id on
 * consecutive rows become one order (amount = sum of line amounts, or quantity × unit price);
 * excluded statuses drop the order; each kept order lands on its customer's day. Memory holds
 * one entry per customer-day, never a row. One aggregator per reader: readOrders (orders.ts) on
 * one thread, and each worker of orders-parallel.ts, whose partial results merge back here.
 */
import { InputError } from '../errors.js';
import { say, type MessageRef } from '../i18n/index.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { CustomerIndex } from './customer-index.js';
import { DateColumn, SLASHED_BASE, resolveSlashed, whyNotADate } from './fields/date.js';
import { currencyCode, decimalCommaFromCells, minorScale, readMoney, readNumber, toMinorUnits } from './fields/money.js';
import { classifyStatus, normalizeStatus } from './fields/status.js';
import { GrowableFloat64, GrowableInt32 } from './growable.js';
import { type HeaderMapping, foldHeader, listHeaders, listHeadersSaid, normalizeHeader, requireFields } from './headers.js';
import { ORDER_FIELDS } from './kinds.js';
import { type EntrySegment, buildHistory } from './build-history.js';
import { ArrayRowView, type RowView, SpanRowView } from './row-view.js';
import { RejectCounter } from './rejects.js';
import type { ReadOptions, Reject, Sniffed } from './types.js';
import type { ExportProfile, ProfileChoice, StatusMeaning } from './profiles/types.js';
import { mapExport } from './profiles/apply.js';
import { parseIsoDay } from '../time/days.js';

/** Slashed dates whose D/M order is not decided yet are stored as this + packed value. */
const PENDING = SLASHED_BASE;
/** Date cells checked for their written shape (care inspect): a sample is enough. */
const SHAPE_SAMPLE_ROWS = 1000;

/**
 * What a row's status makes of its order, as numbers on the row path: a purchase (completed or
 * unknown), or kept out as excluded, refunded or pending (profiles/types.ts StatusMeaning).
 */
const PURCHASE = 0;
const EXCLUDED = 1;
const REFUNDED = 2;
const NOT_YET_PAID = 3;
const MEANING_CODE: Record<StatusMeaning, number> = { completed: PURCHASE, unknown: PURCHASE, excluded: EXCLUDED, refunded: REFUNDED, pending: NOT_YET_PAID };
/** Distinct status cells remembered; a column with more is not a status (each further value is classified again). */
const STATUS_CACHE_LIMIT = 10_000;
/** Distinct status values listed in the ingest summary and in the warning. */
const STATUSES_LISTED = 100;
const STATUSES_WARNED = 10;

/**
 * The Bulgarian lev's fixed conversion rate to the euro, 1 EUR = 1.95583 BGN (Council
 * Regulation (EU) 2025/1407; the lev's ERM II central rate since 1997), and the day Bulgaria
 * adopted the euro. See docs/ingestion.md.
 */
const BGN_PER_EUR = 1.95583;
const EURO_DAY_BG = parseIsoDay('2026-01-01')!;
const EURO_YEAR_BG = 2026;

/** Headers of a per-line item (product, SKU): rows of one order that differ in them are different lines. */
const ITEM_HEADERS = new Set([
  'lineitem name', 'lineitem sku', 'product', 'product name', 'product id', 'product sku', 'sku', 'item', 'item name', 'item id',
  'description', 'stockcode', 'stock code', 'товар', 'наименование', 'наименование товара', 'номенклатура', 'артикул', 'продукт',
  'позиция', 'стока', 'наименование на стока', 'име на продукт',
]);
/** Words of a header that holds money (an unread one is worth a warning when no amount was read). */
const MONEY_WORDS = /\b(amount|total|sum|revenue|sales|price|cost|paid|payment|value)\b|сумм|итог|стоимост|выручк|оплат|оплач|цена|сума|общо|стойност|платен|плащ/;
/** Words of a header that holds a status or deal stage… */
const STATUS_WORDS = /\b(status|state|stage)\b|статус|состояни|стади|этап|състояни|етап/;
/** …unless it is part of an address, a tax or a card check (`billing_state`, `Ship State`, `Tax Status`, `Card CVC Status`). */
const NOT_STATUS_WORDS = /billing|shipping|\bship\b|buyer|address|city|card|cvc|avs|zip|province|country|\btax\b|verification|адрес|област|регион/;
/** Beside a status column that is read, only a payment status could still change which orders count. */
const PAYMENT_WORDS = /payment|financial|paid|оплат|финанс|плащ|платеж|плате/;

export interface OrdersIngest {
  rows: number;
  orders: number;
  customers: number;
  skipped: Record<string, number>;
  /** Rows of orders whose status excludes them (cancelled, refunded, failed…). */
  excludedRows: number;
  excludedOrders: number;
  /** Kept orders with a net amount of zero or less (returns, credit notes): revenue only. */
  creditOrders: number;
  /** excludedOrders by what their status means. */
  excludedByMeaning: { excluded: number; refunded: number; pending: number };
  /** Each distinct status value (trimmed, blank left out) with its meaning and rows; only with a status column. */
  statuses?: Record<string, { meaning: StatusMeaning; rows: number }>;
  /** Orders of several rows whose repeated order-level amount was taken once. */
  repeatedTotals: number;
  /** Times a row shared the order id of the row before but carried another transaction id (a separate order). */
  splitTransactions: number;
  /** Kept orders whose refunded amount reduced their net amount. */
  refundedOrders: number;
  /** Rows in BGN dated before 2026-01-01 converted to EUR (--currency EUR). */
  convertedFromBgn: number;
  /** What onWarning was told, in order. */
  warnings: string[];
}

export interface OrdersRead {
  source: string;
  sniffed: Sniffed;
  headers: string[];
  mapping: HeaderMapping;
  /** How dates were read: ISO, DMY, MDY… (for care inspect). */
  dateFormat: string;
  decimalComma: boolean;
  history: CustomerHistory;
  ingest: OrdersIngest;
  firstLineBySkip: Record<string, number>;
  /** The first rows as read, when `sample` was asked for. */
  sample: { line: number; cells: string[] }[];
  /** The export profile the file was read with, and why (care inspect shows it). */
  profile?: ProfileChoice;
}

export interface ReadOrdersOptions extends ReadOptions {
  /** A column whose value (on the customer's earliest order) segments customers (--by). */
  by?: string;
  onReject?: (reject: Reject) => void;
  onProgress?: (bytes: number, rows: number) => void;
  /** Keep the first N data rows as read (care inspect shows them). */
  sample?: number;
}


/**
 * What one reader of a byte range found, in a form that crosses threads (typed arrays are
 * transferred, not copied). Lines are relative to the range's first line.
 */
export interface PartialOrders {
  customerIds: string[];
  entryCustomer: Int32Array;
  entryDay: Int32Array;
  entryOrders: Int32Array;
  entryAmount: Float64Array;
  counts: {
    rows: number;
    orders: number;
    excludedRows: number;
    excludedOrders: number;
    creditOrders: number;
    /** Indexed by meaning code (PURCHASE unused, EXCLUDED, REFUNDED, NOT_YET_PAID). */
    excludedByMeaning: number[];
    repeatedTotals: number;
    repeatMismatches: number;
    splitTransactions: number;
    refundedOrders: number;
    convertedFromBgn: number;
  };
  statuses: Record<string, { meaning: StatusMeaning; rows: number }>;
  skipped: Record<string, number>;
  firstLine: Record<string, number>;
  dates: { slashed: number; dayFirstLine?: number; monthFirstLine?: number; ambiguousLine?: number };
  dateShapes: string[];
  currency?: string;
  currencyLine: number;
  segments?: { values: string[]; days: number[] };
  /** The line after the last one read. */
  nextLine: number;
}

/** Reads rows of an orders export into customer-days; one per reader (and per worker thread). */
export class OrderAggregator {
  private headers: string[] = [];
  private mapping: HeaderMapping = { fields: {}, unmapped: [] };
  private profileChoice: ProfileChoice | undefined;
  private col = { customer: -1, date: -1, order: -1, amount: -1, quantity: -1, price: -1, status: -1, currency: -1, transaction: -1, by: -1 };
  /** Columns of refunded amounts (positive) subtracted from the row's amount. */
  private refundColumns: number[] = [];
  /** The profile's yes/no columns that keep an order out (profiles/types.ts `flags`). */
  private flagColumns: { index: number; values: Map<string, StatusMeaning> }[] = [];
  /** The currency the amount column's header names (`Сумма, руб.`), for cells that name none. */
  private headerCurrency: string | undefined;
  /** Every row of an order repeats its order-level amount: take it once (profile, or the rule of decideLineItems). */
  private repeatedTotals = false;
  private readonly warnings: string[] = [];
  private told = false;
  /** The export profile read with (its statuses, line items, transaction and refund columns), if any. */
  private profile: ExportProfile | undefined;
  private minCells = 0;
  private hasAmounts = false;
  private decimalComma = false;
  private readonly rejects: RejectCounter;
  private readonly dates = new DateColumn();
  private dateShapes = new Set<string>();

  private readonly customerIndex = new CustomerIndex();
  /** Customer id per index (the index's own list). */
  private readonly customerIds: string[] = this.customerIndex.ids;
  private lastEntry = new Int32Array(1024);
  /**
   * Each customer's last two kept orders (slot = customer × 2 + 0 for the latest, + 1 for the one
   * before): a 64-bit hash of the id (two 32-bit halves; the id string would pin the parsed
   * text), its entry and its amount so far. Rows of an order that come back after another order
   * join it — UCI's invoice 542806 around credit note C542805, or an invoice around its own
   * credit note.
   */
  private recentHashA = new Int32Array(2048);
  private recentHashB = new Int32Array(2048);
  private recentEntry = new Int32Array(2048).fill(-1);
  private recentScaled = new Float64Array(2048);
  private segmentOf: string[] = [];
  private segmentDay: number[] = [];

  private entryCustomer = new GrowableInt32();
  private entryDay = new GrowableInt32();
  private entryOrders = new GrowableInt32();
  private entryAmount = new GrowableFloat64();
  /** Entries of later byte ranges read by worker threads. */
  private absorbed: EntrySegment[] = [];

  /** Status cell as written → its meaning and row count (one object per distinct value). */
  private readonly statusSlots = new Map<string, StatusSlot>();
  /** Status counts of ranges other threads read. */
  private readonly absorbedStatuses: Record<string, { meaning: StatusMeaning; rows: number }> = {};
  private knownCustomers = 0;
  private currency: string | undefined;
  private currencyLine = 0;
  /** MONEY_SCALE units per minor unit of `currency`: orders round to yen for JPY, to fils for KWD. */
  private scalePerMinor = minorScale();

  private rows = 0;
  private orders = 0;
  private excludedRows = 0;
  private excludedOrders = 0;
  private creditOrders = 0;
  private readonly excludedByMeaning = [0, 0, 0, 0];
  private repeatedOrders = 0;
  private repeatMismatches = 0;
  private splitTransactions = 0;
  private refundedOrders = 0;
  private convertedFromBgn = 0;
  private readonly currencyCache = new Map<string, string | undefined>();

  // The order being read (line items on consecutive rows share its id). Plain fields, not an
  // object per order: this is the per-row path.
  private isOpen = false;
  private openId = '';
  private openCustomer = -1;
  private openDay = 0;
  /** Sum of line amounts in MONEY_SCALE units. */
  private openScaled = 0;
  /** What the order's statuses make of it: PURCHASE, or the first meaning that keeps it out. */
  private openMeaning = PURCHASE;
  /** The first row's amount, when order-level amounts repeat. */
  private openFirstScaled = 0;
  private openRefunded = false;
  /** Hash of the open order's transaction id (0: none). */
  private openTransaction = 0;
  /** Hash of the current row's transaction id (0: none). */
  private rowTransaction = 0;
  private openRows = 0;
  /** Why the order's rows are being skipped, when its first row was. */
  private openSkip: string | undefined;
  private readonly sample: { line: number; cells: string[] }[] = [];
  private nextLine = 0;

  constructor(
    private readonly file: string,
    private readonly options: ReadOrdersOptions,
  ) {
    this.rejects = new RejectCounter(file, options.strict ?? false, options.onReject, ['noCustomer']);
  }

  header(headers: string[], sniffed: Sniffed): void {
    this.headers = headers;
    const { mapping, choice } = mapExport(headers, ORDER_FIELDS, this.options, this.file, 'orders');
    const profile = choice.profile;
    this.profile = profile;
    this.profileChoice = choice;
    this.mapping = mapping;
    requireFields(this.mapping, headers, ['customer', 'date'], this.file);
    const f = this.mapping.fields;
    this.col = {
      customer: f['customer']!,
      date: f['date']!,
      order: f['order'] ?? -1,
      amount: f['amount'] ?? -1,
      quantity: f['quantity'] ?? -1,
      price: f['price'] ?? -1,
      status: f['status'] ?? -1,
      currency: f['currency'] ?? -1,
      transaction: transactionColumn(headers, this.mapping, profile),
      by: -1,
    };
    this.refundColumns = refundColumnsOf(headers, this.mapping, profile);
    this.flagColumns = flagColumnsOf(headers, profile);
    if (this.col.amount === -1 && this.col.quantity !== -1 && this.col.price === -1) this.col.quantity = -1;
    this.hasAmounts = this.col.amount !== -1 || (this.col.quantity !== -1 && this.col.price !== -1);
    if (this.col.amount !== -1) {
      // An amount column is the line's amount; quantity × price is only used without one.
      this.col.quantity = -1;
      this.col.price = -1;
    }
    if (this.options.by !== undefined) {
      const wanted = normalizeHeader(this.options.by);
      this.col.by = headers.findIndex((header) => header === this.options.by || normalizeHeader(header) === wanted);
      if (this.col.by === -1) {
        throw new InputError('CARE_UNKNOWN_HEADER', `--by ${this.options.by}: the file has no such column`, {
          file: this.file,
          hint: `its headers are: ${listHeaders(headers)}`,
          say: say('error.byNoColumn', { column: this.options.by }),
          hintSay: say('hint.itsHeaders', { headers: listHeadersSaid(headers) }),
        });
      }
    }
    this.minCells = Math.max(...Object.values(this.col), ...this.refundColumns) + 1;
    // Decided from the column's first cells; without evidence, semicolon files come from
    // spreadsheets set to a decimal-comma locale.
    const moneyColumn = this.col.amount !== -1 ? this.col.amount : this.col.price;
    this.decimalComma = decimalCommaFromCells((sniffed.sample ?? []).map((row) => row[moneyColumn] ?? ''), sniffed.delimiter === ';');
    if (this.options.currency !== undefined) this.currency = currencyCode(this.options.currency) ?? this.options.currency.toUpperCase();
    this.headerCurrency = moneyColumn === -1 ? undefined : foldHeader(headers[moneyColumn]!).currency;
    // Orders are rounded to minor units as they close, maybe before a row names the currency:
    // the first rows decide it up front (both threads see the same ones), a later row confirms it.
    this.scalePerMinor = minorScale(this.currency ?? sampleCurrency(sniffed.sample ?? [], this.col.currency, moneyColumn, this.decimalComma) ?? this.headerCurrency);
    this.repeatedTotals = this.decideLineItems(sniffed.sample ?? []);
    this.warnAboutColumns();
  }

  /**
   * Whether every row of an order repeats the order's amount (take it once). A profile says so
   * (`lineItems`); without one, the first rows decide (docs/ingestion.md, "Line items"): at least
   * two orders of several rows whose amounts are all equal while their items (product, SKU,
   * quantity or price) differ, and no order of several rows whose amounts differ. Decided once,
   * from the head, so both threads read the same way and the row path only tests a flag.
   */
  private decideLineItems(sample: string[][]): boolean {
    const lineItems = this.profile?.lineItems;
    if (lineItems !== undefined) return lineItems === 'order-total-repeated';
    const { amount, order } = this.col;
    if (amount === -1 || order === -1) return false;
    const f = this.mapping.fields;
    const itemColumns = [
      ...this.mapping.unmapped.filter((i) => ITEM_HEADERS.has(normalizeHeader(this.headers[i]!))),
      ...(f['quantity'] === undefined ? [] : [f['quantity']]),
      ...(f['price'] === undefined ? [] : [f['price']]),
    ];
    if (itemColumns.length === 0) return false;
    let repeating = 0;
    let perLine = 0;
    const transaction = this.col.transaction;
    const keyOf = (cells: string[]) => `${(cells[order] ?? '').trim()}\u0000${transaction === -1 ? '' : (cells[transaction] ?? '').trim()}`;
    for (let start = 0; start < sample.length; ) {
      const key = keyOf(sample[start]!);
      let end = start + 1;
      while (end < sample.length && keyOf(sample[end]!) === key) end++;
      if ((sample[start]![order] ?? '').trim() !== '' && end - start >= 2) {
        const rows = sample.slice(start, end);
        const amounts = rows.map((cells) => readMoney(cells[amount] ?? '', this.decimalComma));
        const items = new Set(rows.map((cells) => itemColumns.map((i) => (cells[i] ?? '').trim()).join('\u0000')));
        if (amounts.some((cell) => !cell.ok)) {
          // Blank continuation amounts: the total is on the first row only (Shopify); nothing to decide.
        } else if (amounts.every((cell) => cell.value === amounts[0]!.value)) {
          if (items.size >= 2 && amounts[0]!.value !== 0) repeating++;
        } else perLine++;
      }
      start = end;
    }
    const repeated = repeating >= 2 && perLine === 0;
    if (repeated) {
      this.warnings.push(
        `${this.file}: every row of an order repeats its "${this.headers[amount]}" while the items differ (${repeating} such orders in the first rows): taken once per order, not summed; if each row carries its own line's amount, read with a profile whose lineItems is "per-line" (docs/profiles.md)`,
      );
    }
    return repeated;
  }

  /**
   * One warning per choice that could change revenue or customers without a word: a second
   * column that would have done for a field, money columns left unread when no amount was read,
   * status columns left unread. Fields chosen with --map (or by a profile) were decided: no word.
   */
  private warnAboutColumns(): void {
    const { fields, candidates = {}, via = {}, unmapped } = this.mapping;
    const name = (i: number) => `"${this.headers[i]}"`;
    const warned = new Set<number>();
    for (const [field, others] of Object.entries(candidates)) {
      if (via[field] === 'map') continue;
      if ((field === 'quantity' || field === 'price') && this.col.amount !== -1) continue;
      for (const other of others) {
        warned.add(other);
        this.warnings.push(`${this.file}: ${name(other)} could also be the ${field}; ${name(fields[field]!)} was taken (to use the other, pass --map ${field}=${JSON.stringify(this.headers[other])})`);
      }
    }
    const hasAmounts = this.col.amount !== -1 || (this.col.quantity !== -1 && this.col.price !== -1);
    if (!hasAmounts) {
      for (const i of unmapped) {
        const header = foldHeader(this.headers[i]!);
        if (warned.has(i) || (!MONEY_WORDS.test(header.key) && header.currency === undefined)) continue;
        warned.add(i);
        this.warnings.push(`${this.file}: no column was read as the amount, so orders carry no revenue; ${name(i)} looks like one (to read it, pass --map amount=${JSON.stringify(this.headers[i])})`);
      }
    }
    if (via['status'] !== 'map') {
      const status = fields['status'];
      for (const i of unmapped) {
        const key = normalizeHeader(this.headers[i]!);
        if (warned.has(i) || !STATUS_WORDS.test(key) || NOT_STATUS_WORDS.test(key) || (status !== undefined && !PAYMENT_WORDS.test(key))) continue;
        warned.add(i);
        const now = status === undefined ? 'no status column is read, so every order counts as a purchase' : `${name(status)} is read`;
        this.warnings.push(`${this.file}: ${name(i)} looks like a status column but is not read (${now}); to read it, pass --map status=${JSON.stringify(this.headers[i])}`);
      }
    }
  }

  private readonly arrayRow = new ArrayRowView();
  private readonly spanRow = new SpanRowView();

  row(cells: string[], line: number): void {
    this.read(this.arrayRow.set(cells), line);
  }

  span(text: string, bounds: Int32Array, fields: number, line: number): void {
    this.read(this.spanRow.set(text, bounds, fields), line);
  }

  /** One row, however it came: ragged check, order grouping, day, amount, currency, status. */
  private read(row: RowView, line: number): void {
    this.rows++;
    if (this.sample.length < (this.options.sample ?? 0)) this.sample.push({ line, cells: row.cells() });
    if (row.count < this.minCells || (row.count > this.headers.length && !this.blankFrom(row, this.headers.length))) {
      this.rejects.reject('ragged', line, row.cells(), `${row.count} fields where the header has ${this.headers.length}`);
      return;
    }
    const col = this.col;
    const orderId = col.order === -1 ? '' : row.text(col.order).trim();
    // Rows of one order (or invoice) with different transaction ids are separate orders: a declined charge and its paid retry.
    const transaction = col.transaction === -1 ? 0 : cellHash(row, col.transaction);
    this.rowTransaction = transaction;
    const sameOrder = this.isOpen && orderId !== '' && orderId === this.openId;
    const continuing = sameOrder && (transaction === 0 || transaction === this.openTransaction);
    if (sameOrder && !continuing) this.splitTransactions++;
    if (continuing && this.openSkip !== undefined) {
      this.rejects.reject(this.openSkip, line, row.cells(), `belongs to order ${orderId}, whose first row was skipped`);
      return;
    }
    if (!continuing) this.closeOrder();

    // Status first: rows of an order its status keeps out need no readable date or amount (an open
    // deal has `не закрыта` for its closing date, a draft no total) — counted as excluded, not rejected.
    let statusCode = PURCHASE;
    if (col.status !== -1) {
      const cell = row.text(col.status);
      const slot = this.statusSlots.get(cell) ?? this.statusSlot(cell);
      slot.rows++;
      statusCode = slot.code;
    }
    if (statusCode === PURCHASE && this.flagColumns.length > 0) statusCode = this.flagCode(row);
    if (statusCode !== PURCHASE || (continuing && this.openMeaning !== PURCHASE)) return this.keepOut(row, line, orderId, continuing, statusCode);

    // Day: a continuation row may leave the date empty (Shopify writes order fields on the first row only).
    let day: number;
    if (continuing && row.isBlank(col.date)) day = this.openDay;
    else {
      day = row.date(col.date, this.options.dateFormat);
      if (Number.isNaN(day)) return this.skipRow('badDate', line, row, orderId, whyNotADate(row.text(col.date), this.options.dateFormat), 'date');
      if (day >= PENDING) this.dates.observe(day - PENDING, line);
      if (this.rows <= SHAPE_SAMPLE_ROWS) this.dateShapes.add(describeDateShape(row.text(col.date)));
    }

    // Amount of this line, in MONEY_SCALE units.
    let scaled = 0;
    let rowCurrency: string | undefined;
    if (col.amount !== -1) {
      scaled = row.plainMoney(col.amount, this.decimalComma);
      if (Number.isNaN(scaled)) {
        const text = row.text(col.amount);
        if (text.trim() === '') {
          if (!continuing) return this.skipRow('missingAmount', line, row, orderId, 'the amount is empty', 'amount');
          scaled = 0;
        } else {
          const money = readMoney(text, this.decimalComma);
          if (!money.ok) return this.skipRow('badAmount', line, row, orderId, `"${text}" is not an amount`, 'amount');
          scaled = money.value;
          rowCurrency = money.currency;
        }
      }
    } else if (col.quantity !== -1) {
      const quantityText = row.text(col.quantity);
      const quantity = readNumber(quantityText);
      if (Number.isNaN(quantity)) return this.skipRow('badQuantity', line, row, orderId, `"${quantityText}" is not a quantity`, 'quantity');
      let price = row.plainMoney(col.price, this.decimalComma);
      if (Number.isNaN(price)) {
        const priceText = row.text(col.price);
        const money = readMoney(priceText, this.decimalComma);
        if (!money.ok) return this.skipRow('badPrice', line, row, orderId, `"${priceText}" is not a price`, 'price');
        price = money.value;
        rowCurrency = money.currency;
      }
      scaled = Math.round(quantity * price);
    }
    let refund = 0;
    for (let k = 0; k < this.refundColumns.length; k++) {
      const column = this.refundColumns[k]!;
      let value = row.plainMoney(column, this.decimalComma);
      if (Number.isNaN(value)) {
        const text = row.text(column);
        if (text.trim() === '') continue;
        const money = readMoney(text, this.decimalComma);
        if (!money.ok) return this.skipRow('badRefund', line, row, orderId, `"${text}" is not a refunded amount`, 'refunded');
        value = money.value;
      }
      refund += Math.abs(value);
    }
    if (col.currency !== -1) {
      const cell = row.text(col.currency);
      let code = this.currencyCache.get(cell);
      if (code === undefined && !this.currencyCache.has(cell)) {
        code = currencyCode(cell);
        this.currencyCache.set(cell, code);
      }
      if (code !== undefined) rowCurrency = code;
    }
    rowCurrency ??= this.headerCurrency;
    if (rowCurrency !== undefined && rowCurrency !== this.currency) {
      if (rowCurrency === 'BGN' && this.currency === 'EUR' && this.options.currency !== undefined && beforeEuroInBulgaria(day)) {
        // The changeover: lev amounts before 2026-01-01 at the fixed rate; the order is rounded to the cent once, when complete.
        scaled /= BGN_PER_EUR;
        refund /= BGN_PER_EUR;
        this.convertedFromBgn++;
      } else if (this.options.currency !== undefined) return this.skipRow('otherCurrency', line, row, orderId, `amount in ${rowCurrency}`, 'amount');
      else if (this.currency !== undefined) {
        throw new InputError('CARE_MIXED_CURRENCIES', `amounts in ${this.currency} (line ${this.currencyLine}) and ${rowCurrency} (line ${line}) in one file`, {
          file: this.file,
          line,
          field: 'amount',
          hint: mixedCurrencyHint(this.currency, rowCurrency),
          say: say('error.mixedCurrencies', { first: this.currency, firstLine: String(this.currencyLine), second: rowCurrency, line: String(line) }),
          hintSay: mixedCurrencyHintSay(this.currency, rowCurrency),
        });
      } else {
        this.currency = rowCurrency;
        this.currencyLine = line;
        this.scalePerMinor = minorScale(rowCurrency);
      }
    }

    if (continuing) {
      if (!this.repeatedTotals) {
        this.openScaled += scaled - refund;
        if (refund !== 0) this.openRefunded = true;
      } else {
        // The order's amount (and refund) is on every row: the first row's counts.
        if (this.openRows === 1) this.repeatedOrders++;
        if (scaled !== this.openFirstScaled && !row.isBlank(col.amount)) this.repeatMismatches++;
      }
      this.openRows++;
    } else {
      const customer = this.customerAt(this.customerIndex.indexOfCell(row.source(col.customer), row.start(col.customer), row.end(col.customer)));
      if (customer === -1) return this.skipRow('noCustomer', line, row, orderId, 'no customer id', 'customer');
      this.isOpen = true;
      this.openId = orderId;
      this.openCustomer = customer;
      this.openDay = day;
      this.openScaled = scaled - refund;
      this.openFirstScaled = scaled;
      this.openRefunded = refund !== 0;
      this.openMeaning = PURCHASE;
      this.openTransaction = transaction;
      this.openRows = 1;
      this.openSkip = undefined;
      if (col.by !== -1) this.noteSegment(customer, day, row.text(col.by).trim());
    }
    if (orderId === '') this.closeOrder(); // without order ids every row is an order
  }

  /**
   * A row of an order that is not a purchase (its status, or an earlier row's, says excluded,
   * refunded or pending): the order is counted as kept out; its date still informs the D/M order.
   */
  private keepOut(row: RowView, line: number, orderId: string, continuing: boolean, statusCode: number): void {
    const col = this.col;
    if (!row.isBlank(col.date)) {
      const day = row.date(col.date, this.options.dateFormat);
      if (day >= PENDING) this.dates.observe(day - PENDING, line);
    }
    if (continuing) {
      this.openRows++;
      if (this.openMeaning === PURCHASE) this.openMeaning = statusCode;
    } else {
      // Known as a customer, as before (their kept orders may come later).
      this.customerAt(this.customerIndex.indexOfCell(row.source(col.customer), row.start(col.customer), row.end(col.customer)));
      this.isOpen = true;
      this.openId = orderId;
      this.openTransaction = this.rowTransaction;
      this.openSkip = undefined;
      this.openMeaning = statusCode;
      this.openRows = 1;
      this.openScaled = 0;
      this.openRefunded = false;
    }
    if (orderId === '') this.closeOrder();
  }

  /** What the profile's flag columns make of a row that its status would count: the first flag set wins. */
  private flagCode(row: RowView): number {
    for (const flag of this.flagColumns) {
      const meaning = flag.values.get(normalizeStatus(row.text(flag.index)));
      if (meaning !== undefined) return MEANING_CODE[meaning];
    }
    return PURCHASE;
  }

  /** Classifies a status cell seen for the first time (classifyStatus: --exclude/--include-status, the profile, the word rules). */
  private statusSlot(cell: string): StatusSlot {
    const value = cell.trim();
    // A blank status (continuation rows leave it empty) says nothing: the order's other rows decide.
    const meaning: StatusMeaning = value === '' ? 'completed' : classifyStatus(value, this.profile?.statuses, this.options.includeStatus, this.options.excludeStatus);
    const slot: StatusSlot = { value, meaning, code: MEANING_CODE[meaning], rows: 0 };
    if (this.statusSlots.size < STATUS_CACHE_LIMIT) this.statusSlots.set(cell, slot);
    return slot;
  }

  /** Rows per distinct status value (trimmed; blank left out), this reader's and the absorbed ones. */
  private statusTable(): Record<string, { meaning: StatusMeaning; rows: number }> {
    const table: Record<string, { meaning: StatusMeaning; rows: number }> = {};
    const add = (value: string, meaning: StatusMeaning, rows: number) => {
      if (value === '' || rows === 0) return;
      const known = table[value];
      if (known === undefined) table[value] = { meaning, rows };
      else known.rows += rows;
    };
    for (const slot of this.statusSlots.values()) add(slot.value, slot.meaning, slot.rows);
    for (const [value, { meaning, rows }] of Object.entries(this.absorbedStatuses)) add(value, meaning, rows);
    return table;
  }

  /** A record the reader could not split into fields (a broken quote): counted and passed on like any bad row. */
  badRow(reason: string, line: number, cells: string[], detail: string): void {
    this.rows++;
    this.rejects.reject(reason, line, cells, detail);
  }

  private blankFrom(row: RowView, from: number): boolean {
    for (let i = from; i < row.count; i++) if (!row.isBlank(i)) return false;
    return true;
  }

  done(nextLine: number): void {
    this.nextLine = nextLine;
  }

  /** Lines read so far, header included (the next range's line 1 is the file's line this + 1). */
  linesRead(): number {
    return this.nextLine - 1;
  }

  /** Lets the entry buffers go once the history holds everything (they are the largest allocation). */
  private releaseEntries(): void {
    this.entryCustomer = new GrowableInt32();
    this.entryDay = new GrowableInt32();
    this.entryOrders = new GrowableInt32();
    this.entryAmount = new GrowableFloat64();
    this.absorbed = [];
  }

  /** Everything read so far, for the thread that merges (closes the open order first). */
  partial(): PartialOrders {
    this.closeOrder();
    return {
      customerIds: this.customerIds,
      // Views, not copies: their buffers are transferred to the merging thread.
      entryCustomer: this.entryCustomer.data.subarray(0, this.entryCustomer.length),
      entryDay: this.entryDay.data.subarray(0, this.entryDay.length),
      entryOrders: this.entryOrders.data.subarray(0, this.entryOrders.length),
      entryAmount: this.entryAmount.data.subarray(0, this.entryAmount.length),
      counts: {
        rows: this.rows,
        orders: this.orders,
        excludedRows: this.excludedRows,
        excludedOrders: this.excludedOrders,
        creditOrders: this.creditOrders,
        excludedByMeaning: [...this.excludedByMeaning],
        repeatedTotals: this.repeatedOrders,
        repeatMismatches: this.repeatMismatches,
        splitTransactions: this.splitTransactions,
        refundedOrders: this.refundedOrders,
        convertedFromBgn: this.convertedFromBgn,
      },
      statuses: this.statusTable(),
      skipped: this.rejects.skipped,
      firstLine: this.rejects.firstLine,
      dates: { slashed: this.dates.slashed, dayFirstLine: this.dates.dayFirstLine, monthFirstLine: this.dates.monthFirstLine, ambiguousLine: this.dates.ambiguousLine },
      dateShapes: [...this.dateShapes],
      currency: this.currency,
      currencyLine: this.currencyLine,
      segments: this.col.by === -1 ? undefined : { values: this.segmentOf, days: this.segmentDay },
      nextLine: this.nextLine,
    };
  }

  /**
   * Adds what a reader of a later range found; `lineOffset` turns its relative lines into the
   * file's (its line 1 is the file's line `lineOffset + 1`).
   */
  absorb(part: PartialOrders, lineOffset: number): void {
    // Lines of `part` count from its range's first line.
    this.closeOrder();
    const file = (line: number | undefined) => (line === undefined ? undefined : line + lineOffset);
    if (part.currency !== undefined && this.options.currency === undefined) {
      if (this.currency !== undefined && this.currency !== part.currency) {
        const line = file(part.currencyLine)!;
        throw new InputError('CARE_MIXED_CURRENCIES', `amounts in ${this.currency} (line ${this.currencyLine}) and ${part.currency} (line ${line}) in one file`, {
          file: this.file,
          line,
          field: 'amount',
          hint: mixedCurrencyHint(this.currency, part.currency),
          say: say('error.mixedCurrencies', { first: this.currency, firstLine: String(this.currencyLine), second: part.currency, line: String(line) }),
          hintSay: mixedCurrencyHintSay(this.currency, part.currency),
        });
      }
      if (this.currency === undefined) {
        this.currency = part.currency;
        this.currencyLine = file(part.currencyLine)!;
        this.scalePerMinor = minorScale(part.currency);
      }
    }
    const remap = new Int32Array(part.customerIds.length);
    part.customerIds.forEach((id, index) => {
      const customer = this.customerFor(id);
      remap[index] = customer;
      if (part.segments !== undefined && part.segments.days[index] !== undefined) this.noteSegment(customer, part.segments.days[index]!, part.segments.values[index] ?? '');
    });
    // The worker's arrays were transferred to this thread: renumber their customers in place and use them as they are.
    for (let i = 0; i < part.entryCustomer.length; i++) part.entryCustomer[i] = remap[part.entryCustomer[i]!]!;
    this.absorbed.push({ customer: part.entryCustomer, day: part.entryDay, orders: part.entryOrders, amount: part.entryAmount, length: part.entryDay.length });
    this.rows += part.counts.rows;
    this.orders += part.counts.orders;
    this.excludedRows += part.counts.excludedRows;
    this.excludedOrders += part.counts.excludedOrders;
    this.creditOrders += part.counts.creditOrders;
    part.counts.excludedByMeaning.forEach((count, code) => (this.excludedByMeaning[code]! += count));
    this.repeatedOrders += part.counts.repeatedTotals;
    this.repeatMismatches += part.counts.repeatMismatches;
    this.splitTransactions += part.counts.splitTransactions;
    this.refundedOrders += part.counts.refundedOrders;
    this.convertedFromBgn += part.counts.convertedFromBgn;
    for (const [value, { meaning, rows }] of Object.entries(part.statuses)) {
      const known = this.absorbedStatuses[value];
      if (known === undefined) this.absorbedStatuses[value] = { meaning, rows };
      else known.rows += rows;
    }
    for (const [reason, count] of Object.entries(part.skipped)) {
      this.rejects.skipped[reason] = (this.rejects.skipped[reason] ?? 0) + count;
      const first = file(part.firstLine[reason]);
      if (first !== undefined) this.rejects.firstLine[reason] ??= first;
    }
    const dates = new DateColumn();
    Object.assign(dates, { slashed: part.dates.slashed, dayFirstLine: file(part.dates.dayFirstLine), monthFirstLine: file(part.dates.monthFirstLine), ambiguousLine: file(part.dates.ambiguousLine) });
    this.dates.merge(dates);
    for (const shape of part.dateShapes) this.dateShapes.add(shape);
    this.nextLine = file(part.nextLine)!;
  }

  /** Skips a row; when it starts an order, the order's further rows are skipped with it. */
  private skipRow(reason: string, line: number, row: RowView, orderId: string, detail: string, field: string): void {
    this.rejects.reject(reason, line, row.cells(), detail, field);
    if (orderId !== '' && !(this.isOpen && this.openId === orderId)) {
      this.isOpen = true;
      this.openId = orderId;
      this.openTransaction = this.rowTransaction;
      this.openSkip = reason;
    }
  }

  /** Index of a customer by id (ids of another reader's partial result). */
  private customerFor(id: string): number {
    return this.customerAt(this.customerIndex.indexOf(id));
  }

  /** Makes room in the per-customer state for a newly seen index; −1 passes through. */
  private customerAt(index: number): number {
    if (index === -1 || index < this.knownCustomers) return index;
    if (index >= this.lastEntry.length) this.growCustomerState(Math.max(index + 1, this.lastEntry.length * 2));
    this.lastEntry[index] = -1;
    this.recentEntry[index * 2] = -1;
    this.recentEntry[index * 2 + 1] = -1;
    this.knownCustomers = index + 1;
    return index;
  }

  private growCustomerState(size: number): void {
    const growInt = (array: Int32Array, fill: number) => {
      const next = new Int32Array(size).fill(fill);
      next.set(array);
      return next;
    };
    this.lastEntry = growInt(this.lastEntry, -1);
    const slots = size * 2;
    const growSlots = (array: Int32Array, fill: number) => {
      const next = new Int32Array(slots).fill(fill);
      next.set(array);
      return next;
    };
    this.recentEntry = growSlots(this.recentEntry, -1);
    this.recentHashA = growSlots(this.recentHashA, 0);
    this.recentHashB = growSlots(this.recentHashB, 0);
    const scaled = new Float64Array(slots);
    scaled.set(this.recentScaled);
    this.recentScaled = scaled;
  }

  private noteSegment(customer: number, day: number, value: string): void {
    const known = this.segmentDay[customer];
    if (known === undefined || day < known) {
      this.segmentDay[customer] = day;
      this.segmentOf[customer] = value;
    }
  }

  private closeOrder(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    if (this.openSkip !== undefined) return;
    if (this.openMeaning !== PURCHASE) {
      this.excludedOrders++;
      this.excludedRows += this.openRows;
      this.excludedByMeaning[this.openMeaning]!++;
      return;
    }
    const customer = this.openCustomer;
    const day = this.openDay;
    if (this.openRefunded) this.refundedOrders++;
    hashOrderId(this.openId, orderHash);
    if (this.openTransaction !== 0) {
      // Another transaction of the same order id is another order: never joined to it.
      orderHash[0] = orderHash[0]! ^ this.openTransaction;
      orderHash[1] = Math.imul(orderHash[1]! ^ this.openTransaction, 0x5bd1e995);
    }
    if (this.openId !== '' && this.joinRecentOrder(customer)) return;
    this.orders++;
    const amount = toMinorUnits(this.openScaled, this.scalePerMinor);
    const qualifying = this.isQualifying(amount);
    if (!qualifying) this.creditOrders++;
    const last = this.lastEntry[customer]!;
    if (last >= 0 && this.entryDay.data[last] === day) {
      this.entryOrders.data[last]! += qualifying;
      this.entryAmount.data[last]! += amount;
      this.rememberOrder(customer, last);
      return;
    }
    this.rememberOrder(customer, this.entryDay.length);
    this.lastEntry[customer] = this.entryDay.length;
    this.entryCustomer.push(customer);
    this.entryDay.push(day);
    this.entryOrders.push(qualifying);
    this.entryAmount.push(amount);
  }

  /** Adds the open order to one of the customer's two recent orders with the same id; false if none. */
  private joinRecentOrder(customer: number): boolean {
    for (let slot = customer * 2; slot < customer * 2 + 2; slot++) {
      const entry = this.recentEntry[slot]!;
      if (entry < 0 || this.recentHashA[slot] !== orderHash[0] || this.recentHashB[slot] !== orderHash[1]) continue;
      // One order, re-judged on its new total.
      const before = this.recentScaled[slot]!;
      // Order-level amounts repeat on every row: rows coming back add nothing.
      const after = this.repeatedTotals ? before : before + this.openScaled;
      const wasQualifying = this.isQualifying(toMinorUnits(before, this.scalePerMinor));
      const isQualifying = this.isQualifying(toMinorUnits(after, this.scalePerMinor));
      this.entryOrders.data[entry]! += isQualifying - wasQualifying;
      this.entryAmount.data[entry]! += toMinorUnits(after, this.scalePerMinor) - toMinorUnits(before, this.scalePerMinor);
      this.creditOrders += wasQualifying - isQualifying;
      this.recentScaled[slot] = after;
      return true;
    }
    return false;
  }

  /** The open order becomes the customer's latest; the latest becomes the one before. */
  private rememberOrder(customer: number, entry: number): void {
    const latest = customer * 2;
    this.recentHashA[latest + 1] = this.recentHashA[latest]!;
    this.recentHashB[latest + 1] = this.recentHashB[latest]!;
    this.recentEntry[latest + 1] = this.recentEntry[latest]!;
    this.recentScaled[latest + 1] = this.recentScaled[latest]!;
    this.recentHashA[latest] = orderHash[0]!;
    this.recentHashB[latest] = orderHash[1]!;
    this.recentEntry[latest] = this.openId === '' ? -1 : entry;
    this.recentScaled[latest] = this.openScaled;
  }

  /**
   * docs/definitions.md, "Purchases": an order counts towards activity when its net amount is above zero (or there
   * is no amount column); --zero-orders count also counts free orders (CDNOW's published
   * summaries count its $0.00 purchases).
   */
  private isQualifying(amount: number): 0 | 1 {
    return !this.hasAmounts || amount > 0 || (amount === 0 && this.options.countZeroOrders === true) ? 1 : 0;
  }

  finish(sniffed: Sniffed): OrdersRead {
    this.closeOrder();
    if (this.headers.length === 0) throw new InputError('CARE_EMPTY', 'the file has no header row', { file: this.file, say: say('error.noHeaderRow') });
    const dateFormat = this.resolveDates();
    const statuses = this.statusTable();
    this.tell(statuses);
    if (this.orders === 0) {
      const skippedTotal = this.rejects.total();
      throw new InputError('CARE_NO_ROWS', this.rows === 0 ? 'the file has a header but no rows' : `none of the ${this.rows} rows is a usable order (${skippedTotal} skipped, ${this.excludedRows} in excluded orders)`, {
        file: this.file,
        hint: this.rows === 0 ? 'export the data again, with its rows' : 'run care inspect on the file to see how its columns were read',
        say: this.rows === 0 ? say('error.headerNoRows') : say('error.noUsableOrder', { rows: this.rows, skipped: skippedTotal, excluded: this.excludedRows }),
        hintSay: say(this.rows === 0 ? 'hint.exportRows' : 'hint.runInspect'),
      });
    }
    const own: EntrySegment = { customer: this.entryCustomer.data, day: this.entryDay.data, orders: this.entryOrders.data, amount: this.entryAmount.data, length: this.entryDay.length };
    const history = buildHistory(this.customerIds, [own, ...this.absorbed], this.hasAmounts);
    this.releaseEntries();
    history.currency = this.currency;
    if (this.col.by !== -1) history.segments = this.customerIds.map((_, index) => this.segmentOf[index] ?? '');
    let customers = 0;
    for (let c = 0; c < history.customers.length; c++) {
      for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) {
        if (history.orders[i]! > 0) {
          customers++;
          break;
        }
      }
    }
    return {
      source: this.file,
      sniffed,
      headers: this.headers,
      mapping: this.mapping,
      profile: this.profileChoice,
      dateFormat,
      decimalComma: this.decimalComma,
      history,
      ingest: {
        rows: this.rows,
        orders: this.orders,
        customers,
        skipped: this.rejects.skipped,
        excludedRows: this.excludedRows,
        excludedOrders: this.excludedOrders,
        creditOrders: this.creditOrders,
        excludedByMeaning: { excluded: this.excludedByMeaning[EXCLUDED]!, refunded: this.excludedByMeaning[REFUNDED]!, pending: this.excludedByMeaning[NOT_YET_PAID]! },
        ...(this.col.status === -1 ? {} : { statuses: listedStatuses(statuses) }),
        repeatedTotals: this.repeatedOrders,
        splitTransactions: this.splitTransactions,
        refundedOrders: this.refundedOrders,
        convertedFromBgn: this.convertedFromBgn,
        warnings: this.warnings,
      },
      firstLineBySkip: this.rejects.firstLine,
      sample: this.sample,
    };
  }

  /**
   * Tells onWarning what the whole file showed (status values nobody classified, repeated order
   * amounts that differ) after what the header showed, and onNotice of the lev amounts converted.
   * Once: a read started again in another encoding makes a new aggregator.
   */
  private tell(statuses: Record<string, { meaning: StatusMeaning; rows: number }>): void {
    if (this.told) return;
    this.told = true;
    const unknown = Object.entries(statuses)
      .filter(([, status]) => status.meaning === 'unknown')
      .sort((a, b) => b[1].rows - a[1].rows);
    if (unknown.length > 0) {
      const listed = unknown.slice(0, STATUSES_WARNED).map(([value, { rows }]) => `${JSON.stringify(value)} (${rows} ${rows === 1 ? 'row' : 'rows'})`);
      const more = unknown.length > STATUSES_WARNED ? ` and ${unknown.length - STATUSES_WARNED} more` : '';
      const example = JSON.stringify(unknown[0]![0]);
      this.warnings.push(
        `${this.file}: status values not recognised, counted as purchases: ${listed.join(', ')}${more}; to leave one out pass --exclude-status ${example}, to confirm it --include-status ${example}`,
      );
    }
    if (this.repeatMismatches > 0) {
      this.warnings.push(`${this.file}: ${this.repeatMismatches} rows carry another amount than the first row of their order, whose amount was taken as the order's (amounts repeat on each row of an order)`);
    }
    for (const warning of this.warnings) this.options.onWarning?.(warning);
    if (this.convertedFromBgn > 0) {
      this.options.onNotice?.(`${this.file}: ${this.convertedFromBgn} ${this.convertedFromBgn === 1 ? 'amount' : 'amounts'} in BGN dated before 2026-01-01 converted to EUR at the fixed rate 1 EUR = ${BGN_PER_EUR} BGN (each order rounded to the cent)`);
    }
  }

  /** Turns pending slashed dates into days once the whole column has spoken. */
  private resolveDates(): string {
    const shapes = [...this.dateShapes].filter((shape) => shape !== 'slashed');
    const decision = this.options.dateFormat ?? this.dates.decide();
    if (decision === undefined) return shapes.join(', ') || 'none';
    if (decision === 'conflict') {
      throw new InputError('CARE_MIXED_DATES', `the date column mixes day-first (line ${this.dates.dayFirstLine}) and month-first (line ${this.dates.monthFirstLine}) dates`, {
        file: this.file,
        field: 'date',
        hint: 'pass --date-format DMY or MDY; rows that do not fit it are then skipped and counted',
        say: say('error.mixedDates', { field: 'date', dayFirst: String(this.dates.dayFirstLine), monthFirst: String(this.dates.monthFirstLine) }),
        hintSay: say('hint.passDateFormatSkip'),
      });
    }
    if (decision === 'ambiguous') {
      throw new InputError('CARE_AMBIGUOUS_DATES', `every slashed date could be day-first or month-first (e.g. line ${this.dates.ambiguousLine})`, {
        file: this.file,
        field: 'date',
        hint: 'pass --date-format DMY (31/12/2024) or --date-format MDY (12/31/2024)',
        say: say('error.ambiguousDates', { field: 'date', line: String(this.dates.ambiguousLine) }),
        hintSay: say('hint.dateFormatExamples'),
      });
    }
    const order = decision === 'YMD' ? 'DMY' : decision;
    // Every reader's entries: this thread's and the segments absorbed from worker threads, whose
    // slashed dates were left pending too (their reader saw only part of the column).
    resolvePendingDays(this.entryDay.data, this.entryDay.length, order);
    for (const segment of this.absorbed) resolvePendingDays(segment.day, segment.length, order);
    return [...shapes, order === 'DMY' ? 'D/M/Y' : 'M/D/Y'].join(', ');
  }
}

/** Turns the pending slashed dates among `length` days into day numbers, in place. */
function resolvePendingDays(days: Int32Array, length: number, order: 'DMY' | 'MDY'): void {
  for (let i = 0; i < length; i++) {
    if (days[i]! < PENDING) continue;
    // Both readings were checked when the row was read; the decided one may still be invalid (31/04).
    days[i] = resolveSlashed(days[i]! - PENDING, order) ?? resolveSlashed(days[i]! - PENDING, order === 'DMY' ? 'MDY' : 'DMY')!;
  }
}

const orderHash = new Int32Array(2);

/** One distinct status cell: its meaning, as a code for the row path, and its rows. */
interface StatusSlot {
  value: string;
  meaning: StatusMeaning;
  code: number;
  rows: number;
}

/** The most frequent STATUSES_LISTED values, most rows first. */
function listedStatuses(table: Record<string, { meaning: StatusMeaning; rows: number }>): Record<string, { meaning: StatusMeaning; rows: number }> {
  return Object.fromEntries(
    Object.entries(table)
      .sort((a, b) => b[1].rows - a[1].rows)
      .slice(0, STATUSES_LISTED),
  );
}

/** The index of a header (compared normalised), or −1 when absent or not asked for. */
function columnOf(headers: string[], header: string | undefined): number {
  if (header === undefined) return -1;
  const wanted = normalizeHeader(header);
  return headers.findIndex((found) => found === header || normalizeHeader(found) === wanted);
}

/**
 * The column whose ids tell transactions of one order apart, or −1. With a profile, its
 * `transaction` (or --map transaction): Etsy's and eBay's `Transaction ID` name item lines, not
 * payments. Without one, a `transaction` column (charge id, payment id…) counts only beside an
 * invoice id, where rows are payment attempts (Stripe: a declined charge and its retry).
 */
function transactionColumn(headers: string[], mapping: HeaderMapping, profile: ExportProfile | undefined): number {
  const mapped = mapping.fields['transaction'];
  if (mapped !== undefined && mapping.via?.['transaction'] === 'map') return mapped;
  if (profile !== undefined) return columnOf(headers, profile.transaction);
  const order = mapping.fields['order'];
  if (mapped === undefined || order === undefined) return -1;
  return /invoice|сч[её]т|фактур/.test(normalizeHeader(headers[order]!)) ? mapped : -1;
}

/** The columns of refunded amounts: --map refunded, the profile's `refunds`, or without a profile the `refunded` field's column. */
function refundColumnsOf(headers: string[], mapping: HeaderMapping, profile: ExportProfile | undefined): number[] {
  const mapped = mapping.fields['refunded'];
  const columns = new Set<number>(mapped !== undefined && (profile === undefined || mapping.via?.['refunded'] === 'map') ? [mapped] : []);
  for (const header of profile?.refunds ?? []) {
    const index = columnOf(headers, header);
    if (index !== -1) columns.add(index);
  }
  return [...columns];
}

/** The first currency the sample rows name, in the currency column or with an amount; undefined when none does. */
function sampleCurrency(sample: readonly (readonly string[])[], currencyColumn: number, moneyColumn: number, decimalComma: boolean): string | undefined {
  for (const row of sample) {
    const code = currencyColumn === -1 ? undefined : currencyCode(row[currencyColumn] ?? '');
    if (code !== undefined) return code;
    const money = moneyColumn === -1 ? undefined : readMoney(row[moneyColumn] ?? '', decimalComma);
    if (money?.ok && money.currency !== undefined) return money.currency;
  }
  return undefined;
}

/** What to pass when a file mixes two currencies; lev and euro amounts are the changeover, converted with --currency EUR. */
function mixedCurrencyHint(first: string, second: string): string {
  if ((first === 'BGN' && second === 'EUR') || (first === 'EUR' && second === 'BGN')) {
    return `pass --currency EUR: lev amounts dated before 2026-01-01 are then converted at the fixed rate 1 EUR = ${BGN_PER_EUR} BGN (the euro changeover), later ones skipped and counted`;
  }
  return `pick one with --currency ${first} (rows in other currencies are then skipped and counted)`;
}

/** mixedCurrencyHint as a catalog entry. */
function mixedCurrencyHintSay(first: string, second: string): MessageRef {
  if ((first === 'BGN' && second === 'EUR') || (first === 'EUR' && second === 'BGN')) return say('hint.bgnToEur', { rate: String(BGN_PER_EUR) });
  return say('hint.pickCurrency', { currency: first });
}

/** Whether a day (or a slashed date not resolved yet: its year is known) is before Bulgaria's euro. */
function beforeEuroInBulgaria(day: number): boolean {
  return day >= PENDING ? Math.floor((day - PENDING) / 10000) < EURO_YEAR_BG : day < EURO_DAY_BG;
}

/** A 32-bit hash of a cell's trimmed text, read in place (no string made); 0 for a blank cell. */
function cellHash(row: RowView, i: number): number {
  const text = row.source(i);
  let from = row.start(i);
  let to = row.end(i);
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  if (from === to) return 0;
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash === 0 ? 1 : hash;
}

/** Two 32-bit FNV-style hashes of an order id (different primes) into `out`: 64 bits, no string kept. */
function hashOrderId(id: string, out: Int32Array): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  out[0] = a;
  out[1] = b;
}

function describeDateShape(text: string): string {
  const t = text.trim();
  if (/^\d{8}$/.test(t)) return 'YYYYMMDD';
  if (/^\d{4}-\d{1,2}-\d{1,2}[T ]/.test(t)) return 'ISO date-time';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return 'ISO date';
  if (/^\d{4}[/.]/.test(t)) return 'Y/M/D';
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(t)) return 'D.M.Y';
  if (/[A-Za-zА-яЁё]/.test(t)) return 'month name';
  return 'slashed';
}

/** The profile's flag columns the file has, with their values normalised. */
function flagColumnsOf(headers: readonly string[], profile: ExportProfile | undefined): { index: number; values: Map<string, StatusMeaning> }[] {
  if (profile?.flags === undefined) return [];
  const normalized = headers.map(normalizeHeader);
  return profile.flags
    .map((flag) => ({ index: normalized.indexOf(normalizeHeader(flag.header)), values: new Map(Object.entries(flag.values).map(([value, meaning]) => [normalizeStatus(value), meaning])) }))
    .filter((flag) => flag.index !== -1);
}
