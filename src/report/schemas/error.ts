/** The JSON of an error under `--format json` (cli/error-json.ts): one line on stderr. */
import { z } from 'zod';
import { int, str } from './common.js';

export const errorBody = {
  error: z.strictObject({
    /** A stable code: CARE_… for care's own errors, CARE_SYSTEM for an operating-system error, CARE_INTERNAL for a bug. */
    code: str,
    /** The one-line message, as the text mode prints it after `care: ` (without the place). */
    message: str,
    file: str.nullable(),
    line: int.nullable(),
    field: str.nullable(),
    hint: str.nullable(),
  }),
  /** The exit code of the run (docs/exit-codes.md). */
  exit: int,
};
