/**
 * Reading a help-desk ticket export for `care sla` (Zendesk, Freshdesk, Jira Service Management,
 * Okdesk, Help Scout, or any export whose headers the synonyms of kinds.ts TICKET_FIELDS know):
 * each ticket's creation, first reply and resolution as instants, its status, routing columns and
 * satisfaction rating. Timestamps with an offset (`Z`, `-0500`) are read as written; those without
 * one are wall-clock times of the export's time zone (docs/ingestion.md, "Tickets").
 */
import { DateColumn, readDateCode, resolveSlashed, SLASHED_BASE, whyNotADate } from './fields/date.js';
import { readDurationCell, readTimeOfDay } from './fields/datetime.js';
import { normalizeStatus } from './fields/status.js';
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Day } from '../time/days.js';
import type { ZoneClock } from '../time/business-time.js';
import { TICKET_FIELDS } from './kinds.js';
import { readRecords } from './records.js';
import { RejectCounter } from './rejects.js';
import type { DateOrder, FieldRecord, InputSource, ReadOptions, Reject } from './types.js';
import type { ProfileChoice } from './profiles/types.js';

export type Satisfaction = 'good' | 'bad';

/** One ticket as the SLA metrics read it; instants in epoch milliseconds. */
export interface Ticket {
  line: number;
  /** The export's ticket id, or `line N` when the export has none. */
  id: string;
  created: number;
  /** Local day of creation in the export's zone (for --period). */
  createdDay: Day;
  firstReplyAt?: number;
  /** The last resolution: help desks' solved/resolved columns hold the latest one. */
  resolvedAt?: number;
  /** Not (yet, or no longer) resolved: no resolution time, or a status that says the ticket is open again. */
  open: boolean;
  status?: string;
  channel?: string;
  agent?: string;
  priority?: string;
  type?: string;
  satisfaction?: Satisfaction;
  /** How many times the ticket was reopened, when the export says (Zendesk `Reopens`). */
  reopens?: number;
  /** What the complaint classifier reads (care sla names the complainer types of breached tickets). */
  subject?: string;
  text?: string;
}

export interface TicketTable {
  source: string;
  headers: string[];
  /** field → the header it was read from. */
  columns: Record<string, string>;
  tickets: Ticket[];
  ingest: { rows: number; skipped: Record<string, number>; firstLine: Record<string, number>; unreadableRatings: number };
  profile?: ProfileChoice;
}

export interface TicketReadOptions extends ReadOptions {
  /** The zone of timestamps written without an offset (the help desk exports in the account's zone). */
  clock: ZoneClock;
  onReject?: (reject: Reject) => void;
}

/**
 * Status words of a ticket that is not resolved (normalised: lower case, ё→е): Zendesk new, open,
 * pending, hold; Freshdesk Open, Pending, Waiting on Customer/Third Party; Help Scout active,
 * pending; Jira Open, To Do, In Progress, Waiting for support/customer, Reopened; Okdesk Открыта,
 * В работе, Отложена. A ticket with one of these is open even when a (previous) resolution time is
 * filled in: it was reopened and is running again.
 */
const OPEN_STATUSES = new Set([
  'new', 'open', 'pending', 'hold', 'on hold', 'on-hold', 'active', 'in progress', 'to do', 'reopened', 'escalated',
  'waiting on customer', 'waiting on third party', 'waiting for support', 'waiting for customer', 'awaiting reply',
  'новая', 'новый', 'открыта', 'открыт', 'в работе', 'переоткрыта', 'отложена', 'ожидание', 'ожидает ответа',
  'нов', 'отворен', 'отворена', 'в процес',
]);

/**
 * Satisfaction answers: Zendesk Good/Bad (Offered/Unoffered = no answer), Freshdesk Extremely
 * Happy … Extremely Unhappy, Help Scout Great/Okay/Not Good, 1–5 scores (Jira, Okdesk). A CSAT
 * counts only the top answers as satisfied (4–5 of 5, Good, Great, Happy): Okay and Neutral are not.
 */
const SATISFACTION_WORDS: ReadonlyMap<string, Satisfaction | 'none'> = new Map([
  ...(['good', 'great', 'happy', 'extremely happy', 'very happy', 'satisfied', 'very satisfied', 'хорошо', 'отлично', 'доволен', 'добре', 'отлично обслужване'] as const).map((word) => [word, 'good'] as const),
  ...(['bad', 'not good', 'okay', 'ok', 'neutral', 'unhappy', 'extremely unhappy', 'very unhappy', 'dissatisfied', 'very dissatisfied', 'плохо', 'нормально', 'недоволен', 'зле'] as const).map((word) => [word, 'bad'] as const),
  ...(['offered', 'unoffered', 'not offered', '-', 'n/a'] as const).map((word) => [word, 'none'] as const),
]);

/** Status and rating cells repeat a few values: each distinct one is read once (normalizeStatus uses a regex). */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      if (seen.size > 10_000) seen.clear();
      seen.set(text, (value = read(text)));
    }
    return value as T;
  };
}

const isOpenStatus = memo((status: string) => OPEN_STATUSES.has(normalizeStatus(status)));
const satisfactionOf = memo((text: string) => readSatisfaction(text));

/** A satisfaction cell: good, bad, no answer (undefined), or unreadable. */
export function readSatisfaction(text: string): Satisfaction | undefined | 'unreadable' {
  const key = normalizeStatus(text);
  if (key === '') return undefined;
  const word = SATISFACTION_WORDS.get(key);
  if (word !== undefined) return word === 'none' ? undefined : word;
  if (/^[1-5]$/.test(key)) return Number(key) >= 4 ? 'good' : 'bad';
  return 'unreadable';
}

const TIMESTAMP_FIELDS = ['date', 'firstReply', 'solved'] as const;
type TimestampField = (typeof TIMESTAMP_FIELDS)[number];

/** Reads a ticket export; rows whose timestamps or durations cannot be read are skipped and counted (or fail under --strict). */
export async function readTickets(source: InputSource, options: TicketReadOptions): Promise<TicketTable> {
  const { clock, onReject, ...readOptions } = options;
  const table = await readRecords(source, TICKET_FIELDS, { ...readOptions, kind: 'complaints', onReject });
  const file = table.source;
  const rejects = new RejectCounter(file, options.strict ?? false, onReject);
  const orders = dateOrders(table.records, options.dateFormat ?? table.profile?.profile?.dateFormat, file);
  const tickets: Ticket[] = [];
  let unreadableRatings = 0;
  for (const record of table.records) {
    const read = readTicket(record, clock, orders);
    if (Array.isArray(read)) {
      const [reason, detail, field] = read;
      rejects.reject(reason, record.line, record.cells, detail, field);
      continue;
    }
    if (read.unreadableRating) unreadableRatings++;
    tickets.push(read.ticket);
  }
  if (tickets.length === 0) {
    throw new InputError('CARE_NO_ROWS', `none of the ${table.ingest.rows} rows could be read as tickets (${rejects.total()} skipped)`, {
      file,
      hint: 'run care inspect on the file to see how its columns were read',
      say: say('error.noTicketRows', { rows: table.ingest.rows, skipped: rejects.total() }),
      hintSay: say('hint.runInspect'),
    });
  }
  const skipped = { ...table.ingest.skipped };
  for (const [reason, count] of Object.entries(rejects.skipped)) skipped[reason] = (skipped[reason] ?? 0) + count;
  const firstLine = { ...((table.ingest['firstLine'] ?? {}) as Record<string, number>) };
  for (const [reason, line] of Object.entries(rejects.firstLine)) firstLine[reason] = Math.min(firstLine[reason] ?? line, line);
  const columns = Object.fromEntries(Object.entries(table.mapping).map(([field, index]) => [field, table.headers[index] ?? '']));
  return { source: file, headers: table.headers, columns, tickets, ingest: { rows: table.ingest.rows, skipped, firstLine, unreadableRatings }, profile: table.profile };
}

/** How slashed dates of each timestamp column are read: the option, the column's own evidence, the profile. */
function dateOrders(records: readonly FieldRecord[], given: DateOrder | undefined, file: string): Map<TimestampField, 'DMY' | 'MDY'> {
  const orders = new Map<TimestampField, 'DMY' | 'MDY'>();
  for (const field of TIMESTAMP_FIELDS) {
    if (given === 'DMY' || given === 'MDY') {
      orders.set(field, given);
      continue;
    }
    const column = new DateColumn();
    for (const record of records) {
      const text = record.values[field];
      if (typeof text !== 'string') continue;
      const code = readDateCode(text);
      if (code >= SLASHED_BASE) column.observe(code - SLASHED_BASE, record.line);
    }
    const decision = column.decide();
    orders.set(field, column.settle(decision, field, file));
  }
  return orders;
}

type Problem = [reason: string, detail: string, field: string];

/** A timestamp cell as an instant: the date (date.ts), the time of day and offset (datetime.ts), the zone for wall-clock times. */
export function readInstant(text: string, order: 'DMY' | 'MDY', clock: ZoneClock): number | undefined {
  let day = readDateCode(text, order);
  if (Number.isNaN(day)) return undefined;
  if (day >= SLASHED_BASE) {
    const resolved = resolveSlashed(day - SLASHED_BASE, order);
    if (resolved === undefined) return undefined;
    day = resolved;
  }
  const time = readTimeOfDay(text);
  if (time === 'bad') return undefined;
  if (time === undefined) return clock.instantOf(day, 0);
  if (time.offset !== undefined) return (day * 86_400 + time.seconds) * 1000 + time.millis - time.offset * 60_000;
  return clock.instantOf(day, Math.floor(time.seconds / 60)) + (time.seconds % 60) * 1000 + time.millis;
}

function text(record: FieldRecord, field: string): string | undefined {
  const value = record.values[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readTicket(record: FieldRecord, clock: ZoneClock, orders: Map<TimestampField, 'DMY' | 'MDY'>): { ticket: Ticket; unreadableRating: boolean } | Problem {
  const instants: Partial<Record<TimestampField, number>> = {};
  for (const field of TIMESTAMP_FIELDS) {
    const cell = text(record, field);
    if (cell === undefined) continue;
    const instant = readInstant(cell, orders.get(field)!, clock);
    if (instant === undefined) return ['badDate', `${whyNotADate(cell, orders.get(field))} or a date and time`, field];
    instants[field] = instant;
  }
  const created = instants.date!;
  const durations: Partial<Record<'firstReply' | 'resolution', number>> = {};
  for (const [field, target, unit] of [
    ['firstReplyMinutes', 'firstReply', 'minutes'],
    ['firstReplyHours', 'firstReply', 'hours'],
    ['resolutionMinutes', 'resolution', 'minutes'],
    ['resolutionHours', 'resolution', 'hours'],
  ] as const) {
    const cell = text(record, field);
    if (cell === undefined) continue;
    const millis = readDurationCell(cell, unit);
    if (millis === undefined) continue;
    if (Number.isNaN(millis)) return ['badValue', `"${cell}" is not a duration in ${unit}`, field];
    durations[target] ??= millis;
  }
  // The timestamps first (exact, and business time can be measured between them); the help desk's own durations when there is none.
  const firstReplyAt = instants.firstReply ?? (durations.firstReply === undefined ? undefined : created + durations.firstReply);
  const resolvedAt = instants.solved ?? (durations.resolution === undefined ? undefined : created + durations.resolution);
  if (firstReplyAt !== undefined && firstReplyAt < created) return ['badValue', 'the first reply is before the ticket was created', instants.firstReply === undefined ? 'firstReplyMinutes' : 'firstReply'];
  if (resolvedAt !== undefined && resolvedAt < created) return ['badValue', 'the resolution is before the ticket was created', instants.solved === undefined ? 'resolutionMinutes' : 'solved'];
  const status = text(record, 'status');
  const rating = text(record, 'satisfaction');
  const satisfaction = rating === undefined ? undefined : satisfactionOf(rating);
  const reopensText = text(record, 'reopens');
  const reopens = reopensText !== undefined && /^\d+$/.test(reopensText) ? Number(reopensText) : undefined;
  const ticket: Ticket = {
    line: record.line,
    id: text(record, 'id') ?? `line ${record.line}`,
    created,
    createdDay: clock.localOf(created).day,
    open: resolvedAt === undefined || (status !== undefined && isOpenStatus(status)),
  };
  if (firstReplyAt !== undefined) ticket.firstReplyAt = firstReplyAt;
  if (resolvedAt !== undefined) ticket.resolvedAt = resolvedAt;
  for (const field of ['status', 'channel', 'agent', 'priority', 'type', 'subject', 'text'] as const) {
    const value = text(record, field);
    if (value !== undefined) ticket[field] = value;
  }
  if (satisfaction === 'good' || satisfaction === 'bad') ticket.satisfaction = satisfaction;
  if (reopens !== undefined) ticket.reopens = reopens;
  return { ticket, unreadableRating: satisfaction === 'unreadable' };
}
