/**
 * The questions `care email` may ask (a missing variable, confirming a send), behind an
 * interface so commands stay testable; the real one (src/cli/prompts.ts) uses @inquirer/prompts.
 */

/** Asks the user; only ever called when stdin is a terminal. */
export interface Prompts {
  /** Asks for a text value; `validate` returns true or the message to show. */
  input(message: string, validate?: (value: string) => true | string): Promise<string>;
  confirm(message: string): Promise<boolean>;
}
