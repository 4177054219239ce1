import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_FIELDS } from '../../../../src/ingest/kinds.js';
import { BUILTIN_PROFILES } from '../../../../src/ingest/profiles/builtin/index.js';
import { detectProfile } from '../../../../src/ingest/profiles/detect.js';
import { profileIssues } from '../../../../src/ingest/profiles/schema.js';
import { readRecords } from '../../../../src/ingest/records.js';
import { formatDay } from '../../../../src/time/days.js';
import { careInProcess } from '../../../helpers/care-in-process.js';
import { csvSource } from '../../../helpers/csv-source.js';
import { dataset } from '../../../helpers/datasets.js';

/** The CFPB consumer complaint database's header line, as the public export writes it. */
const HEADER = 'Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,Company public response,Company,State,ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,Company response to consumer,Timely response?,Consumer disputed?,Complaint ID';

// Three records in the export's shape (invented text; the shape of the sample's rows): a narrative,
// none (no consent to publish), and a referral from another agency.
const EXPORT = [
  HEADER,
  '2019/9/24,Debt collection,I do not know,Communication tactics,Frequent or repeated calls,"They call me every day, I asked them to stop.",,ACME COLLECTIONS LLC,CA,900XX,Servicemember,Consent provided,Web,2019/9/24,Closed with explanation,Yes,N/A,3384521',
  '2019/10/2,Mortgage,Conventional home mortgage,Trouble during payment process,,,,BANK OF EXAMPLE,NY,100XX,,Consent not provided,Phone,2019/10/3,Closed with monetary relief,Yes,N/A,3392207',
  '2020/1/15,Credit card or prepaid card,General-purpose credit card or charge card,Fees or interest,Charged too much interest,,,EXAMPLE CARD CO,TX,,,,Referral,2020/1/17,In progress,Yes,N/A,3501199',
].join('\n');

const cfpb = dataset('cfpb-complaints-sample.csv');

describe('cfpb-complaints profile', () => {
  it('is detected from the export\'s header line, named by the headers that matched', () => {
    const choice = detectProfile(HEADER.split(','), 'complaints', BUILTIN_PROFILES);
    expect(choice.profile?.name).toBe('cfpb-complaints');
    expect(choice.how).toBe('detected');
    expect(choice.reason).toBe('headers Date received, Submitted via, Date sent to company, Company response to consumer, … matched');
  });

  it.skipIf(!cfpb.present)('records the header line of the real export verbatim', () => {
    const first = readFileSync(cfpb.path, 'utf8').split(/\r?\n/, 1)[0]!;
    expect(first).toBe(HEADER);
    expect(BUILTIN_PROFILES.find((profile) => profile.name === 'cfpb-complaints')?.header?.join(',')).toBe(HEADER);
  });

  it('leaves a complaint log with look-alike columns alone, and says what it lacks', () => {
    // A company's own log that borrowed a few CFPB column names: no Date sent to company, no company response.
    const lookAlike = ['Complaint ID', 'Date received', 'Issue', 'Consumer complaint narrative', 'Submitted via', 'Company', 'State'];
    const choice = detectProfile(lookAlike, 'complaints', BUILTIN_PROFILES);
    expect(choice.profile).toBeUndefined();
    expect(choice.reason).toBe('closest: cfpb-complaints (lacks Date sent to company, Company response to consumer)');
  });

  it('reads id, date, channel, subject, narrative and tags, and not the US state as a status', async () => {
    const table = await readRecords(csvSource(EXPORT), COMPLAINT_FIELDS, { kind: 'complaints' });
    expect(table.profile?.profile?.name).toBe('cfpb-complaints');
    expect(table.records.map((record) => record.values['id'])).toEqual(['3384521', '3392207', '3501199']);
    expect(table.records.map((record) => formatDay(record.values['date'] as number))).toEqual(['2019-09-24', '2019-10-02', '2020-01-15']);
    expect(table.records.map((record) => record.values['channel'])).toEqual(['Web', 'Phone', 'Referral']);
    expect(table.records.map((record) => record.values['subject'])).toEqual(['Communication tactics', 'Trouble during payment process', 'Fees or interest']);
    expect(table.records[0]!.values['text']).toBe('They call me every day, I asked them to stop.');
    expect(table.records[0]!.values['tags']).toBe('Servicemember');
    // CA, NY, TX are states; without the profile the synonym "state" takes the column as the status.
    expect(table.mapping['status']).toBeUndefined();
    expect(table.records.map((record) => record.values['status'] ?? '')).toEqual(['', '', '']);
  });

  it('care inspect names the export as complaints and says every record went to the regulator', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-cfpb-'));
    const file = path.join(dir, 'complaints.csv');
    writeFileSync(file, `${EXPORT}\n`);
    const { code, stdout } = await careInProcess(['inspect', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('read as complaints');
    expect(stdout).toContain('cfpb-complaints');
    expect(stdout).toContain('filed with the CFPB, a regulator');
  });

  it('care classify reads every record as filed with the CFPB, says so once, and --profile none reads each from its own cells', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-cfpb-'));
    const file = path.join(dir, 'complaints.csv');
    writeFileSync(file, `${EXPORT}\n`);
    const typesOf = (stdout: string) => (JSON.parse(stdout) as { records: { type: string; evidence?: { words: string[] } }[] }).records;
    const profiled = await careInProcess(['classify', file, '-f', 'json']);
    expect(profiled.code).toBe(0);
    // By the definitions all three are activists: each was filed with a regulator.
    expect(typesOf(profiled.stdout).map((record) => record.type)).toEqual(['activist', 'activist', 'activist']);
    expect(typesOf(profiled.stdout).every((record) => record.evidence?.words.includes('CFPB'))).toBe(true);
    expect(profiled.stderr).toBe(`care: ${file}: every record read as filed with the CFPB (the export is the CFPB's complaint database) (profile cfpb-complaints); --profile none reads each record from its own cells alone\n`);
    const russian = await careInProcess(['--lang', 'ru', 'classify', file, '-f', 'json']);
    expect(russian.stderr).toContain('каждая запись прочитана как «filed with the CFPB');
    const own = await careInProcess(['classify', file, '-f', 'json', '--profile', 'none']);
    expect(own.code).toBe(0);
    expect(own.stderr).not.toContain('every record');
    expect(typesOf(own.stdout).filter((record) => record.type === 'activist')).toHaveLength(0);
  });

  it.skipIf(!cfpb.present)('on the 6,623-record sample every record is an activist, as the definitions say', async () => {
    const run = await careInProcess(['classify', cfpb.path, '-f', 'json']);
    expect(run.code).toBe(0);
    const records = (JSON.parse(run.stdout) as { records: { type: string }[] }).records;
    expect(records).toHaveLength(6623);
    expect(records.filter((record) => record.type === 'activist')).toHaveLength(6623);
  });

  it('a profile of another kind may not give every record a value', () => {
    expect(profileIssues({ name: 'x', kind: 'orders', map: {}, every: { tags: 'y' } })).toContain('every: only complaint exports give every record a value (this profile\'s kind is orders)');
  });
});

