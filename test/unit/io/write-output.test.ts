import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AtomicFileWriter, writeFileAtomic } from '../../../src/io/write-output.js';
import { resetCleanedFolders } from '../../../src/io/temp-files.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'care-write-'));

afterEach(() => resetCleanedFolders());

describe('writeFileAtomic keeps what the target was', () => {
  it('a 0600 file stays 0600 after it is replaced; a new file gets 0666 less the umask', () => {
    const dir = folder();
    const secret = path.join(dir, 'report.csv');
    writeFileSync(secret, 'old\n');
    chmodSync(secret, 0o600);
    writeFileAtomic(secret, 'new\n');
    expect(readFileSync(secret, 'utf8')).toBe('new\n');
    expect(statSync(secret).mode & 0o777).toBe(0o600);

    const fresh = path.join(dir, 'fresh.csv');
    writeFileAtomic(fresh, 'x\n');
    const umask = process.umask();
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('a symbolic link is written through: the file it names gets the text, the link stays a link', () => {
    const dir = folder();
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    const real = path.join(reports, 'weekly-2026-W05.csv');
    writeFileSync(real, 'old\n');
    const link = path.join(dir, 'latest.csv');
    symlinkSync(path.relative(dir, real), link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join('reports', 'weekly-2026-W05.csv'));
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(readdirSync(reports)).toEqual(['weekly-2026-W05.csv']); // the temp file was beside the real file, and is gone
  });
});

describe('temp files cannot be guessed or hijacked', () => {
  it('links planted at every name a pid-and-clock scheme would use are never followed; the file outside is untouched', () => {
    const dir = folder();
    const outside = path.join(folder(), 'precious.txt');
    writeFileSync(outside, 'precious\n');
    const target = path.join(dir, 'out.csv');
    // An attacker who knows the pid and the clock plants a link at each name for the next second.
    const now = Date.now();
    for (let ms = now - 20; ms < now + 1000; ms++) {
      symlinkSync(outside, path.join(dir, `.care-tmp-${process.pid}-${ms.toString(36)}-out.csv`));
    }
    writeFileAtomic(target, 'report\n');
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(lstatSync(target).isFile()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('report\n');
  });

  it('a link planted at a message file name (--out-dir) is replaced, not followed', () => {
    const dir = folder();
    const outside = path.join(folder(), 'precious.txt');
    writeFileSync(outside, 'precious\n');
    const message = path.join(dir, '001-complaint-response.txt');
    symlinkSync(outside, message);
    writeFileAtomic(message, 'Dear Anna\n', { throughLinks: false });
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(lstatSync(message).isFile()).toBe(true);
  });

  it('temp files of ours older than an hour are removed by the next write to the folder; fresh ones and other files stay', () => {
    const dir = folder();
    const stale = path.join(dir, '.care-0123456789abcdef01234567.tmp');
    const fresh = path.join(dir, '.care-89abcdef0123456789abcdef.tmp');
    const notOurs = path.join(dir, '.other-tool.tmp');
    for (const file of [stale, fresh, notOurs]) writeFileSync(file, 'half\n');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    utimesSync(notOurs, twoHoursAgo, twoHoursAgo);
    writeFileAtomic(path.join(dir, 'out.csv'), 'x\n');
    expect(readdirSync(dir).sort()).toEqual(['.care-89abcdef0123456789abcdef.tmp', '.other-tool.tmp', 'out.csv']);
  });
});

describe('a failed write leaves the previous file', () => {
  it('--rejects naming a folder fails at once as a usage error, with no temp file left', () => {
    const dir = folder();
    expect(() => new AtomicFileWriter(dir)).toThrow(expect.objectContaining({ exitCode: 2, message: 'cannot write: it is a folder, not a file (EISDIR)' }));
    expect(readdirSync(dir)).toEqual([]);
  });
});
