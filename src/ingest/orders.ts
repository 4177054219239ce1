/**
 * Reads an orders export into a CustomerHistory while streaming: line items sharing an order id
 * on consecutive rows become one order (amount = sum of line amounts, or quantity × unit price);
 * excluded statuses drop the order; each kept order lands on its customer's day. Memory holds
 * one entry per customer-day, never a row.
 */
import { InputError } from '../errors.js';
import type { CustomerHistory } from '../metrics/history.js';
import { CustomerIndex } from './customer-index.js';
import { DateColumn, SLASHED_BASE, resolveSlashed } from './fields/date.js';
import { currencyCode, decimalCommaFromCells, readMoney, readNumber, toMinorUnits } from './fields/money.js';
import { isExcludedStatus } from './fields/status.js';
import { GrowableFloat64, GrowableInt32 } from './growable.js';
import { type HeaderMapping, mapHeaders, normalizeHeader, requireFields } from './headers.js';
import { ORDER_FIELDS } from './kinds.js';
import { readRows, withEncodingRetry } from './read.js';
import { type EntrySegment, buildHistory } from './build-history.js';
import { ArrayRowView, type RowView, SpanRowView } from './row-view.js';
import { RejectCounter } from './rejects.js';
import type { InputSource, ReadOptions, Reject, Sniffed } from './types.js';

/** Slashed dates whose D/M order is not decided yet are stored as this + packed value. */
const PENDING = SLASHED_BASE;
/** Date cells checked for their written shape (care inspect): a sample is enough. */
const SHAPE_SAMPLE_ROWS = 1000;

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
  counts: { rows: number; orders: number; excludedRows: number; excludedOrders: number; creditOrders: number };
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

/** Reads an orders export. Throws InputError / UsageError for what cannot be read at all. */
export async function readOrders(source: InputSource, options: ReadOrdersOptions = {}): Promise<OrdersRead> {
  return withEncodingRetry(source, options, (encoding) => readOrdersOnce(source, { ...options, encoding }));
}

async function readOrdersOnce(source: InputSource, options: ReadOrdersOptions): Promise<OrdersRead> {
  const { readOrdersInParallel } = await import('./orders-parallel.js');
  const parallel = await readOrdersInParallel(source, options);
  if (parallel !== undefined) return parallel;
  const aggregator = new OrderAggregator(source.name, options);
  const sniffed = await readRows(source, { delimiter: options.delimiter, encoding: options.encoding, onProgress: options.onProgress }, aggregator);
  return aggregator.finish(sniffed);
}

/** Reads rows of an orders export into customer-days; one per reader (and per worker thread). */
export class OrderAggregator {
  private headers: string[] = [];
  private mapping: HeaderMapping = { fields: {}, unmapped: [] };
  private col = { customer: -1, date: -1, order: -1, amount: -1, quantity: -1, price: -1, status: -1, currency: -1, by: -1 };
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

  private readonly statusCache = new Map<string, boolean>();
  private knownCustomers = 0;
  private currency: string | undefined;
  private currencyLine = 0;

  private rows = 0;
  private orders = 0;
  private excludedRows = 0;
  private excludedOrders = 0;
  private creditOrders = 0;
  private readonly currencyCache = new Map<string, string | undefined>();

  // The order being read (line items on consecutive rows share its id). Plain fields, not an
  // object per order: this is the per-row path.
  private isOpen = false;
  private openId = '';
  private openCustomer = -1;
  private openDay = 0;
  /** Sum of line amounts in MONEY_SCALE units. */
  private openScaled = 0;
  private openExcluded = false;
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
    this.mapping = mapHeaders(headers, ORDER_FIELDS, this.options.map, this.file);
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
      by: -1,
    };
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
        throw new InputError('CARE_UNKNOWN_HEADER', `--by ${this.options.by}: the file has no such column`, { file: this.file, hint: `its headers are: ${headers.join(', ')}` });
      }
    }
    this.minCells = Math.max(...Object.values(this.col)) + 1;
    // Decided from the column's first cells; without evidence, semicolon files come from
    // spreadsheets set to a decimal-comma locale.
    const moneyColumn = this.col.amount !== -1 ? this.col.amount : this.col.price;
    this.decimalComma = decimalCommaFromCells((sniffed.sample ?? []).map((row) => row[moneyColumn] ?? ''), sniffed.delimiter === ';');
    if (this.options.currency !== undefined) this.currency = currencyCode(this.options.currency) ?? this.options.currency.toUpperCase();
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
    const continuing = this.isOpen && orderId !== '' && orderId === this.openId;
    if (continuing && this.openSkip !== undefined) {
      this.rejects.reject(this.openSkip, line, row.cells(), `belongs to order ${orderId}, whose first row was skipped`);
      return;
    }
    if (!continuing) this.closeOrder();

    // Day: a continuation row may leave the date empty (Shopify writes order fields on the first row only).
    let day: number;
    if (continuing && row.isBlank(col.date)) day = this.openDay;
    else {
      day = row.date(col.date, this.options.dateFormat);
      if (Number.isNaN(day)) return this.skipRow('badDate', line, row, orderId, `"${row.text(col.date)}" is not a date`, 'date');
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
    if (col.currency !== -1) {
      const cell = row.text(col.currency);
      let code = this.currencyCache.get(cell);
      if (code === undefined && !this.currencyCache.has(cell)) {
        code = currencyCode(cell);
        this.currencyCache.set(cell, code);
      }
      if (code !== undefined) rowCurrency = code;
    }
    if (rowCurrency !== undefined && rowCurrency !== this.currency) {
      if (this.options.currency !== undefined) return this.skipRow('otherCurrency', line, row, orderId, `amount in ${rowCurrency}`, 'amount');
      if (this.currency !== undefined) {
        throw new InputError('CARE_MIXED_CURRENCIES', `amounts in ${this.currency} (line ${this.currencyLine}) and ${rowCurrency} (line ${line}) in one file`, {
          file: this.file,
          line,
          field: 'amount',
          hint: `pick one with --currency ${this.currency} (rows in other currencies are then skipped and counted)`,
        });
      }
      this.currency = rowCurrency;
      this.currencyLine = line;
    }

    if (continuing) {
      this.openScaled += scaled;
      this.openRows++;
    } else {
      const customer = this.customerAt(this.customerIndex.indexOfCell(row.source(col.customer), row.start(col.customer), row.end(col.customer)));
      if (customer === -1) return this.skipRow('noCustomer', line, row, orderId, 'no customer id', 'customer');
      this.isOpen = true;
      this.openId = orderId;
      this.openCustomer = customer;
      this.openDay = day;
      this.openScaled = scaled;
      this.openExcluded = false;
      this.openRows = 1;
      this.openSkip = undefined;
      if (col.by !== -1) this.noteSegment(customer, day, row.text(col.by).trim());
    }
    if (col.status !== -1 && !this.openExcluded) {
      const status = row.text(col.status);
      let excluded = this.statusCache.get(status);
      if (excluded === undefined) {
        excluded = isExcludedStatus(status);
        this.statusCache.set(status, excluded);
      }
      this.openExcluded = excluded;
    }
    if (orderId === '') this.closeOrder(); // without order ids every row is an order
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
      counts: { rows: this.rows, orders: this.orders, excludedRows: this.excludedRows, excludedOrders: this.excludedOrders, creditOrders: this.creditOrders },
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
          hint: `pick one with --currency ${this.currency} (rows in other currencies are then skipped and counted)`,
        });
      }
      if (this.currency === undefined) {
        this.currency = part.currency;
        this.currencyLine = file(part.currencyLine)!;
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
    if (this.openExcluded) {
      this.excludedOrders++;
      this.excludedRows += this.openRows;
      return;
    }
    const customer = this.openCustomer;
    const day = this.openDay;
    hashOrderId(this.openId, orderHash);
    if (this.openId !== '' && this.joinRecentOrder(customer)) return;
    this.orders++;
    const amount = toMinorUnits(this.openScaled);
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
      const after = before + this.openScaled;
      const wasQualifying = this.isQualifying(toMinorUnits(before));
      const isQualifying = this.isQualifying(toMinorUnits(after));
      this.entryOrders.data[entry]! += isQualifying - wasQualifying;
      this.entryAmount.data[entry]! += toMinorUnits(after) - toMinorUnits(before);
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
   * DESIGN.md §3: an order counts towards activity when its net amount is above zero (or there
   * is no amount column); --zero-orders count also counts free orders (CDNOW's published
   * summaries count its $0.00 purchases).
   */
  private isQualifying(amount: number): 0 | 1 {
    return !this.hasAmounts || amount > 0 || (amount === 0 && this.options.countZeroOrders === true) ? 1 : 0;
  }

  finish(sniffed: Sniffed): OrdersRead {
    this.closeOrder();
    if (this.headers.length === 0) throw new InputError('CARE_EMPTY', 'the file has no header row', { file: this.file });
    const dateFormat = this.resolveDates();
    if (this.orders === 0) {
      const skippedTotal = this.rejects.total();
      throw new InputError('CARE_NO_ROWS', this.rows === 0 ? 'the file has a header but no rows' : `none of the ${this.rows} rows is a usable order (${skippedTotal} skipped, ${this.excludedRows} in excluded orders)`, {
        file: this.file,
        hint: this.rows === 0 ? 'export the data again, with its rows' : 'run care inspect on the file to see how its columns were read',
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
      },
      firstLineBySkip: this.rejects.firstLine,
      sample: this.sample,
    };
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
      });
    }
    if (decision === 'ambiguous') {
      throw new InputError('CARE_AMBIGUOUS_DATES', `every slashed date could be day-first or month-first (e.g. line ${this.dates.ambiguousLine})`, {
        file: this.file,
        field: 'date',
        hint: 'pass --date-format DMY (31/12/2024) or --date-format MDY (12/31/2024)',
      });
    }
    const order = decision === 'YMD' ? 'DMY' : decision;
    const days = this.entryDay.data;
    for (let i = 0; i < this.entryDay.length; i++) {
      if (days[i]! < PENDING) continue;
      // Both readings were checked when the row was read; the decided one may still be invalid (31/04).
      days[i] = resolveSlashed(days[i]! - PENDING, order) ?? resolveSlashed(days[i]! - PENDING, order === 'DMY' ? 'MDY' : 'DMY')!;
    }
    return [...shapes, order === 'DMY' ? 'D/M/Y' : 'M/D/Y'].join(', ');
  }
}

const orderHash = new Int32Array(2);

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
  return 'slashed';
}


