/**
 * Order statuses that exclude an order: cancelled, refunded, failed, voided, declined — in
 * English, Russian and Bulgarian, matched by word stem so inflected forms count
 * (`Отменён`, `отменен`, `Отменено`; `Анулирана`, `анулирана поръчка`).
 * `partially_refunded` keeps the order: part of it was paid for. `возвращён` (returned) is
 * matched by its own stem: `возврат` does not cover it.
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

/** Whether a status cell excludes its order from every metric. */
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

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451;
}
