/** Inline suppression (docs/definitions.md, "Inline suppression"): care-lint-disable / -next-line / -enable. */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/engine.js';

// A polite complaint reply (score 100) but for the "!!!" on line 3 and the "!!" on line 4.
const LINES = [
  'Hello Anna,',
  '',
  'Thank you for writing, and I am sorry your parcel was late!!!',
  'It is on its way now and arrives tomorrow!!',
  'If you have any questions, I am glad to help.',
  '',
  'Kind regards,',
  'Olga Ivanova',
  'Customer Care',
];

/** The draft with `directive` put in as a line of its own before line `before` (1-based). */
function withLine(directive: string, before: number, lines: readonly string[] = LINES): string {
  return `${[...lines.slice(0, before - 1), directive, ...lines.slice(before - 1)].join('\n')}\n`;
}

const shouting = (text: string) => lintMessage(text, { locale: 'en', kind: 'complaint' });

describe('inline suppression', () => {
  it('without directives both runs of "!" are shouting: 100 − 2 × 10 = 80', () => {
    const result = shouting(`${LINES.join('\n')}\n`);
    expect(result.findings.map((finding) => [finding.rule, finding.line])).toEqual([['shouting', 3], ['shouting', 4]]);
    expect(result.score).toBe(80);
    expect(result.suppressed).toBeUndefined();
  });

  it.each([
    ['a line of its own', 'care-lint-disable shouting'],
    ['after #', '# care-lint-disable shouting'],
    ['after //', '// care-lint-disable shouting'],
    ['an HTML comment', '<!-- care-lint-disable shouting -->'],
    ['a Handlebars comment', '{{!-- care-lint-disable shouting --}}'],
    ['a short Handlebars comment', '{{! care-lint-disable shouting }}'],
  ])('care-lint-disable in %s switches the rule off for the rest of the draft; the findings are listed as suppressed, not scored', (_form, directive) => {
    const result = shouting(withLine(directive, 3));
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
    expect(result.suppressed?.map((finding) => [finding.rule, finding.line, finding.suppressedBy])).toEqual([
      ['shouting', 4, { line: 3, directive: 'disable' }],
      ['shouting', 5, { line: 3, directive: 'disable' }],
    ]);
  });

  it('the directive line is not part of the reply: put first, it is not taken for the greeting line', () => {
    const result = shouting(withLine('<!-- care-lint-disable shouting -->', 1));
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
  });

  it('care-lint-disable-next-line is for the next line only; care-lint-enable switches the rule on again', () => {
    const next = shouting(withLine('care-lint-disable-next-line shouting', 3));
    expect(next.findings.map((finding) => [finding.rule, finding.line])).toEqual([['shouting', 5]]);
    expect(next.suppressed?.map((finding) => finding.line)).toEqual([4]);
    expect(next.score).toBe(90);
    const lines = [...LINES.slice(0, 3), 'care-lint-enable shouting', ...LINES.slice(3)];
    const reenabled = shouting(withLine('care-lint-disable shouting, greeting -- the customer asked for "!!!"', 1, lines));
    expect(reenabled.findings.map((finding) => [finding.rule, finding.line])).toEqual([['shouting', 6]]);
    expect(reenabled.suppressed?.map((finding) => [finding.line, finding.suppressedBy.justification])).toEqual([[4, 'the customer asked for "!!!"']]);
  });

  it('an HTML comment inside a line suppresses from that line on, and the rest of the line is still checked', () => {
    const lines = [...LINES];
    lines[3] = 'It is on its way now <!-- care-lint-disable shouting --> and arrives tomorrow!!';
    const result = shouting(`${lines.join('\n')}\n`);
    expect(result.findings.map((finding) => [finding.rule, finding.line, finding.column])).toEqual([['shouting', 3, 59]]);
    expect(result.suppressed?.map((finding) => [finding.line, finding.column])).toEqual([[4, 78]]);
  });

  it('a rule name nobody knows is a warning at its place (a typo does not silently switch nothing off), and the real finding stays', () => {
    const result = shouting(withLine('care-lint-disable shoutng', 3));
    expect(result.findings.map((finding) => [finding.rule, finding.severity, finding.line, finding.column, finding.text])).toEqual([
      ['lint-directive', 'warning', 3, 19, 'shoutng'],
      ['shouting', 'warning', 4, 59, '!!!'],
      ['shouting', 'warning', 5, 42, '!!'],
    ]);
    expect(result.findings[0]?.message).toContain('"shoutng", which is not a rule');
    expect(result.score).toBe(70);
  });

  it('a misspelt directive, or one naming no rule, is a warning too', () => {
    expect(shouting(withLine('<!-- care-lint-disabel shouting -->', 3)).findings.map((finding) => [finding.rule, finding.line, finding.text])).toEqual([
      ['lint-directive', 3, 'care-lint-disabel'], ['shouting', 4, '!!!'], ['shouting', 5, '!!'],
    ]);
    expect(shouting(withLine('care-lint-disable', 3)).findings[0]).toMatchObject({ rule: 'lint-directive', message: expect.stringContaining('names no rule') });
  });

  it('"care-lint-disable" in a sentence is prose, not a directive', () => {
    const result = shouting(withLine('Our tool reads care-lint-disable shouting in comments only.', 3));
    expect(result.findings.filter((finding) => finding.rule === 'shouting')).toHaveLength(2);
    expect(result.suppressed).toBeUndefined();
  });

  it('works in Russian and Bulgarian drafts, the directive not counted as English text', () => {
    const ru = 'Здравствуйте, Анна!\n<!-- care-lint-disable shouting -->\nСпасибо, что написали, и простите за задержку!!!\nПосылка придёт завтра.\nЕсли у вас остались вопросы, я с радостью помогу.\n\nС уважением,\nОльга Иванова\nСлужба заботы о клиентах\n';
    const result = lintMessage(ru, { kind: 'complaint' });
    expect(result.locale).toBe('ru');
    expect(result.findings).toEqual([]);
    expect(result.suppressed?.map((finding) => finding.rule)).toEqual(['shouting']);
  });
});
