import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { LTV_RENDERERS } from '../../../src/report/ltv-render.js';
import { NPS_RENDERERS } from '../../../src/report/nps-render.js';

describe('the LTV and NPS renderer maps', () => {
  it('have table, csv, json and md; html is for care report (exit 2)', () => {
    expect(Object.keys(LTV_RENDERERS).sort()).toEqual(['csv', 'html', 'json', 'md', 'table']);
    expect(Object.keys(NPS_RENDERERS).sort()).toEqual(['csv', 'html', 'json', 'md', 'table']);
    expect(() => LTV_RENDERERS.html()).toThrow(UsageError);
    expect(() => NPS_RENDERERS.html()).toThrow(/--format html is for care report/);
  });
});
