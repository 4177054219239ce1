/**
 * `care classify FILE --explain ID`: why one record got its type — the step of the precedence that
 * decided, every piece of evidence (counted or set aside, and why), and what would have changed it.
 */
import type { ComplainerType, LineKind, RecordPart } from '../classify/index.js';
import { type Explanation, citedHits } from '../classify/explain.js';
import { type MessageKey, type Params, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { typeName } from './classify-view.js';
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

/** Plain lines for the terminal (and md: the same text is valid Markdown); care's framing in `lang`, the record's words as written. */
export function renderExplanationText(explained: ExplainedRecord, lang: Locale = 'en'): string {
  const { explanation: e } = explained;
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params);
  const type = (name: ComplainerType | null | undefined): string => (name === null || name === undefined ? t('table.explain.skipped') : typeName(name, lang));
  const part = (name: RecordPart): string => t(`table.explain.part.${name}`);
  const kind = (name: LineKind): string => t(`table.explain.lineKind.${name}`);
  const line = String(explained.line);
  const name = explained.id === null ? t('table.explain.recordLine', { line }) : t('table.explain.recordId', { id: escapeControls(explained.id), line });
  const score = e.score ? t(e.score.low ? 'table.explain.scoreLow' : 'table.explain.score', { value: String(e.score.value), part: part(e.score.part) }) : '';
  const lines = [
    t('table.explain.record', { name, type: e.type === null || e.type === undefined ? t('table.explain.noEvidence') : type(e.type) }),
    t('table.explain.because', { because: escapeControls(lang === 'en' ? e.because : because(e, t, part)) }),
    t('table.explain.readAs', { subject: kind(e.subject), text: kind(e.text), score }),
  ];
  lines.push('', t('table.explain.evidence'));
  if (e.evidence.length === 0) lines.push(`  ${t('table.explain.none')}`);
  const typeWidth = Math.max(8, ...e.evidence.map((hit) => type(hit.type).length));
  const partWidth = Math.max(7, ...e.evidence.map((hit) => part(hit.part).length));
  for (const hit of e.evidence) {
    const status = !hit.counted
      ? (hit.setAside ? t('table.explain.setAsideWhy', { why: t(`table.explain.setAside.${hit.setAside}`) }) : t('table.explain.setAside'))
      : t(hit.decisive ? 'table.explain.decided' : 'table.explain.outweighed');
    lines.push(`  ${type(hit.type).padEnd(typeWidth)} ${part(hit.part).padEnd(partWidth)} "${escapeControls(hit.words)}" — ${hit.rule}, ${status}`);
  }
  lines.push('', t('table.explain.whatIf'));
  if (e.whatIf.length === 0) lines.push(`  ${t('table.explain.nothing')}`);
  for (const change of e.whatIf) {
    const said = lang === 'en' ? change.change : t(`table.explain.whatIf.${change.kind}`, { max: String(change.scoreMax ?? '') });
    lines.push(`  ${escapeControls(said)} → ${type(change.type)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The deciding step in words and, when words decided it, up to six of them (as `because` says it in English). */
function because(e: Explanation, t: (key: MessageKey, params?: Params) => string, part: (name: RecordPart) => string): string {
  const step = t(`table.explain.step.${e.step}`);
  const cited = citedHits(e.step, e.evidence);
  if (cited.length === 0) return step;
  return t('table.explain.stepWithWords', { step, words: cited.map((hit) => t('table.explain.hitWords', { words: hit.words, rule: hit.rule, part: part(hit.part) })).join(', ') });
}
