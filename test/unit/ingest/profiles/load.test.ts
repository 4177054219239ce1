import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import { classifyStatus } from '../../../../src/ingest/fields/status.js';
import { INVOICE_FIELDS, ORDER_FIELDS, SURVEY_FIELDS } from '../../../../src/ingest/kinds.js';
import { chooseProfile, findProfile, mapExport } from '../../../../src/ingest/profiles/apply.js';
import { BUILTIN_PROFILES } from '../../../../src/ingest/profiles/builtin/index.js';
import { loadProfileFile } from '../../../../src/ingest/profiles/load.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-profiles-'));
let files = 0;
function profileFile(content: unknown): string {
  const file = path.join(dir, `profile-${files++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const GOOD = {
  name: 'my-shop-orders',
  title: 'My shop — orders',
  kind: 'orders',
  source: 'our own export',
  fingerprint: { all: ['Заказ №', 'Покупатель', 'Стадия'] },
  map: { order: 'Заказ №', customer: 'Покупатель', date: 'Когда', amount: 'Всего', status: 'Стадия' },
  statuses: { 'Закрыт Успешно': 'completed', 'Ждём Денег': 'pending' },
};

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('user profile files', () => {
  it('a good file loads, its status values normalised for classifyStatus', () => {
    const profile = loadProfileFile(profileFile(GOOD));
    expect(profile.name).toBe('my-shop-orders');
    expect(profile.statuses).toEqual({ 'закрыт успешно': 'completed', 'ждем денег': 'pending' });
    expect(classifyStatus('ЗАКРЫТ успешно', profile.statuses)).toBe('completed');
    expect(classifyStatus('Ждём денег', profile.statuses)).toBe('pending');
  });

  it('a file with errors is a usage error (exit 2) naming the file and every bad key by its path', () => {
    const file = profileFile({
      ...GOOD,
      name: 'My Shop',
      kind: 'order',
      fingerprint: { all: [] },
      map: { customer: 'Покупатель', ammount: 'Всего' },
      statuses: { paid: 'done' },
      lineItems: 'sometimes',
      colour: 'blue',
    });
    const error = usageError(() => loadProfileFile(file));
    expect(error.exitCode).toBe(2);
    expect(error.file).toBe(file);
    for (const where of ['name:', 'kind:', 'fingerprint.all:', 'statuses.paid:', 'lineItems:', '(top level): colour']) expect(error.message).toContain(where);
  });

  it('a map key that is no field of the kind is named by its path', () => {
    const error = usageError(() => loadProfileFile(profileFile({ ...GOOD, map: { customer: 'Покупатель', ammount: 'Всего' } })));
    expect(error.message).toContain('map.ammount: not a field of orders exports');
  });

  it('bad JSON and a missing file are usage errors too', () => {
    expect(usageError(() => loadProfileFile(profileFile('{ "name": '))).message).toContain('not valid JSON');
    expect(usageError(() => loadProfileFile(path.join(dir, 'nope.json'))).code).toBe('CARE_NO_PROFILE');
  });
});

describe('--profile', () => {
  it('an unknown name is a usage error listing close names', () => {
    const error = usageError(() => findProfile('shopify'));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('--profile shopify: no such profile');
    expect(error.hint).toContain('shopify-orders');
    expect(error.hint).toContain('shopify-customers');
    expect(usageError(() => findProfile('stripe-payment')).hint).toContain('stripe-payments');
  });

  it('none turns detection off', () => {
    const shopify = BUILTIN_PROFILES.find((profile) => profile.name === 'shopify-orders')!;
    expect(chooseProfile(shopify.header!, 'orders', { profileName: 'none' })).toEqual({ profile: undefined, how: 'none', reason: 'detection turned off (--profile none)' });
  });

  it('a name forces that profile, and says which of its fingerprint headers the file lacks', () => {
    const choice = chooseProfile(['Email', 'Created at', 'Total'], 'orders', { profileName: 'shopify-orders' });
    expect(choice.profile?.name).toBe('shopify-orders');
    expect(choice.how).toBe('forced');
    expect(choice.reason).toBe('--profile shopify-orders (the file lacks Name, Financial Status, Fulfillment Status, Lineitem quantity, Lineitem name of its fingerprint)');
  });

  it('a path forces a user profile file', () => {
    const file = profileFile(GOOD);
    const choice = chooseProfile(['Заказ №', 'Покупатель', 'Стадия', 'Когда', 'Всего'], 'orders', { profileName: file });
    expect(choice.profile?.name).toBe('my-shop-orders');
    expect(choice.how).toBe('forced');
  });

  it('the config\'s profile files take part in detection', () => {
    const file = profileFile(GOOD);
    const choice = chooseProfile(['Заказ №', 'Покупатель', 'Стадия', 'Когда', 'Всего'], 'orders', { profileFiles: [file] });
    expect(choice).toMatchObject({ how: 'detected', profile: { name: 'my-shop-orders' } });
  });

  it('a forced profile of another kind leaves that file to detection', () => {
    const choice = chooseProfile(['Response ID', 'Score', 'Comment', 'Survey type', 'Person ID'], 'survey', { profileName: 'shopify-orders' });
    expect(choice.profile?.name).toBe('delighted');
    expect(choice.reason).toMatch(/^--profile shopify-orders describes orders exports, not survey; /);
  });
});

describe('mapExport', () => {
  const headers = ['Заказ №', 'Покупатель', 'Стадия', 'Когда', 'Всего', 'Сумма', 'Клиент'];
  const profile = loadProfileFile(profileFile(GOOD));

  it('maps with the profile over the synonyms (Всего, not the synonym Сумма; Покупатель, not Клиент)', () => {
    const { mapping, choice } = mapExport(headers, ORDER_FIELDS, { profile }, 'f.csv');
    expect(choice.profile?.name).toBe('my-shop-orders');
    expect(mapping.fields).toMatchObject({ order: 0, customer: 1, status: 2, date: 3, amount: 4 });
  });

  it('--map wins over the profile, and the profile does not take the column --map took', () => {
    const { mapping } = mapExport(headers, ORDER_FIELDS, { profile, map: { amount: 'Сумма', customer: 'Всего' } }, 'f.csv');
    expect(mapping.fields).toMatchObject({ amount: 5, customer: 4, order: 0, date: 3 });
  });

  it('a profile column the file lacks is no error: the synonyms find the field', () => {
    const { mapping } = mapExport(['Заказ №', 'Покупатель', 'Стадия', 'Дата', 'Сумма'], ORDER_FIELDS, { profile }, 'f.csv');
    expect(mapping.fields).toMatchObject({ date: 3, amount: 4, customer: 1 });
  });

  it('detects the profile when none is given, and warns of a tie', () => {
    const warnings: string[] = [];
    const twin = profileFile({ ...GOOD, name: 'my-twin' });
    const { choice } = mapExport(headers, ORDER_FIELDS, { profileFiles: [profileFile(GOOD), twin], onWarning: (line) => warnings.push(line) }, 'f.csv');
    expect(choice.alsoMatched).toEqual(['my-twin']);
    expect(warnings).toEqual([`f.csv: ${choice.reason}`]);
  });

  it("a profile's ignored header is taken by no synonym (Stripe invoices' Paid is true/false), unless --map names it", () => {
    const stripe = BUILTIN_PROFILES.find((profile) => profile.name === 'stripe-invoices')!;
    const paid = stripe.header!.indexOf('Paid');
    expect(mapExport(stripe.header!, INVOICE_FIELDS, {}, 'inv.csv').mapping.fields['paid']).toBeUndefined();
    expect(mapExport(stripe.header!, INVOICE_FIELDS, { profileName: 'none' }, 'inv.csv').mapping.fields['paid']).toBe(paid);
    expect(mapExport(stripe.header!, INVOICE_FIELDS, { map: { paid: 'Paid' } }, 'inv.csv').mapping.fields['paid']).toBe(paid);
  });

  it('knows the kind from the fields (survey.ts passes a copy of the survey fields)', () => {
    const copy = SURVEY_FIELDS.map((field) => ({ ...field }));
    const { choice } = mapExport(['Response ID', 'Score', 'Comment', 'Survey type', 'Created at', 'Person ID', 'Email'], copy, {}, 'nps.csv');
    expect(choice.profile?.name).toBe('delighted');
  });
});
