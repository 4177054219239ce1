/**
 * The step every orders command starts with: read the export (with --rejects written as it
 * goes), tell the user on stderr what was skipped, and settle the as-of day.
 */
import type { CareConfig } from '../config/schema.js';
import { InputError } from '../errors.js';
import { knownNote, say } from '../i18n/index.js';
import { type OrdersRead, readOrders } from '../ingest/orders.js';
import { describeSkipped, skippedRef } from '../ingest/rejects.js';
import { openSource } from '../ingest/source.js';
import type { Reject } from '../ingest/types.js';
import type { Io } from '../io/types.js';
import { startProgress } from '../io/progress.js';
import { AtomicFileWriter } from '../io/write-output.js';
import { renderRecordsCsv } from '../report/render-csv.js';
import { type Day, formatDay } from '../time/days.js';
import { type DataOptions, readOptionsFor } from './data-options.js';
import { tell, warn } from './output.js';

export interface LoadedOrders extends OrdersRead {
  asOf: Day;
}

/** Reads an orders export for a command. */
export async function loadOrders(io: Io, path: string, options: DataOptions, config: CareConfig, by?: string): Promise<LoadedOrders> {
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  const source = openSource(io, path);
  const progress = startProgress(io, path === '-' ? 'stdin' : path, source.size);
  let read: OrdersRead;
  try {
    read = await readOrders(source, {
      ...readOptionsFor('orders', options, config),
      by,
      onReject: rejects?.add,
      onRestart: rejects?.reset,
      onNotice: (message) => tell(io, message, knownNote(message)),
      // Choices that could change a figure (an unread money or status column, a second date column, unknown status values): one line each; also in the JSON under ingest.warnings.
      onWarning: (message) => warn(io, message, knownNote(message)),
      onProgress: progress.update,
    });
    rejects?.commit();
  } catch (error) {
    rejects?.abort(error);
    throw error;
  } finally {
    progress.done();
  }
  reportSkipped(io, path, read.ingest.skipped, read.firstLineBySkip);
  const asOf = options.asOf ?? read.history.lastDay;
  if (asOf === undefined) throw new InputError('CARE_NO_ROWS', 'no dated orders', { file: path, say: say('error.noDatedOrders') });
  if (read.history.firstDay !== undefined && asOf < read.history.firstDay) {
    throw new InputError('CARE_AS_OF_TOO_EARLY', `--as-of ${formatDay(asOf)} is before the first order (${formatDay(read.history.firstDay)})`, {
      file: path,
      hint: 'pick a later --as-of, or leave it out to use the last date in the data',
      say: say('error.asOfTooEarly', { asOf: formatDay(asOf), first: formatDay(read.history.firstDay) }),
      hintSay: say('hint.laterAsOf'),
    });
  }
  return { ...read, asOf };
}

/** One line on stderr per file with skipped rows. */
export function reportSkipped(io: Io, file: string, skipped: Record<string, number>, firstLine: Record<string, number>): void {
  const line = describeSkipped(file, { skipped, firstLine });
  if (line !== undefined) tell(io, line, skippedRef(file, { skipped, firstLine }));
}

/** --rejects: skipped rows with line, reason and the original cells, as CSV written atomically. */
export function openRejectsFile(file: string): { add: (reject: Reject) => void; commit: () => void; abort: (error?: unknown) => void; reset: () => void } {
  const writer = new AtomicFileWriter(file);
  let wroteHeader = false;
  const commit = () => {
    if (!wroteHeader) writer.write(renderRecordsCsv(['line', 'reason', 'field', 'detail', 'row'], []));
    writer.commit();
  };
  return {
    add(reject) {
      if (!wroteHeader) {
        writer.write(renderRecordsCsv(['line', 'reason', 'field', 'detail', 'row'], []));
        wroteHeader = true;
      }
      writer.write(renderRecordsCsv([], [[reject.line, reject.reason, reject.field ?? '', reject.detail, reject.cells.join(',')]]));
    },
    commit,
    /**
     * After an error: the file cannot be read as asked (an InputError, e.g. every row rejected)
     * still gets its rejects written, so the user sees why; any other error leaves no file.
     */
    abort(error) {
      if (error instanceof InputError) {
        try {
          commit();
          return;
        } catch {
          // The rejects could not be written: the input error is the one to report.
        }
      }
      writer.abort();
    },
    reset() {
      writer.reset();
      wroteHeader = false;
    },
  };
}
