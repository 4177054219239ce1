/** Telling the language and the kind of a draft. */
import { describe, expect, it } from 'vitest';
import { builtinCompiledRules, detectLocale, lintMessage } from '../../../src/lint/index.js';

const rules = builtinCompiledRules();

describe('detectLocale', () => {
  it.each([
    ['Hello Anna, thank you for your order.', 'en'],
    // Latin letters outnumber Cyrillic ones.
    ['Your order from Магазин Чай is on its way.', 'en'],
    // ы, э and ё are Russian letters.
    ['Вышлем счёт сегодня.', 'ru'],
    ['Спасибо, мы вам перезвоним.', 'ru'],
    // ъ is a Bulgarian letter; "ви" a Bulgarian word, capitalised or not.
    ['Благодарим Ви за търпението.', 'bg'],
    // No telling letter at all: the words decide ("моля", "ни", "този").
    ['Моля, платете услугите ни за този месец.', 'bg'],
    ['Не работим през уикенда.', 'bg'],
  ])('%s → %s', (text, locale) => {
    expect(detectLocale(text, rules)).toBe(locale);
  });

  it('reads a Cyrillic text with no telling letter or word as Russian', () => {
    expect(detectLocale('Заказ № 2107 отправлен.', rules)).toBe('ru');
  });

  it('is overridden by the locale given', () => {
    const result = lintMessage('Благодарим Ви за търпението.', { locale: 'ru' });
    expect(result).toMatchObject({ locale: 'ru', detected: { locale: false, kind: true } });
  });
});

describe('kind detection', () => {
  it.each([
    ['We sent you invoice 1042 for $250.00; the payment is due on Friday.', 'reminder'],
    ['We do not work at weekends and will answer on Monday.', 'notice'],
    ['I am sorry your parcel arrived damaged.', 'complaint'],
    ['Welcome to Northwind Tea, and thank you for choosing us.', 'general'],
    // A stray "sorry" in a notice: the opening-hours words are the more specific ones.
    ['Sorry, we do not work at weekends.', 'notice'],
    ['Напоминаем, что счёт № 1042 ещё не оплачен.', 'reminder'],
    ['Приносим извинения за задержку заказа.', 'complaint'],
    ['Не работим през почивните дни.', 'notice'],
  ])('%s → %s', (text, kind) => {
    expect(lintMessage(text).kind).toBe(kind);
  });
});
