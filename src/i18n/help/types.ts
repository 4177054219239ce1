/**
 * The help of every command in another language than English (the English stays in the command
 * table, src/cli/command-table.ts). test/unit/i18n/help-catalog.test.ts walks the table and fails
 * when a command, argument or option has no help here, so a new option is translated with it.
 */
export interface HelpCatalog {
  /** The program's description (care --help). */
  program: string;
  /** A command's description, by command name. */
  commands: Readonly<Record<string, string>>;
  /** An argument's help, by `command.argument`. */
  args: Readonly<Record<string, string>>;
  /**
   * An option's help: by `command.option` for that command alone, else by the option's name (its
   * camelCase property) for every command whose English help of it is the same.
   */
  options: Readonly<Record<string, string>>;
  /** The default of an option in words (its defaultText when that is a phrase), keyed like options. */
  defaults: Readonly<Record<string, string>>;
}
