/**
 * The canonical fields of each export kind (docs/ingestion.md) and the header names they go by in
 * English, Russian and Bulgarian exports (Shopify, WooCommerce, Stripe, HubSpot, UCI Online
 * Retail, CDNOW, amoCRM, Bitrix24, RetailCRM, 1C — see fixtures/exports/ and docs/profiles.md).
 * Synonyms are written normalised (normalizeHeader) and most specific first.
 */
import type { FieldSpec } from './types.js';

const CUSTOMER = [
  'customer id', 'customerid', 'customer', 'client id', 'clientid', 'client', 'user id', 'userid', 'contact id', 'buyer id',
  'masterid', 'customer number', 'customer no', 'account id',
  'id клиента', 'код клиента', 'клиент id', 'клиент', 'покупатель', 'id покупателя', 'контрагент', 'контакт',
  'id на клиент', 'код на клиент', 'клиент номер', 'купувач',
  'customer email', 'email', 'e mail', 'email address', 'billing email', 'эл почта', 'электронная почта', 'имейл', 'e mail адрес',
] as const;

const ORDER_DATE = [
  // The order's own date first, in every language…
  'order date', 'orderdate', 'invoice date', 'invoicedate', 'purchase date',
  'дата заказа', 'дата оформления', 'дата покупки', 'дата продажи', 'дата на поръчка', 'дата на покупка',
  // …then a deal's closing date (a deal is a purchase when it closes: CRM deal exports)…
  'close date', 'closed date', 'closing date', 'date closed', 'closed at', 'дата закрытия', 'дата закрытия сделки', 'дата на затваряне', 'дата на приключване',
  // …then plain and creation dates.
  'date', 'created at', 'created', 'created date', 'paid at', 'transaction date', 'order created at', 'date created',
  'дата создания', 'дата', 'дата на създаване',
] as const;

export const ORDER_FIELDS: readonly FieldSpec[] = [
  { name: 'customer', type: 'id', required: true, synonyms: CUSTOMER },
  { name: 'date', type: 'date', required: true, synonyms: ORDER_DATE },
  {
    name: 'order',
    type: 'id',
    synonyms: [
      'order id', 'orderid', 'order number', 'order no', 'order', 'invoice no', 'invoiceno', 'invoice number', 'invoice', 'invoice id',
      'номер заказа', 'id заказа', 'заказ', 'номер документа', 'номер чека', 'номер', 'заказ №', '№ заказа',
      'номер на поръчка', 'поръчка', 'поръчка №', '№ на поръчка',
      // Shopify's order number is `Name`; elsewhere `Name` is the buyer's (Tilda), so any other order column wins.
      'name', 'receipt number', 'transaction id',
    ],
  },
  {
    name: 'amount',
    type: 'money',
    synonyms: [
      // Order totals before goods sums: `Итого` (goods + delivery) over `Сумма` (RetailCRM), `Grand Total` over `Total`.
      'grand total', 'order total', 'total incl tax', 'total incl vat', 'amount incl tax', 'total', 'total amount', 'amount',
      'sales', 'revenue', 'sum', 'net amount', 'total price', 'line total', 'item total',
      'итого', 'итого с ндс', 'итоговая сумма', 'сумма с ндс', 'всего', 'сумма заказа', 'сумма', 'сумма продажи', 'стоимость', 'выручка',
      'обща сума', 'общо', 'сума с ддс', 'обща стойност', 'сума', 'стойност',
    ],
    // Before tax, discounts or shipping: the order's total wins when both are there.
    fallbacks: [
      'subtotal', 'sub total', 'total excl tax', 'total excl vat', 'amount excl tax', 'goods total', 'items total',
      'сумма товаров', 'сумма без ндс', 'стоимость товаров', 'сумма без скидки', 'подытог', 'промежуточный итог',
      'сума без ддс', 'междинна сума', 'стойност на стоките',
    ],
  },
  { name: 'quantity', type: 'number', synonyms: ['quantity', 'qty', 'lineitem quantity', 'units', 'cds', 'количество', 'кол во', 'колво', 'брой'] },
  {
    name: 'price',
    type: 'money',
    synonyms: ['unit price', 'unitprice', 'price', 'lineitem price', 'item price', 'цена', 'цена за единицу', 'цена за ед', 'единична цена', 'цена за брой'],
  },
  {
    name: 'status',
    type: 'text',
    synonyms: [
      'status', 'financial status', 'order status', 'payment status', 'state', 'stage', 'deal stage', 'dealstage', 'pipeline stage',
      'статус', 'статус заказа', 'статус оплаты', 'состояние', 'стадия', 'стадия сделки', 'этап', 'этап сделки',
      'статус на поръчка', 'състояние', 'етап', 'етап на сделка',
    ],
  },
  { name: 'currency', type: 'text', synonyms: ['currency', 'currency code', 'валюта', 'валута'] },
  // A per-row payment id beside the order or invoice id: rows with different ones are separate orders (a declined charge and its retry).
  {
    name: 'transaction',
    type: 'id',
    synonyms: ['charge id', 'transaction id', 'payment id', 'payment intent id', 'id платежа', 'id транзакции', 'номер платежа', 'номер транзакции', 'id на плащане', 'номер на плащане', 'номер на транзакция'],
  },
  // Amounts given back, as positive numbers: they reduce the order's net amount.
  {
    name: 'refunded',
    type: 'money',
    synonyms: [
      'refunded amount', 'amount refunded', 'refund amount', 'total refunded', 'refunds', 'сумма возврата', 'сумма возвратов', 'возвращено',
      'возвращенная сумма', 'върната сума', 'сума за връщане', 'възстановена сума',
    ],
  },
];

export const SUBSCRIPTION_FIELDS: readonly FieldSpec[] = [
  { name: 'customer', type: 'id', required: true, synonyms: ['subscription id', ...CUSTOMER] },
  {
    name: 'start',
    type: 'date',
    required: true,
    synonyms: ['start', 'start date', 'started', 'started at', 'created', 'created at', 'subscribed at', 'current period start', 'дата начала', 'начало', 'дата подписки', 'начална дата', 'начало на абонамент'],
  },
  {
    name: 'end',
    type: 'date',
    synonyms: ['end', 'end date', 'ended at', 'canceled at', 'cancelled at', 'cancel date', 'churned at', 'дата окончания', 'окончание', 'дата отмены', 'крайна дата', 'край на абонамент'],
  },
  { name: 'amount', type: 'money', synonyms: ['mrr', 'amount', 'price', 'monthly amount', 'plan amount', 'сумма', 'стоимость', 'сума', 'цена'] },
  // The billing interval of the amount (month, year, week, day) and the units billed: MRR is
  // amount × quantity per month (metrics/mrr.ts, monthlyAmount). Without them the amount is monthly.
  { name: 'interval', type: 'text', synonyms: ['interval', 'billing interval', 'plan interval', 'billing period', 'recurring interval', 'периодичность', 'период оплаты', 'период на плащане'] },
  { name: 'quantity', type: 'number', synonyms: ['quantity', 'seats', 'licenses', 'количество', 'брой'] },
];

export const SURVEY_FIELDS: readonly FieldSpec[] = [
  {
    name: 'score',
    type: 'text',
    required: true,
    synonyms: [
      'nps', 'score', 'nps score', 'nps rating', 'net promoter score', 'rating', 'likelihood to recommend', 'recommend',
      'оценка', 'балл', 'nps оценка', 'оценка nps', 'индекс nps', 'nps резултат',
    ],
  },
  {
    name: 'date',
    type: 'date',
    synonyms: [
      'date', 'submitted at', 'submit date', 'timestamp', 'response date', 'completed at', 'created at',
      'дата', 'отметка времени', 'дата ответа', 'дата заполнения', 'дата на отговор', 'дата на попълване',
    ],
  },
  {
    name: 'customer',
    type: 'id',
    synonyms: [...CUSTOMER, 'respondent email', 'адрес электронной почты', 'email адрес', 'имейл адрес', 'адрес на електронна поща'],
  },
  { name: 'segment', type: 'text', synonyms: ['segment', 'сегмент', 'group', 'группа', 'група'] },
  {
    name: 'comment',
    type: 'text',
    synonyms: ['comment', 'comments', 'feedback', 'reason', 'why', 'explication', 'комментарий', 'комментарии', 'отзыв', 'причина', 'коментар', 'коментари', 'отзив'],
  },
  {
    name: 'csat',
    type: 'text',
    synonyms: ['csat', 'satisfaction', 'csat score', 'csat rating', 'satisfaction rating', 'удовлетворенность', 'оценка удовлетворенности', 'удовлетвореност'],
  },
];

export const COMPLAINT_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'id', synonyms: ['id', 'complaint id', 'ticket id', 'ticket', 'case id', 'case number', 'номер обращения', 'номер жалобы', 'номер', 'номер на жалба', 'номер на сигнал'] },
  { name: 'customer', type: 'id', synonyms: CUSTOMER },
  { name: 'date', type: 'date', synonyms: ['date', 'date received', 'created', 'created at', 'submitted at', 'received', 'дата', 'дата обращения', 'дата на подаване'] },
  {
    name: 'channel',
    type: 'text',
    synonyms: ['channel', 'submitted via', 'source', 'via', 'medium', 'канал', 'источник', 'канал обращения', 'източник', 'канал на подаване'],
  },
  { name: 'subject', type: 'text', synonyms: ['subject', 'issue', 'title', 'topic', 'тема', 'заголовок', 'тема на жалба', 'заглавие'] },
  {
    name: 'text',
    type: 'text',
    synonyms: ['text', 'description', 'body', 'message', 'complaint', 'consumer complaint narrative', 'narrative', 'details', 'текст', 'описание', 'сообщение', 'жалоба', 'съобщение', 'жалба'],
  },
  { name: 'status', type: 'text', synonyms: ['status', 'state', 'статус', 'состояние', 'състояние'] },
  // A help desk's own labels of the ticket (Zendesk Tags, Jira Labels, Usedesk Теги): read as channel evidence (twitter, legal, refund).
  { name: 'tags', type: 'text', synonyms: ['tags', 'labels', 'теги', 'тэги', 'метки', 'етикети', 'тагове'] },
];

export const INVOICE_FIELDS: readonly FieldSpec[] = [
  { name: 'customer', type: 'id', required: true, synonyms: CUSTOMER.filter((name) => !name.includes('mail') && !name.includes('почта') && !name.includes('имейл')) },
  { name: 'email', type: 'text', synonyms: ['email', 'e mail', 'email address', 'customer email', 'billing email', 'эл почта', 'электронная почта', 'имейл'] },
  { name: 'invoice', type: 'id', required: true, synonyms: ['invoice', 'invoice number', 'invoice no', 'invoice id', 'number', 'номер счета', 'счет', 'счет №', 'номер фактуры', 'фактура', 'номер на фактура', 'фактура №'] },
  // The invoice's total; `amountDue` is what is still owed (Xero, QuickBooks, Stripe write both). Without a total, the amount due serves as the amount.
  { name: 'amount', type: 'money', synonyms: ['amount', 'total', 'invoice total', 'total amount', 'grand total', 'sum', 'сумма', 'итого', 'сумма к оплате', 'сумма счета', 'сума', 'обща сума', 'сума за плащане'] },
  {
    name: 'amountDue',
    type: 'money',
    synonyms: ['amount due', 'amount remaining', 'balance due', 'balance', 'open balance', 'outstanding', 'outstanding balance', 'остаток', 'остаток к оплате', 'задолженность', 'долг', 'остатък', 'остатък за плащане', 'дължима сума'],
  },
  // What was paid so far: without an amount due, the amount owed is the total less this.
  {
    name: 'amountPaid',
    type: 'money',
    synonyms: ['amount paid', 'paid amount', 'total paid', 'payments', 'оплачено', 'сумма оплаты', 'оплаченная сумма', 'платено', 'платена сума', 'изплатена сума'],
  },
  {
    name: 'status',
    type: 'text',
    synonyms: ['status', 'invoice status', 'payment status', 'state', 'статус', 'статус счета', 'статус оплаты', 'состояние', 'статус на фактура', 'статус на плащане', 'състояние'],
  },
  { name: 'issued', type: 'date', synonyms: ['issued', 'issue date', 'date', 'created', 'sent', 'sent at', 'дата выставления', 'дата счета', 'дата', 'дата на издаване'] },
  // Needed as a column (remind asks for it); a row without one is an invoice that is never past due (charged automatically).
  { name: 'due', type: 'date', synonyms: ['due', 'due date', 'payment due', 'срок оплаты', 'оплатить до', 'дата оплаты до', 'падеж', 'срок за плащане'] },
  { name: 'paid', type: 'date', synonyms: ['paid', 'paid at', 'paid date', 'payment date', 'дата оплаты', 'оплачен', 'дата на плащане', 'платена на'] },
  { name: 'currency', type: 'text', synonyms: ['currency', 'валюта', 'валута'] },
];

export const FIELDS_BY_KIND = {
  orders: ORDER_FIELDS,
  subscriptions: SUBSCRIPTION_FIELDS,
  survey: SURVEY_FIELDS,
  complaints: COMPLAINT_FIELDS,
  invoices: INVOICE_FIELDS,
} as const;

export type ExportKind = keyof typeof FIELDS_BY_KIND;

/**
 * A help-desk ticket export as `care sla` reads it (src/ingest/tickets.ts): the complaint fields
 * (a help-desk profile's map serves both), with `date` the ticket's creation, and the timing,
 * routing and rating columns. The timestamps are text here: tickets.ts reads them as instants
 * (date and time of day, with the export's zone), which the day-number date type cannot hold.
 */
export const TICKET_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'id', synonyms: ['id', 'ticket id', 'ticket', 'ticket number', 'issue key', 'conversation id', 'case id', 'case number', 'номер', 'номер обращения', 'номер заявки'] },
  { name: 'customer', type: 'id', synonyms: CUSTOMER },
  {
    name: 'date',
    type: 'text',
    required: true,
    synonyms: ['created at', 'created', 'created time', 'date created', 'creation date', 'opened at', 'opened', 'date', 'дата создания', 'создана', 'дата обращения', 'дата на създаване'],
  },
  { name: 'firstReply', type: 'text', synonyms: ['first reply at', 'first response at', 'first responded at', 'дата первого ответа', 'первый ответ'] },
  {
    name: 'solved',
    type: 'text',
    synonyms: ['solved at', 'resolved at', 'resolved', 'resolved time', 'resolution date', 'closed at', 'closed time', 'closed', 'дата решения', 'решена', 'дата закрытия', 'дата на решаване'],
  },
  { name: 'firstReplyMinutes', type: 'text', synonyms: ['first reply time in minutes', 'first response time in minutes'] },
  { name: 'resolutionMinutes', type: 'text', synonyms: ['full resolution time in minutes', 'resolution time in minutes'] },
  { name: 'firstReplyHours', type: 'text', synonyms: ['first response time (in hrs)', 'first response time in hours'] },
  { name: 'resolutionHours', type: 'text', synonyms: ['resolution time (in hrs)', 'resolution time in hours'] },
  { name: 'status', type: 'text', synonyms: ['status', 'state', 'статус', 'состояние', 'състояние'] },
  { name: 'channel', type: 'text', synonyms: ['channel', 'via', 'source', 'submitted via', 'канал', 'источник', 'източник'] },
  { name: 'agent', type: 'text', synonyms: ['assignee', 'agent', 'assigned to', 'owner', 'ответственный', 'исполнитель', 'отговорник'] },
  { name: 'priority', type: 'text', synonyms: ['priority', 'приоритет'] },
  { name: 'type', type: 'text', synonyms: ['ticket type', 'type', 'issue type', 'тип', 'тип заявки'] },
  {
    name: 'satisfaction',
    type: 'text',
    synonyms: ['satisfaction', 'satisfaction rating', 'satisfaction score', 'csat', 'csat score', 'csat rating', 'survey results', 'rating', 'оценка', 'удовлетворенность'],
  },
  { name: 'reopens', type: 'text', synonyms: ['reopens', 'reopen count', 'reopened', 'количество переоткрытий'] },
  { name: 'subject', type: 'text', synonyms: ['subject', 'summary', 'title', 'тема'] },
  // What care classify reads, for the complainer types of the breached tickets.
  { name: 'text', type: 'text', synonyms: ['description', 'text', 'body', 'message', 'details', 'описание', 'текст', 'сообщение', 'съобщение'] },
];
