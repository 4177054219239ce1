/**
 * Customer ids as exports write them: trimmed; `17850.0` (a number that went through a float
 * column, as in UCI Online Retail) is `17850`; e-mail addresses compare case-insensitively.
 */
export function normalizeCustomerId(cell: string): string {
  let id = cell.trim();
  if (id.length > 2 && id.charCodeAt(id.length - 1) === 48 && id.charCodeAt(id.length - 2) === 46 && isDigits(id, id.length - 2)) {
    id = id.slice(0, -2);
  }
  return id.includes('@') ? id.toLowerCase() : id;
}

function isDigits(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return end > 0;
}
