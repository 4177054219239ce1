import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNameColumn, readContacts } from '../../../src/ingest/contacts.js';
import { fileSource } from '../../../src/ingest/source.js';

function csv(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'care-contacts-')), 'customers.csv');
  writeFileSync(file, text);
  return file;
}

describe('findNameColumn', () => {
  it('finds a name header among the columns no field took', () => {
    expect(findNameColumn(['Invoice', 'Customer', 'ФИО'], new Set([0, 1]))).toBe(2);
    expect(findNameColumn(['Name'], new Set([0]))).toBeUndefined();
  });
});

describe('readContacts', () => {
  it('keys each contact by customer id, or by the lower-cased email when the id is missing', async () => {
    const file = csv('customer,name,email\nC1,Ana,ana@x.org\n,Bo,Bo@X.org\n');
    const { contacts } = await readContacts(fileSource(file), file);
    expect([...contacts]).toEqual([['C1', { name: 'Ana', email: 'ana@x.org' }], ['bo@x.org', { name: 'Bo', email: 'Bo@X.org' }]]);
  });

  it('refuses a lookup with neither a customer nor an email column (exit 3): every row lacks both', async () => {
    const file = csv('name,phone\nAna,1\n');
    await expect(readContacts(fileSource(file), file)).rejects.toMatchObject({ code: 'CARE_NO_ROWS', exitCode: 3 });
  });
});
