/**
 * Who a reminder goes to: the name column of an invoices export, and the `care remind
 * --customers FILE` lookup (customer, name, email) for exports that carry no names.
 */
import { InputError } from '../errors.js';
import { say } from '../i18n/index.js';
import { normalizeHeader } from './headers.js';
import { INVOICE_FIELDS } from './kinds.js';
import { readRecords } from './records.js';
import type { FieldSpec, InputSource, RecordTable } from './types.js';

/** How a customer is addressed, when the data or the lookup says. */
export interface Contact {
  name?: string;
  email?: string;
}

/** Headers that hold a customer's name (in the invoices export or the --customers lookup). */
export const NAME_SYNONYMS = [
  'customer name', 'client name', 'contact name', 'full name', 'name', 'first name', 'billing name',
  'имя клиента', 'имя', 'фио', 'имя покупателя', 'контактное лицо', 'име на клиент', 'име', 'име на купувач',
] as const;

/** The first header, among those no field took, that names a customer's name; undefined when none does. */
export function findNameColumn(headers: readonly string[], taken: ReadonlySet<number>): number | undefined {
  const normalized = headers.map(normalizeHeader);
  for (const synonym of NAME_SYNONYMS) {
    const index = normalized.findIndex((header, i) => !taken.has(i) && header === synonym);
    if (index !== -1) return index;
  }
  return undefined;
}

const CONTACT_FIELDS: readonly FieldSpec[] = [
  { ...INVOICE_FIELDS.find((field) => field.name === 'customer')!, required: false },
  { name: 'name', type: 'text', synonyms: NAME_SYNONYMS },
  { ...INVOICE_FIELDS.find((field) => field.name === 'email')!, required: false },
];

/** Reads the --customers lookup: customer id (or, without one, the email) → name and email; the table for its skip counts. */
export async function readContacts(source: InputSource, file: string): Promise<{ contacts: Map<string, Contact>; table: RecordTable }> {
  const table = await readRecords(source, CONTACT_FIELDS, {
    validate: (record) => (record.values['customer'] === undefined && record.values['email'] === undefined ? ['noCustomer', 'no customer id or email', 'customer'] : undefined),
  });
  if (table.mapping['customer'] === undefined && table.mapping['email'] === undefined) {
    throw new InputError('CARE_MISSING_FIELD', 'the --customers file needs a customer (or email) column', {
      file,
      hint: `its headers are: ${table.headers.join(', ')}; expected customer,name,email`,
      say: say('error.customersNeedId'),
      hintSay: say('hint.customersHeaders', { headers: table.headers.join(', ') }),
    });
  }
  const contacts = new Map<string, Contact>();
  for (const record of table.records) {
    const email = record.values['email'] as string | undefined;
    // Customer ids that are email addresses compare in lower case (ingest/customer-id.ts).
    const id = (record.values['customer'] as string | undefined) ?? email!.toLowerCase();
    const contact: Contact = {};
    if (typeof record.values['name'] === 'string') contact.name = record.values['name'];
    if (email !== undefined) contact.email = email;
    contacts.set(id, contact);
  }
  return { contacts, table };
}

/** The contact details an invoices export holds for each selected invoice: its email field and the name column. */
export function invoiceContacts<T extends { line: number }>(table: RecordTable, items: readonly T[]): Map<T, Contact> {
  const nameColumn = findNameColumn(table.headers, new Set(Object.values(table.mapping)));
  const recordByLine = new Map(table.records.map((record) => [record.line, record]));
  const contacts = new Map<T, Contact>();
  for (const item of items) {
    const record = recordByLine.get(item.line)!;
    const contact: Contact = {};
    const email = record.values['email'];
    if (typeof email === 'string') contact.email = email;
    const name = nameColumn === undefined ? '' : (record.cells[nameColumn] ?? '').trim();
    if (name !== '') contact.name = name;
    contacts.set(item, contact);
  }
  return contacts;
}
