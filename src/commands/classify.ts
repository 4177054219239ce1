/**
 * care classify: each complaint record gets one of the four complainer types (silent, voicer,
 * irate, activist) with a confidence, the evidence that decided it and the next step from the
 * playbook; the summary compares the shares with the 14/37/21/28 benchmark, estimates the
 * complaint iceberg, and lists the records a manager should take today (docs/definitions.md).
 *
 * Orchestration only: the reading and classifying step is load-complaints.ts, the JSON contract
 * report/classify-contract.ts, the renderers report/classify-render.ts.
 */
import { loadConfig } from '../config/load.js';
import { say, sayOr } from '../i18n/index.js';
import { openOutput } from '../io/stream-output.js';
import type { Io } from '../io/types.js';
import { CLASSIFY_CSV_COLUMNS, ROLL_UP_CSV_COLUMNS, renderClassify, writeClassifyStream } from '../report/classify-render.js';
import { collidingHeaders } from '../report/classify-view.js';
import { renderExplanationJson, renderExplanationText } from '../report/explain-view.js';
import { escapeControls } from '../text/escape.js';
import { type ClassifyOptions, computeClassify } from './load-complaints.js';
import { explainComplaint } from './explain-complaint.js';
import { emit, guardOutputs } from './output.js';

export type { ClassifyOptions };

/** care classify COMPLAINTS: classify every record and print the summary, the records or the roll-up. */
export async function runClassify(io: Io, file: string, options: ClassifyOptions = {}): Promise<void> {
  guardOutputs(io, { input: file, '--rules': options.rules }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const config = loadConfig(io, options.config);
  if (options.explain !== undefined) {
    const explained = await explainComplaint(io, file, options.explain, options, config);
    emit(io, options.format === 'json' ? renderExplanationJson(explained) : renderExplanationText(explained, io.lang), options.out);
    return;
  }
  const result = await computeClassify(io, file, options, config);
  const format = options.format ?? 'table';
  const byCustomer = options.byCustomer ?? false;
  if (format === 'csv') {
    const renamed = collidingHeaders(result.headers, byCustomer ? ROLL_UP_CSV_COLUMNS : CLASSIFY_CSV_COLUMNS);
    if (renamed.length > 0) {
      const columns = renamed.map((h) => `"${escapeControls(h)}"`).join(', ');
      const english = `the input's own ${columns} column${renamed.length === 1 ? ' is' : 's are'} written as "… (original)" so the added columns keep their names`;
      io.stderr.write(`care: ${sayOr(io.lang, english, say('classify.renamedColumns', { count: renamed.length, columns }))}\n`);
    }
  }
  // json, and csv of the records, are written as they are made: a million records never become one string.
  if (format === 'json' || (format === 'csv' && !byCustomer)) {
    writeClassifyStream(openOutput(io, options.out, result.asOf), result, format, byCustomer);
    return;
  }
  emit(io, renderClassify(result, format, { byCustomer, color: io.color, lang: io.lang }), options.out, result.asOf);
}
