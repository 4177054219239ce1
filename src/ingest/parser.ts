/**
 * The CSV parsers `care` can use, behind one signature: a piece of text made of whole records
 * in → rows of cells out. Chosen by measurement (README, "Performance"): papaparse is the default;
 * csv-parse stays selectable with CARE_PARSER=csv-parse so the ingestion suite and the benchmark
 * can run on both.
 */
import Papa from 'papaparse';
import { parse as csvParseSync } from 'csv-parse/sync';

export type ParserName = 'papaparse' | 'csv-parse';
export type ChunkParser = (text: string, delimiter: string, newline: string) => string[][];

const papaparse: ChunkParser = (text, delimiter, newline) =>
  Papa.parse<string[]>(text, { delimiter, newline: newline as '\n', quoteChar: '"', escapeChar: '"', skipEmptyLines: false }).data;

const csvParse: ChunkParser = (text, delimiter, newline) =>
  csvParseSync(text, {
    delimiter,
    record_delimiter: newline,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
  }) as string[][];

export const PARSERS: Record<ParserName, ChunkParser> = { papaparse, 'csv-parse': csvParse };

/** The parser in use: CARE_PARSER when it names one, else papaparse. */
export function chooseParser(env: Readonly<Record<string, string | undefined>> = process.env): ChunkParser {
  const name = env['CARE_PARSER'];
  return name === 'csv-parse' ? csvParse : papaparse;
}
