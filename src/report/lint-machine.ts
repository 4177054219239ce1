/**
 * `care lint-reply --format sarif|rdjsonl`: the findings for code-review tools — SARIF 2.1.0 (GitHub
 * code scanning, IDEs) and reviewdog's rdjsonl (one diagnostic per line). For a single draft a
 * finding's place is its line and column in the file; for a CSV of drafts it is the row's line, and
 * the place inside the draft is in the message.
 */
import { splitLines } from '../lint/scan.js';
import type { Finding, LintResult, Severity, SuppressedFinding } from '../lint/types.js';

export interface MachineView {
  /** Each draft's result, and for a CSV the physical line of its row. */
  drafts: readonly { line?: number; result: LintResult; text?: string }[];
  batch: boolean;
  /** The file the drafts came from, as the user named it (`-` for stdin). */
  source: string;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const RD_SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

interface Placed {
  finding: Finding;
  line: number;
  column: number;
  endColumn: number | undefined;
  message: string;
}

/** Every finding of every draft; with `suppressed`, the suppressed ones too (SARIF lists them, marked). */
function placed(view: MachineView, suppressed = false): Placed[] {
  return view.drafts.flatMap((draft) =>
    [...draft.result.findings, ...(suppressed ? (draft.result.suppressed ?? []) : [])].map((finding) => {
      const advice = finding.suggestion === '' ? finding.message : `${finding.message} ${finding.suggestion}`;
      if (view.batch) {
        return { finding, line: draft.line ?? 1, column: 1, endColumn: undefined, message: `${advice} (draft line ${finding.line}, column ${finding.column}; score ${draft.result.score})` };
      }
      return { finding, line: finding.line, column: finding.column, endColumn: finding.length > 0 ? finding.column + finding.length : undefined, message: `${advice} (score ${draft.result.score})` };
    }),
  );
}

/** SARIF's record of an inline suppression (§3.35): in the source, with the reason written after `--`. */
function sarifSuppressions(finding: Finding): { suppressions?: { kind: 'inSource'; status: 'accepted'; justification?: string }[] } {
  const by = (finding as Partial<SuppressedFinding>).suppressedBy;
  if (by === undefined) return {};
  return { suppressions: [{ kind: 'inSource', status: 'accepted', ...(by.justification === undefined ? {} : { justification: by.justification }) }] };
}

export function renderSarif(view: MachineView): string {
  const items = placed(view, true);
  const rules = [...new Set(items.map((item) => item.finding.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // Columns count characters (code points), not SARIF's default UTF-16 code units.
        columnKind: 'unicodeCodePoints',
        tool: { driver: { name: 'care lint-reply', informationUri: 'https://github.com/care/care/blob/main/docs/definitions.md', rules: rules.map((id) => ({ id })) } },
        results: items.map((item) => ({
          ruleId: item.finding.rule,
          level: SARIF_LEVEL[item.finding.severity],
          message: { text: item.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: view.source },
                region: { startLine: item.line, startColumn: item.column, ...(item.endColumn === undefined ? {} : { endColumn: item.endColumn }) },
              },
            },
          ],
          ...sarifSuppressions(item.finding),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * reviewdog has no suppressed diagnostics: the suppressed findings are left out. Its columns are
 * UTF-8 bytes (rdf Position: "byte count in UTF-8"), so a column in a Cyrillic line is converted.
 */
export function renderRdjsonl(view: MachineView): string {
  const bytes = view.batch ? undefined : byteColumns(view.drafts[0]?.text);
  return placed(view)
    .map((item) => {
      const column = bytes === undefined ? item.column : bytes(item.line, item.column);
      const end = item.endColumn === undefined ? undefined : bytes === undefined ? item.endColumn : bytes(item.line, item.endColumn);
      return JSON.stringify({
        message: item.message,
        location: { path: view.source, range: { start: { line: item.line, column }, ...(end === undefined ? {} : { end: { line: item.line, column: end } }) } },
        severity: RD_SEVERITY[item.finding.severity],
        source: { name: 'care lint-reply' },
        code: { value: item.finding.rule },
        ...(item.finding.replacement === undefined || item.endColumn === undefined || (item.finding as Partial<SuppressedFinding>).suppressedBy !== undefined
          ? {}
          : { suggestions: [{ range: { start: { line: item.line, column }, end: { line: item.line, column: end } }, text: item.finding.replacement }] }),
      });
    })
    .map((line) => `${line}\n`)
    .join('');
}

/** Character column → UTF-8 byte column, line by line, for a draft's text (each line's table made once). */
function byteColumns(text: string | undefined): ((line: number, column: number) => number) | undefined {
  if (text === undefined) return undefined;
  const lines = splitLines(text);
  const tables = new Map<number, number[]>();
  return (line, column) => {
    let table = tables.get(line);
    if (table === undefined) {
      // table[i]: the UTF-8 bytes of the line's first i characters.
      table = [0];
      for (const char of lines[line - 1] ?? '') table.push((table[table.length - 1] as number) + Buffer.byteLength(char, 'utf8'));
      tables.set(line, table);
    }
    return (table[Math.min(column - 1, table.length - 1)] as number) + 1;
  };
}
