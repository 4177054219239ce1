import { describe, expect, it } from 'vitest';
import { classifyStatus, isExcludedStatus } from '../../../../src/ingest/fields/status.js';
import type { StatusMeaning } from '../../../../src/ingest/profiles/types.js';

// Values as real systems write them (docs/profiles.md lists the systems); the meaning of each is
// the definition in src/ingest/profiles/types.ts, decided by hand.
const TABLE: [value: string, meaning: StatusMeaning, system: string][] = [
  // Shopify financial status
  ['paid', 'completed', 'Shopify'],
  ['partially_paid', 'completed', 'Shopify'],
  ['partially_refunded', 'completed', 'Shopify'],
  ['refunded', 'refunded', 'Shopify'],
  ['voided', 'excluded', 'Shopify'],
  ['pending', 'pending', 'Shopify'],
  ['authorized', 'pending', 'Shopify'],
  // WooCommerce order status (with and without the wc- prefix)
  ['wc-completed', 'completed', 'WooCommerce'],
  ['processing', 'completed', 'WooCommerce'],
  ['on-hold', 'pending', 'WooCommerce'],
  ['wc-cancelled', 'excluded', 'WooCommerce'],
  ['failed', 'excluded', 'WooCommerce'],
  ['checkout-draft', 'excluded', 'WooCommerce'],
  ['Refunded', 'refunded', 'WooCommerce'],
  // Stripe charges, invoices, subscriptions
  ['Paid', 'completed', 'Stripe'],
  ['succeeded', 'completed', 'Stripe'],
  ['Failed', 'excluded', 'Stripe'],
  ['draft', 'excluded', 'Stripe invoices'],
  ['open', 'pending', 'Stripe invoices'],
  ['uncollectible', 'excluded', 'Stripe invoices'],
  ['void', 'excluded', 'Stripe invoices'],
  ['past_due', 'pending', 'Stripe subscriptions'],
  ['incomplete_expired', 'excluded', 'Stripe subscriptions'],
  // PayPal
  ['Completed', 'completed', 'PayPal'],
  ['Denied', 'excluded', 'PayPal'],
  ['Reversed', 'refunded', 'PayPal'],
  ['Partially Refunded', 'completed', 'PayPal'],
  ['Unclaimed', 'pending', 'PayPal'],
  // Xero, QuickBooks
  ['Awaiting Payment', 'pending', 'Xero'],
  ['Awaiting Approval', 'pending', 'Xero'],
  ['Voided', 'excluded', 'Xero'],
  ['Overdue', 'pending', 'QuickBooks'],
  ['Deposited', 'completed', 'QuickBooks'],
  // HubSpot deal stages (labels and internal values)
  ['Closed Won', 'completed', 'HubSpot'],
  ['closedwon', 'completed', 'HubSpot'],
  ['Closed Lost', 'excluded', 'HubSpot'],
  ['closedlost', 'excluded', 'HubSpot'],
  ['Appointment Scheduled', 'pending', 'HubSpot'],
  ['Contract Sent', 'pending', 'HubSpot'],
  ['Decision Maker Bought-In', 'pending', 'HubSpot'],
  // amoCRM stages
  ['Успешно реализовано', 'completed', 'amoCRM'],
  ['Закрыто и не реализовано', 'excluded', 'amoCRM'],
  ['Первичный контакт', 'pending', 'amoCRM'],
  ['Переговоры', 'pending', 'amoCRM'],
  ['Принимают решение', 'pending', 'amoCRM'],
  // Bitrix24 deal stages and invoice statuses
  ['Сделка успешна', 'completed', 'Bitrix24'],
  ['Сделка провалена', 'excluded', 'Bitrix24'],
  ['Анализ причины провала', 'excluded', 'Bitrix24'],
  ['В работе', 'pending', 'Bitrix24'],
  ['Новая', 'pending', 'Bitrix24'],
  ['Счёт на предоплату', 'pending', 'Bitrix24'],
  ['Оплачен', 'completed', 'Bitrix24 invoices'],
  ['Отклонён', 'excluded', 'Bitrix24 invoices'],
  ['Черновик', 'excluded', 'Bitrix24 invoices'],
  // RetailCRM, InSales, Ozon, Wildberries
  ['Новый', 'pending', 'RetailCRM'],
  ['Выполнен', 'completed', 'RetailCRM'],
  ['Отменен', 'excluded', 'RetailCRM'],
  ['Отменён', 'excluded', 'RetailCRM'],
  ['Нет в наличии', 'excluded', 'RetailCRM'],
  ['Отказ', 'excluded', 'RetailCRM'],
  ['Предоплата поступила', 'completed', 'RetailCRM'],
  ['Ожидает оплаты', 'pending', 'InSales'],
  ['Доставлен', 'completed', 'Ozon'],
  ['Не доставлен', 'excluded', 'Ozon'],
  ['Продажа', 'completed', 'Wildberries'],
  ['Возврат', 'refunded', 'Wildberries'],
  ['Не оплачен', 'pending', 'Tilda'],
  ['Частичный возврат', 'completed', 'RetailCRM'],
  // Bulgarian shops and invoicing apps
  ['Платена', 'completed', 'bg invoices'],
  ['Неплатена', 'pending', 'bg invoices'],
  ['Частично платена', 'completed', 'bg invoices'],
  ['Анулирана', 'excluded', 'bg invoices'],
  ['Чернова', 'excluded', 'bg invoices'],
  ['Просрочена', 'pending', 'bg invoices'],
  ['Изпълнена', 'completed', 'bg shop'],
  ['Доставена', 'completed', 'bg shop'],
  ['Отказана', 'excluded', 'bg shop'],
  ['Върната', 'refunded', 'bg shop'],
  ['Нова', 'pending', 'bg shop'],
  ['Спечелена', 'completed', 'bg CRM'],
  ['Преговори', 'pending', 'bg CRM'],
  ['Оферта изпратена', 'pending', 'bg CRM'],
  ['Коммерческое предложение', 'pending', 'ru CRM'],
  ['Загубена', 'excluded', 'bg CRM'],
  // Not statuses anyone could read: the user decides
  ['', 'unknown', 'blank'],
  ['Active', 'unknown', 'Stripe subscriptions'],
  ['Доставляется', 'unknown', 'Ozon, in transit'],
  ['XYZ-42', 'unknown', 'custom'],
];

describe('classifyStatus by words', () => {
  it.each(TABLE)('%j → %s (%s)', (value, meaning) => {
    expect(classifyStatus(value)).toBe(meaning);
  });
});

describe('classifyStatus order of decision', () => {
  const profile = { 'доставляется': 'completed', 'closed won': 'excluded' } as const;

  it('the profile map comes before the words, keyed by the normalised value', () => {
    expect(classifyStatus('  Доставляется ', profile)).toBe('completed');
    expect(classifyStatus('Closed Won', profile)).toBe('excluded');
    expect(classifyStatus('Closed Lost', profile)).toBe('excluded');
  });

  it('--exclude-status and --include-status come before the profile, matched exactly after normalising', () => {
    expect(classifyStatus('Доставляется', profile, [], ['доставляется'])).toBe('excluded');
    expect(classifyStatus('Отменён', profile, ['ОТМЕНЕН'])).toBe('completed');
    expect(classifyStatus('Closed Won', profile, ['closed  won'])).toBe('completed');
    // exact values only: a longer status is not caught by a shorter one
    expect(classifyStatus('Отменён клиентом', undefined, ['отменен'])).toBe('excluded');
    expect(classifyStatus('XYZ-42', undefined, ['xyz'])).toBe('unknown');
  });

  it('exclude wins over include when a value is in both', () => {
    expect(classifyStatus('paid', undefined, ['paid'], ['PAID'])).toBe('excluded');
  });
});

describe('isExcludedStatus keeps its old meaning for its callers', () => {
  it('does not exclude pending or unpaid orders, and still excludes «Не оплачен»', () => {
    expect(isExcludedStatus('pending')).toBe(false);
    expect(isExcludedStatus('authorized')).toBe(false);
    expect(isExcludedStatus('Не оплачен')).toBe(true);
  });
});
