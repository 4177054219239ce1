/**
 * What an order status, payment status, invoice status or deal stage means for the metrics
 * (StatusMeaning, profiles/types.ts): completed, excluded, refunded, pending or unknown — in
 * English, Russian and Bulgarian, matched by word stem so inflected forms count (`Отменён`,
 * `отменен`, `Отменено`; `Анулирана`, `анулирана поръчка`). See docs/profiles.md.
 *
 * The order of the decision (classifyStatus):
 *   1. the user's --exclude-status / --include-status values (exact, normalised);
 *   2. the profile's `statuses` map (exact, normalised);
 *   3. the word rules below, first rule that matches wins;
 *   4. unknown.
 * Values come from real systems: Shopify financial statuses, WooCommerce order statuses, Stripe
 * charges / invoices / subscriptions, PayPal, Xero and QuickBooks invoices, HubSpot / amoCRM /
 * Bitrix24 deal stages, RetailCRM, Ozon, Bulgarian shops and invoicing apps.
 */
import type { StatusMeaning } from '../profiles/types.js';

/**
 * A status value as compared with user values and profile maps: trimmed, lower case, ё → е,
 * runs of spaces as one.
 */
export function normalizeStatus(value: string): string {
  return value.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ');
}

/**
 * One word rule: `stem` matches where a word starts with it (phrases allowed: `closed lost`);
 * a stem ending in `=` must be the whole word (`won=`, `new=`: too short to be a stem).
 */
type Rule = readonly [stem: string, meaning: StatusMeaning];

/**
 * The word rules, in the order they are tried. Negations and qualified forms come before the
 * plain word they contain: `not paid` before `paid`, `закрыто и не реализовано` before
 * `реализовано`, `partially refunded` (part of the order was paid for: it stays a purchase)
 * before `refunded`, `closed won` before `closed`.
 */
const RULES: readonly Rule[] = [
  // Partial refunds and payments keep the order (Shopify partially_refunded / partially_paid).
  ['partial', 'completed'], ['частичн', 'completed'], ['частично', 'completed'],
  // Won deals (HubSpot closedwon, amoCRM «Успешно реализовано», Bitrix24 «Сделка успешна», bg «Спечелена»).
  ['closed won', 'completed'], ['closedwon', 'completed'], ['won=', 'completed'],
  ['успешно реализ', 'completed'], ['сделка успешн', 'completed'], ['выигран', 'completed'], ['спечелен', 'completed'],
  ['предоплата поступила', 'completed'], ['оплата поступила', 'completed'],
  // Lost deals (HubSpot closedlost, amoCRM «Закрыто и не реализовано», Bitrix24 «Сделка провалена»).
  ['closed lost', 'excluded'], ['closedlost', 'excluded'], ['lost=', 'excluded'],
  ['не реализ', 'excluded'], ['нереализ', 'excluded'], ['провал', 'excluded'], ['проигран', 'excluded'], ['загубен', 'excluded'],
  // Not (yet) paid: before the words for paid.
  ['unpaid', 'pending'], ['not paid', 'pending'], ['non paid', 'pending'], ['awaiting pay', 'pending'], ['awaiting approval', 'pending'],
  ['awaiting confirm', 'pending'], ['не оплач', 'pending'], ['неоплач', 'pending'], ['не плат', 'pending'], ['неплатен', 'pending'],
  ['ожидает оплат', 'pending'], ['ожидание оплат', 'pending'], ['ожидает подтвержд', 'pending'], ['очаква плащ', 'pending'],
  ['чака плащ', 'pending'], ['очаква потвържд', 'pending'], ['чака потвържд', 'pending'],
  // Refunds and reversals: paid, then given back.
  ['refund', 'refunded'], ['reversed', 'refunded'], ['reversal', 'refunded'], ['chargeback', 'refunded'], ['charged back', 'refunded'],
  ['returned', 'refunded'], ['возврат', 'refunded'], ['возвращ', 'refunded'], ['върнат', 'refunded'], ['възстановен', 'refunded'],
  ['сторн', 'refunded'],
  // Never a purchase: cancelled, failed, declined, denied, void, draft, uncollectible, out of stock, spam.
  ['cancel', 'excluded'], ['fail', 'excluded'], ['void', 'excluded'], ['declin', 'excluded'], ['reject', 'excluded'],
  ['denied', 'excluded'], ['deny', 'excluded'], ['draft', 'excluded'], ['uncollectible', 'excluded'], ['expired', 'excluded'],
  ['abandon', 'excluded'], ['trash', 'excluded'], ['deleted', 'excluded'], ['spam', 'excluded'], ['fraud', 'excluded'],
  ['out of stock', 'excluded'], ['blocked', 'excluded'],
  ['отмен', 'excluded'], ['отказ', 'excluded'], ['аннулир', 'excluded'], ['анулир', 'excluded'], ['неуспеш', 'excluded'],
  ['неудач', 'excluded'], ['ошибка оплаты', 'excluded'], ['нет в наличии', 'excluded'], ['отклон', 'excluded'],
  ['черновик', 'excluded'], ['чернова', 'excluded'], ['удален', 'excluded'], ['изтрит', 'excluded'], ['безнадежн', 'excluded'],
  ['несъбираем', 'excluded'], ['дубл', 'excluded'], ['не доставлен', 'excluded'], ['не выполн', 'excluded'], ['не получен', 'excluded'],
  ['не выкуплен', 'excluded'], ['невыкуп', 'excluded'], ['недоставен', 'excluded'], ['не доставен', 'excluded'],
  // Paid, done, delivered: a purchase (or a paid invoice). WooCommerce `processing` is paid, not yet shipped.
  ['paid', 'completed'], ['complete', 'completed'], ['succeed', 'completed'], ['success', 'completed'], ['fulfill', 'completed'],
  ['deliver', 'completed'], ['shipped', 'completed'], ['captured', 'completed'], ['settled', 'completed'], ['cleared', 'completed'],
  ['processing', 'completed'], ['processed', 'completed'], ['deposited', 'completed'], ['closed', 'completed'], ['done=', 'completed'],
  ['sale=', 'completed'],
  ['оплач', 'completed'], ['выполн', 'completed'], ['доставлен', 'completed'], ['заверш', 'completed'], ['успешн', 'completed'],
  ['реализ', 'completed'], ['получен', 'completed'], ['вручен', 'completed'], ['выкуплен', 'completed'], ['отгружен', 'completed'],
  ['продажа', 'completed'], ['закрыт', 'completed'], ['проведен', 'completed'],
  ['платен', 'completed'], ['изпълнен', 'completed'], ['доставен', 'completed'], ['завършен', 'completed'], ['приключен', 'completed'],
  // Open: an order or invoice not paid yet, a deal stage before the close.
  ['pending', 'pending'], ['on hold', 'pending'], ['hold', 'pending'], ['held', 'pending'], ['unclaimed', 'pending'], ['open', 'pending'],
  ['new=', 'pending'], ['in progress', 'pending'], ['authoriz', 'pending'], ['authoris', 'pending'], ['overdue', 'pending'],
  ['past due', 'pending'], ['due=', 'pending'], ['sent', 'pending'], ['viewed', 'pending'], ['submitted', 'pending'],
  ['incomplete', 'pending'], ['requires', 'pending'], ['trial', 'pending'], ['qualif', 'pending'], ['appointment', 'pending'],
  ['presentation', 'pending'], ['contract sent', 'pending'], ['decision', 'pending'], ['negotiat', 'pending'], ['proposal', 'pending'],
  ['quote', 'pending'], ['estimate', 'pending'],
  ['нов=', 'pending'], ['новый=', 'pending'], ['новая=', 'pending'], ['новое=', 'pending'], ['новые=', 'pending'], ['в работе', 'pending'],
  ['в обработке', 'pending'], ['первичн', 'pending'], ['переговор', 'pending'], ['принимают решение', 'pending'], ['согласован', 'pending'],
  ['подготовк', 'pending'], ['счет на', 'pending'], ['финальный счет', 'pending'], ['выставлен', 'pending'], ['просроч', 'pending'],
  ['нова=', 'pending'], ['в обработка', 'pending'], ['издаден', 'pending'],
  // Open deal stages in Russian and Bulgarian CRMs (offer sent, negotiation, qualification, meeting).
  ['коммерческое предложение', 'pending'], ['квалификац', 'pending'], ['встреча', 'pending'], ['демонстрац', 'pending'],
  ['преговор', 'pending'], ['оферт', 'pending'], ['квалифициран', 'pending'], ['среща', 'pending'], ['първи контакт', 'pending'],
  ['предложение изпратено', 'pending'],
];

/** Memo of the word rules by normalised value: exports have few distinct statuses, millions of rows. */
const WORD_CACHE = new Map<string, StatusMeaning>();
const WORD_CACHE_LIMIT = 10_000;

/**
 * What a status cell means. `profile` is the profile's `statuses` map (keys normalised);
 * `include` / `exclude` are the user's --include-status / --exclude-status values as written.
 * Blank cells are `unknown`.
 */
export function classifyStatus(
  value: string,
  profile?: Readonly<Record<string, StatusMeaning>>,
  include?: readonly string[],
  exclude?: readonly string[],
): StatusMeaning {
  const text = normalizeStatus(value);
  if (text === '') return 'unknown';
  if (exclude !== undefined && exclude.some((item) => normalizeStatus(item) === text)) return 'excluded';
  if (include !== undefined && include.some((item) => normalizeStatus(item) === text)) return 'completed';
  const mapped = profile?.[text];
  if (mapped !== undefined) return mapped;
  return classifyByWords(text);
}

/** The word rules alone, on a normalised value. */
export function classifyByWords(normalized: string): StatusMeaning {
  const cached = WORD_CACHE.get(normalized);
  if (cached !== undefined) return cached;
  // `closed_won`, `wc-cancelled`, `partially_refunded`: separators read as spaces.
  const text = normalized.replace(/[_\-–—./:()]+/g, ' ').replace(/\s+/g, ' ').trim();
  let meaning: StatusMeaning = 'unknown';
  for (const [stem, rule] of RULES) {
    if (matches(text, stem)) {
      meaning = rule;
      break;
    }
  }
  if (WORD_CACHE.size < WORD_CACHE_LIMIT) WORD_CACHE.set(normalized, meaning);
  return meaning;
}

/** Whether a meaning keeps the row out of purchases (excluded, refunded, pending). */
export function isPurchaseMeaning(meaning: StatusMeaning): boolean {
  return meaning === 'completed' || meaning === 'unknown';
}

function matches(text: string, stem: string): boolean {
  if (stem.endsWith('=')) return hasWord(text, stem.slice(0, -1));
  return startsWordWith(text, stem);
}

/**
 * Order statuses that exclude an order: cancelled, refunded, failed, voided, declined — the rule
 * OrderAggregator (order-aggregator.ts) applies today. Kept with its own meaning for the callers not
 * migrated to classifyStatus: it never excludes a pending or unpaid order (Shopify `pending`,
 * `authorized` stay purchases here), and it reads `не оплачен` as excluded. New code should use
 * classifyStatus and decide what to do with `pending` itself.
 */
const EXCLUDING_STEMS = [
  // English (Shopify financial statuses, WooCommerce, Stripe)
  'cancel', 'refund', 'fail', 'void', 'declin', 'reject', 'chargeback',
  // Russian
  'отмен', 'отказ', 'возврат', 'возвращ', 'аннулир', 'анулир', 'неуспеш', 'неудач', 'ошибка оплаты', 'не оплачен',
  // Bulgarian
  'отказ', 'анулиран', 'върнат', 'възстановен', 'неуспешн', 'провален',
];

/** Statuses that name a partial refund or return keep the order. */
const KEEPING_PREFIXES = ['partial', 'частич', 'частичн'];

/** Whether a status cell excludes its order from every metric (the legacy rule; see above). */
export function isExcludedStatus(status: string): boolean {
  const text = status.trim().toLowerCase().replaceAll('ё', 'е');
  if (text === '') return false;
  if (KEEPING_PREFIXES.some((prefix) => text.startsWith(prefix))) return false;
  return EXCLUDING_STEMS.some((stem) => startsWordWith(text, stem));
}

/** Whether some word of `text` starts with `stem` (words split on anything but letters). */
function startsWordWith(text: string, stem: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(stem, from);
    if (at === -1) return false;
    if (at === 0 || !isLetter(text.charCodeAt(at - 1))) return true;
    from = at + 1;
  }
}

/** Whether `word` stands in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at === -1) return false;
    const end = at + word.length;
    if ((at === 0 || !isLetter(text.charCodeAt(at - 1))) && (end === text.length || !isLetter(text.charCodeAt(end)))) return true;
    from = at + 1;
  }
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451;
}
