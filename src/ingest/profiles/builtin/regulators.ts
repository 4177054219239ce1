/**
 * Complaint databases kept by regulators, read as complaint logs: the US CFPB's consumer complaint
 * database. Every record of such an export is a complaint the consumer filed with the regulator;
 * the profile says so in its notes (care inspect) and gives every record a tag that says it
 * (`every`), which care classify reads as the regulator's evidence (docs/profiles.md).
 */
import type { ExportProfile } from '../types.js';

export const REGULATOR_PROFILES: ExportProfile[] = [
  {
    name: 'cfpb-complaints',
    title: 'CFPB — consumer complaint database export (CSV)',
    kind: 'complaints',
    source: '[A] header verbatim in a real export: a 6,623-record sample of the CFPB public complaint database (consumerfinance.gov/data-research/consumer-complaints, US government data), as mirrored by ZiyuYan9/consumer_complaints',
    fingerprint: { all: ['Date received', 'Submitted via', 'Date sent to company', 'Company response to consumer', 'Complaint ID'] },
    map: {
      id: 'Complaint ID', date: 'Date received', channel: 'Submitted via', subject: 'Issue', text: 'Consumer complaint narrative', tags: 'Tags',
    },
    // State is the consumer's US state (CA, NY), not a status; Company is the company complained about, not the customer.
    ignore: ['State', 'Company'],
    dateFormat: 'YMD',
    every: { tags: "filed with the CFPB (the export is the CFPB's complaint database)" },
    notes: [
      'Every record is a complaint the consumer filed with the CFPB, a regulator: by the definitions each is an activist. Submitted via is how it reached the CFPB (Web, Referral, Phone, Postal mail, Fax, Email), not a contact with the company; care classify reads every record as filed with the CFPB (--profile none: from its own words alone).',
      'Issue and Sub-issue are the CFPB\'s categories, chosen from a list, not the consumer\'s words (Issue is read as the subject).',
      'Company is the company complained about; the public export has no customer id. Most records have no narrative (the consumer did not consent to publish it).',
    ],
    header: ['Date received', 'Product', 'Sub-product', 'Issue', 'Sub-issue', 'Consumer complaint narrative', 'Company public response', 'Company', 'State', 'ZIP code', 'Tags', 'Consumer consent provided?', 'Submitted via', 'Date sent to company', 'Company response to consumer', 'Timely response?', 'Consumer disputed?', 'Complaint ID'],
  },
];
