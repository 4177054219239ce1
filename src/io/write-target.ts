/**
 * Where a write really goes. A symbolic link the user points an output at is written through
 * (the file it names is replaced, the link stays a link); a device or pipe (`/dev/stdout`,
 * `/dev/null`, a FIFO) is written directly, never renamed over; a folder is refused.
 *
 * Links in a shared sticky folder (like /tmp) are followed only when they belong to this user or
 * to the folder's owner — the rule of Linux's fs.protected_symlinks — so a link planted there by
 * someone else cannot redirect care's output onto a file of theirs choosing.
 */
import { type Stats, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';

export interface WriteTarget {
  /** The path to replace (the link's real target when written through a link). */
  path: string;
  /** The file there now (a regular file), or undefined when there is none yet. */
  existing?: Stats;
  /** A device, pipe or socket: open and write it in place. */
  direct: boolean;
}

const MAX_LINK_HOPS = 40;

/** An errno-coded error, mapped later by writeFailure like the system's own. */
function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Resolves `file` for writing. With `throughLinks` false (file names care makes up itself, as in
 * --out-dir) a link at the name is replaced, never followed.
 */
export function resolveWriteTarget(file: string, throughLinks = true): WriteTarget {
  const given = path.resolve(file);
  checkLinksInPath(path.dirname(given));
  const link = lstatOrUndefined(given);
  if (link === undefined) return { path: given, direct: false };
  if (!link.isSymbolicLink() || !throughLinks) return describe(given, link);
  return followLinks(given, link);
}

function describe(file: string, stat: Stats): WriteTarget {
  if (stat.isDirectory()) throw errno('EISDIR', `${file} is a folder`);
  if (stat.isSymbolicLink()) return { path: file, direct: false };
  if (!stat.isFile()) return { path: file, direct: true };
  return { path: file, existing: stat, direct: false };
}

function followLinks(given: string, link: Stats): WriteTarget {
  const final = statOrUndefined(given);
  // A device behind a link (/dev/stdout → /proc/self/fd/1 → pipe:[…]) is written in place.
  if (final !== undefined && !final.isFile()) return describe(given, final);
  let current = given;
  let stat = link;
  for (let hops = 0; stat.isSymbolicLink(); hops++) {
    if (hops >= MAX_LINK_HOPS) throw errno('ELOOP', `${given}: too many symbolic links`);
    checkLinkTrusted(current, stat);
    const next = path.resolve(path.dirname(current), readlinkSync(current));
    const nextStat = lstatOrUndefined(next);
    // A dangling link: the file it names is created.
    if (nextStat === undefined) return { path: next, direct: false };
    current = next;
    stat = nextStat;
  }
  return final === undefined ? describe(current, stat) : { path: realpathSync(current), existing: final, direct: false };
}

/**
 * The folders on the way to an output: a link among them (`--out-dir /tmp/care-out` where someone
 * else planted `/tmp/care-out -> /home/you/.ssh`) is held to the same rule as a link at the name.
 */
export function checkLinksInPath(absolute: string): void {
  const parts = absolute.split(path.sep).filter((part) => part !== '');
  let current = path.parse(absolute).root;
  for (const part of parts) {
    current = path.join(current, part);
    let stat: Stats;
    try {
      stat = lstatSync(current);
    } catch {
      return; // the rest does not exist yet, or cannot be seen: the write itself will say why
    }
    if (stat.isSymbolicLink()) checkLinkTrusted(current, stat);
  }
}

/** fs.protected_symlinks: in a sticky world-writable folder, follow only our links or the folder owner's. */
function checkLinkTrusted(link: string, stat: Stats): void {
  const uid = process.getuid?.();
  if (uid === undefined || stat.uid === uid) return;
  const folder = statSync(path.dirname(link));
  const shared = (folder.mode & 0o1002) === 0o1002;
  if (shared && stat.uid !== folder.uid) {
    throw new UsageError('CARE_UNTRUSTED_LINK', `is a symbolic link in a shared folder, made by another user (uid ${stat.uid}): care does not write through it`, {
      file: link,
      hint: 'write to a path of your own, or remove the link',
      say: say('error.untrustedLink', { uid: String(stat.uid) }),
      hintSay: say('hint.ownPath'),
    });
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
