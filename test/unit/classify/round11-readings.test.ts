/**
 * The readings of the tuning round after blind set 10 (fixtures/eval/README.md, "Round 11"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 11', () => {
  it.each([
    ['email', 'Unless the fee is refunded I am taking this to the Financial Conduct Authority.', 'activist'],
    ['in_person', 'Guest says she is reporting the kitchen to environmental health today.', 'activist'],
    ['Телефон', 'Дважды звонили клиентке насчёт продления полиса — не берёт трубку.', 'silent'],
    ['OLX', 'Продавачът изпрати счупен телефон. 1 звезда.', 'irate'],
    ['phone', 'Customer wants the stain cleaned. Her brother told her to call a lawyer, but she only wants it fixed.', 'voicer'],
    ['Телефон', 'Клиентът иска нов панталон. Сестра му го съветвала да пише в КЗП, но той не иска.', 'voicer'],
  ])('%s: %s → %s', (channel, text, type) => {
    expect(typeOf({ channel, text })).toBe(type);
  });

  it('guard: the customer\'s own step to a lawyer is still an activist\'s', () => {
    expect(typeOf({ channel: 'phone', text: 'Customer says she has already called a lawyer about the stain.' })).toBe('activist');
  });
});
