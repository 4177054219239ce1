/** Payment providers: Stripe (payments, subscriptions, invoices) and PayPal. */
import type { ExportProfile } from '../types.js';

const FIXTURE = 'fixture fixtures/exports/';

export const PAYMENT_PROFILES: ExportProfile[] = [
  {
    name: 'stripe-payments',
    title: 'Stripe — payments (charges) export',
    kind: 'orders',
    source: `Stripe Dashboard → Payments → Export. Header verbatim in a public Python importer (StripeTransactionImporter.HEADER, code index id 37032147412) and a TS detector (ids 57454143494, 57668691387); ${FIXTURE}stripe-payments.csv`,
    fingerprint: { all: ['id', 'Seller Message', 'Created (UTC)', 'Amount Refunded', 'Captured'] },
    map: { customer: 'Customer ID', date: 'Created (UTC)', order: 'id', amount: 'Amount', status: 'Status', currency: 'Currency' },
    statuses: { paid: 'completed', succeeded: 'completed', failed: 'excluded', refunded: 'refunded', canceled: 'excluded', pending: 'pending' },
    transaction: 'id',
    refunds: ['Amount Refunded'],
    dateFormat: 'YMD',
    notes: [
      'One row per charge: a declined charge and its paid retry share an Invoice ID but are separate transactions.',
      'Amounts in major units (29.00), currency in lower case (usd).',
    ],
    header: ['id', 'Description', 'Seller Message', 'Created (UTC)', 'Amount', 'Amount Refunded', 'Currency', 'Converted Amount', 'Converted Amount Refunded', 'Fee', 'Tax', 'Converted Currency', 'Mode', 'Status', 'Statement Descriptor', 'Customer ID', 'Customer Description', 'Customer Email', 'Captured', 'Card ID', 'Card Last4', 'Card Brand', 'Card Funding', 'Card Exp Month', 'Card Exp Year', 'Card Name', 'Card Address Line1', 'Card Address Line2', 'Card Address City', 'Card Address State', 'Card Address Country', 'Card Address Zip', 'Card Issue Country', 'Card Fingerprint', 'Card CVC Status', 'Card AVS Zip Status', 'Card AVS Line1 Status', 'Card Tokenization Method', 'Disputed Amount', 'Dispute Status', 'Dispute Reason', 'Dispute Date (UTC)', 'Dispute Evidence Due (UTC)', 'Invoice ID', 'Payment Source Type', 'Destination', 'Transfer', 'Interchange Costs', 'Merchant Service Charge', 'Transfer Group', 'PaymentIntent ID'],
  },
  {
    name: 'stripe-subscriptions',
    title: 'Stripe — subscriptions export',
    kind: 'subscriptions',
    source: `Stripe Dashboard → Billing → Subscriptions → Export. Column names seen in several public scripts reading this export (code index ids 30261122232, 30267039964, 56281883664, 19175010703, 6124760724); ${FIXTURE}stripe-subscriptions.csv`,
    fingerprint: { all: ['Customer ID', 'Plan', 'Interval', 'Current Period End (UTC)', 'Cancel At Period End'] },
    map: { customer: 'Customer ID', start: 'Start Date (UTC)', end: 'Ended At (UTC)', amount: 'Amount', interval: 'Interval', quantity: 'Quantity', status: 'Status' },
    statuses: { active: 'completed', trialing: 'pending', past_due: 'pending', unpaid: 'pending', canceled: 'excluded', incomplete: 'pending', incomplete_expired: 'excluded' },
    dateFormat: 'YMD',
    notes: [
      'Canceled At is when the cancellation was asked for; Ended At is when the subscription stopped: the end is read from Ended At.',
      'Amount is the price per Interval (month or year) for one unit: MRR = Amount × Quantity, an annual price counting 1/12 a month.',
    ],
    header: ['id', 'Customer ID', 'Customer Description', 'Customer Email', 'Customer Name', 'Plan', 'Product', 'Quantity', 'Currency', 'Interval', 'Amount', 'Status', 'Cancellation Reason', 'Created (UTC)', 'Start (UTC)', 'Start Date (UTC)', 'Current Period Start (UTC)', 'Current Period End (UTC)', 'Trial Start (UTC)', 'Trial End (UTC)', 'Canceled At (UTC)', 'Ended At (UTC)', 'Cancel At Period End'],
  },
  {
    name: 'stripe-invoices',
    title: 'Stripe — invoices export',
    kind: 'invoices',
    source: `[C] Stripe Dashboard → Billing → Invoices → Export: column names from general knowledge, partly corroborated by a public script reading Amount Paid / Status / Date (UTC) / Subscription (code index id 55347743337); ${FIXTURE}stripe-invoices.csv`,
    fingerprint: { all: ['Number', 'Amount Due', 'Amount Remaining', 'Attempt Count', 'Due Date (UTC)'] },
    map: {
      customer: 'Customer', email: 'Customer Email', invoice: 'Number', amount: 'Total', amountDue: 'Amount Remaining', issued: 'Date (UTC)', due: 'Due Date (UTC)',
      currency: 'Currency', status: 'Status',
    },
    statuses: { paid: 'completed', open: 'pending', draft: 'excluded', void: 'excluded', uncollectible: 'excluded' },
    ignore: ['Paid'],
    fallbacks: { invoice: ['id'] },
    dateFormat: 'YMD',
    notes: ['Amount Remaining is what is still owed: 0 means paid.', 'An invoice charged automatically has no due date: it is never past due.', 'Drafts have no Number yet: their id stands for it.', 'Paid is true/false, not a date.'],
    header: ['id', 'Number', 'Customer', 'Customer Name', 'Customer Email', 'Amount Due', 'Amount Paid', 'Amount Remaining', 'Attempt Count', 'Attempted', 'Billing', 'Closed', 'Currency', 'Date (UTC)', 'Due Date (UTC)', 'Finalized At (UTC)', 'Paid', 'Status', 'Subscription', 'Subtotal', 'Tax', 'Total'],
  },
  {
    name: 'paypal-activity',
    title: 'PayPal — activity download (CSV)',
    kind: 'orders',
    source: `PayPal → Reports → Activity download. Header verbatim in several public importers (a PayPalHeader constant, code index ids 13982832350, 13967953190; the hledger paypal rules sample, 2018 format); ${FIXTURE}paypal-activity.csv`,
    fingerprint: { all: ['TimeZone', 'Gross', 'Fee', 'Net', 'From Email Address', 'Transaction ID'] },
    map: { customer: 'From Email Address', date: 'Date', order: 'Transaction ID', amount: 'Gross', status: 'Status', currency: 'Currency' },
    statuses: { completed: 'completed', pending: 'pending', denied: 'excluded', reversed: 'refunded', 'partially refunded': 'completed', refunded: 'refunded', canceled: 'excluded', unclaimed: 'pending', held: 'pending' },
    transaction: 'Transaction ID',
    dateFormat: 'MDY',
    notes: [
      'One row per transaction; Invoice Number is shared by a payment and its refund, or an authorization and its capture: never merged.',
      'Refunds are rows of their own with a negative Gross. Dates follow the account\'s locale (MM/DD/YYYY in US accounts).',
    ],
    header: ['Date', 'Time', 'TimeZone', 'Name', 'Type', 'Status', 'Currency', 'Gross', 'Fee', 'Net', 'From Email Address', 'To Email Address', 'Transaction ID', 'Shipping Address', 'Address Status', 'Item Title', 'Item ID', 'Shipping and Handling Amount', 'Insurance Amount', 'Sales Tax', 'Option 1 Name', 'Option 1 Value', 'Option 2 Name', 'Option 2 Value', 'Reference Txn ID', 'Invoice Number', 'Custom Number', 'Quantity', 'Receipt ID', 'Balance', 'Address Line 1', 'Address Line 2/District/Neighborhood', 'Town/City', 'State/Province/Region/County/Territory/Prefecture/Republic', 'Zip/Postal Code', 'Country', 'Contact Phone Number', 'Subject', 'Note', 'Country Code', 'Balance Impact'],
  },
];
