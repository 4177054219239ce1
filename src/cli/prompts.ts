/** The terminal prompts of care, through @inquirer/prompts (loaded only when a prompt opens). */
import type { Prompts } from '../email/prompts.js';

/** Prompts on the process's terminal, written to stderr so stdout keeps only results. */
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
