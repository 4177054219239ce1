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
import { type MessageKey, say, translate } from '../i18n/index.js';

export interface TemplateCheck {
  name: string;
  locale: string;
  score: number;
  findings: { rule: string; severity: string; message: string; line: number; column: number }[];
  /** What is wrong with the template itself, not its words: a variable another language uses, a plural form. */
  problems: string[];
}

export async function checkTemplates(catalog: Catalog, name: string | undefined): Promise<TemplateCheck[]> {
  const checks: TemplateCheck[] = [];
  for (const template of name === undefined ? catalog.names() : [name]) {
    const variants = [];
    for (const locale of catalog.locales(template)) variants.push({ locale, renderer: await catalog.renderer(template, locale) });
    // The variables every language of the template uses: a variant that lacks one renders less.
    const everyVariable = new Set(variants.flatMap((variant) => variant.renderer.variables.map((variable) => variable.name)));
    for (const { locale, renderer } of variants) {
      const message = renderer.render(renderer.template.meta.example ?? {});
      const result = lintMessage(message.text, { locale: locale as LintLocale });
      const findings = result.findings.map(({ rule, severity, message: text, line, column }) => ({ rule, severity, message: text, line, column }));
      const own = new Set(renderer.variables.map((variable) => variable.name));
      const missing = [...everyVariable].filter((variable) => !own.has(variable));
      const problems = [...(missing.length > 0 ? [`does not use ${missing.join(', ')}, which another language of it does`] : []), ...pluralGaps(renderer.template.body, locale)];
      checks.push({ name: template, locale, score: result.score, findings, problems });
    }
  }
  return checks;
}

/**
 * Each {{plural …}} of a template must offer every plural category of its language (Intl.PluralRules:
 * ru one/few/many/other, bg and en one/other); a missing one falls back to `other` and reads wrong.
 */
export function pluralGaps(body: string, locale: string): string[] {
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const gaps: string[] = [];
  for (const match of body.matchAll(/\{\{\s*plural\s+([^}]*)\}\}/g)) {
    const given = new Set([...(match[1] as string).matchAll(/(\w+)=/g)].map((form) => form[1] as string));
    const lacking = needed.filter((category) => !given.has(category));
    if (lacking.length > 0) gaps.push(`{{plural ${(match[1] as string).split(/\s/)[0]} …}} lacks the ${locale} form${lacking.length === 1 ? '' : 's'} ${lacking.join(', ')}`);
  }
  return gaps;
}

export function reportTemplateChecks(io: Io, checks: readonly TemplateCheck[], format: string, failUnder: number | undefined): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  else {
    const t = (key: MessageKey): string => translate(io.lang, key);
    const [template, locale, score, rules] = [t('table.templates.template'), t('table.templates.locale'), t('table.templates.score'), t('table.templates.rules')];
    const width = Math.max(template.length, ...checks.map((check) => check.name.length));
    const lines = checks.map((check) => `${check.name.padEnd(width)}  ${check.locale.padEnd(locale.length)}  ${String(check.score).padStart(Math.max(3, score.length))}  ${[...new Set(check.findings.map((finding) => finding.rule))].join(', ') || '—'}`);
    const problems = checks.flatMap((check) => check.problems.map((text) => `${check.name} (${check.locale}): ${text}`));
    io.stdout.write(`${[`${template.padEnd(width)}  ${locale}  ${score}  ${rules}`, ...lines, ...(problems.length > 0 ? ['', t('table.templates.problems'), ...problems.map((line) => `  ${line}`)] : [])].join('\n')}\n`);
  }
  const broken = checks.filter((check) => check.problems.length > 0);
  if (broken.length > 0) {
    throw new ThresholdError('CARE_TEMPLATE_PROBLEMS', `${broken.length} template variant${broken.length === 1 ? ' has' : 's have'} problems: ${broken.map((check) => `${check.name} (${check.locale})`).join(', ')}`, {
      hint: 'the problems are listed above', say: say('error.templateProblems', { count: broken.length, list: broken.map((check) => `${check.name} (${check.locale})`).join(', ') }), hintSay: say('hint.problemsAbove'),
    });
  }
  if (failUnder === undefined) return;
  const below = checks.filter((check) => check.score < failUnder);
  if (below.length > 0) {
    throw new ThresholdError('CARE_SCORE_BELOW', `${below.length} of ${checks.length} templates score below --fail-under ${failUnder}: ${below.map((check) => `${check.name} (${check.locale}) ${check.score}`).join(', ')}`, {
      hint: 'care templates show NAME --locale L shows the rendered text; care lint-reply checks it with the details',
      say: say('error.templatesBelow', { below: below.length, count: checks.length, limit: String(failUnder), list: below.map((check) => `${check.name} (${check.locale}) ${check.score}`).join(', ') }),
      hintSay: say('hint.templatesBelow'),
    });
  }
}
