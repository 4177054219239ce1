/** JSON as scripts read it: two-space indent, trailing newline (docs/contracts.md). */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
