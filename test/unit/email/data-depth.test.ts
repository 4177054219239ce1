import { describe, expect, it } from 'vitest';
import { MAX_DATA_DEPTH, expandDotted } from '../../../src/email/data.js';

/** {"a": {"a": … 1 …}} nested `depth` objects deep under the top level. */
function nested(depth: number): Record<string, unknown> {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return { top: value };
}

describe('template data depth', () => {
  it('copies data as deep as a template could read', () => {
    expect(expandDotted({ 'customer.name': 'Anna', invoice: { amount: 10 } })).toEqual({ customer: { name: 'Anna' }, invoice: { amount: 10 } });
    expect(() => expandDotted(nested(MAX_DATA_DEPTH))).not.toThrow();
  });

  it('refuses deeper data with a usage error (exit 2), even 200,000 levels deep, instead of overflowing the stack', () => {
    expect(() => expandDotted(nested(MAX_DATA_DEPTH + 1), 'data.json')).toThrow(expect.objectContaining({ code: 'CARE_DATA_TOO_DEEP', exitCode: 2 }));
    expect(() => expandDotted(nested(200_000), 'data.json')).toThrow(expect.objectContaining({ code: 'CARE_DATA_TOO_DEEP' }));
  });
});
