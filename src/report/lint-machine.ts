/**
 * `care lint-reply --format sarif|rdjsonl`: the findings for code-review tools — SARIF 2.1.0 (GitHub
 * code scanning, IDEs) and reviewdog's rdjsonl (one diagnostic per line). For a single draft a
 * finding's place is its line and column in the file; for a CSV of drafts it is the row's line, and
 * the place inside the draft is in the message.
 */
import type { Finding, LintResult, Severity } from '../lint/types.js';

export interface MachineView {
  /** Each draft's result, and for a CSV the physical line of its row. */
  drafts: readonly { line?: number; result: LintResult }[];
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

function placed(view: MachineView): Placed[] {
  return view.drafts.flatMap((draft) =>
    draft.result.findings.map((finding) => {
      const advice = finding.suggestion === '' ? finding.message : `${finding.message} ${finding.suggestion}`;
      if (view.batch) {
        return { finding, line: draft.line ?? 1, column: 1, endColumn: undefined, message: `${advice} (draft line ${finding.line}, column ${finding.column}; score ${draft.result.score})` };
      }
      return { finding, line: finding.line, column: finding.column, endColumn: finding.length > 0 ? finding.column + finding.length : undefined, message: `${advice} (score ${draft.result.score})` };
    }),
  );
}

export function renderSarif(view: MachineView): string {
  const items = placed(view);
  const rules = [...new Set(items.map((item) => item.finding.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
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
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

export function renderRdjsonl(view: MachineView): string {
  return placed(view)
    .map((item) =>
      JSON.stringify({
        message: item.message,
        location: { path: view.source, range: { start: { line: item.line, column: item.column }, ...(item.endColumn === undefined ? {} : { end: { line: item.line, column: item.endColumn } }) } },
        severity: RD_SEVERITY[item.finding.severity],
        source: { name: 'care lint-reply' },
        code: { value: item.finding.rule },
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
