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

  it.each([
    ['phone', 'Caller says he has opened a case under Ofcom\'s dispute scheme.'],
    ['email', 'I have taken the meter dispute to Ofgem\'s consumer team.'],
    ['api', '{"event":"inbound_mail","body":"We act for Ms Vale in respect of the unpaid claim. Please preserve all records."}'],
  ])('a party in the possessive, and a JSON event\'s own words: %s: %s → activist', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('activist');
  });

  it('guard: a third party\'s formula quoted in an ordinary e-mail is still a quotation', () => {
    expect(typeOf({ channel: 'email', text: 'Your letter said "we act for the landlord", which made no sense to me. Please explain.' })).toBe('voicer');
  });

  it('guard: the customer\'s own step to a lawyer is still an activist\'s', () => {
    expect(typeOf({ channel: 'phone', text: 'Customer says she has already called a lawyer about the stain.' })).toBe('activist');
  });
});
