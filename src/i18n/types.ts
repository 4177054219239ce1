/** The shapes of the message catalogs (src/i18n/messages). Imports nothing. */

/**
 * One message: a text with `{name}` placeholders, or plural variants chosen by the `count`
 * parameter through Intl.PluralRules (Russian one/few/many/other, English and Bulgarian one/other).
 */
export type Message = string | PluralMessage;

export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** The parameters of a message: quoted data (a file, a flag, a value), a number, or messages. */
export type Params = Readonly<Record<string, ParamValue>>;

/** A list of messages is said joined by `; ` (the reasons rows were skipped). */
export type ParamValue = string | number | MessageRef | readonly MessageRef[];

/**
 * A message to say later, in the language of the run: its key in the catalogs and its parameters
 * (a parameter may itself be a message: "expected {expected}" with the bound in words).
 * Errors and notices carry these (src/errors.ts); src/cli translates them.
 */
export interface MessageRef {
  readonly key: string;
  readonly params?: Params;
}
