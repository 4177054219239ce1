/** Invoicing and accounting: Xero, QuickBooks Online, inv.bg (Bulgaria). */
import type { ExportProfile } from '../types.js';

export const ACCOUNTING_PROFILES: ExportProfile[] = [
  {
    name: 'xero-invoices',
    title: 'Xero — sales invoices export',
    kind: 'invoices',
    source: '[B] Xero → Business → Invoices → Export: the column names of Xero\'s invoice CSV template (public code writing Xero CSVs lists ContactName, EmailAddress, POAddressLine1-4, InvoiceNumber, Reference, InvoiceDate, DueDate, … Currency, Status); the amount columns from general knowledge',
    fingerprint: { all: ['ContactName', 'InvoiceNumber', 'InvoiceDate', 'DueDate', 'InvoiceAmountDue'] },
    map: {
      customer: 'ContactName', email: 'EmailAddress', invoice: 'InvoiceNumber', amount: 'Total', amountDue: 'InvoiceAmountDue', issued: 'InvoiceDate', due: 'DueDate',
      currency: 'Currency', status: 'Status',
    },
    statuses: { paid: 'completed', authorised: 'pending', 'awaiting payment': 'pending', submitted: 'excluded', 'awaiting approval': 'excluded', draft: 'excluded', voided: 'excluded', deleted: 'excluded' },
    lineItems: 'order-total-repeated',
    notes: ['One row per invoice line; the invoice totals are repeated on each line.', 'Required columns may be marked with a leading * (*ContactName).', 'Dates follow the organisation\'s locale.', 'Awaiting Approval (submitted, not approved) is like a draft: nobody owes it yet.'],
    header: ['ContactName', 'EmailAddress', 'POAddressLine1', 'POAddressLine2', 'POAddressLine3', 'POAddressLine4', 'POCity', 'PORegion', 'POPostalCode', 'POCountry', 'InvoiceNumber', 'Reference', 'InvoiceDate', 'DueDate', 'Total', 'TaxTotal', 'InvoiceAmountPaid', 'InvoiceAmountDue', 'InventoryItemCode', 'Description', 'Quantity', 'UnitAmount', 'Discount', 'LineAmount', 'AccountCode', 'TaxType', 'TaxAmount', 'TrackingName1', 'TrackingOption1', 'TrackingName2', 'TrackingOption2', 'Currency', 'Type', 'Sent', 'Status'],
  },
  {
    name: 'quickbooks-invoices',
    title: 'QuickBooks Online — Invoice List report export',
    kind: 'invoices',
    source: '[B] header line of a public test fixture modelled on QuickBooks report exports (code index id 70440678755, with the company/title/period preamble, TOTAL row and timestamp footer; the same shape in ids 70906512463, 57701998034); fixture fixtures/exports/quickbooks-invoices.csv',
    fingerprint: { all: ['Transaction type', 'Num', 'Due date', 'Open balance'] },
    map: { customer: 'Name', invoice: 'Num', amount: 'Amount', amountDue: 'Open balance', issued: 'Date', due: 'Due date' },
    dateFormat: 'MDY',
    skipLines: 4,
    notes: [
      'No status column: Open balance is what is still owed, 0.00 means paid; a voided invoice shows Amount 0.00.',
      'Company, report name and period lines come above the header; a TOTAL row and a timestamp come after the data.',
    ],
    header: ['Date', 'Transaction type', 'Num', 'Name', 'Memo', 'Due date', 'Amount', 'Open balance'],
  },
  {
    name: 'invbg-invoices',
    title: 'inv.bg (Bulgaria) — invoices export',
    kind: 'invoices',
    source: '[C] the inv.bg FAQ (inv.bg/help/faq) documents the document types (фактура, проформа, кредитно известие) and the statuses платена / анулирана / чернова; column names not verified against a real export; fixture fixtures/exports/invbg-invoices.csv',
    fingerprint: { all: ['Вид документ', 'Дата на издаване', 'Падеж', 'ЕИК', 'Платена сума'] },
    map: { customer: 'Клиент', invoice: 'Номер', amount: 'Сума за плащане', issued: 'Дата на издаване', due: 'Падеж', status: 'Статус', currency: 'Валута' },
    statuses: { платена: 'completed', неплатена: 'pending', 'частично платена': 'pending', просрочена: 'pending', анулирана: 'excluded', чернова: 'excluded' },
    dateFormat: 'DMY',
    decimalComma: true,
    delimiter: ';',
    notes: [
      'What is still owed is Сума за плащане minus Платена сума (a partly paid invoice).',
      'Invoice numbers have leading zeros; a кредитно известие carries a negative amount. BGN before 2026-01-01, EUR after (1 EUR = 1.95583 BGN).',
    ],
    header: ['Номер', 'Вид документ', 'Дата на издаване', 'Падеж', 'Клиент', 'ЕИК', 'Сума без ДДС', 'ДДС', 'Сума за плащане', 'Платена сума', 'Валута', 'Статус', 'Начин на плащане'],
  },
];
