/**
 * A help desk's own satisfaction answer on a complaint record (docs/definitions.md, "Complainer
 * types": a low score without a comment is silent): Zendesk Good/Bad, Freshdesk Happy … Extremely
 * Unhappy, Help Scout Great/Okay/Not Good, read as a CSAT; the column is the one the export's
 * profile names, even when its header is no score synonym (Freshdesk `Survey results`).
 */
import { describe, expect, it } from 'vitest';
import { findScoreColumn, readScoreCell } from '../../../src/ingest/complaints.js';
import { findProfile } from '../../../src/ingest/profiles/apply.js';
import type { RecordTable } from '../../../src/ingest/types.js';

describe('a CSAT written as an answer', () => {
  it('satisfied answers are 10, the others 0, Offered/Unoffered no answer', () => {
    expect(['Good', 'Great', 'Extremely Happy'].map((answer) => readScoreCell(answer, 'csat'))).toEqual([10, 10, 10]);
    expect(['Bad', 'Not Good', 'Extremely Unhappy', 'Okay'].map((answer) => readScoreCell(answer, 'csat'))).toEqual([0, 0, 0, 0]);
    expect(['Offered', 'Unoffered'].map((answer) => readScoreCell(answer, 'csat'))).toEqual([undefined, undefined]);
    expect(readScoreCell('purple', 'csat')).toBe('unreadable');
  });
});

describe('the profile names the satisfaction column', () => {
  it.each([
    ['freshdesk-tickets', 'Survey results'],
    ['helpscout-conversations', 'Rating'],
    ['jira-service-management', 'Custom field (Satisfaction rating)'],
  ])('%s: %s, read as a CSAT', (name, header) => {
    const profile = findProfile(name);
    const headers = profile.header ?? [];
    const table = { source: 'export.csv', headers, mapping: { text: headers.indexOf('Subject') }, records: [], profile: { profile, how: 'detected', reason: '' } } as unknown as RecordTable;
    expect(findScoreColumn(table, undefined, undefined)).toEqual({ index: headers.indexOf(header), scale: 'csat' });
  });
});
