/** Builders of draft replies for the lint tests: a greeting, the body lines, an offer and a signature. */
import { readFileSync } from 'node:fs';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale, LintResult } from '../../../src/lint/index.js';

/** Points a finding costs, as score.ts documents them. */
export const ERROR = 20;
export const WARNING = 10;
export const INFO = 3;

const FRAMES = {
  en: {
    greeting: 'Hello Anna,',
    offer: 'If you have any questions, just reply to this email. I am glad to help.',
    signature: ['Kind regards,', 'Olga Ivanova', 'Customer Care, Northwind Tea'],
  },
  ru: {
    greeting: 'Здравствуйте, Анна!',
    offer: 'Если у вас есть вопросы, просто ответьте на это письмо — я с радостью помогу.',
    signature: ['С уважением,', 'Ольга Смирнова', 'Служба заботы о клиентах, Нордвинд'],
  },
  bg: {
    greeting: 'Здравейте, Мария!',
    offer: 'Ако имате въпроси, просто отговорете на този имейл – с радост ще помогна.',
    signature: ['С уважение,', 'Елена Петрова', 'Екип за грижа за клиентите, Нордуинд'],
  },
} as const;

/** Parts of a draft that a test may replace; the body starts on line 3. */
export interface DraftParts {
  greeting?: string;
  offer?: string;
  signature?: readonly string[];
}

/** A draft in a locale: greeting (line 1), blank, body lines from line 3, blank, offer, blank, signature. */
export function draft(locale: keyof typeof FRAMES, body: readonly string[], parts: DraftParts = {}): string {
  const frame = FRAMES[locale];
  const lines = [parts.greeting ?? frame.greeting, '', ...body, '', parts.offer ?? frame.offer, '', ...(parts.signature ?? frame.signature)];
  return `${lines.join('\n')}\n`;
}

/** A reply fixture from fixtures/replies/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/replies/${name}`, import.meta.url), 'utf8');
}

/** The short frame the lint round tests (rounds 52 on) put a body in: a greeting by name, the body, a signed closing. */
export const ROUND_FRAME = {
  en: (body: string): string => `Hi Tom,\n\n${body}\n\nBest wishes,\nAnna Price\nCustomer Care`,
  ru: (body: string): string => `Здравствуйте, Олег!\n\n${body}\n\nС уважением,\nИрина Котова\nСлужба поддержки`,
  bg: (body: string): string => `Здравейте, г-н Петров,\n\n${body}\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти`,
} as const;

/** A draft linted in a locale, and the rules its findings name (the lint round tests' shared helpers). */
export const lintIn = (text: string, locale: LintLocale): LintResult => lintMessage(text, { locale });
export const rulesIn = (text: string, locale: LintLocale): string[] => lintIn(text, locale).findings.map((finding) => finding.rule);

/** Whether a body, framed as a courteous draft (ROUND_FRAME), is read as dismissing the customer or as a hated phrase. */
export const dismissesInFrame = (body: string, locale: LintLocale): boolean =>
  rulesIn(ROUND_FRAME[locale](body), locale).some((rule) => rule === 'dismissive' || rule === 'hated-phrase');
