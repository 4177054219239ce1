/**
 * Who complained after waiting: the complainer type (docs/definitions.md, "Complainer types") of
 * each breached ticket, read by care classify's rules from the ticket's channel, subject, text
 * and status. Pure: the rules come compiled from the caller.
 */
import { type CompiledRules, type ComplainerType, COMPLAINER_TYPES, classify, isSkipped } from '../classify/index.js';
import type { Ticket } from '../ingest/tickets.js';
import type { SlaBreach } from './sla.js';

export interface BreachComplainers {
  /** Breached tickets (each once, whichever metrics it breached) by complainer type. */
  counts: Record<ComplainerType, number>;
  /** Breached tickets with nothing to classify them by. */
  unclassified: number;
}

/** Sets `complainer` on every breach whose ticket the rules classify, and counts the breached tickets by type. */
export function classifyBreaches(breaches: SlaBreach[], tickets: readonly Ticket[], rules: CompiledRules): BreachComplainers {
  const byLine = new Map<number, Ticket>();
  for (const ticket of tickets) byLine.set(ticket.line, ticket);
  const typeOfLine = new Map<number, ComplainerType | undefined>();
  for (const breach of breaches) {
    if (!typeOfLine.has(breach.line)) {
      const ticket = byLine.get(breach.line);
      const result = ticket === undefined ? undefined : classify({ channel: ticket.channel, subject: ticket.subject, text: ticket.text, status: ticket.status }, rules);
      typeOfLine.set(breach.line, result === undefined || isSkipped(result) ? undefined : result.type);
    }
    const type = typeOfLine.get(breach.line);
    if (type !== undefined) breach.complainer = type;
  }
  const counts = Object.fromEntries(COMPLAINER_TYPES.map((type) => [type, 0])) as Record<ComplainerType, number>;
  let unclassified = 0;
  for (const type of typeOfLine.values()) {
    if (type === undefined) unclassified++;
    else counts[type]++;
  }
  return { counts, unclassified };
}
