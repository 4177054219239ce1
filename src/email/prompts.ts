/**
 * The questions `care email` may ask (a missing variable, confirming a send), behind an
 * interface so commands stay testable; the default implementation loads @inquirer/prompts
 * lazily and writes the prompts to stderr, keeping stdout for results.
 */

/** Asks the user; only ever called when stdin is a terminal. */
export interface Prompts {
  /** Asks for a text value; `validate` returns true or the message to show. */
  input(message: string, validate?: (value: string) => true | string): Promise<string>;
  confirm(message: string): Promise<boolean>;
}

/** Prompts through @inquirer/prompts on the process's terminal. */
export function inquirerPrompts(): Prompts {
  const context = { output: process.stderr };
  return {
    async input(message, validate) {
      const { input } = await import('@inquirer/prompts');
      return input({ message, ...(validate === undefined ? {} : { validate }) }, context);
    },
    async confirm(message) {
      const { confirm } = await import('@inquirer/prompts');
      return confirm({ message, default: false }, context);
    },
  };
}
