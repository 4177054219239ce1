/**
 * `care classify FILE --explain ID`: why one record got its type — the step of the precedence that
 * decided, every piece of evidence (counted or set aside, and why), and what would have changed it.
 */
import type { Explanation } from '../classify/explain.js';
import { escapeControls } from '../text/escape.js';
import { renderJson } from './render-json.js';
import { withSchema } from './schemas/ids.js';

export interface ExplainedRecord {
  source: string;
  id: string | null;
  line: number;
  explanation: Explanation;
}

export function renderExplanationJson(explained: ExplainedRecord): string {
  return renderJson(withSchema('classify.explain', { source: explained.source, id: explained.id, line: explained.line, ...explained.explanation }));
}

/** Plain lines for the terminal (and md: the same text is valid Markdown). */
export function renderExplanationText(explained: ExplainedRecord): string {
  const { explanation: e } = explained;
  const name = explained.id === null ? `line ${explained.line}` : `${escapeControls(explained.id)} (line ${explained.line})`;
  const lines = [`Record ${name}: ${e.type ?? 'skipped (no evidence)'}`, `Because ${e.because}.`, `Read as: subject ${e.subject}, text ${e.text}${e.score ? `, score ${e.score.value} from the ${e.score.part}${e.score.low ? ' (low)' : ''}` : ''}.`];
  lines.push('', 'Evidence:');
  if (e.evidence.length === 0) lines.push('  none');
  for (const hit of e.evidence) {
    const status = !hit.counted ? `set aside${hit.setAside ? ` (${hit.setAside})` : ''}` : hit.decisive ? 'decided' : 'counted, outweighed';
    lines.push(`  ${hit.type.padEnd(8)} ${hit.part.padEnd(7)} "${escapeControls(hit.words)}" — ${hit.rule}, ${status}`);
  }
  lines.push('', 'What would have changed it:');
  if (e.whatIf.length === 0) lines.push('  nothing short of other words');
  for (const change of e.whatIf) lines.push(`  ${escapeControls(change.change)} → ${change.type ?? 'skipped'}`);
  return `${lines.join('\n')}\n`;
}
