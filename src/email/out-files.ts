/**
 * Writes rendered messages as files: safe, unique names and atomic writes (a temp file in
 * the same folder, then rename), so a reader never sees a half-written message.
 */

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
