/**
 * Writes rendered messages as files: safe, unique names and atomic writes (a temp file in
 * the same folder, then rename), so a reader never sees a half-written message.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A file name from free text (template name, recipient): letters and digits of any script,
 * everything else folded to "-", at most 60 characters, never empty, never a dot name.
 */
export function safeFileStem(text: string): string {
  const stem = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'message' : stem;
}

/** The file name of the n-th message (1-based) of a batch of `total`. */
export function messageFileName(index: number, total: number, parts: readonly (string | undefined)[], extension: string): string {
  const width = Math.max(3, String(total).length);
  const stem = parts.filter((part): part is string => part !== undefined && part !== '').map(safeFileStem).join('-');
  return `${String(index).padStart(width, '0')}-${stem}.${extension}`;
}

/** Writes a file atomically: temp file beside it, then rename over the target. */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
