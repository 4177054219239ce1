import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/text/escape.js';
import { runCare } from '../helpers/run-care.js';

const ESC = '\u001b';
const RLO = '\u202e';
// Any raw control character a terminal would act on: C0 but tab and line feed, DEL, C1, bidi controls.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Complaints whose customer, channel and text hold a colour escape and a right-to-left override. */
function hostileComplaints(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-escapes-'));
  const file = path.join(dir, 'complaints.csv');
  writeFileSync(
    file,
    [
      'id,customer,date,channel,text',
      `1,${ESC}[31mEVIL${ESC}[0m,2024-03-01,email,My lawyer will call you ${ESC}[2J`,
      `2,${RLO}gpj.exe,2024-03-02,tw${ESC}]0;pwned${ESC}\\\\itter,I will post this on twitter ${RLO}`,
      `3,C3,2024-03-03,email,The parcel came late`,
    ].join('\n') + '\n',
  );
  return file;
}

describe('the terminal is safe (docs/guarantees.md)', () => {
  const file = hostileComplaints();

  it('the skipped-rows line names a file whose name holds an escape with the escape shown escaped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-escapes-'));
    const orders = path.join(dir, `orders${ESC}[2J.csv`);
    writeFileSync(orders, ['customer,date,amount', 'A,2024-03-01,10.00', 'B,not a date,20.00'].join('\n') + '\n');
    const run = runCare(['retention', orders]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('orders\\x1b[2J.csv');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('care classify shows escape sequences and bidi overrides from the data escaped in its tables', () => {
    const run = runCare(['classify', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('\\x1b[31mEVIL\\x1b[0m');
    expect(run.stdout).toContain('\\u202egpj.exe');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    // JSON and CSV keep the data as it is (JSON escapes it by itself).
    const json = runCare(['classify', file, '--format', 'json']);
    expect(JSON.parse(json.stdout).records[0].customer).toBe(`${ESC}[31mEVIL${ESC}[0m`);
    expect(runCare(['classify', file, '--format', 'csv']).stdout).toContain(`${ESC}[31mEVIL`);
  });

  it('care lint-reply shows the words of the draft escaped around a finding', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-escapes-'));
    writeFileSync(path.join(dir, 'draft.txt'), `Hello Anna,\nWE ARE CHECKING ${ESC}[2J${ESC}]8;;http://x${ESC}\\ it now!!\n`);
    const run = runCare(['lint-reply', 'draft.txt'], { cwd: dir });
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('\\x1b[2J');
  });

  it('an error line that quotes a header or an option is escaped', () => {
    const run = runCare(['classify', file, '--map', `score=${ESC}[31mRed${RLO}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('--map score=\\x1b[31mRed\\u202e: the file has no header "\\x1b[31mRed\\u202e"');
    // Commander's own message about an unknown option quotes it as typed.
    const unknown = runCare(['classify', file, `--bo${ESC}[31mgus`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bo\\x1b[31mgus'");
    expect(unknown.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('escapeControls', () => {
  it('escapes C0, DEL, C1 and the bidi controls, and leaves other text alone', () => {
    expect(escapeControls(`a${ESC}[0mb\u0000\u007f\u009b${RLO}\u2066\u2069é ж 😀`)).toBe('a\\x1b[0mb\\x00\\x7f\\x9b\\u202e\\u2066\\u2069é ж 😀');
    expect(escapeControls('tab\there\nline')).toBe('tab\\x09here\\x0aline');
    expect(escapeControls('tab\there\nline', { tab: true, newline: true })).toBe('tab\there\nline');
    const plain = 'nothing to escape';
    expect(escapeControls(plain)).toBe(plain);
  });
});
