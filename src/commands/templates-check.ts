/**
 * `care templates check [NAME]`: every template (or one), in each of its languages, rendered with its
 * own example data and checked with the lint-reply rules — so a template that would score badly is
 * found before a customer receives it. With --fail-under N, exit 4 when one scores below N. A step of
 * care templates.
 */
import type { Catalog } from '../email/catalog.js';
import type { Io } from '../io/types.js';
import { lintMessage } from '../lint/engine.js';
import type { LintLocale } from '../lint/types.js';
import { ThresholdError } from '../errors.js';

export interface TemplateCheck {
  name: string;
  locale: string;
  score: number;
  findings: { rule: string; severity: string; message: string; line: number; column: number }[];
}

export async function checkTemplates(catalog: Catalog, name: string | undefined): Promise<TemplateCheck[]> {
  const checks: TemplateCheck[] = [];
  for (const template of name === undefined ? catalog.names() : [name]) {
    for (const locale of catalog.locales(template)) {
      const renderer = await catalog.renderer(template, locale);
      const message = renderer.render(renderer.template.meta.example ?? {});
      const result = lintMessage(message.text, { locale: locale as LintLocale });
      checks.push({ name: template, locale, score: result.score, findings: result.findings.map(({ rule, severity, message: text, line, column }) => ({ rule, severity, message: text, line, column })) });
    }
  }
  return checks;
}

export function reportTemplateChecks(io: Io, checks: readonly TemplateCheck[], format: string, failUnder: number | undefined): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  else {
    const width = Math.max(8, ...checks.map((check) => check.name.length));
    const lines = checks.map((check) => `${check.name.padEnd(width)}  ${check.locale}  ${String(check.score).padStart(3)}  ${[...new Set(check.findings.map((finding) => finding.rule))].join(', ') || '—'}`);
    io.stdout.write(`${['TEMPLATE'.padEnd(width) + '  LOCALE  SCORE  RULES', ...lines].join('\n')}\n`);
  }
  if (failUnder === undefined) return;
  const below = checks.filter((check) => check.score < failUnder);
  if (below.length > 0) {
    throw new ThresholdError('CARE_SCORE_BELOW', `${below.length} of ${checks.length} templates score below --fail-under ${failUnder}: ${below.map((check) => `${check.name} (${check.locale}) ${check.score}`).join(', ')}`, { hint: 'care templates show NAME --locale L shows the rendered text; care lint-reply checks it with the details' });
  }
}
