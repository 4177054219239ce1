/**
 * The check every writing command makes before any work (docs/guarantees.md): no output is the
 * same file as an input — same device and inode, through symbolic links and hard links; for an
 * output that does not exist yet, the same resolved path — and no two outputs are one file. Then
 * each output's folder must exist and be writable, and a file output must not be a folder (a
 * folder output not a file). Every refusal is a UsageError (exit 2) naming both paths.
 *
 * The inputs' identities are also kept for the run, and every atomic write checks its target
 * against them (assertNotInput): names filled in later (`--out report-{asOf}.csv`) and the files
 * of --out-dir can never land on an input either.
 */
import { type Stats, accessSync, constants, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { describeErrno, describeErrnoSaid, errnoOf } from './write-error.js';
import { checkLinksInPath } from './write-target.js';

/** A path as the user gave it, with the option that named it (`--out`, `--history`; `input` for the positional file). */
export interface NamedPath {
  option: string;
  path: string | undefined;
}

/** An output path; `folder` for --out-dir (a folder that is created when missing). */
export interface NamedOutput extends NamedPath {
  folder?: boolean;
}

interface Known {
  label: string;
  id: string | undefined;
  resolved: string;
}

/** dev:ino of the inputs of the current run → how the user named them. */
const protectedInputs = new Map<string, string>();

/** Refuses outputs that are inputs or each other, or cannot be written; see the module comment. */
export function checkOutputs(cwd: string, inputs: readonly NamedPath[], outputs: readonly NamedOutput[]): void {
  protectedInputs.clear();
  const knownInputs = inputs.filter(isFilePath).map((input) => know(cwd, input));
  for (const input of knownInputs) if (input.id !== undefined) protectedInputs.set(input.id, input.label);
  const seen: Known[] = [];
  for (const output of outputs) {
    if (!isFilePath(output)) continue;
    const known = know(cwd, output);
    const clash = knownInputs.find((input) => same(input, known));
    if (clash !== undefined) {
      throw new UsageError('CARE_OUTPUT_IS_INPUT', `${known.label} is the same file as ${clash.label}: care never writes over an input`, {
        hint: 'write the output to another file name',
        say: say('error.outputIsInput', { output: known.label, input: clash.label }),
        hintSay: say('hint.otherName'),
      });
    }
    const twin = seen.find((other) => same(other, known));
    if (twin !== undefined) {
      throw new UsageError('CARE_OUTPUT_TWICE', `${known.label} and ${twin.label} are the same file: one would overwrite the other`, {
        hint: 'give each output its own file name',
        say: say('error.outputTwice', { first: known.label, second: twin.label }),
        hintSay: say('hint.ownFileName'),
      });
    }
    seen.push(known);
    checkLinksInPath(path.resolve(cwd, output.path));
    if (output.folder === true) checkFolderOutput(cwd, output);
    else checkFileOutput(cwd, output);
  }
}

/** At write time: the target must not be an input of this run (its stat, when it exists). */
export function assertNotInput(file: string, existing: Stats | undefined): void {
  if (existing === undefined) return;
  const input = protectedInputs.get(idOf(existing));
  if (input !== undefined) {
    throw new UsageError('CARE_OUTPUT_IS_INPUT', `is the same file as ${input}: care never writes over an input`, {
      file,
      hint: 'write the output to another file name',
      say: say('error.sameAsInput', { input }),
      hintSay: say('hint.otherName'),
    });
  }
}

function isFilePath<T extends NamedPath>(named: T): named is T & { path: string } {
  return named.path !== undefined && named.path !== '' && named.path !== '-';
}

function know(cwd: string, named: NamedPath & { path: string }): Known {
  const absolute = path.resolve(cwd, named.path);
  const stat = statOrUndefined(absolute);
  return {
    label: `${named.option === 'input' ? 'the input' : named.option} ${named.path}`,
    id: stat === undefined || !stat.isFile() ? undefined : idOf(stat),
    resolved: resolveExisting(absolute),
  };
}

/** Same inode when both exist; else the same path once links in the existing part are resolved. */
function same(a: Known, b: Known): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  return a.resolved === b.resolved;
}

function idOf(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}

/** The real path of the longest existing ancestor, joined with the rest. */
function resolveExisting(absolute: string): string {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function checkFileOutput(cwd: string, output: NamedOutput & { path: string }): void {
  const absolute = path.resolve(cwd, output.path);
  const stat = statOrUndefined(absolute);
  if (stat?.isDirectory()) refuse(output, 'EISDIR');
  // Through a link, the folder that matters is the one of the file the link names.
  const folder = path.dirname(stat === undefined ? absolute : realpathOr(absolute));
  checkWritableFolder(output, folder);
}

function checkFolderOutput(cwd: string, output: NamedOutput & { path: string }): void {
  let current = path.resolve(cwd, output.path);
  const stat = statOrUndefined(current);
  if (stat !== undefined && !stat.isDirectory()) refuse(output, 'ENOTDIR', 'it is a file, not a folder', say('errno.fileNotFolder'));
  // A missing folder is created: its nearest existing ancestor must take it.
  while (statOrUndefined(current) === undefined) current = path.dirname(current);
  checkWritableFolder(output, current);
}

function checkWritableFolder(output: NamedOutput & { path: string }, folder: string): void {
  const stat = statOrUndefined(folder);
  if (stat === undefined) refuse(output, 'ENOENT', `its folder ${folder} does not exist`, say('errno.folderMissing', { folder }));
  if (!stat.isDirectory()) refuse(output, 'ENOTDIR');
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    refuse(output, errnoOf(error) ?? 'EACCES', `cannot write in ${folder}: ${describeErrno(errnoOf(error) ?? 'EACCES')}`, say('errno.cannotWriteIn', { folder, problem: describeErrnoSaid(errnoOf(error) ?? 'EACCES') }));
  }
}

function refuse(output: NamedOutput & { path: string }, code: string, words: string = describeErrno(code), said: MessageRef | string = describeErrnoSaid(code)): never {
  throw new UsageError('CARE_CANNOT_WRITE', `cannot write ${output.option}: ${words}`, {
    file: output.path,
    hint: output.folder === true ? 'give --out-dir a folder you may write in (it is created when missing)' : 'give a file path in an existing folder you may write to',
    say: say('error.cannotWriteWhat', { what: output.option, problem: said }),
    hintSay: say(output.folder === true ? 'hint.outDirWritable' : 'hint.filePathWritable'),
  });
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
