/**
 * Reminders as letters: the template variables each due item fills (customer.*, invoice.*,
 * lastOrder.*, anniversary.*…), the recipient chosen from the export, the --customers lookup or
 * the customer id itself, and the check that no variable is missing from every reminder.
 *
 * Template variables come from the data: customer.id, customer.email and customer.name when
 * known, plus the rule's facts (lastOrder.date, invoice.number, anniversary.years…). Orders
 * exports rarely carry names: a `--customers FILE` lookup (customer, name, email) fills them,
 * and `--set customer.name=…` is the fallback for everyone left without one. A customer id
 * that is an email address is used as the recipient. agent.* and company.name come from
 * --set or the config (email.agent, email.company).
 */
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import type { Contact } from '../ingest/contacts.js';
import type { DueItem } from '../metrics/due.js';
import { toMajor } from '../money/index.js';
import { formatDay } from '../time/days.js';
import { type BatchRow, rowData } from './batch.js';
import { coerceValue, mergeData } from './data.js';
import type { TemplateData } from './types.js';

/** A selected item with the customer's contact details. */
export interface ReminderRow {
  item: DueItem;
  contact: Contact;
}

/**
 * The export's own details first, then the lookup, then a customer id that is itself an address.
 * A bad address is dropped (`onBadEmail` says so), so one typo never stops the whole batch.
 */
export function contactFor(item: DueItem, own: Contact | undefined, lookup: ReadonlyMap<string, Contact>, onBadEmail: (message: string, said: MessageRef) => void): Contact {
  const listed = lookup.get(item.customer);
  const contact: Contact = {};
  const name = own?.name ?? listed?.name;
  if (name !== undefined) contact.name = name;
  const email = own?.email ?? listed?.email ?? (item.customer.includes('@') ? item.customer : undefined);
  if (email !== undefined) {
    if (coerceValue(email, 'email').ok) contact.email = email.trim();
    else {
      const shown = email.replace(/[\r\n]+/g, ' ');
      onBadEmail(`customer ${item.customer}: "${shown}" is not an email address; left without a recipient`, say('remind.badEmail', { customer: item.customer, email: shown }));
    }
  }
  return contact;
}

/** agent.name, agent.team and company.name from the config's email section, for every reminder. */
export function configDefaults(config: CareConfig): TemplateData {
  const data: TemplateData = {};
  const agent = config.email?.agent;
  if (agent?.name !== undefined || agent?.team !== undefined) data['agent'] = { ...(agent.name === undefined ? {} : { name: agent.name }), ...(agent.team === undefined ? {} : { team: agent.team }) };
  if (config.email?.company?.name !== undefined) data['company'] = { name: config.email.company.name };
  return data;
}

/** The template variables one reminder fills from the data, as dotted cells (empty ones left out). */
export function reminderCells(row: ReminderRow): Record<string, string> {
  const { item, contact } = row;
  const cells: Record<string, string> = { 'customer.id': item.customer };
  if (contact.name !== undefined) cells['customer.name'] = contact.name;
  if (contact.email !== undefined) cells['customer.email'] = contact.email;
  switch (item.kind) {
    case 'payment':
      cells['invoice.number'] = item.invoice;
      cells['invoice.amount'] = String(toMajor(item.amount, item.currency));
      if (item.currency !== undefined) cells['invoice.currency'] = item.currency;
      if (item.issued !== undefined) cells['invoice.sentDate'] = formatDay(item.issued);
      cells['invoice.dueDate'] = formatDay(item.due);
      // Templates test invoice.daysOverdue with {{#if}}: only a positive number means "overdue".
      if (item.daysOverdue > 0) cells['invoice.daysOverdue'] = String(item.daysOverdue);
      else cells['invoice.daysLeft'] = String(-item.daysOverdue);
      break;
    case 'reorder':
    case 'win-back':
      cells['lastOrder.date'] = formatDay(item.lastPurchase);
      cells['lastOrder.daysAgo'] = String(item.daysSinceLast);
      cells['firstOrder.date'] = formatDay(item.firstPurchase);
      cells['customer.purchases'] = String(item.purchaseDays);
      if (item.kind === 'reorder' && item.usualInterval !== null) cells['customer.usualInterval'] = String(item.usualInterval);
      if (item.kind === 'win-back') cells['customer.lapsedOn'] = formatDay(item.lapsedOn);
      break;
    case 'anniversary':
      cells['anniversary.years'] = String(item.years);
      cells['anniversary.date'] = formatDay(item.anniversary);
      cells['firstOrder.date'] = formatDay(item.firstPurchase);
      cells['lastOrder.date'] = formatDay(item.lastPurchase);
      break;
  }
  return cells;
}

/**
 * A variable no reminder has a value for (agent.name, product.name…) is a usage error (exit 2)
 * naming all of them before anything is rendered; one missing for some customers only (a
 * name) fails those reminders alone, and the rest still go out.
 */
export function assertNotMissingEverywhere(
  rows: readonly BatchRow[], shared: TemplateData,
  renderer: { template: { name: string; locale: string }; prepare(data: TemplateData): { problems: { missing: string[] } } },
): void {
  let everywhere: Set<string> | undefined;
  for (const row of rows) {
    const missing = new Set(renderer.prepare(mergeData(shared, rowData(row.cells))).problems.missing);
    everywhere = everywhere === undefined ? missing : new Set([...everywhere].filter((name) => missing.has(name)));
    if (everywhere.size === 0) return;
  }
  if (everywhere === undefined || everywhere.size === 0) return;
  const names = [...everywhere];
  const fromData = names.includes('customer.name') ? '; names come from a name column, --customers FILE (customer,name,email) or --set customer.name=…' : '';
  throw new UsageError('CARE_TEMPLATE_DATA', `template "${renderer.template.name}" (${renderer.template.locale}): missing ${names.length === 1 ? 'variable' : 'variables'}: ${names.join(', ')}`, {
    hint: `give them with --set name=value (agent and company also from the config's email section)${fromData}`,
    say: say('error.templateData', { name: renderer.template.name, locale: renderer.template.locale, problems: [say('part.missingVariables', { count: names.length, names: names.join(', ') })] }),
    hintSay: say(fromData === '' ? 'hint.giveMissing' : 'hint.giveMissingNames'),
  });
}

/** How a reminder is named in messages: the invoice's line, or the customer. */
export function reminderLabel(row: ReminderRow): string {
  return row.item.kind === 'payment' ? `line ${row.item.line} (invoice ${row.item.invoice})` : `customer ${row.item.customer}`;
}

/** A draft without its line: orders have no line per customer, so listings never point into the file. */
export function withoutLine<T extends { line?: number }>(item: T): Omit<T, 'line'> {
  const { line: _line, ...rest } = item;
  return rest;
}
