import { describe, expect, it } from 'vitest';
import { combinedSuggestion } from '../../../src/ingest/inspect-advice.js';
import type { Missing } from '../../../src/ingest/inspect-result.js';

const missing = (option: string): Missing => ({ field: null, problem: 'x', option });

describe('combinedSuggestion (the line care inspect prints to copy)', () => {
  it('keeps every --map but only the first of any other option', () => {
    const line = combinedSuggestion('orders', 'o.csv', [missing('--map customer=Buyer'), missing('--map date="Order date"'), missing('--date-format DMY'), missing('--profile shopify'), missing('--date-format MDY'), missing('--profile woo')], { map: {} }, undefined);
    expect(line).toBe('care retention o.csv --map customer=Buyer --map date="Order date" --date-format DMY --profile shopify');
  });

  it('repeats the options the user gave, in a fixed order, quoting what the shell would split', () => {
    const given = { map: { amount: 'Total sum' }, delimiter: ';', encoding: 'cp1251', dateFormat: 'MDY', currency: 'EUR' };
    const line = combinedSuggestion('survey', 'my file.csv', [missing('--map score=NPS')], given, 'none');
    expect(line).toBe('care nps "my file.csv" --map amount="Total sum" --profile none --delimiter ";" --encoding cp1251 --date-format MDY --currency EUR --map score=NPS');
  });

  it('is nothing when no entry has an option', () => {
    expect(combinedSuggestion('orders', 'o.csv', [{ field: 'date', problem: 'x' }], { map: {} }, undefined)).toBeUndefined();
  });
});
